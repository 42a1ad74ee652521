import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const artifacts = new aws.s3.Bucket('artifacts');
const stores = [{ location: artifacts.bucket, type: 'S3' }];
const source = { name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['source_output'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } };
const build = { name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source_output'], outputArtifacts: ['build_output'], configuration: { ProjectName: 'app' } };

// --- bad
new aws.codepipeline.Pipeline('one-stage', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [{ name: 'Source', actions: [source] }], // error: [aws/codepipeline-stage-structure-invalid]
});
new aws.codepipeline.Pipeline('wrong-input', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Build', actions: [{ ...build, inputArtifacts: ['SourceOutput'] }] }, // error: [aws/codepipeline-stage-structure-invalid]
  ],
});
new aws.codepipeline.Pipeline('build-first', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: [], configuration: { ProjectName: 'app' } }] }, // error: [aws/codepipeline-stage-structure-invalid]
    { name: 'Source', actions: [source] },
  ],
});

function deployStage(provider: string, category: string) {
  return {
    name: 'Deploy',
    actions: [{
      name: 'Deploy',
      category,
      owner: 'AWS', provider, version: '1', inputArtifacts: ['build_output'], configuration: { ClusterName: 'c', ServiceName: 's' },
    }],
  };
}
new aws.codepipeline.Pipeline('wrong-category', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [{ name: 'Source', actions: [source] }, { name: 'Build', actions: [build] }, deployStage('ECS', 'Build')], // error: [aws/codepipeline-stage-structure-invalid]
});
new aws.codepipeline.Pipeline('no-input', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Build', actions: [build] },
    { name: 'Deploy', actions: [{ name: 'Deploy', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', configuration: { ProjectName: 'deploy' } }] }, // error: [aws/codepipeline-stage-structure-invalid]
  ],
});
new aws.codepipeline.Pipeline('github-owner', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'GitHub', version: '1', outputArtifacts: ['source_output'], configuration: { Owner: 'o', Repo: 'r', Branch: 'main' } }] }, // error: [aws/codepipeline-stage-structure-invalid]
    { name: 'Build', actions: [build] },
  ],
});
new aws.codepipeline.Pipeline('multi-region', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }, { location: 'replica-bucket', type: 'S3', region: 'us-west-2' }], // error: [aws/codepipeline-stage-structure-invalid]
  stages: [{ name: 'Source', actions: [source] }, { name: 'Build', actions: [build] }],
});
new aws.codepipeline.Pipeline('missing-configuration', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1', outputArtifacts: ['source_output'], configuration: { ConnectionArn: config.require('connectionArn'), BranchName: 'main' } }] }, // error: [aws/codepipeline-stage-structure-invalid]
    { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source_output'] }] }, // error: [aws/codepipeline-stage-structure-invalid]
  ],
});

// --- clean
new aws.codepipeline.Pipeline('connection-source', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1', outputArtifacts: ['source_output'], configuration: { ConnectionArn: config.require('connectionArn'), FullRepositoryId: 'acme/app', BranchName: 'main' } }] },
    { name: 'Build', actions: [build] },
  ],
});
new aws.codepipeline.Pipeline('valid', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Build', actions: [build] },
    { name: 'Approve', actions: [{ name: 'Approve', category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' }] },
    { name: 'Deploy', actions: [
      { name: 'Deploy', category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1', inputArtifacts: ['build_output'], configuration: { ClusterName: 'c', ServiceName: 's' } },
      { name: 'Notify', category: 'Invoke', owner: 'AWS', provider: 'Lambda', version: '1', configuration: { FunctionName: 'notify' } },
    ] },
  ],
});
new aws.codepipeline.Pipeline('same-stage', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Build', actions: [
      { ...build, runOrder: 1 },
      { name: 'Test', category: 'Test', owner: 'AWS', provider: 'CodeBuild', version: '1', runOrder: 2, inputArtifacts: ['build_output'], configuration: { ProjectName: 'test' } },
    ] },
  ],
});
new aws.codepipeline.Pipeline('partner', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Scan', actions: [{ name: 'Scan', category: 'Invoke', owner: 'ThirdParty', provider: 'Snyk', version: '1', inputArtifacts: ['source_output'] }] },
  ],
});

// --- unknown
new aws.codepipeline.Pipeline('configured-actions', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [{ name: 'Source', actions: [source] }, { name: 'Build', actions: [{ ...build, configuration: config.requireObject<Record<string, string>>('buildConfiguration') }] }],
});
const extraStages = config.requireObject<aws.types.input.codepipeline.PipelineStage[]>('stages');
new aws.codepipeline.Pipeline('configured', { roleArn: config.require('roleArn'), artifactStores: stores, stages: [{ name: 'Source', actions: [source] }, ...extraStages] });
new aws.codepipeline.Pipeline('computed-input', {
  roleArn: config.require('roleArn'),
  artifactStores: stores,
  stages: [
    { name: 'Source', actions: [source] },
    { name: 'Build', actions: [{ ...build, inputArtifacts: [config.require('artifact')] }] },
  ],
});
