import pulumi
import pulumi_aws as aws

config = pulumi.Config()


class Network(pulumi.ComponentResource):
    def __init__(self, name, cidr, public_azs, opts=None):
        super().__init__("acme:net:Network", name, None, opts)
        self.vpc = aws.ec2.Vpc(name, cidr_block=cidr, opts=pulumi.ResourceOptions(parent=self))
        self.gateways = [aws.ec2.InternetGateway(f"{name}-{az}", vpc_id=self.vpc.id,  # error: [aws/gateway-attachment-conflict]
                                                 opts=pulumi.ResourceOptions(parent=self))
                         for az in public_azs]


# --- bad
Network("checkout", "10.60.0.0/16", ["us-west-2a", "us-west-2b"])

# --- clean
Network("catalog", "10.61.0.0/16", ["us-west-2a"])
edge_vpc = aws.ec2.Vpc("edge", cidr_block="10.62.0.0/16")
edge_igw = aws.ec2.InternetGateway("edge")
aws.ec2.InternetGatewayAttachment("edge", internet_gateway_id=edge_igw.id, vpc_id=edge_vpc.id)

# --- unknown
if config.get_bool("dual"):
    aws.ec2.InternetGateway("edge-extra", vpc_id=edge_vpc.id)
