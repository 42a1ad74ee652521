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
