import json
import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
policy = aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": []}))  # error: [code/undefined-name]
log_group = aws.cloudwatch.LogGroup("logs", retention_in_days=retention_days)  # error: [code/undefined-name]

# --- clean
try:
    region = os.environ["AWS_REGION"]
except KeyError:
    region = "us-east-1"
if not isinstance(region, str):
    raise ValueError("region")
pulumi.export("arn", policy.arn)

# --- unknown
settings = config.get_object("settings") or {}
pulumi.export("name", settings.get("name"))
