"""The catalog service: a Deployment behind a public load balancer, reading product images from S3 via IRSA."""

import json

import pulumi
import pulumi_aws as aws
import pulumi_kubernetes as k8s

import iam


def deploy_catalog(
    name: str,
    provider: k8s.Provider,
    oidc_provider_arn: pulumi.Input[str],
    oidc_provider_url: pulumi.Input[str],
    image: str,
    tags: dict,
) -> dict:
    stack = pulumi.get_stack()
    k8s_opts = pulumi.ResourceOptions(provider=provider)

    bucket = aws.s3.BucketV2(f"{name}-assets-{stack}", tags=tags)
    aws.s3.BucketPublicAccessBlock(
        f"{name}-assets-{stack}-pab",
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
    )

    role = iam.service_account_role(
        f"{name}-{stack}-irsa", oidc_provider_arn, oidc_provider_url, name, name, tags
    )
    aws.iam.RolePolicy(
        f"{name}-{stack}-irsa-s3",
        role=role.id,
        policy=bucket.arn.apply(
            lambda arn: json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": f"{arn}/*"},
                        {"Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": arn},
                    ],
                }
            )
        ),
    )

    ns = k8s.core.v1.Namespace(name, metadata={"name": name}, opts=k8s_opts)

    sa = k8s.core.v1.ServiceAccount(
        name,
        metadata={
            "name": name,
            "namespace": ns.metadata["name"],
            "annotations": {"eks.amazonaws.com/role-arn": role.arn},
        },
        opts=k8s_opts,
    )

    labels = {"app.kubernetes.io/name": name}
    k8s.apps.v1.Deployment(
        name,
        metadata={"namespace": ns.metadata["name"], "labels": labels},
        spec={
            "replicas": 3,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {
                    "serviceAccountName": sa.metadata["name"],
                    "containers": [
                        {
                            "name": name,
                            "image": image,
                            "ports": [{"containerPort": 80, "name": "http"}],
                            "env": [{"name": "ASSETS_BUCKET", "value": bucket.bucket}],
                            "resources": {
                                "requests": {"cpu": "100m", "memory": "128Mi"},
                                "limits": {"memory": "256Mi"},
                            },
                            "readinessProbe": {"httpGet": {"path": "/", "port": "http"}, "periodSeconds": 10},
                        }
                    ],
                },
            },
        },
        opts=k8s_opts,
    )

    svc = k8s.core.v1.Service(
        name,
        metadata={
            "namespace": ns.metadata["name"],
            "annotations": {"service.beta.kubernetes.io/aws-load-balancer-type": "nlb"},
        },
        spec={
            "type": "LoadBalancer",
            "selector": labels,
            "ports": [{"port": 80, "targetPort": "http"}],
        },
        opts=k8s_opts,
    )

    hostname = svc.status.load_balancer.ingress[0].hostname
    return {"bucket": bucket, "url": pulumi.Output.concat("http://", hostname)}
