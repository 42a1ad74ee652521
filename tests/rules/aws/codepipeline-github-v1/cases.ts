import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const artifacts = new aws.s3.Bucket('artifacts');
const build = { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['source'], configuration: { ProjectName: 'app' } }] };

// --- bad
new aws.codepipeline.Pipeline('legacy', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'GitHub_Source',
          category: 'Source',
          owner: 'ThirdParty',
          provider: 'GitHub', // error: [aws/codepipeline-github-v1]
          version: '1',
          outputArtifacts: ['source'],
          configuration: { Owner: config.require('owner'), Repo: config.require('repo'), Branch: 'main', OAuthToken: config.requireSecret('token') },
        },
      ],
    },
    build,
  ],
});

// --- clean
const github = new aws.codestarconnections.Connection('github', { providerType: 'GitHub' });
new aws.codepipeline.Pipeline('modern', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          category: 'Source',
          owner: 'AWS',
          provider: 'CodeStarSourceConnection',
          version: '1',
          outputArtifacts: ['source'],
          configuration: { ConnectionArn: github.arn, FullRepositoryId: config.require('repository'), BranchName: 'main' },
        },
      ],
    },
    build,
  ],
});

// --- unknown
new aws.codepipeline.Pipeline('configured', {
  roleArn: config.require('roleArn'),
  artifactStores: [{ location: artifacts.bucket, type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          category: 'Source',
          owner: config.require('sourceOwner'),
          provider: config.require('sourceProvider'),
          version: '1',
          outputArtifacts: ['source'],
          configuration: { ConnectionArn: github.arn, FullRepositoryId: config.require('repository'), BranchName: 'main' },
        },
      ],
    },
    build,
  ],
});
