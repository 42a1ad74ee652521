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

# --- clean
account_id = aws.get_caller_identity().account_id
aws.cloudwatch.EventTarget("local", rule="all-events", arn=f"arn:aws:events:us-east-1:{account_id}:event-bus/default")
aws.iam.RolePolicyAttachment("basic", role="r", policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")

# --- unknown
central = config.require("centralAccountId")
aws.cloudwatch.EventTarget("central", rule="all-events", arn=f"arn:aws:events:us-east-1:{central}:event-bus/central")
