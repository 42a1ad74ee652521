import pulumi
import pulumi_aws as aws

config = pulumi.Config()
dr_provider = aws.Provider("dr", region="eu-west-1")

# --- bad
prod = aws.ec2.Vpc("prod", cidr_block="10.0.0.0/16")
audit = aws.ec2.Vpc("audit", cidr_block="10.0.128.0/17")
aws.ec2.VpcPeeringConnection("prod-audit", vpc_id=prod.id, peer_vpc_id=audit.id, auto_accept=True)  # error: [aws/vpc-peering-incomplete]

primary = aws.ec2.Vpc("primary", cidr_block="10.1.0.0/16")
secondary = aws.ec2.Vpc("secondary", cidr_block="10.2.0.0/16", opts=pulumi.ResourceOptions(provider=dr_provider))
peering = aws.ec2.VpcPeeringConnection("primary-secondary", vpc_id=primary.id, peer_vpc_id=secondary.id, peer_region="eu-west-1", auto_accept=False)  # error: [aws/vpc-peering-incomplete, aws/vpc-peering-incomplete]


def add_routes(tables, cidr, pcx):
    for i, table in enumerate(tables):
        aws.ec2.Route(f"peer-{i}", route_table_id=table.id, destination_cidr_block=cidr, vpc_peering_connection_id=pcx.id)


secondary_tables = [aws.ec2.RouteTable(f"secondary-{i}", vpc_id=secondary.id, opts=pulumi.ResourceOptions(provider=dr_provider)) for i in range(2)]
add_routes(secondary_tables, "10.1.0.0/16", peering)

home = aws.Provider("home", region="us-east-2")
core = aws.ec2.Vpc("core", cidr_block="10.20.0.0/16", opts=pulumi.ResourceOptions(provider=home))
dr = aws.ec2.Vpc("dr", cidr_block="10.21.0.0/16", opts=pulumi.ResourceOptions(provider=dr_provider))
aws.ec2.VpcPeeringConnection("core-dr", vpc_id=core.id, peer_vpc_id=dr.id, peer_region="eu-west-1",  # error: [aws/vpc-peering-incomplete]
                             auto_accept=True,  # error: [aws/vpc-peering-incomplete]
                             opts=pulumi.ResourceOptions(provider=home))

apps = aws.ec2.Vpc("apps", cidr_block="10.30.0.0/16")
data = aws.ec2.Vpc("data", cidr_block="10.31.0.0/16")
apps_data = aws.ec2.VpcPeeringConnection("apps-data", vpc_id=apps.id, peer_vpc_id=data.id, auto_accept=True)
aws.ec2.RouteTable("apps", vpc_id=apps.id, routes=[{"cidr_block": "10.31.0.0/16", "vpc_peering_connection_id": apps_data.id}])
data_rt = aws.ec2.RouteTable("data", vpc_id=data.id)
aws.ec2.Route("data-to-apps", route_table_id=data_rt.id, vpc_peering_connection_id=apps_data.id,
              destination_cidr_block="10.99.0.0/16")  # error: [aws/vpc-peering-incomplete]

# --- clean
left = aws.ec2.Vpc("left", cidr_block="10.3.0.0/16")
right = aws.ec2.Vpc("right", cidr_block="10.4.0.0/16")
ok = aws.ec2.VpcPeeringConnection("left-right", vpc_id=left.id, peer_vpc_id=right.id, auto_accept=True)
aws.ec2.RouteTable("left", vpc_id=left.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="10.4.0.0/16", vpc_peering_connection_id=ok.id)])
aws.ec2.RouteTable("right", vpc_id=right.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="10.3.0.0/16", vpc_peering_connection_id=ok.id)])
aws.ec2.Route("left-subnet", route_table_id=aws.ec2.RouteTable("left-2", vpc_id=left.id).id,
              destination_cidr_block="10.4.1.0/24", vpc_peering_connection_id=ok.id)

# --- unknown
other = aws.ec2.VpcPeeringConnection("to-other", vpc_id=left.id, peer_vpc_id=config.require("peer_vpc_id"), auto_accept=True)
for i, table_id in enumerate(config.require_object("route_table_ids")):
    aws.ec2.Route(f"to-other-{i}", route_table_id=table_id, destination_cidr_block="10.9.0.0/16", vpc_peering_connection_id=other.id)
