import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpcId = 'vpc-123';

// --- bad
new aws.lb.TargetGroup('no-check', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId }); // error: [aws/target-group-health-check]
new aws.lb.TargetGroup('bad-path', { port: 80, protocol: 'HTTP', vpcId, healthCheck: { path: '/health' } }); // error: [aws/target-group-health-check]
new aws.lb.TargetGroup('bad-matcher', { port: 80, protocol: 'HTTP', vpcId, healthCheck: { path: '/', matcher: '2xx' } }); // error: [aws/target-group-health-check]
const tg = new aws.lb.TargetGroup('wrong-port', {
  port: 80,
  protocol: 'HTTP',
  targetType: 'ip',
  vpcId,
  healthCheck: { path: '/health', port: '80' }, // error: [aws/target-group-health-check]
});
new aws.ecs.Service('svc', { cluster: 'c', taskDefinition: 'td', desiredCount: 1, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 3000 }] });
const nlbGroup = new aws.lb.TargetGroup('tcp', { port: 443, protocol: 'TCP', vpcId });
new aws.lb.Listener('http', {
  loadBalancerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/x/1',
  port: 80,
  protocol: 'HTTP',
  defaultActions: [{ type: 'forward', targetGroupArn: nlbGroup.arn }], // error: [aws/target-group-health-check]
});
new aws.lb.TargetGroup('slow-timeout', { port: 80, protocol: 'HTTP', vpcId, healthCheck: { path: '/', interval: 10, timeout: 10 } }); // error: [aws/target-group-health-check]
new aws.lb.TargetGroup('too-eager', { port: 80, protocol: 'HTTP', vpcId, healthCheck: { path: '/', interval: 2 } }); // error: [aws/target-group-health-check]
new aws.lb.TargetGroup('nlb-path', { port: 6379, protocol: 'TCP', vpcId, healthCheck: { protocol: 'TCP', path: '/health' } }); // error: [aws/target-group-health-check]
class Blue extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:lb:Blue', name, {}, opts);
    ['blue', 'green'].forEach((c) => new aws.lb.TargetGroup(`${name}-${c}`, { port: 80, protocol: 'HTTP', vpcId, healthCheck: { protocol: 'TCP' } }, { parent: this })); // error: [aws/target-group-health-check]
  }
}
new Blue('bg');

// --- clean
new aws.lb.TargetGroup('tuned', { port: 80, protocol: 'HTTP', vpcId, healthCheck: { path: '/ready', interval: 15, timeout: 5, healthyThreshold: 2, unhealthyThreshold: 3 } });
new aws.lb.TargetGroup('nlb-http-check', { port: 443, protocol: 'TCP', vpcId, healthCheck: { protocol: 'HTTP', path: '/health', matcher: '200-399' } });
new aws.lb.TargetGroup('ok', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId, healthCheck: { path: '/health', matcher: '200-399', port: 'traffic-port' } });
new aws.lb.TargetGroup('lambda', { targetType: 'lambda' });
new aws.lb.TargetGroup('tcp-default', { port: 5432, protocol: 'TCP', vpcId });

// --- unknown
new aws.lb.TargetGroup('configured', { port: 8080, protocol: 'HTTP', vpcId, healthCheck: config.requireObject('healthCheck') });
new aws.lb.TargetGroup('path-config', { port: 8080, protocol: 'HTTP', vpcId, healthCheck: { path: config.require('healthPath') } });
