import pulumi
import pulumi_aws as aws

from database import create_database
from network import Network

config = pulumi.Config()
stack = pulumi.get_stack()
production = stack == "prod"

name = f"orders-{stack}"
tags = {"Project": "orders", "Environment": stack, "Owner": "platform"}

network = Network(
    name,
    cidr=config.get("vpcCidr") or "10.30.0.0/16",
    az_count=3 if production else 2,
    single_nat=not production,
    tags=tags,
)

# The application tier (ECS services in another stack) runs with this group; the database admits it.
app_security_group = aws.ec2.SecurityGroup(
    f"{name}-app",
    vpc_id=network.vpc.id,
    description="Application tasks (attached by the service stacks)",
    egress=[
        aws.ec2.SecurityGroupEgressArgs(
            protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"], description="Outbound"
        )
    ],
    tags=tags,
)

db = create_database(
    name,
    vpc_id=network.vpc.id,
    subnet_ids=network.private_subnet_ids,
    client_security_group_id=app_security_group.id,
    instance_class=config.get("dbInstanceClass") or "db.t4g.micro",
    allocated_storage=config.get_int("allocatedStorage") or 20,
    multi_az=config.get_bool("multiAz") or False,
    production=production,
    tags=tags,
)

pulumi.export("vpc_id", network.vpc.id)
pulumi.export("public_subnet_ids", network.public_subnet_ids)
pulumi.export("private_subnet_ids", network.private_subnet_ids)
pulumi.export("app_security_group_id", app_security_group.id)
pulumi.export("db_endpoint", db.endpoint)
pulumi.export("db_secret_arn", db.master_user_secrets[0].secret_arn)
