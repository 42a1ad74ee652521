import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
azs = ["us-east-1a", "us-east-1b", "us-east-1c"]  # error: [aws/hardcoded-availability-zone]
for i, az in enumerate(azs):
    aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=az)
aws.ec2.Instance("web", ami="ami-12345678", instance_type="t3.micro", availability_zone="us-east-1b")  # error: [aws/hardcoded-availability-zone]

nat_gateways = [aws.ec2.NatGateway("nat-0", subnet_id="subnet-1", allocation_id="eipalloc-1")]
for i in range(3):
    aws.ec2.Route(f"route-{i}", route_table_id="rtb-1", destination_cidr_block="0.0.0.0/0", nat_gateway_id=nat_gateways[i].id)  # todo-error: [aws/hardcoded-availability-zone]
region = aws.get_region().name
for i, letter in enumerate(["a", "b"]):
    aws.ec2.Subnet(f"app-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{30 + i}.0/24", availability_zone=f"{region}{letter}")  # error: [aws/hardcoded-availability-zone]

# --- clean
available = aws.get_availability_zones(state="available")
aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.10.0/24", availability_zone=available.names[0])

# --- unknown
aws.ec2.Subnet("configured", vpc_id=vpc.id, cidr_block="10.0.20.0/24", availability_zone=config.get("az"))
