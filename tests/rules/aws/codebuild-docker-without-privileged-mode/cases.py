import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = config.require("codebuild_role_arn")
DOCKER_SPEC = """version: 0.2
phases:
  build:
    commands:
      - docker build -t $REPO:latest .
      - docker push $REPO:latest
"""

# --- bad
aws.codebuild.Project(
    "image",
    service_role=role,
    artifacts=aws.codebuild.ProjectArtifactsArgs(type="CODEPIPELINE"),
    environment=aws.codebuild.ProjectEnvironmentArgs(type="LINUX_CONTAINER", compute_type="BUILD_GENERAL1_SMALL", image="aws/codebuild/standard:7.0"),  # error: [aws/codebuild-docker-without-privileged-mode]
    source=aws.codebuild.ProjectSourceArgs(type="CODEPIPELINE", buildspec=DOCKER_SPEC),
)

for env in ["dev", "prod"]:
    aws.codebuild.Project(
        f"compose-{env}",
        service_role=role,
        artifacts={"type": "NO_ARTIFACTS"},
        environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0",
                     "privileged_mode": False},  # error: [aws/codebuild-docker-without-privileged-mode]
        source={"type": "NO_SOURCE", "buildspec": json.dumps({"version": "0.2", "phases": {"build": {"commands": ["docker-compose up -d", "pytest"]}}})},
    )

# --- clean
aws.codebuild.Project(
    "privileged",
    service_role=role,
    artifacts={"type": "CODEPIPELINE"},
    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0", "privileged_mode": True},
    source={"type": "CODEPIPELINE", "buildspec": DOCKER_SPEC},
)
aws.codebuild.Project(
    "mentions-docker",
    service_role=role,
    artifacts={"type": "CODEPIPELINE"},
    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0"},
    source={"type": "CODEPIPELINE", "buildspec": "version: 0.2\nphases:\n  build:\n    commands:\n      - echo no dockerfile changes\n      - cat Dockerfile\n"},
)

# --- unknown
aws.codebuild.Project(
    "configured",
    service_role=role,
    artifacts={"type": "CODEPIPELINE"},
    environment=config.require_object("environment"),
    source={"type": "CODEPIPELINE", "buildspec": DOCKER_SPEC},
)
