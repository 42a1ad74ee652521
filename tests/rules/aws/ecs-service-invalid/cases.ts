import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const cluster = new aws.ecs.Cluster('cluster');
const suffix = 'dev';
const td = new aws.ecs.TaskDefinition('app', {
  family: 'app', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  containerDefinitions: JSON.stringify([{ name: `app-container-${suffix}`, image: 'nginx:1.27', portMappings: [{ containerPort: 8080 }] }]),
});
const ec2Td = new aws.ecs.TaskDefinition('ec2', { family: 'ec2', requiresCompatibilities: ['EC2'], containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', memory: 256 }]) });
const net = { subnets: ['subnet-0123456789abcdef0'], securityGroups: ['sg-0123456789abcdef0'] };
const tg = new aws.lb.TargetGroup('tg', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId: 'vpc-0123456789abcdef0' });

// --- bad
new aws.ecs.Service('both', {
  cluster: cluster.arn, taskDefinition: td.arn, networkConfiguration: net,
  launchType: 'FARGATE', // error: [aws/ecs-service-invalid]
  capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 4 }, { capacityProvider: 'FARGATE', weight: 1, base: 1 }],
});
new aws.ecs.Service('placement', {
  cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: net,
  orderedPlacementStrategies: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }], // error: [aws/ecs-service-invalid]
});
new aws.ecs.Service('no-network', { cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE' }); // error: [aws/ecs-service-invalid]
new aws.ecs.Service('wrong-container', {
  cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: net,
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app-container', containerPort: 8080 }], // error: [aws/ecs-service-invalid]
});
new aws.ecs.Service('wrong-port', {
  cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: net,
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: `app-container-${suffix}`, containerPort: 80 }], // error: [aws/ecs-service-invalid]
});
new aws.ecs.Service('grace', {
  cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: net,
  healthCheckGracePeriodSeconds: 60, // error: [aws/ecs-service-invalid]
});
new aws.ecs.Service('compat', {
  cluster: cluster.arn, taskDefinition: ec2Td.arn,
  launchType: 'FARGATE', // error: [aws/ecs-service-invalid]
});

// --- clean
new aws.ecs.Service('ok', {
  cluster: cluster.arn, taskDefinition: td.arn, networkConfiguration: net,
  capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 4 }],
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: `app-container-${suffix}`, containerPort: 8080 }],
  healthCheckGracePeriodSeconds: 60,
});
new aws.ecs.Service('ec2-ok', { cluster: cluster.arn, taskDefinition: ec2Td.arn, launchType: 'EC2', orderedPlacementStrategies: [{ type: 'binpack', field: 'memory' }] });

// --- unknown
new aws.ecs.Service('cfg', { cluster: cluster.arn, taskDefinition: config.require('taskDefinitionArn'), launchType: 'FARGATE' });
new aws.ecs.Service('cfg-lb', {
  cluster: cluster.arn, taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: net,
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: config.require('container'), containerPort: 8080 }],
});
