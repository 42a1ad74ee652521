import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")

# --- bad
fn = aws.lambda_.Function("api", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.ProvisionedConcurrencyConfig(
    "warm",
    function_name=fn.name,
    qualifier="$LATEST",  # error: [aws/provisioned-concurrency-on-latest]
    provisioned_concurrent_executions=2,
)
live = aws.lambda_.Alias("live", function_name=fn.name, function_version=fn.version)  # error: [aws/provisioned-concurrency-on-latest]
aws.lambda_.ProvisionedConcurrencyConfig("warm-live", function_name=fn.name, qualifier=live.name, provisioned_concurrent_executions=2)

# --- clean
published = aws.lambda_.Function("published", runtime="python3.13", handler="index.handler", role=role, code=code, publish=True)
aws.lambda_.ProvisionedConcurrencyConfig("warm-published", function_name=published.name, qualifier=published.version, provisioned_concurrent_executions=2)

# --- unknown
aws.lambda_.ProvisionedConcurrencyConfig("warm-configured", function_name=fn.name, qualifier=config.require("qualifier"), provisioned_concurrent_executions=2)
