import { keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const PIPELINE = 'aws:codepipeline/pipeline:Pipeline';

export default defineRule({
  id: 'aws/codepipeline-artifact-store-singular',
  class: 'CICD-PIPELINE',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [PIPELINE],
  messages: {
    singular: 'The pipeline has no artifact store: `{{written}}` is CloudFormation\'s name, the provider only has `{{plural}}` (a list, one store per region when actions run in other regions), and CodePipeline cannot be created without a store, so no pipeline is deployed. Write `{{plural}}: [{ location: bucket.bucket, type: "S3" }]`.',
  },
  title: 'No artifact store on {{counted}}: {{written:code}} instead of {{plural:code}}',
  fixHint: 'artifactStores: [{ location: artifactBucket.bucket, type: "S3" }] (Python: artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=..., type="S3")]).',
  docs: {
    summary: 'A CodePipeline pipeline written with CloudFormation\'s singular `artifactStore` instead of the provider\'s `artifactStores` list.',
    why: 'CloudFormation and the CodePipeline API call the field `ArtifactStore`; the Pulumi AWS provider only has `artifactStores` (a list, so that cross-region pipelines can name a store per region). Generated pipelines copy the CloudFormation name: the key is not an argument, so TypeScript does not compile, Python fails with "unexpected keyword argument \'artifact_store\'", and the pipeline, which requires a store, is never created.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: 'arn:aws:iam::123456789012:role/pipeline',\n  artifactStore: { location: artifacts.bucket, type: 'S3' },\n  stages: [\n    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['src'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },\n    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['src'], configuration: { ProjectName: 'app' } }] },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nartifacts = aws.s3.Bucket("artifacts")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn="arn:aws:iam::123456789012:role/pipeline",\n    artifact_store=aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3"),\n    stages=[\n        {"name": "Source", "actions": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1",\n            "output_artifacts": ["src"], "configuration": {"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"}}]},\n        {"name": "Build", "actions": [{"name": "Build", "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",\n            "input_artifacts": ["src"], "configuration": {"ProjectName": "app"}}]},\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst artifacts = new aws.s3.Bucket('artifacts');\nconst pipeline = new aws.codepipeline.Pipeline('app', {\n  roleArn: 'arn:aws:iam::123456789012:role/pipeline',\n  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],\n  stages: [\n    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['src'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },\n    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['src'], configuration: { ProjectName: 'app' } }] },\n  ],\n});\nexport const pipelineName = pipeline.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nartifacts = aws.s3.Bucket("artifacts")\npipeline = aws.codepipeline.Pipeline("app",\n    role_arn="arn:aws:iam::123456789012:role/pipeline",\n    artifact_stores=[aws.codepipeline.PipelineArtifactStoreArgs(location=artifacts.bucket, type="S3")],\n    stages=[\n        {"name": "Source", "actions": [{"name": "Source", "category": "Source", "owner": "AWS", "provider": "S3", "version": "1",\n            "output_artifacts": ["src"], "configuration": {"S3Bucket": artifacts.bucket, "S3ObjectKey": "src.zip"}}]},\n        {"name": "Build", "actions": [{"name": "Build", "category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1",\n            "input_artifacts": ["src"], "configuration": {"ProjectName": "app"}}]},\n    ])\npulumi.export("pipeline", pipeline.name)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/codepipeline/pipeline/#artifactstores_nodejs',
      'https://docs.aws.amazon.com/codepipeline/latest/APIReference/API_PipelineDeclaration.html',
    ],
    notes: 'Reported when the pipeline has no `artifactStores` key. aws/unknown-argument reports the same key as an argument the provider does not have; a pipeline with neither key is reported by aws/missing-required-argument.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!r.args.props.has('artifactStore') || r.args.props.has('artifactStores')) continue;
      const py = r.lang === 'py';
      const data = { written: py ? 'artifact_store' : 'artifactStore', plural: py ? 'artifact_stores' : 'artifactStores' };
      ctx.report({ messageId: 'singular', data, at: keySpan(r.args, 'artifactStore') ?? r.at, resource: r });
    }
  },
});
