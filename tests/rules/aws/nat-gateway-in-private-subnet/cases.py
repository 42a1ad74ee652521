import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.0.0.0/16", opts=child)
        self.igw = aws.ec2.InternetGateway(f"{name}-igw", vpc_id=self.vpc.id, opts=child)
        self.private = [aws.ec2.Subnet(f"{name}-private-{i}", vpc_id=self.vpc.id, cidr_block=f"10.0.{i}.0/24", opts=child) for i in range(2)]
        eip = aws.ec2.Eip(f"{name}-eip", domain="vpc", opts=child)
        self.nat = aws.ec2.NatGateway(f"{name}-nat", subnet_id=self.private[0].id, allocation_id=eip.id, opts=child)  # error: [aws/nat-gateway-in-private-subnet]
        rt = aws.ec2.RouteTable(f"{name}-private", vpc_id=self.vpc.id,
                                routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", nat_gateway_id=self.nat.id)], opts=child)
        for i, s in enumerate(self.private):
            aws.ec2.RouteTableAssociation(f"{name}-private-{i}", subnet_id=s.id, route_table_id=rt.id, opts=child)


Network("net")
isolated = aws.ec2.Vpc("isolated", cidr_block="10.5.0.0/16")
isolated_subnet = aws.ec2.Subnet("isolated", vpc_id=isolated.id, cidr_block="10.5.0.0/24")
aws.ec2.NatGateway("isolated", subnet_id=isolated_subnet.id, allocation_id="eipalloc-1")  # error: [aws/nat-gateway-in-private-subnet]

# --- clean
vpc = aws.ec2.Vpc("vpc", cidr_block="10.1.0.0/16")
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
public = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.1.0.0/24")
public_rt = aws.ec2.RouteTable("public", vpc_id=vpc.id, routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}])
aws.ec2.RouteTableAssociation("public", subnet_id=public.id, route_table_id=public_rt.id)
aws.ec2.NatGateway("ok", subnet_id=public.id, allocation_id="eipalloc-2")

# --- unknown
aws.ec2.NatGateway("cfg", subnet_id=config.require("subnet_id"), allocation_id="eipalloc-3")
