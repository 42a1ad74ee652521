import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")
role = "arn:aws:iam::123456789012:role/lambda"

# --- bad
aws.cloudwatch.LogGroup("app-logs", name="/app/orders")  # error: [lifecycle/log-group-without-retention]
aws.cloudwatch.LogGroup(  # error: [lifecycle/log-group-without-retention]
    "multi-line",
    name="/app/payments",
    tags={"team": "payments"},
)
aws.cloudwatch.LogGroup("forever", name="/app/audit", retention_in_days=0)  # error: [lifecycle/log-group-without-retention]
aws.lambda_.Function("worker", name=f"worker-{environment_suffix}", runtime="python3.12",  # error: [lifecycle/log-group-without-retention]
    handler="index.handler", role=role)

# --- clean
processor = aws.lambda_.Function("processor", runtime="python3.12", handler="index.handler", role=role)
aws.cloudwatch.LogGroup("processor-logs", name=processor.name.apply(lambda n: f"/aws/lambda/{n}"), retention_in_days=14)
concat = aws.lambda_.Function("concat", runtime="python3.12", handler="index.handler", role=role)
aws.cloudwatch.LogGroup("concat-logs", name=pulumi.Output.concat("/aws/lambda/", concat.name), retention_in_days=14)
aws.lambda_.Function("named", name=f"named-{environment_suffix}", runtime="python3.12", handler="index.handler", role=role)
aws.cloudwatch.LogGroup("named-logs", name=f"/aws/lambda/named-{environment_suffix}", retention_in_days=14)

# --- unknown
aws.cloudwatch.LogGroup("retention-config", name="/app/configured", retention_in_days=config.get_int("retention"))
