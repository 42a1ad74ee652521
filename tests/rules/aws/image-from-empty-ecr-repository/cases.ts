import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });

class Service extends pulumi.ComponentResource {
  constructor(name: string, repo: aws.ecr.Repository, opts?: pulumi.ComponentResourceOptions) {
    super('app:Service', name, {}, opts);
    new aws.ecs.TaskDefinition(`${name}-task`, {
      family: name,
      cpu: '256',
      memory: '512',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      containerDefinitions: pulumi.interpolate`[{"name":"${name}","image":"${repo.repositoryUrl}:latest","essential":true}]`, // error: [aws/image-from-empty-ecr-repository]
    }, { parent: this });
    this.registerOutputs({});
  }
}

// --- bad
const repo = new aws.ecr.Repository('app', { forceDelete: true });
new aws.lambda.Function('fn', {
  packageType: 'Image',
  imageUri: pulumi.interpolate`${repo.repositoryUrl}:latest`, // error: [aws/image-from-empty-ecr-repository]
  role: role.arn,
});
for (const name of ['api', 'worker']) {
  const r = new aws.ecr.Repository(`${name}-repo`, { forceDelete: true });
  new Service(name, r);
}

// --- clean
new aws.ecs.TaskDefinition('public', {
  family: 'public',
  containerDefinitions: JSON.stringify([{ name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27', essential: true }]),
});
new aws.lambda.Function('existing', {
  packageType: 'Image',
  imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:0123456789abcdef',
  role: role.arn,
});

// --- unknown
new aws.lambda.Function('configured', { packageType: 'Image', imageUri: config.require('imageUri'), role: role.arn });
