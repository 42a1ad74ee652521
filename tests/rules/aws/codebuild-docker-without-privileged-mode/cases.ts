import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = config.require('codebuildRoleArn');
const dockerSpec = `version: 0.2
phases:
  pre_build:
    commands:
      - aws ecr get-login-password --region $AWS_REGION | docker login --username AWS --password-stdin $REPO
  build:
    commands:
      - docker build -t $REPO:latest .
      - docker push $REPO:latest
`;
const npmSpec = 'version: 0.2\nphases:\n  build:\n    commands:\n      - npm ci\n      - npm test\n';

// --- bad
new aws.codebuild.Project('image', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' }, // error: [aws/codebuild-docker-without-privileged-mode]
  source: { type: 'CODEPIPELINE', buildspec: dockerSpec },
});

class ImageBuild extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:ci:ImageBuild', name);
    new aws.codebuild.Project(name, {
      serviceRole: role,
      artifacts: { type: 'NO_ARTIFACTS' },
      environment: {
        type: 'ARM_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/amazonlinux2-aarch64-standard:3.0',
        privilegedMode: false, // error: [aws/codebuild-docker-without-privileged-mode]
      },
      source: { type: 'GITHUB', location: 'https://github.com/org/app.git', buildspec: JSON.stringify({ version: '0.2', phases: { build: { commands: ['docker buildx build --platform linux/arm64 .'] } } }) },
    }, { parent: this });
  }
}
new ImageBuild('arm-image');

// --- clean
new aws.codebuild.Project('privileged', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', privilegedMode: true },
  source: { type: 'CODEPIPELINE', buildspec: dockerSpec },
});
new aws.codebuild.Project('tests', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },
  source: { type: 'CODEPIPELINE', buildspec: npmSpec },
});
new aws.codebuild.Project('from-repo', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },
  source: { type: 'CODEPIPELINE', buildspec: 'buildspec.yml' },
});

// --- unknown
new aws.codebuild.Project('configured', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', privilegedMode: config.getBoolean('privileged') },
  source: { type: 'CODEPIPELINE', buildspec: dockerSpec },
});
new aws.codebuild.Project('spec-from-config', {
  serviceRole: role,
  artifacts: { type: 'CODEPIPELINE' },
  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },
  source: { type: 'CODEPIPELINE', buildspec: config.require('buildspec') },
});
