import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
vpc_cidr = "10.0.0.0/16"
vpc = aws.ec2.Vpc("vpc", cidr_block=vpc_cidr)
for i in range(3):
    aws.ec2.Subnet(f"calc-{i}", vpc_id=vpc.id, cidr_block=f"{vpc_cidr.split('/')[0].rsplit('.', 1)[0]}.{(i + 1) * 16}/20")  # error: [aws/cidr-block-invalid]


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="172.16.0.0/12", opts=pulumi.ResourceOptions(parent=self))  # error: [aws/cidr-block-invalid]


Network("net")

# --- clean
ok = aws.ec2.Vpc("ok", cidr_block="10.1.0.0/16")
aws.ec2.Subnet("ok-a", vpc_id=ok.id, cidr_block="10.1.0.0/24")

# --- unknown
aws.ec2.Vpc("cfg", cidr_block=config.get("cidr") or "10.2.0.0/16")
aws.ec2.Subnet("cfg-a", vpc_id=ok.id, cidr_block=config.require("subnet_cidr"))
