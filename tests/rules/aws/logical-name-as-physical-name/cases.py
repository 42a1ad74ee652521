import json

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
aws.iam.RolePolicy(
    "api-access",
    role="api-role",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["dynamodb:GetItem"],
            "Resource": f"arn:aws:dynamodb:us-east-1:111122223333:table/orders-{environment_suffix}",  # error: [aws/logical-name-as-physical-name]
        }],
    }),
)

# --- clean
aws.iam.RolePolicy(
    "api-index-access",
    role="api-role",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["dynamodb:Query"],
            "Resource": [f"arn:aws:dynamodb:us-east-1:111122223333:table/orders-{environment_suffix}*",
                         f"arn:aws:sqs:us-east-1:111122223333:events-{environment_suffix}"],
        }],
    }),
)
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
aws.iam.RolePolicy(
    "configured-access",
    role="api-role",
    policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem"],
        "Resource": f"arn:aws:dynamodb:us-east-1:111122223333:table/{config.require('table')}"}]}),
)
