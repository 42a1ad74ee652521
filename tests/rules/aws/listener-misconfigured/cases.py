import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

# --- bad


class Edge(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:edge:Edge", name, None, opts)
        self.nlb = aws.lb.LoadBalancer(f"{name}-nlb", load_balancer_type="network", subnets=subnets, opts=pulumi.ResourceOptions(parent=self))
        aws.lb.Listener(f"{name}-http", load_balancer_arn=self.nlb.arn, port=80, protocol="HTTP",  # error: [aws/listener-misconfigured]
                        default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/a/1")],
                        opts=pulumi.ResourceOptions(parent=self))


Edge("edge")
alb = aws.lb.LoadBalancer("alb", subnets=subnets)
aws.lb.Listener("tls", load_balancer_arn=alb.arn, port=443, protocol="HTTPS",  # error: [aws/listener-misconfigured]
                default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}])

# --- clean
aws.lb.Listener("ok", load_balancer_arn=alb.arn, port=443, protocol="HTTPS", certificate_arn=config.require("cert_arn"),
                default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}])

# --- unknown
aws.lb.Listener("cfg", load_balancer_arn=alb.arn, port=443, protocol=config.require("protocol"),
                default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "200"}}])
