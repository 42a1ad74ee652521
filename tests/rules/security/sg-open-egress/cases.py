import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
app = aws.ec2.SecurityGroup("app", vpc_id=vpc.id)

# --- bad
aws.ec2.SecurityGroup(
    "open-egress",
    vpc_id=vpc.id,
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],  # error: [security/sg-open-egress]
)
aws.ec2.SecurityGroup(
    "dict-egress",
    vpc_id=vpc.id,
    egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}],  # error: [security/sg-open-egress]
)
aws.ec2.SecurityGroupRule("all-out", type="egress", security_group_id=app.id, protocol="all", from_port=0, to_port=0,
                          cidr_blocks=["0.0.0.0/0"])  # error: [security/sg-open-egress]
aws.vpc.SecurityGroupEgressRule("all-out-v4", security_group_id=app.id, ip_protocol="-1", cidr_ipv4="0.0.0.0/0")  # error: [security/sg-open-egress]

# --- clean
aws.ec2.SecurityGroup(
    "https-egress",
    vpc_id=vpc.id,
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=["0.0.0.0/0"])],
)
aws.vpc.SecurityGroupEgressRule("to-vpc", security_group_id=app.id, ip_protocol="-1", cidr_ipv4="10.0.0.0/16")
aws.ec2.SecurityGroupRule("to-app", type="egress", security_group_id=app.id, protocol="-1", from_port=0, to_port=0,
                          source_security_group_id=app.id)
aws.ec2.SecurityGroupRule("all-in", type="ingress", security_group_id=app.id, protocol="-1", from_port=0, to_port=0,
                          cidr_blocks=["0.0.0.0/0"])

# --- unknown
aws.vpc.SecurityGroupEgressRule("configured-out", security_group_id=app.id, ip_protocol=config.require("protocol"),
                                cidr_ipv4="0.0.0.0/0")
aws.ec2.SecurityGroup(
    "configured-cidr",
    vpc_id=vpc.id,
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=config.require_object("cidrs"))],
)
