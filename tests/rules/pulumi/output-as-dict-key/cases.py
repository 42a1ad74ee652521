import pulumi
import pulumi_aws as aws

vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
subnets = [aws.ec2.Subnet(f"s{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]

# --- bad
by_id = {vpc.id: "main"}  # error: [pulumi/output-as-dict-key]
names = {s.id: f"subnet-{i}" for i, s in enumerate(subnets)}  # error: [pulumi/output-as-dict-key]

# --- clean
lookup = vpc.id.apply(lambda i: {i: "main"})
plain = {"main": vpc.id}

# --- unknown
cfg = pulumi.Config()
other = {cfg.require("name"): "value"}
pulumi.export("values", [by_id, names, lookup, plain, other])
