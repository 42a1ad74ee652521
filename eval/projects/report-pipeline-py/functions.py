"""Helper for the pipeline's Lambda functions: role, log group and function."""

import json

import pulumi
import pulumi_aws as aws

LAMBDA_TRUST = json.dumps(
    {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
        ],
    }
)


def make_function(
    name: str,
    code_dir: str,
    environment: dict,
    policy: pulumi.Input[str],
    tags: dict,
    timeout: int = 60,
    memory: int = 512,
) -> aws.lambda_.Function:
    role = aws.iam.Role(f"{name}-role", assume_role_policy=LAMBDA_TRUST, tags=tags)
    aws.iam.RolePolicyAttachment(
        f"{name}-logs",
        role=role.name,
        policy_arn=aws.iam.ManagedPolicy.AWS_LAMBDA_BASIC_EXECUTION_ROLE,
    )
    aws.iam.RolePolicy(f"{name}-access", role=role.id, policy=policy)

    log_group = aws.cloudwatch.LogGroup(
        f"{name}-logs",
        name=f"/aws/lambda/{name}",
        retention_in_days=14,
        tags=tags,
    )

    return aws.lambda_.Function(
        name,
        name=name,
        runtime=aws.lambda_.Runtime.PYTHON3D12,
        architectures=["arm64"],
        handler="main.handler",
        code=pulumi.AssetArchive({".": pulumi.FileArchive(code_dir)}),
        role=role.arn,
        timeout=timeout,
        memory_size=memory,
        environment=aws.lambda_.FunctionEnvironmentArgs(variables=environment),
        tags=tags,
        opts=pulumi.ResourceOptions(depends_on=[log_group]),
    )
