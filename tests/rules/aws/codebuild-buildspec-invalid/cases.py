import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = config.require("codebuild_role_arn")
environment = {"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0"}


class Build(pulumi.ComponentResource):
    def __init__(self, name, buildspec, opts=None):
        super().__init__("app:ci:Build", name, None, opts)
        self.project = aws.codebuild.Project(
            name,
            service_role=role,
            artifacts={"type": "CODEPIPELINE"},
            environment=environment,
            source={"type": "CODEPIPELINE", "buildspec": buildspec},
            opts=pulumi.ResourceOptions(parent=self),
        )


# --- bad
Build("deploy-phase", "version: 0.2\nphases:\n  deploy:\n    commands:\n      - pulumi up --yes\n")  # error: [aws/codebuild-buildspec-invalid]
Build("version-one", json.dumps({"version": 1.0, "phases": {"build": {"commands": ["pytest"]}}}))  # error: [aws/codebuild-buildspec-invalid]

# --- clean
Build("valid", """version: 0.2
phases:
  install:
    commands:
      - pip install -r requirements.txt
  build:
    commands:
      - pytest
""")

# --- unknown
Build("configured", config.require("buildspec"))
