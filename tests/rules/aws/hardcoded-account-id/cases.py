import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.iam.Role(
    "cross-account",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "sts:AssumeRole",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},  # error: [aws/hardcoded-account-id]
                    "Condition": {"StringEquals": {"aws:SourceAccount": "210987654321"}},  # error: [aws/hardcoded-account-id]
                }
            ],
        }
    ),
)
aws.cloudwatch.EventTarget(
    "forward",
    rule="all-events",
    arn="arn:aws:events:us-east-1:123456789012:event-bus/central",  # error: [aws/hardcoded-account-id]
)
region = aws.get_region().name


class Monitoring(pulumi.ComponentResource):
    def __init__(self, name, central_account=None, opts=None):
        super().__init__("tap:monitoring:Monitoring", name, None, opts)
        account = central_account or "123456789012"
        aws.cloudwatch.EventTarget(
            f"{name}-forward",
            rule="all-events",
            arn=f"arn:aws:events:{region}:{account}:event-bus/central",  # error: [aws/hardcoded-account-id]
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({"insights_layer": f"arn:aws:lambda:{region}:580247275435:layer:LambdaInsightsExtension:21"})  # error: [aws/hardcoded-account-id]


Monitoring("monitoring", central_account=config.get("centralAccount"))

# --- clean
account_id = aws.get_caller_identity().account_id
aws.cloudwatch.EventTarget("local", rule="all-events", arn=f"arn:aws:events:us-east-1:{account_id}:event-bus/default")
aws.iam.RolePolicyAttachment("basic", role="r", policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")

# --- unknown
central = config.require("centralAccountId")
aws.cloudwatch.EventTarget("central", rule="all-events", arn=f"arn:aws:events:us-east-1:{central}:event-bus/central")
