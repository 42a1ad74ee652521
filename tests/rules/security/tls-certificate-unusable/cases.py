import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"])
tg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")

# --- bad
aws.lb.Listener(
    "https",
    load_balancer_arn=alb.arn,
    port=443,
    protocol="HTTPS",
    certificate_arn="arn:aws:acm:sa-east-1:123456789012:certificate/placeholder",  # error: [security/tls-certificate-unusable]
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)


class Edge(pulumi.ComponentResource):
    def __init__(self, name, suffix, opts=None):
        super().__init__("tap:edge:Edge", name, None, opts)
        cert = aws.acm.Certificate(f"{name}-cert", domain_name=f"payment-{suffix}.example.com",
                                   validation_method="DNS", opts=pulumi.ResourceOptions(parent=self))
        aws.lb.Listener(
            f"{name}-https",
            load_balancer_arn=alb.arn,
            port=8443,
            protocol="HTTPS",
            certificate_arn=cert.arn,  # error: [security/tls-certificate-unusable]
            default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


Edge("edge", config.require("environment_suffix"))

# --- clean
aws.lb.Listener(
    "real",
    load_balancer_arn=alb.arn,
    port=9443,
    protocol="HTTPS",
    certificate_arn="arn:aws:acm:sa-east-1:480284193021:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789",
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)

# --- unknown
aws.lb.Listener(
    "configured",
    load_balancer_arn=alb.arn,
    port=10443,
    protocol="HTTPS",
    certificate_arn=config.require("certificate_arn"),
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}],
)
