import pulumi
import pulumi_aws as aws

config = pulumi.Config()
azs = ["us-east-1a", "us-east-1b", "us-east-1c"]

# --- bad
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
for i, az in enumerate(azs):
    aws.ec2.Subnet(f"public-{i}", vpc_id=vpc.id, availability_zone=az, cidr_block=f"10.0.{i}.0/24")
aws.ec2.Subnet("db", vpc_id=vpc.id, cidr_block="10.0.2.0/24")  # error: [aws/subnet-cidr-conflict]
aws.ec2.Subnet("elsewhere", vpc_id=vpc.id, cidr_block="172.16.0.0/24")  # error: [aws/subnet-cidr-conflict]


def make_subnets(name, vpc_resource, base):
    return [aws.ec2.Subnet(f"{name}-{i}", vpc_id=vpc_resource.id, cidr_block=f"10.{base + i}.0.0/24") for i in range(2)]  # error: [aws/subnet-cidr-conflict]


spread_vpc = aws.ec2.Vpc("spread", cidr_block=config.require("vpc_cidr"))
make_subnets("spread", spread_vpc, 5)


class Network(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(f"{name}-vpc", cidr_block="10.20.0.0/16", opts=pulumi.ResourceOptions(parent=self))
        self.app = aws.ec2.Subnet(f"{name}-app", vpc_id=self.vpc.id, cidr_block="10.20.0.0/22", opts=pulumi.ResourceOptions(parent=self))
        self.data = aws.ec2.Subnet(f"{name}-data", vpc_id=self.vpc.id, cidr_block="10.20.3.0/24", opts=pulumi.ResourceOptions(parent=self))  # error: [aws/subnet-cidr-conflict]


Network("net")

# --- clean
ok = aws.ec2.Vpc("ok", cidr_block="10.30.0.0/16")
for i, az in enumerate(azs):
    aws.ec2.Subnet(f"ok-public-{i}", vpc_id=ok.id, availability_zone=az, cidr_block=f"10.30.{i}.0/24")
    aws.ec2.Subnet(f"ok-private-{i}", vpc_id=ok.id, availability_zone=az, cidr_block=f"10.30.{i + 10}.0/24")

# --- unknown
cfg_vpc = aws.ec2.Vpc("cfg", cidr_block=config.require("cidr"))
aws.ec2.Subnet("cfg-a", vpc_id=cfg_vpc.id, cidr_block="10.50.0.0/24")
aws.ec2.Subnet("cfg-b", vpc_id=cfg_vpc.id, cidr_block=config.require("subnet_cidr"))
for i, cidr in enumerate(config.require_object("cidrs")):
    aws.ec2.Subnet(f"listed-{i}", vpc_id=ok.id, cidr_block=cidr)
