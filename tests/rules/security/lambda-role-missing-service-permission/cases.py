import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})
BASIC = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"

vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")
subnets = [aws.ec2.Subnet(f"private-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24") for i in range(2)]
sg = aws.ec2.SecurityGroup("fn", vpc_id=vpc.id)


class Api(pulumi.ComponentResource):
    def __init__(self, name, policy_arns, opts=None):
        super().__init__("app:Api", name, None, opts)
        role = aws.iam.Role(f"{name}-role", assume_role_policy=TRUST, opts=pulumi.ResourceOptions(parent=self))
        for i, arn in enumerate(policy_arns):
            aws.iam.RolePolicyAttachment(f"{name}-{i}", role=role.name, policy_arn=arn, opts=pulumi.ResourceOptions(parent=self))
        aws.lambda_.Function(
            f"{name}-fn",
            runtime="python3.12",
            handler="index.handler",
            role=role.arn,
            code=pulumi.FileArchive("./app"),
            vpc_config=aws.lambda_.FunctionVpcConfigArgs(  # error: [security/lambda-role-missing-service-permission]
                subnet_ids=[s.id for s in subnets],
                security_group_ids=[sg.id],
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


# --- bad
Api("basic-only", [BASIC])

# --- clean
Api("vpc-access", ["arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"])

# --- unknown
Api("configured", [BASIC, config.require("policy_arn")])
