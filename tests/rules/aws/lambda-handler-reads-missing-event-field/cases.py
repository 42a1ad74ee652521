import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"


def scheduled(name: str, code: str, schedule: str):
    fn = aws.lambda_.Function(
        name,
        runtime="python3.12",
        handler="index.handler",  # error: [aws/lambda-handler-reads-missing-event-field]
        role=ROLE,
        code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(code)}),
    )
    rule = aws.cloudwatch.EventRule(f"{name}-rule", schedule_expression=schedule)
    aws.cloudwatch.EventTarget(f"{name}-target", rule=rule.name, arn=fn.arn)
    aws.lambda_.Permission(f"{name}-events", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com", source_arn=rule.arn)
    return fn


# --- bad
scheduled("s3-shaped", """
import json


def handler(event, context):
    for record in event["Records"]:
        print(json.dumps(record["s3"]))
""", "rate(1 hour)")

# --- clean
scheduled("ok", """
def handler(event, context):
    if "Records" in event:
        return event["Records"]
    return event.get("detail", {})
""", "rate(1 day)")

# --- unknown
scheduled("configured", config.require("code"), "rate(5 minutes)")

# HTTP APIs and REST APIs: the handler must read the payload format its integration sends.
V1_HANDLER = """
import json


def handler(event, context):
    path = event["path"]
    method = event["httpMethod"]
    return {"statusCode": 200, "body": json.dumps({"path": path, "method": method})}
"""
V2_HANDLER = """
import json


def handler(event, context):
    return {"statusCode": 200, "body": json.dumps({"path": event["rawPath"], "method": event["requestContext"]["http"]["method"]})}
"""


def http_api(name: str, code: str, payload: str):
    fn = aws.lambda_.Function(name, runtime="python3.12", handler="index.handler", role=ROLE,
        code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(code)}))
    api = aws.apigatewayv2.Api(f"{name}-api", protocol_type="HTTP")
    aws.apigatewayv2.Integration(f"{name}-integration", api_id=api.id, integration_type="AWS_PROXY", integration_uri=fn.invoke_arn, payload_format_version=payload)
    aws.lambda_.Permission(f"{name}-apigw", action="lambda:InvokeFunction", function=fn.name, principal="apigateway.amazonaws.com")
    return fn


# --- bad
images = aws.lambda_.Function(
    "images",
    runtime="python3.12",
    handler="index.handler",  # error: [aws/lambda-handler-reads-missing-event-field]
    role=ROLE,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(V1_HANDLER)}),
)
images_api = aws.apigatewayv2.Api("images-api", protocol_type="HTTP")
aws.apigatewayv2.Integration("images", api_id=images_api.id, integration_type="AWS_PROXY", integration_uri=images.invoke_arn, payload_format_version="2.0")

# --- clean
http_api("v2-reader", V2_HANDLER, "2.0")
http_api("v1-reader", V1_HANDLER, "1.0")
http_api("both-reader", """
def handler(event, context):
    path = event.get("path", event.get("rawPath", ""))
    method = event.get("httpMethod") or event["requestContext"]["http"]["method"]
    return {"statusCode": 200, "body": f"{method} {path}"}
""", "2.0")

# --- unknown
http_api("either", V1_HANDLER, config.require("payload_format"))
