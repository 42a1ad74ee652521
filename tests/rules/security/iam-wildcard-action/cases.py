import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.BucketV2("data")
role = aws.iam.Role("fn", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}))

# --- bad
aws.iam.RolePolicy(
    "admin",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],  # error: [security/iam-wildcard-action]
    }),
)

aws.iam.RolePolicy(
    "services",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": [
                "logs:*",  # error: [security/iam-wildcard-action]
                "s3:*",  # one statement, one finding
                "ssm:GetParameter",
            ],
            "Resource": "*",
        }],
    }),
)

doc = aws.iam.get_policy_document(statements=[aws.iam.GetPolicyDocumentStatementArgs(
    not_actions=["iam:*"],  # error: [security/iam-wildcard-action]
    resources=["*"],
)])
aws.iam.Policy("from-doc", policy=doc.json)

aws.sqs.QueuePolicy(
    "queue-policy",
    queue_url="https://sqs.us-east-1.amazonaws.com/123456789012/q",
    policy=bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "s3.amazonaws.com"},
            "Action": "sqs:*",  # error: [security/iam-wildcard-action]
            "Resource": "*",
            "Condition": {"ArnEquals": {"aws:SourceArn": arn}},
        }],
    })),
)

# --- clean
aws.iam.RolePolicy(
    "scoped",
    role=role.id,
    policy=bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": f"{arn}/*"}],
    })),
)

account = aws.get_caller_identity()
aws.kms.Key("key", enable_key_rotation=True, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{
        "Sid": "EnableRoot",
        "Effect": "Allow",
        "Principal": {"AWS": f"arn:aws:iam::{account.account_id}:root"},
        "Action": "kms:*",
        "Resource": "*",
    }],
}))

aws.iam.Policy("deny", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}}],
}))

# --- unknown
aws.iam.Policy("configured", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": config.require("actions"), "Resource": "*"}],
}))
aws.iam.Policy("opaque", policy=config.require("policy_json"))
