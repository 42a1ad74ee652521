import pulumi
import pulumi_aws as aws

config = pulumi.Config()
artifacts = aws.s3.Bucket("artifacts")
store = [aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")]
build = aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(
    name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",
    input_artifacts=["source"], configuration={"ProjectName": "app"})])

# --- bad
aws.codepipeline.Pipeline(
    "legacy",
    role_arn=config.require("role_arn"),
    artifact_stores=store,
    stages=[
        {
            "name": "Source",
            "actions": [
                {
                    "name": "SourceAction",
                    "category": "Source",
                    "owner": "ThirdParty",
                    "provider": "GitHub",  # error: [aws/codepipeline-github-v1]
                    "version": "1",
                    "output_artifacts": ["source"],
                    "configuration": {"Owner": config.require("owner"), "Repo": config.require("repo"), "Branch": "main",
                                      "OAuthToken": config.require_secret("token")},
                }
            ],
        },
        build,
    ],
)

# --- clean
github = aws.codestarconnections.Connection("github", provider_type="GitHub")
aws.codepipeline.Pipeline(
    "modern",
    role_arn=config.require("role_arn"),
    artifact_stores=store,
    stages=[
        aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(
            name="Source", category="Source", owner="AWS", provider="CodeStarSourceConnection", version="1",
            output_artifacts=["source"],
            configuration={"ConnectionArn": github.arn, "FullRepositoryId": config.require("repository"), "BranchName": "main"})]),
        build,
    ],
)

# --- unknown
aws.codepipeline.Pipeline(
    "configured",
    role_arn=config.require("role_arn"),
    artifact_stores=store,
    stages=[
        aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(
            name="Source", category="Source", owner="ThirdParty", provider=config.require("source_provider"), version="1",
            output_artifacts=["source"],
            configuration={"Owner": config.require("owner"), "Repo": config.require("repo"), "Branch": "main"})]),
        build,
    ],
)
