import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
secret = aws.secretsmanager.Secret("db")
role = aws.iam.Role("task", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}))

# --- bad
aws.iam.RolePolicy(
    "secrets",
    role=role.id,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": [
                "secretsmanager:GetSecretValue",
                "kms:Decrypt",
            ],
            "Resource": "*",  # error: [security/iam-wildcard-resource]
        }],
    }),
)

aws.iam.RolePolicy(
    "queue",
    role=role.id,
    policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "*"}]}',  # error: [security/iam-wildcard-resource]
)

aws.iam.Role(
    "inline",
    assume_role_policy=role.assume_role_policy,
    inline_policies=[aws.iam.RoleInlinePolicyArgs(
        name="invoke",
        policy=json.dumps({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "lambda:InvokeFunction", "Resource": "*"}],  # error: [security/iam-wildcard-resource]
        }),
    )],
)

# --- clean
aws.iam.RolePolicy(
    "scoped",
    role=role.id,
    policy=secret.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": arn},
            {"Effect": "Allow", "Action": ["ecr:GetAuthorizationToken", "logs:DescribeLogGroups"], "Resource": "*"},
            {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*",
             "Condition": {"StringEquals": {"aws:ResourceAccount": "123456789012"}}},
        ],
    })),
)

# --- unknown
aws.iam.Policy("configured", policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": config.require("resource")}],
}))
aws.iam.Policy("opaque", policy=config.require("policy"))
