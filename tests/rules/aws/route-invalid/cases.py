import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
tgw = aws.ec2transitgateway.TransitGateway("tgw")
subnets = [aws.ec2.Subnet(f"app-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]

# --- bad
transit = aws.ec2.RouteTable("transit", vpc_id=vpc.id, routes=[])  # error: [aws/route-invalid]
aws.ec2.Route("transit-default", route_table_id=transit.id, destination_cidr_block="0.0.0.0/0", transit_gateway_id=tgw.id)
shared = aws.ec2.RouteTable("shared", vpc_id=vpc.id)
for i, subnet in enumerate(subnets):
    nat = aws.ec2.NatGateway(f"nat-{i}", subnet_id=subnet.id, allocation_id=f"eipalloc-{i}")
    aws.ec2.Route(f"shared-default-{i}", route_table_id=shared.id, destination_cidr_block="0.0.0.0/0",  # error: [aws/route-invalid]
                  nat_gateway_id=nat.id)


class Spoke(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:net:Spoke", name, None, opts)
        table = aws.ec2.RouteTable(f"{name}-rt", vpc_id=vpc.id, opts=pulumi.ResourceOptions(parent=self))
        aws.ec2.Route(f"{name}-to-hub", route_table_id=table.id, destination_cidr_block="10.0.128.0/17",  # error: [aws/route-invalid]
                      transit_gateway_id=tgw.id, opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Spoke("spoke")
for i, subnet in enumerate(subnets):
    aws.ec2.RouteTableAssociation(f"app-{i}", subnet_id=subnet.id, route_table_id=shared.id)
aws.ec2.RouteTableAssociation("app-0-public", subnet_id=subnets[0].id, route_table_id=shared.id)  # error: [aws/route-invalid]

# --- clean
public = aws.ec2.RouteTable("public", vpc_id=vpc.id)
aws.ec2.Route("public-default", route_table_id=public.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)
aws.ec2.Route("public-hub", route_table_id=public.id, destination_cidr_block="172.16.0.0/12", transit_gateway_id=tgw.id)
aws.ec2.RouteTable("edge", vpc_id=vpc.id, routes=[{"cidr_block": "0.0.0.0/0", "gateway_id": igw.id}])

# --- unknown
aws.ec2.Route("public-peer", route_table_id=public.id, destination_cidr_block=config.require("peer_cidr"), gateway_id=igw.id)

# Filled inside an apply callback, which runs after this code: the list is empty when it is read
# below, and what it will hold is unknown here.
zonal_subnets = []


def make_zonal_subnets(zones):
    for i, az in enumerate(zones.names):
        zonal_subnets.append(aws.ec2.Subnet(f"zonal-{i}", vpc_id=vpc.id, availability_zone=az, cidr_block=f"10.0.{20 + i}.0/24"))


pulumi.Output.from_input(aws.get_availability_zones()).apply(make_zonal_subnets)
for i, subnet in enumerate(zonal_subnets):
    aws.ec2.RouteTableAssociation(f"zonal-{i}", subnet_id=subnet.id, route_table_id=public.id)
for i in range(2):
    aws.ec2.RouteTableAssociation(f"zonal-again-{i}", subnet_id=zonal_subnets[i].id, route_table_id=public.id)

pulumi.export("vpc_id", vpc.id)
