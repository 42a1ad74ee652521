import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")
role = "arn:aws:iam::123456789012:role/lambda"

processor = aws.lambda_.Function("processor", name=f"processor-{environment_suffix}", runtime="python3.12",
                                 handler="index.handler", role=role)
worker = aws.lambda_.Function("worker", runtime="python3.12", handler="index.handler", role=role)

# --- bad
aws.cloudwatch.LogGroup("worker-logs", name="/aws/lambda/worker",  # error: [aws/lambda-log-group-name-mismatch]
                        retention_in_days=14)
aws.cloudwatch.LogGroup("processor-logs-wrong",
                        name=f"/aws/lambda/tap-processor-{environment_suffix}",  # error: [aws/lambda-log-group-name-mismatch]
                        retention_in_days=14)
for fn_name in ["ingest", "export"]:
    aws.cloudwatch.LogGroup(f"/aws/lambda/{fn_name}", retention_in_days=14)  # error: [aws/lambda-log-group-name-mismatch]

# --- clean
aws.cloudwatch.LogGroup("processor-logs", name=f"/aws/lambda/processor-{environment_suffix}", retention_in_days=14)
aws.cloudwatch.LogGroup("worker-output-logs", name=worker.name.apply(lambda n: f"/aws/lambda/{n}"), retention_in_days=14)
aws.cloudwatch.LogGroup("concat-logs", name=pulumi.Output.concat("/aws/lambda/", processor.name), retention_in_days=14)
aws.cloudwatch.LogGroup("app-logs", name="/app/orders", retention_in_days=14)

# --- unknown
aws.cloudwatch.LogGroup("configured-logs", name=config.require("log_group_name"), retention_in_days=14)
aws.cloudwatch.LogGroup("configured-fn-logs", name=f"/aws/lambda/{config.require('function_name')}", retention_in_days=14)
