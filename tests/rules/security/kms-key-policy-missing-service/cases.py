import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
account = aws.get_caller_identity()

# --- bad
key = aws.kms.Key("logs", description="logs", enable_key_rotation=True)
aws.cloudwatch.LogGroup("app", retention_in_days=30, kms_key_id=key.arn)  # error: [security/kms-key-policy-missing-service]

queue_key = aws.kms.Key("queue", enable_key_rotation=True, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account.account_id}:root"},
                   "Action": "kms:*", "Resource": "*"}],
}))
queue = aws.sqs.Queue("events", kms_master_key_id=queue_key.arn)  # error: [security/kms-key-policy-missing-service]
rule = aws.cloudwatch.EventRule("rule", event_pattern=json.dumps({"source": ["app"]}))
aws.cloudwatch.EventTarget("to-queue", rule=rule.name, arn=queue.arn)

# --- clean
trail_key = aws.kms.Key("trail", enable_key_rotation=True, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{account.account_id}:root"},
         "Action": "kms:*", "Resource": "*"},
        {"Sid": "Trail", "Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
         "Action": "kms:GenerateDataKey*", "Resource": "*"},
    ],
}))
aws.cloudtrail.Trail("trail", s3_bucket_name="trail-bucket", kms_key_id=trail_key.arn)

# --- unknown
aws.cloudwatch.LogGroup("configured", kms_key_id=config.require("kms_key_arn"))
