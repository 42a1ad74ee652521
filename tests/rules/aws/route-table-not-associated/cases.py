import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)

# --- bad


def public_table(name):
    return aws.ec2.RouteTable(name, vpc_id=vpc.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0/0", gateway_id=igw.id)])  # error: [aws/route-table-not-associated]


public_table("public")

# --- clean
rt = aws.ec2.RouteTable("ok", vpc_id=vpc.id)
subnet = aws.ec2.Subnet("ok", vpc_id=vpc.id, cidr_block="10.0.1.0/24")
aws.ec2.RouteTableAssociation("ok", subnet_id=subnet.id, route_table_id=rt.id)

# --- unknown
other = aws.ec2.RouteTable("other", vpc_id=vpc.id)
table = other if config.get_bool("other") else rt
aws.ec2.RouteTableAssociation("cfg", subnet_id=subnet.id, route_table_id=table.id)
