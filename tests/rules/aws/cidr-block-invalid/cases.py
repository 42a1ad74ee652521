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
igw = aws.ec2.InternetGateway("igw", vpc_id=vpc.id)
rt = aws.ec2.RouteTable("rt", vpc_id=vpc.id, routes=[aws.ec2.RouteTableRouteArgs(cidr_block="0.0.0.0", gateway_id=igw.id)])  # error: [aws/cidr-block-invalid]
aws.ec2.Route("office", route_table_id=rt.id, destination_cidr_block="10.50.3.0/16", gateway_id=igw.id)  # error: [aws/cidr-block-invalid]
aws.ec2.NetworkAcl("acl", vpc_id=vpc.id, egress=[{"protocol": "-1", "rule_no": 100, "action": "allow", "cidr_block": "300.0.0.0/0", "from_port": 0, "to_port": 0}])  # error: [aws/cidr-block-invalid]

# --- clean
ok = aws.ec2.Vpc("ok", cidr_block="10.1.0.0/16")
aws.ec2.Subnet("ok-a", vpc_id=ok.id, cidr_block="10.1.0.0/24")
aws.ec2.Route("ok-default", route_table_id=rt.id, destination_cidr_block="0.0.0.0/0", gateway_id=igw.id)
aws.ec2.NetworkAclRule("ok-rule", network_acl_id=vpc.default_network_acl_id, rule_number=100, protocol="tcp", rule_action="allow", cidr_block="10.0.0.0/8", from_port=443, to_port=443)

# --- unknown
aws.ec2.Vpc("cfg", cidr_block=config.get("cidr") or "10.2.0.0/16")
aws.ec2.Subnet("cfg-a", vpc_id=ok.id, cidr_block=config.require("subnet_cidr"))
aws.ec2.Route("cfg-route", route_table_id=rt.id, destination_cidr_block=config.require("peer_cidr"), gateway_id=igw.id)
