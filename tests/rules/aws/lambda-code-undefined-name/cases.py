import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"

POLLER = """
import json
import boto3

dynamodb = boto3.resource("dynamodb")


def handler(event, context):
    table = dynamodb.Table("orders")
    items = table.query(KeyConditionExpression=Key("pk").eq(event["id"]))
    time.sleep(2)
    return json.dumps(items["Items"], default=str)
"""


def make(name: str, code: str) -> aws.lambda_.Function:
    return aws.lambda_.Function(
        name,
        runtime="python3.12",
        handler="index.handler",
        role=ROLE,
        code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(code)}),  # error: [aws/lambda-code-undefined-name]
    )


# --- bad
make("poller", POLLER)

# --- clean
make("ok", """
import json
import time
from boto3.dynamodb.conditions import Key


def handler(event, context):
    time.sleep(1)
    return json.dumps({"key": str(Key("pk").eq(1))})
""")
make("strings", """
def handler(event, context):
    # time.sleep(1) is not needed here
    return "call json.dumps(x) yourself"
""")

# --- unknown
make("star", """
from helpers import *


def handler(event, context):
    time.sleep(1)
""")
make("configured", config.require("code"))
