import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
subnets = [aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]
rt = aws.ec2.RouteTable("private", vpc_id=vpc.id)
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)

# --- bad


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.5.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.rt = aws.ec2.RouteTable(f"{name}-rt", vpc_id=self.vpc.id,
                                     routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", gateway_id=igw.id)],  # error: [aws/network-wrong-reference]
                                     opts=pulumi.ResourceOptions(parent=self))


Network("net")
aws.ec2.NatGateway("nat", subnet_id=vpc.id, allocation_id="eipalloc-1")  # error: [aws/network-wrong-reference]
for i, s in enumerate(subnets):
    aws.ec2.RouteTableAssociation(f"a-{i}", subnet_id=rt.id, route_table_id=rt.id)  # error: [aws/network-wrong-reference]

# --- clean
for i, s in enumerate(subnets):
    aws.ec2.RouteTableAssociation(f"ok-{i}", subnet_id=s.id, route_table_id=rt.id)
aws.ec2.Route("default", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)
aws.autoscaling.Group("asg", min_size=1, max_size=2, vpc_zone_identifiers=[s.id for s in subnets])

# --- unknown
aws.ec2.Route("cfg", route_table_id=config.require("rt_id"), destination_cidr_block="10.9.0.0/16", vpc_peering_connection_id=config.require("pcx"))
