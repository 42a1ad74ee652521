import pulumi
import pulumi_aws as aws

config = pulumi.Config()
region = config.get("region") or "us-east-1"
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
private = [aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=f"{region}a") for i in range(2)]
aws.rds.SubnetGroup("db", subnet_ids=[s.id for s in private])  # error: [aws/subnet-group-single-az]

# --- clean
spread = [aws.ec2.Subnet(f"spread-{z}", vpc_id=vpc.id, cidr_block=f"10.0.{10 + i}.0/24", availability_zone=f"{region}{z}") for i, z in enumerate(["a", "b"])]
aws.rds.SubnetGroup("ok", subnet_ids=[s.id for s in spread])

# --- unknown
aws.neptune.SubnetGroup("cfg", subnet_ids=config.require_object("subnet_ids"))
