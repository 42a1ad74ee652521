import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpcId = 'vpc-0123456789abcdef0';
const subnets = ['subnet-0123456789abcdef0'];
const containers = JSON.stringify([{ name: 'app', image: 'nginx', portMappings: [{ containerPort: 80 }] }]);
const fargate = new aws.ecs.TaskDefinition('fargate', { family: 'f', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: containers });
const bridge = new aws.ecs.TaskDefinition('bridge', { family: 'b', requiresCompatibilities: ['EC2'], containerDefinitions: containers });

// --- bad
const instanceTg = new aws.lb.TargetGroup('default-type', { port: 80, protocol: 'HTTP', vpcId }); // error: [aws/target-group-target-type-mismatch]
new aws.ecs.Service('fargate', { cluster: 'c', taskDefinition: fargate.arn, launchType: 'FARGATE', networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: instanceTg.arn, containerName: 'app', containerPort: 80 }] });
const ipTg = new aws.lb.TargetGroup('ip-for-bridge', {
  port: 80, protocol: 'HTTP', vpcId,
  targetType: 'ip', // error: [aws/target-group-target-type-mismatch]
});
new aws.ecs.Service('bridge', { cluster: 'c', taskDefinition: bridge.arn, launchType: 'EC2', loadBalancers: [{ targetGroupArn: ipTg.arn, containerName: 'app', containerPort: 80 }] });
const asgTg = new aws.lb.TargetGroup('asg', {
  port: 80, protocol: 'HTTP', vpcId,
  targetType: 'ip', // error: [aws/target-group-target-type-mismatch]
});
new aws.autoscaling.Group('web', { minSize: 1, maxSize: 2, vpcZoneIdentifiers: subnets, targetGroupArns: [asgTg.arn], launchTemplate: { id: 'lt-0123456789abcdef0' } });

// --- clean
const ok = new aws.lb.TargetGroup('ok', { port: 80, protocol: 'HTTP', vpcId, targetType: 'ip' });
new aws.ecs.Service('ok', { cluster: 'c', taskDefinition: fargate.arn, launchType: 'FARGATE', networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: ok.arn, containerName: 'app', containerPort: 80 }] });
const instances = new aws.lb.TargetGroup('instances', { port: 80, protocol: 'HTTP', vpcId });
new aws.autoscaling.Group('ok', { minSize: 1, maxSize: 2, vpcZoneIdentifiers: subnets, targetGroupArns: [instances.arn], launchTemplate: { id: 'lt-0123456789abcdef0' } });

// --- unknown
const cfg = new aws.lb.TargetGroup('cfg', { port: 80, protocol: 'HTTP', vpcId, targetType: config.require('targetType') });
new aws.ecs.Service('cfg', { cluster: 'c', taskDefinition: fargate.arn, launchType: 'FARGATE', networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: cfg.arn, containerName: 'app', containerPort: 80 }] });
const external = new aws.lb.TargetGroup('external', { port: 80, protocol: 'HTTP', vpcId });
new aws.ecs.Service('external', { cluster: 'c', taskDefinition: config.require('td'), networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: external.arn, containerName: 'app', containerPort: 80 }] });
