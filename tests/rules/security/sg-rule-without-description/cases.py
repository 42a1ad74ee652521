import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
for tier in ["app", "worker"]:
    aws.ec2.SecurityGroup(
        f"{tier}-sg",
        vpc_id="vpc-1",
        description=f"{tier} tier",
        ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=8080, to_port=8080,  # error: [security/sg-rule-without-description]
                                                  cidr_blocks=["10.0.0.0/16"])],
    )

# --- clean
aws.ec2.SecurityGroup(
    "described",
    vpc_id="vpc-1",
    ingress=[{"description": "PostgreSQL from the VPC", "protocol": "tcp", "from_port": 5432, "to_port": 5432,
              "cidr_blocks": ["10.0.0.0/16"]}],
)

# --- unknown
aws.ec2.SecurityGroup("configured", vpc_id="vpc-1", ingress=config.require_object("ingress"))
