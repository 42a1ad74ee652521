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


# Asynchronous destinations configured by a helper.
def with_destinations(name, policy_arns, on_failure, on_success=None):
    role = aws.iam.Role(f"{name}-role", assume_role_policy=TRUST, managed_policy_arns=policy_arns)
    fn = aws.lambda_.Function(name, runtime="python3.12", handler="app.handler", role=role.arn, code=pulumi.FileArchive("./app"))
    destinations = {"on_failure": {"destination": on_failure}}
    if on_success is not None:
        destinations["on_success"] = {"destination": on_success}
    return aws.lambda_.FunctionEventInvokeConfig(f"{name}-async", function_name=fn.name, destination_config=destinations)


failures = aws.sqs.Queue("resize-failures")
downstream = aws.lambda_.Function("thumbnail", runtime="python3.12", handler="app.handler", role=config.require("thumbnail_role_arn"), code=pulumi.FileArchive("./thumb"))

# --- bad
with_destinations("resize", [BASIC], failures.arn)  # error: [security/lambda-role-missing-service-permission]
with_destinations("crop", [BASIC], failures.arn, downstream.arn)  # error: [security/lambda-role-missing-service-permission] error: [security/lambda-role-missing-service-permission]

# --- clean
with_destinations("rotate", [BASIC, "arn:aws:iam::aws:policy/AmazonSQSFullAccess", "arn:aws:iam::aws:policy/service-role/AWSLambdaRole"], failures.arn, downstream.arn)

# --- unknown
with_destinations("watermark", [BASIC, config.require("destination_policy_arn")], failures.arn)
