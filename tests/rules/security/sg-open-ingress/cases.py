import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
db = aws.ec2.SecurityGroup(
    "db",
    vpc_id=vpc.id,
    ingress=[
        {"protocol": "tcp", "from_port": 5432, "to_port": 5432, "cidr_blocks": ["0.0.0.0/0"]},  # error: [security/sg-open-ingress]
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=0, to_port=65535, cidr_blocks=["0.0.0.0/0"]),  # error: [security/sg-open-ingress]
    ],
)
aws.ec2.SecurityGroupRule("rdp", type="ingress", security_group_id=db.id, protocol="tcp", from_port=3389,
                          to_port=3389, cidr_blocks=["0.0.0.0/0"])  # error: [security/sg-open-ingress]
aws.vpc.SecurityGroupIngressRule("mongo", security_group_id=db.id, ip_protocol="tcp", from_port=27017, to_port=27017,
                                 cidr_ipv6="::/0")  # error: [security/sg-open-ingress]

# --- clean
alb = aws.ec2.SecurityGroup(
    "alb",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=["0.0.0.0/0"])],
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],
)
aws.ec2.SecurityGroup(
    "app",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=3306, to_port=3306, security_groups=[alb.id])],
)

# --- unknown
aws.ec2.SecurityGroup(
    "configured",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22,
                                              cidr_blocks=[config.require("admin_cidr")])],
)
