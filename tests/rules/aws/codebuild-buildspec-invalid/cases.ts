import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const base = {
  serviceRole: config.require('codebuildRoleArn'),
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },
};

function project(name: string, buildspec: pulumi.Input<string>) {
  return new aws.codebuild.Project(name, { ...base, source: { type: 'CODEPIPELINE', buildspec } });
}

// --- bad
project('colon', 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo Build started: now\n'); // error: [aws/codebuild-buildspec-invalid]
project('no-version', 'phases:\n  build:\n    commands:\n      - npm test\n'); // error: [aws/codebuild-buildspec-invalid]
project('bad-yaml', 'version: 0.2\nphases:\n  build:\n    commands:\n  - npm test\n      - npm run build\n'); // error: [aws/codebuild-buildspec-invalid]
project('string-commands', JSON.stringify({ version: '0.2', phases: { build: { commands: 'npm test' } } })); // error: [aws/codebuild-buildspec-invalid]
project('test-phase', 'version: 0.2\nphases:\n  build:\n    commands:\n      - npm run build\n  test:\n    commands:\n      - npm test\n'); // error: [aws/codebuild-buildspec-invalid]

// --- clean
project('valid', 'version: 0.2\nphases:\n  install:\n    runtime-versions:\n      nodejs: 20\n  build:\n    commands:\n      - "echo Build started: now"\n      - npm test\nartifacts:\n  files:\n    - "**/*"\n');
project('json', JSON.stringify({ version: 0.2, phases: { build: { commands: ['npm test'] } } }));
project('file', 'buildspec.yml');

// --- unknown
project('configured', config.require('buildspec'));
project('interpolated', pulumi.interpolate`version: 0.2\nphases:\n  build:\n    commands:\n      - aws s3 cp out s3://${config.require('bucket')}/\n`);
