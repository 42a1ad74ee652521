import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpcId = 'vpc-0123456789abcdef0';
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const alb = new aws.lb.LoadBalancer('alb', { subnets });
const healthCheck = { path: '/health' };

// --- bad
const orphan = new aws.lb.TargetGroup('orphan', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId, healthCheck }); // error: [aws/target-group-not-routed]
new aws.ecs.Service('orphan', { cluster: 'c', taskDefinition: 'td', launchType: 'FARGATE', networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: orphan.arn, containerName: 'app', containerPort: 8080 }] });
class Web extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:web:Web', name, {}, opts);
    const tg = new aws.lb.TargetGroup(`${name}-tg`, { port: 80, protocol: 'HTTP', vpcId, healthCheck }, { parent: this }); // error: [aws/target-group-not-routed]
    new aws.autoscaling.Group(`${name}-asg`, { minSize: 1, maxSize: 2, vpcZoneIdentifiers: subnets, targetGroupArns: [tg.arn], launchTemplate: { id: 'lt-0123456789abcdef0' } }, { parent: this });
    new aws.lb.Listener(`${name}-http`, { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '404' } }] }, { parent: this });
  }
}
new Web('web');

// --- clean
const blue = new aws.lb.TargetGroup('blue', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId, healthCheck });
const green = new aws.lb.TargetGroup('green', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId, healthCheck });
new aws.lb.Listener('weighted', {
  loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
  defaultActions: [{ type: 'forward', forward: { targetGroups: [{ arn: blue.arn, weight: 100 }, { arn: green.arn, weight: 0 }] } }],
});
[blue, green].forEach((tg, i) => new aws.ecs.Service(`svc-${i}`, { cluster: 'c', taskDefinition: 'td', launchType: 'FARGATE', networkConfiguration: { subnets }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 8080 }] }));
const ruled = new aws.lb.TargetGroup('ruled', { port: 80, protocol: 'HTTP', vpcId, healthCheck });
new aws.lb.ListenerRule('api', { listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/x/1/2', priority: 10, conditions: [{ pathPattern: { values: ['/api/*'] } }], actions: [{ type: 'forward', targetGroupArn: ruled.arn }] });
new aws.autoscaling.Attachment('ruled', { autoscalingGroupName: 'asg', lbTargetGroupArn: ruled.arn });
new aws.lb.TargetGroup('unused', { port: 80, protocol: 'HTTP', vpcId, healthCheck });

// --- unknown
if (config.getBoolean('canary')) {
  const maybe = new aws.lb.TargetGroup('maybe', { port: 80, protocol: 'HTTP', vpcId, healthCheck });
  new aws.autoscaling.Group('maybe', { minSize: 1, maxSize: 1, vpcZoneIdentifiers: subnets, targetGroupArns: [maybe.arn], launchTemplate: { id: 'lt-0123456789abcdef0' } });
}
