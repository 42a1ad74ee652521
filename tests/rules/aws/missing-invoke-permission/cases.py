import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")

# --- bad
handler = aws.lambda_.Function("handler", runtime="python3.13", handler="index.handler", role=role, code=code)
topic = aws.sns.Topic("alerts")
aws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=handler.arn)  # error: [aws/missing-invoke-permission]

# --- clean
ok = aws.lambda_.Function("ok", runtime="python3.13", handler="index.handler", role=role, code=code)
rule = aws.cloudwatch.EventRule("hourly", schedule_expression="rate(1 hour)")
aws.lambda_.Permission("events", action="lambda:InvokeFunction", function=ok.name, principal="events.amazonaws.com", source_arn=rule.arn)
aws.cloudwatch.EventTarget("hourly", rule=rule.name, arn=ok.arn)

# --- unknown
other = aws.lambda_.Function("other", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.Permission("unclear", action="lambda:InvokeFunction", function=config.require("function_name"), principal="s3.amazonaws.com")
bucket = aws.s3.BucketV2("data")
aws.s3.BucketNotification("data", bucket=bucket.id, lambda_functions=[{"lambda_function_arn": other.arn, "events": ["s3:ObjectCreated:*"]}])
