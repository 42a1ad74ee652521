import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"


def make(name: str, code: pulumi.Asset, runtime: str = "python3.12") -> aws.lambda_.Function:
    return aws.lambda_.Function(
        name,
        runtime=runtime,
        handler="index.handler",
        role=ROLE,
        code=pulumi.AssetArchive({"index.py": code}),
    )


REPORT = """
import boto3

table = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    items = table.scan()["Items"]
    return {"count": len(items)}
"""

ARCHIVER = """
import boto3

s3 = boto3.client("s3")
logs = boto3.client("logs")


def handler(event, context):
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=event["bucket"]).get("Contents", [])]
    groups = logs.describe_log_groups(logGroupNamePrefix="/aws/lambda/")["logGroups"]
    return {"keys": keys, "groups": [g["logGroupName"] for g in groups]}
"""

# --- bad
make("report", pulumi.StringAsset(REPORT))  # error: [aws/lambda-list-call-not-paginated]
make("archiver", pulumi.StringAsset(ARCHIVER))  # error: [aws/lambda-list-call-not-paginated]

# --- clean
make("paginator", pulumi.StringAsset("""
import boto3

s3 = boto3.client("s3")


def handler(event, context):
    keys = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=event["bucket"]):
        keys += [o["Key"] for o in page.get("Contents", [])]
    return keys
"""))
make("scan-loop", pulumi.StringAsset("""
import boto3

table = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    kwargs, n = {}, 0
    while True:
        page = table.scan(**kwargs)
        n += len(page["Items"])
        if "LastEvaluatedKey" not in page:
            return n
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
"""))
make("limited", pulumi.StringAsset("""
import boto3

s3 = boto3.client("s3")


def handler(event, context):
    return s3.list_objects_v2(Bucket=event["bucket"], MaxKeys=1)["KeyCount"] > 0
"""))
make("get-item", pulumi.StringAsset("""
import boto3

table = boto3.resource("dynamodb").Table("orders")


def handler(event, context):
    return table.get_item(Key={"id": event["id"]}).get("Item")
"""))

make("log-group-lookup", pulumi.StringAsset("""
import boto3

logs = boto3.client("logs")


def handler(event, context):
    group = logs.describe_log_groups(logGroupNamePrefix=event["name"])["logGroups"][0]
    return group.get("retentionInDays")
"""))

# --- unknown
make("from-config", pulumi.StringAsset(config.require("handler_source")))
make("file", pulumi.FileAsset("./handler/index.py"))
