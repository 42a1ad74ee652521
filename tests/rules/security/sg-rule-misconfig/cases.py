import pulumi
import pulumi_aws as aws

config = pulumi.Config()
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")

# --- bad
endpoints = aws.ec2.SecurityGroup(
    "endpoints",
    vpc_id=vpc.id,
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["10.0.0.0/16"]),  # error: [security/sg-rule-misconfig]
    ],
)
aws.ec2.SecurityGroupRule("https", type="ingress", security_group_id=endpoints.id, protocol="tcp",  # error: [security/sg-rule-misconfig]
                          from_port=443, to_port=443, cidr_blocks=["10.0.0.0/16"])
aws.ec2.SecurityGroup(
    "reversed",
    vpc_id=vpc.id,
    egress=[
        {"protocol": "-1", "from_port": 0, "to_port": 65535, "cidr_blocks": ["0.0.0.0/0"]},
        {"protocol": "udp", "from_port": 5000, "to_port": 4000, "cidr_blocks": ["10.0.0.0/16"]},  # error: [security/sg-rule-misconfig]
        {"protocol": "-1", "from_port": 8080, "to_port": 8080, "cidr_blocks": ["10.0.0.0/16"]},  # error: [security/sg-rule-misconfig]
    ],
)

# --- clean
lb = aws.ec2.SecurityGroup(
    "lb",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=80, to_port=443, cidr_blocks=["0.0.0.0/0"])],
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],
)
separate = aws.ec2.SecurityGroup("separate", vpc_id=vpc.id)
aws.vpc.SecurityGroupIngressRule("db", security_group_id=separate.id, ip_protocol="tcp", from_port=5432, to_port=5432,
                                 referenced_security_group_id=lb.id)

# --- unknown
aws.ec2.SecurityGroup(
    "configured",
    vpc_id=vpc.id,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol=config.require("protocol"), from_port=443, to_port=80,
                                              cidr_blocks=["10.0.0.0/16"])],
)
