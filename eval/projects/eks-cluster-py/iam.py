"""IAM for the cluster: the node role, and an IRSA role helper for workloads."""

import json

import pulumi
import pulumi_aws as aws

NODE_POLICIES = [
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
]


def node_role(name: str, tags: dict) -> aws.iam.Role:
    role = aws.iam.Role(
        name,
        assume_role_policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}
                ],
            }
        ),
        tags=tags,
    )
    for i, arn in enumerate(NODE_POLICIES):
        aws.iam.RolePolicyAttachment(f"{name}-policy-{i}", role=role.name, policy_arn=arn)
    return role


def service_account_role(
    name: str,
    oidc_provider_arn: pulumi.Input[str],
    oidc_provider_url: pulumi.Input[str],
    namespace: str,
    service_account: str,
    tags: dict,
) -> aws.iam.Role:
    """A role only the given Kubernetes service account can assume (IAM Roles for Service Accounts)."""

    def trust(args):
        arn, url = args
        issuer = url.removeprefix("https://")
        return json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Federated": arn},
                        "Action": "sts:AssumeRoleWithWebIdentity",
                        "Condition": {
                            "StringEquals": {
                                f"{issuer}:sub": f"system:serviceaccount:{namespace}:{service_account}",
                                f"{issuer}:aud": "sts.amazonaws.com",
                            }
                        },
                    }
                ],
            }
        )

    return aws.iam.Role(
        name,
        assume_role_policy=pulumi.Output.all(oidc_provider_arn, oidc_provider_url).apply(trust),
        tags=tags,
    )
