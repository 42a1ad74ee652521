import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnets = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

# --- bad


class Edge(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:edge:Edge", name, None, opts)
        self.alb = aws.lb.LoadBalancer(f"{name}-alb", subnets=subnets, opts=pulumi.ResourceOptions(parent=self))  # error: [aws/load-balancer-without-listener]
        self.register_outputs({"dns": self.alb.dns_name})


Edge("edge")

# --- clean
ok = aws.lb.LoadBalancer("ok", subnets=subnets)
aws.lb.Listener("ok", load_balancer_arn=ok.arn, port=80, protocol="HTTP",
                default_actions=[{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "status_code": "HTTP_301"}}])

# --- unknown
if config.get_bool("internal_lb"):
    aws.lb.LoadBalancer("internal", internal=True, subnets=subnets)
