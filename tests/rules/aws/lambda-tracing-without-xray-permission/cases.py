import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


class Service(pulumi.ComponentResource):
    def __init__(self, name, extra_policies, opts=None):
        super().__init__("app:svc:Service", name, None, opts)
        role = aws.iam.Role(f"{name}-role", assume_role_policy=TRUST, managed_policy_arns=extra_policies,
            opts=pulumi.ResourceOptions(parent=self))
        aws.lambda_.Function(f"{name}-fn", runtime="python3.13", handler="index.handler", role=role.arn,
            code=pulumi.FileArchive("./app"),
            tracing_config=aws.lambda_.FunctionTracingConfigArgs(mode="Active"),  # error: [aws/lambda-tracing-without-xray-permission]
            opts=pulumi.ResourceOptions(parent=self))


# --- bad
Service("orders", ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])

# --- clean
Service("users", ["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole", "arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess"])

# --- unknown
Service("configured", config.require_object("policy_arns"))
