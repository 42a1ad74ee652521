import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"

CODE = """
import os
import boto3

TABLE_NAME = os.environ["TABLE_NAME"]
QUEUE = os.environ.get("QUEUE_URL")
LEVEL = os.environ.get("LOG_LEVEL", "INFO")


def handler(event, context):
    region = os.environ["AWS_REGION"]
    return {"table": TABLE_NAME, "queue": QUEUE, "region": region}


def other_handler(event, context):
    return os.environ["ONLY_FOR_OTHER"]
"""


class Worker(pulumi.ComponentResource):
    def __init__(self, name, variables, opts=None):
        super().__init__("app:Worker", name, None, opts)
        aws.lambda_.Function(
            name,
            runtime="python3.12",
            handler="index.handler",
            role=ROLE,
            environment={"variables": variables},  # error: [aws/lambda-env-var-not-set]
            code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(CODE)}),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})


# --- bad
Worker("wrong-name", {"DYNAMODB_TABLE": "orders", "QUEUE_URL": "q"})
aws.lambda_.Function(  # error: [aws/lambda-env-var-not-set]
    "none",
    runtime="python3.12",
    handler="index.handler",
    role=ROLE,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(CODE)}),
)

# --- clean
Worker("ok", {"TABLE_NAME": "orders", "QUEUE_URL": "q"})

# --- unknown
Worker("configured", config.require_object("variables"))
