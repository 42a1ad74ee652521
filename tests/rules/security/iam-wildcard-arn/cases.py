import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environmentSuffix") or "dev"
caller = aws.get_caller_identity()
bucket = aws.s3.BucketV2("data")
role = aws.iam.Role("task", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}))

# --- bad
aws.iam.RolePolicy(
    "sessions",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["dynamodb:GetItem", "dynamodb:PutItem"],
            "Resource": f"arn:aws:dynamodb:us-east-1:*:table/sessions-{environment_suffix}",  # error: [security/iam-wildcard-arn]
        }],
    }),
)
aws.iam.Role(
    "inline",
    assume_role_policy=role.assume_role_policy,
    inline_policies=[aws.iam.RoleInlinePolicyArgs(
        name="secrets",
        policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "arn:aws:secretsmanager:*:*:secret:db-*"}],  # error: [security/iam-wildcard-arn]
        }),
    )],
)
aws.iam.Policy(
    "tagging",
    policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:PutBucketTagging"], "Resource": "arn:aws:s3:::*"}]}',  # error: [security/iam-wildcard-arn]
)
doc = aws.iam.get_policy_document(statements=[aws.iam.GetPolicyDocumentStatementArgs(
    actions=["sqs:SendMessage"],
    resources=["arn:aws:sqs:eu-west-1:*:orders-*"],  # error: [security/iam-wildcard-arn]
)])
aws.iam.Policy("queue", policy=doc.json)

# --- clean
aws.iam.RolePolicy(
    "scoped",
    role=role.id,
    policy=bucket.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": [arn, f"{arn}/*"]},
            {"Effect": "Allow", "Action": ["dynamodb:GetItem"],
             "Resource": f"arn:aws:dynamodb:us-east-1:{caller.account_id}:table/sessions-{environment_suffix}"},
            {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken"], "Resource": "*"},
            {"Effect": "Allow", "Action": ["ec2:DescribeImages"], "Resource": "arn:aws:ec2:us-east-1::image/*"},
        ],
    })),
)
aws.iam.Policy("self-service", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["iam:CreateVirtualMFADevice"], "Resource": "arn:aws:iam::*:mfa/${aws:username}"}],
}))

# --- unknown
aws.iam.Policy("configured", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": f"arn:aws:sqs:{config.require('region')}:{config.require('account')}:orders"},
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": config.require("resource")},
    ],
}))
aws.iam.Policy("opaque", policy=config.require("policy"))
