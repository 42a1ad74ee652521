import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()


def service(name: str, repo: aws.ecr.Repository) -> aws.ecs.TaskDefinition:
    return aws.ecs.TaskDefinition(
        f"{name}-task",
        family=name,
        cpu="256",
        memory="512",
        network_mode="awsvpc",
        requires_compatibilities=["FARGATE"],
        container_definitions=pulumi.Output.all(repo.repository_url, name).apply(
            lambda args: json.dumps([{"name": args[1], "image": f"{args[0]}:latest", "essential": True}])  # error: [aws/image-from-empty-ecr-repository]
        ),
    )


# --- bad
repo = aws.ecr.Repository("app", force_delete=True)
service("api", repo)
aws.apprunner.Service(
    "web",
    service_name="web",
    source_configuration={
        "image_repository": {
            "image_identifier": repo.repository_url.apply(lambda u: f"{u}:v1"),  # error: [aws/image-from-empty-ecr-repository]
            "image_repository_type": "ECR",
        },
    },
)

# --- clean
aws.ecs.TaskDefinition(
    "public",
    family="public",
    container_definitions=json.dumps([{"name": "web", "image": "public.ecr.aws/nginx/nginx:1.27", "essential": True}]),
)

# --- unknown
aws.ecs.TaskDefinition(
    "configured",
    family="configured",
    container_definitions=json.dumps([{"name": "web", "image": config.require("image"), "essential": True}]),
)
