import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
assume_role_policy = json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}],
})
role = aws.iam.Role("build", assume_role_policy=assume_role_policy)

# --- bad
aws.iam.RolePolicyAttachment("admin", role=role.name, policy_arn="arn:aws:iam::aws:policy/AdministratorAccess")  # error: [security/iam-admin-managed-policy]
aws.iam.RolePolicyAttachment("ddb", role=role.name, policy_arn=aws.iam.ManagedPolicy.AMAZON_DYNAMO_DB_FULL_ACCESS)  # error: [security/iam-admin-managed-policy]
aws.iam.Role(
    "deployer",
    assume_role_policy=assume_role_policy,
    managed_policy_arns=[
        aws.iam.ManagedPolicy.ADMINISTRATOR_ACCESS,  # error: [security/iam-admin-managed-policy]
        "arn:aws:iam::aws:policy/AWSCodePipeline_FullAccess",  # error: [security/iam-admin-managed-policy]
    ],
)
group = aws.iam.Group("admins")
aws.iam.GroupPolicyAttachment("admins", group=group.name, policy_arn="arn:aws:iam::aws:policy/AdministratorAccess")  # error: [security/iam-admin-managed-policy]

# --- clean
aws.iam.RolePolicyAttachment("logs", role=role.name,
                             policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
aws.iam.RolePolicyAttachment("ro", role=role.name, policy_arn=aws.iam.ManagedPolicy.READ_ONLY_ACCESS)

# --- unknown
aws.iam.RolePolicyAttachment("configured", role=role.name, policy_arn=config.require("policy_arn"))
aws.iam.RolePolicyAttachment("formatted", role=role.name,
                             policy_arn=f"arn:aws:iam::aws:policy/{config.require('policy_name')}")
