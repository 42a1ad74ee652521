import type { Value } from '../../ir/values.js';
import { arg, items, num, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const PIPELINE = 'aws:codepipeline/pipeline:Pipeline';

function prop(o: Value, key: string): Value | undefined {
  return o.kind === 'obj' ? o.props.get(key) : undefined;
}

/** The action's version as text: `"1"` and `1` are the same version. */
function versionOf(v: Value | undefined): string | undefined {
  const n = num(v);
  return n !== undefined ? String(n) : str(v);
}

export default defineRule({
  id: 'aws/codepipeline-github-v1',
  class: 'DEPRECATED-API',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [PIPELINE],
  messages: {
    githubV1: 'Stage `{{stage}}` uses the GitHub version 1 source action (owner "ThirdParty", provider "GitHub", version "1"), which AWS deprecated (the provider warns "The CodePipeline GitHub version 1 action provider is deprecated"): it authenticates with an OAuth token kept in the pipeline configuration. Use a `CodeStarSourceConnection` action (owner "AWS", version "1") with an `aws.codestarconnections.Connection` and its `ConnectionArn` / `FullRepositoryId` / `BranchName` configuration.',
  },
  title: 'Deprecated GitHub v1 source action in stage{{stage:s}} {{stage}} of {{counted}}',
  fixHint: 'Create `new aws.codestarconnections.Connection("github", { providerType: "GitHub" })` and use the action { category: "Source", owner: "AWS", provider: "CodeStarSourceConnection", version: "1", configuration: { ConnectionArn: connection.arn, FullRepositoryId: "org/repo", BranchName: "main" } }.',
  docs: {
    summary: 'A CodePipeline source action that uses the deprecated GitHub version 1 action (`owner: "ThirdParty"`, `provider: "GitHub"`, `version: "1"`) instead of a CodeStar connection.',
    why: 'AWS deprecated the GitHub version 1 source action: it relies on an OAuth or personal access token stored in the pipeline configuration (often hard-coded or passed around as plain text), polls or registers webhooks per pipeline, and does not get new features. AWS recommends the GitHub (via GitHub App) action, `CodeStarSourceConnection`, which authenticates through an `aws.codestarconnections.Connection` and keeps no token in the pipeline. Generated pipelines copy the old action from outdated examples.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: config.require('pipelineRoleArn'),\n  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],\n  stages: [\n    {\n      name: 'Source',\n      actions: [{\n        name: 'Source', category: 'Source', owner: 'ThirdParty', provider: 'GitHub', version: '1',\n        outputArtifacts: ['source'],\n        configuration: { Owner: config.require('githubOwner'), Repo: config.require('githubRepo'), Branch: 'main', OAuthToken: config.requireSecret('githubToken') },\n      }],\n    },\n    {\n      name: 'Build',\n      actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source'], configuration: { ProjectName: 'app-build' } }],\n    },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nartifacts = aws.s3.Bucket("artifacts")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn=config.require("pipelineRoleArn"),\n    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],\n    stages=[\n        aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(\n            name="Source", category="Source", owner="ThirdParty", provider="GitHub", version="1",\n            output_artifacts=["source"],\n            configuration={"Owner": config.require("githubOwner"), "Repo": config.require("githubRepo"), "Branch": "main",\n                           "OAuthToken": config.require_secret("githubToken")})]),\n        aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(\n            name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",\n            input_artifacts=["source"], configuration={"ProjectName": "app-build"})]),\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst github = new aws.codestarconnections.Connection('github', { providerType: 'GitHub' });\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: config.require('pipelineRoleArn'),\n  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],\n  stages: [\n    {\n      name: 'Source',\n      actions: [{\n        name: 'Source', category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1',\n        outputArtifacts: ['source'],\n        configuration: { ConnectionArn: github.arn, FullRepositoryId: config.require('githubRepository'), BranchName: 'main' },\n      }],\n    },\n    {\n      name: 'Build',\n      actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source'], configuration: { ProjectName: 'app-build' } }],\n    },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nartifacts = aws.s3.Bucket("artifacts")\ngithub = aws.codestarconnections.Connection("github", provider_type="GitHub")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn=config.require("pipelineRoleArn"),\n    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],\n    stages=[\n        aws.codepipeline.PipelineStageArgs(name="Source", actions=[aws.codepipeline.PipelineStageActionArgs(\n            name="Source", category="Source", owner="AWS", provider="CodeStarSourceConnection", version="1",\n            output_artifacts=["source"],\n            configuration={"ConnectionArn": github.arn, "FullRepositoryId": config.require("githubRepository"), "BranchName": "main"})]),\n        aws.codepipeline.PipelineStageArgs(name="Build", actions=[aws.codepipeline.PipelineStageActionArgs(\n            name="Build", category="Build", owner="AWS", provider="CodeBuild", version="1",\n            input_artifacts=["source"], configuration={"ProjectName": "app-build"})]),\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/appendix-github-oauth.html',
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/update-github-action-connections.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/codestarconnections/connection/',
    ],
    notes: 'Only actions whose owner, provider and version are all known are checked. A new CodeStar connection is created in the PENDING state and must be completed once in the console (the GitHub App handshake); that is expected, not a reason to keep the version 1 action. Hard-coded OAuth tokens in the action configuration are reported by security/hardcoded-secret.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const stage of items(arg(r, 'stages'))?.items ?? []) {
        for (const action of items(prop(stage, 'actions'))?.items ?? []) {
          const owner = str(prop(action, 'owner'));
          const provider = prop(action, 'provider');
          if (owner !== 'ThirdParty' || str(provider) !== 'GitHub' || versionOf(prop(action, 'version')) !== '1') continue;
          const stageName = str(prop(stage, 'name')) ?? str(prop(action, 'name')) ?? 'Source';
          ctx.report({ messageId: 'githubV1', data: { stage: stageName }, at: provider?.at ?? action.at, resource: r });
        }
      }
    }
  },
});
