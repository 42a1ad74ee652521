import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
code = pulumi.FileArchive("./app")

# --- bad
tables = {}
for entity in ["orders", "customers"]:
    tables[entity] = aws.dynamodb.Table(f"{entity}-{environment_suffix}", hash_key="id",
        attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])
aws.lambda_.Function(
    "api",
    role="arn:aws:iam::111122223333:role/api",
    runtime="python3.12",
    handler="index.handler",
    code=code,
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={
        "ORDERS_TABLE": f"orders-{environment_suffix}",  # error: [aws/logical-name-as-physical-name]
        "CUSTOMERS_TABLE": tables["customers"].name,
    }),
)

# --- clean
aws.sqs.Queue("events", name=f"events-{environment_suffix}")
aws.lambda_.Function(
    "consumer",
    role="arn:aws:iam::111122223333:role/consumer",
    runtime="python3.12",
    handler="index.handler",
    code=code,
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"QUEUE": f"events-{environment_suffix}"}),
)

# --- unknown
aws.lambda_.Function(
    "configured",
    role="arn:aws:iam::111122223333:role/configured",
    runtime="python3.12",
    handler="index.handler",
    code=code,
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"TABLE": config.require("table")}),
)
