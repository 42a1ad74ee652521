import pulumi
import pulumi_aws as aws

config = pulumi.Config()
artifacts = aws.s3.Bucket("artifacts")
stages = [
    {"name": "Source", "actions": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1",
        "output_artifacts": ["src"], "configuration": {"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"}}]},
    {"name": "Build", "actions": [{"name": "Build", "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",
        "input_artifacts": ["src"], "configuration": {"ProjectName": "app"}}]},
]

# --- bad
aws.codepipeline.Pipeline(
    "singular",
    role_arn=config.require("role_arn"),
    artifact_store=aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3"),  # error: [aws/codepipeline-artifact-store-singular]
    stages=stages,
)


def make_pipeline(name):
    return aws.codepipeline.Pipeline(
        name,
        role_arn=config.require("role_arn"),
        artifact_store={"location": artifacts.bucket, "type": "S3"},  # error: [aws/codepipeline-artifact-store-singular]
        stages=stages,
    )


make_pipeline("helper")

# --- clean
aws.codepipeline.Pipeline(
    "plural",
    role_arn=config.require("role_arn"),
    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],
    stages=stages,
)

# --- unknown
aws.codepipeline.Pipeline("configured", role_arn=config.require("role_arn"), artifact_stores=config.require_object("stores"), stages=stages)
