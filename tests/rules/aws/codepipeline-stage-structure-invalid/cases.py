import pulumi
import pulumi_aws as aws

config = pulumi.Config()
artifacts = aws.s3.Bucket("artifacts")
stores = [aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")]


def source_stage():
    return aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(
        name="Source", category="Source", owner="AWS", provider="CodeCommit", version="1",
        output_artifacts=["SourceOutput"], configuration={"RepositoryName": "app", "BranchName": "main"})])


def build_stage(inputs):
    return aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(
        name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",
        input_artifacts=inputs, output_artifacts=["BuildOutput"], configuration={"ProjectName": "app"})])


# --- bad
aws.codepipeline.Pipeline("one-stage", role_arn=config.require("role_arn"), artifact_stores=stores,
    stages=[source_stage()])  # error: [aws/codepipeline-stage-structure-invalid]


class Delivery(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:cicd:Delivery", name, None, opts)
        aws.codepipeline.Pipeline(f"{name}-pipeline", role_arn=config.require("role_arn"), artifact_stores=stores,
            stages=[source_stage(), build_stage(["source_output"])],  # error: [aws/codepipeline-stage-structure-invalid]
            opts=pulumi.ResourceOptions(parent=self))


Delivery("delivery")

aws.codepipeline.Pipeline("deploy-without-input", role_arn=config.require("role_arn"), artifact_stores=stores, stages=[
    source_stage(),
    build_stage(["SourceOutput"]),
    {"name": "Deploy", "actions": [{"name": "Deploy", "category": "Deploy", "owner": "AWS", "provider": "CodeDeploy", "version": "1",  # error: [aws/codepipeline-stage-structure-invalid]
        "configuration": {"ApplicationName": "app", "DeploymentGroupName": "app"}}]},
])

aws.codepipeline.Pipeline("missing-configuration", role_arn=config.require("role_arn"), artifact_stores=stores, stages=[
    source_stage(),
    aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(
        name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",
        input_artifacts=["SourceOutput"], configuration={"PrimarySource": "SourceOutput"})]),  # error: [aws/codepipeline-stage-structure-invalid]
])

# --- clean
aws.codepipeline.Pipeline("valid", role_arn=config.require("role_arn"), artifact_stores=stores, stages=[
    source_stage(),
    build_stage(["SourceOutput"]),
    {"name": "Deploy", "actions": [{"name": "Deploy", "category": "Deploy", "owner": "AWS", "provider": "CodeDeploy", "version": "1",
        "input_artifacts": ["BuildOutput"], "configuration": {"ApplicationName": "app", "DeploymentGroupName": "app"}}]},
])

# --- unknown
aws.codepipeline.Pipeline("configured-build", role_arn=config.require("role_arn"), artifact_stores=stores, stages=[
    source_stage(),
    aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(
        name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",
        input_artifacts=["SourceOutput"], configuration=config.require_object("build_configuration"))]),
])
aws.codepipeline.Pipeline("configured", role_arn=config.require("role_arn"), artifact_stores=stores,
    stages=[source_stage(), build_stage(config.require_object("inputs"))])
