import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
private_subnets = []
for i, az in enumerate(["us-east-1a", "us-east-1b"]):
    private_subnets.append(aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=az))  # error: [aws/subnet-without-route-table]

# --- clean
ok = aws.ec2.Vpc("ok", cidr_block="10.1.0.0/16")
rt = aws.ec2.RouteTable("ok", vpc_id=ok.id)
ok_subnet = aws.ec2.Subnet("ok", vpc_id=ok.id, cidr_block="10.1.0.0/24")
aws.ec2.RouteTableAssociation("ok", subnet_id=ok_subnet.id, route_table_id=rt.id)
main_vpc = aws.ec2.Vpc("main", cidr_block="10.2.0.0/16")
main_rt = aws.ec2.RouteTable("main", vpc_id=main_vpc.id)
aws.ec2.MainRouteTableAssociation("main", vpc_id=main_vpc.id, route_table_id=main_rt.id)
aws.ec2.Subnet("main-a", vpc_id=main_vpc.id, cidr_block="10.2.0.0/24")

# --- unknown
maybe = aws.ec2.Subnet("maybe", vpc_id=ok.id, cidr_block="10.1.1.0/24")
aws.ec2.RouteTableAssociation("maybe", subnet_id=maybe.id if config.get_bool("a") else ok_subnet.id, route_table_id=rt.id)
