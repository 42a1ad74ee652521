import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
public_rt = aws.ec2.RouteTable("public", vpc_id=vpc.id)
# The default route went to the private table instead.
private_rt = aws.ec2.RouteTable("private", vpc_id=vpc.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", gateway_id=igw.id)])
for i in range(2):
    subnet = aws.ec2.Subnet(f"public-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", map_public_ip_on_launch=True)  # error: [aws/public-subnet-without-internet-route]
    aws.ec2.RouteTableAssociation(f"public-{i}", subnet_id=subnet.id, route_table_id=public_rt.id)


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, opts=pulumi.ResourceOptions(parent=self))  # error: [aws/public-subnet-without-internet-route]


Network("net")

# --- clean
ok = aws.ec2.Vpc("ok", cidr_block="10.2.0.0/16")
ok_igw = aws.ec2.InternetGateway("ok-igw", vpc_id=ok.id)
ok_rt = aws.ec2.RouteTable("ok-public", vpc_id=ok.id, routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": ok_igw.id}])
ok_subnet = aws.ec2.Subnet("ok-public", vpc_id=ok.id, cidr_block="10.2.0.0/24", map_public_ip_on_launch=True)
aws.ec2.RouteTableAssociation("ok-public", subnet_id=ok_subnet.id, route_table_id=ok_rt.id)

# --- unknown
cfg_subnet = aws.ec2.Subnet("cfg", vpc_id=ok.id, cidr_block="10.2.1.0/24", map_public_ip_on_launch=True)
aws.ec2.RouteTableAssociation("cfg", subnet_id=cfg_subnet.id, route_table_id=config.require("route_table_id"))
aws.ec2.InternetGateway("shared", vpc_id=config.require("vpc_id"))
