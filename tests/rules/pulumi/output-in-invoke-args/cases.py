import pulumi
import pulumi_aws as aws

vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
a = aws.ec2.get_subnets(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[vpc.id])])  # error: [pulumi/output-in-invoke-args]

# --- clean
b = aws.ec2.get_subnets_output(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[vpc.id])])
c = aws.ec2.get_subnets(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=["vpc-0123456789abcdef0"])])

# --- unknown
cfg = pulumi.Config()
d = aws.ec2.get_subnets(filters=[aws.ec2.GetSubnetsFilterArgs(name="vpc-id", values=[cfg.require("vpc_id")])])
pulumi.export("ids", [a.ids, b.ids, c.ids, d.ids])
