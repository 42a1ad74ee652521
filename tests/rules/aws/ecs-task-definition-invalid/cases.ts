import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const repo = new aws.ecr.Repository('app');
const logs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });
const role = new aws.iam.Role('exec', { assumeRolePolicy: '{}' });
const container = (name: string, port: number) => ({ name, image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: port }] });

// --- bad
new aws.ecs.TaskDefinition('too-much-memory', {
  family: 'a', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256',
  memory: '4096', // error: [aws/ecs-task-definition-invalid]
  executionRoleArn: role.arn, containerDefinitions: JSON.stringify([container('app', 80)]),
});
new aws.ecs.TaskDefinition('odd-cpu', {
  family: 'b', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc',
  cpu: '300', // error: [aws/ecs-task-definition-invalid]
  memory: '1024', executionRoleArn: role.arn, containerDefinitions: JSON.stringify([container('app', 80)]),
});
new aws.ecs.TaskDefinition('no-size', { family: 'c', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', executionRoleArn: role.arn, containerDefinitions: JSON.stringify([container('app', 80)]) }); // error: [aws/ecs-task-definition-invalid]
new aws.ecs.TaskDefinition('bridge', {
  family: 'd', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512',
  networkMode: 'bridge', // error: [aws/ecs-task-definition-invalid]
  executionRoleArn: role.arn, containerDefinitions: JSON.stringify([container('app', 80)]),
});
new aws.ecs.TaskDefinition('host-port', {
  family: 'e', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '512', memory: '1024', executionRoleArn: role.arn,
  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx:1.27', portMappings: [{ containerPort: 80, hostPort: 8080 }] }]), // error: [aws/ecs-task-definition-invalid]
});
// awslogs and an ECR image without an execution role, built inside apply.
new aws.ecs.TaskDefinition('no-exec-role', { // error: [aws/ecs-task-definition-invalid]
  family: 'f', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '1024', memory: '2048',
  containerDefinitions: pulumi.all([repo.repositoryUrl, logs.name]).apply(([url, group]) => JSON.stringify([{
    name: 'app', image: `${url}:v1`, essential: true,
    logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': group, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'app' } },
  }])),
});
class Service extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:app:Service', name, {}, opts);
    new aws.ecs.TaskDefinition(`${name}-td`, {
      family: name, cpu: '512', memory: '1024',
      containerDefinitions: '[{"name": "app", "image": "nginx", "memory": 2048}]', // error: [aws/ecs-task-definition-invalid]
    }, { parent: this });
    new aws.ecs.TaskDefinition(`${name}-broken`, {
      family: name,
      containerDefinitions: '[{"name": "app", "image": "nginx",}]', // error: [aws/ecs-task-definition-invalid]
    }, { parent: this });
  }
}
new Service('svc');

// --- clean
new aws.ecs.TaskDefinition('ok', {
  family: 'ok', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '1 vCPU', memory: '3 GB', executionRoleArn: role.arn,
  containerDefinitions: pulumi.jsonStringify([{ name: 'app', image: repo.repositoryUrl, essential: true, portMappings: [{ containerPort: 80, hostPort: 80 }], logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': logs.name } } }]),
});
new aws.ecs.TaskDefinition('ec2-bridge', { family: 'ec2', containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', memory: 256, portMappings: [{ containerPort: 80, hostPort: 8080 }] }]) });

// --- unknown
new aws.ecs.TaskDefinition('cfg', {
  family: 'cfg', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: config.require('cpu'), memory: config.require('memory'), executionRoleArn: role.arn,
  containerDefinitions: config.require('containers'),
});
