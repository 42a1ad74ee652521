import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
public = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.0.0/24")

# --- bad


class Egress(pulumi.ComponentResource):
    def __init__(self, name, subnet, opts=None):
        super().__init__("tap:net:Egress", name, None, opts)
        eip = aws.ec2.Eip(f"{name}-eip", domain="vpc", opts=pulumi.ResourceOptions(parent=self))
        self.nat = aws.ec2.NatGateway(f"{name}-nat", subnet_id=subnet.id, allocation_id=eip.id, opts=pulumi.ResourceOptions(parent=self))  # error: [aws/nat-gateway-unrouted]


Egress("egress", public)

# --- clean
eip = aws.ec2.Eip("ok", domain="vpc")
nat = aws.ec2.NatGateway("ok", subnet_id=public.id, allocation_id=eip.id)
aws.ec2.RouteTable("private", vpc_id=vpc.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", nat_gateway_id=nat.id)])

# --- unknown
if config.get_bool("extra_nat"):
    aws.ec2.NatGateway("extra", subnet_id=public.id, allocation_id=eip.id)
