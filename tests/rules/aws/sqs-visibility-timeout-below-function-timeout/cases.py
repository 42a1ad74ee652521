import pulumi
import pulumi_aws as aws

config = pulumi.Config()
ROLE = "arn:aws:iam::123456789012:role/lambda"

# --- bad
queue = aws.sqs.Queue("jobs", visibility_timeout_seconds=30)
fn = aws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), timeout=300)
aws.lambda_.EventSourceMapping("jobs", event_source_arn=queue.arn, function_name=fn.arn)  # error: [aws/sqs-visibility-timeout-below-function-timeout]

# --- clean
ok_queue = aws.sqs.Queue("ok", visibility_timeout_seconds=1800)
aws.lambda_.EventSourceMapping("ok", event_source_arn=ok_queue.arn, function_name=fn.arn)

# --- unknown
fn2 = aws.lambda_.Function("configured", runtime="python3.12", handler="index.handler", role=ROLE, code=pulumi.FileArchive("./app"), timeout=config.get_int("timeout"))
aws.lambda_.EventSourceMapping("configured", event_source_arn=queue.arn, function_name=fn2.arn)
