import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})

CODE = """
import json
import os
import boto3

dynamodb = boto3.resource("dynamodb")
table = dynamodb.Table(os.environ["TABLE_NAME"])
lambda_client = boto3.client("lambda")


def handler(event, context):
    table.put_item(Item={"id": event["id"]})
    lambda_client.invoke(FunctionName=os.environ["ROLLBACK_FN"], InvocationType="Event", Payload=json.dumps(event))
    return {"statusCode": 200}
"""


def monitor(name: str, actions: list) -> aws.lambda_.Function:
    role = aws.iam.Role(f"{name}-role", assume_role_policy=TRUST)
    aws.iam.RolePolicy(
        f"{name}-policy",
        role=role.id,
        policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}),
    )
    return aws.lambda_.Function(
        name,
        runtime="python3.12",
        handler="index.handler",
        role=role.arn,  # error: [security/lambda-sdk-call-not-permitted]
        environment={"variables": {"TABLE_NAME": "t", "ROLLBACK_FN": "rollback"}},
        code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(CODE)}),
    )


# --- bad
monitor("no-invoke", ["dynamodb:PutItem", "logs:*"])

# --- clean
monitor("ok", ["dynamodb:*", "lambda:InvokeFunction", "logs:*"])

# --- unknown
monitor("configured", config.require_object("actions"))
