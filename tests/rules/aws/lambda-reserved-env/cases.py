import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")

# --- bad
aws.lambda_.Function(
    "region",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=code,
    environment={
        "variables": {
            "TABLE_NAME": "orders",
            "AWS_REGION": "us-east-1",  # error: [aws/lambda-reserved-env]
            "AWS_DEFAULT_REGION": "us-east-1",  # error: [aws/lambda-reserved-env]
        }
    },
)
aws.lambda_.Function(
    "args-class",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=code,
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"_HANDLER": "index.handler"}),  # error: [aws/lambda-reserved-env]
)

# --- clean
aws.lambda_.Function(
    "ok",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=code,
    environment={"variables": {"APP_REGION": "us-east-1", "PYTHONPATH": "/opt/python", "LOG_LEVEL": "INFO"}},
)

# --- unknown
aws.lambda_.Function(
    "configured",
    runtime="python3.13",
    handler="index.handler",
    role=role,
    code=code,
    environment={"variables": config.require_object("env")},
)
