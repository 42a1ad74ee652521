import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const alb = new aws.lb.LoadBalancer('alb', { subnets });
const nlb = new aws.lb.LoadBalancer('nlb', { loadBalancerType: 'network', subnets });
const tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1', healthCheck: { path: '/' } });
const forward = [{ type: 'forward', targetGroupArn: tg.arn }];

// --- bad
new aws.lb.Listener('https', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', defaultActions: forward }); // error: [aws/listener-misconfigured]
new aws.lb.Listener('tcp-on-alb', {
  loadBalancerArn: alb.arn, port: 5432,
  protocol: 'TCP', // error: [aws/listener-misconfigured]
  defaultActions: forward,
});
new aws.lb.Listener('empty', {
  loadBalancerArn: alb.arn, port: 8080, protocol: 'HTTP',
  defaultActions: [], // error: [aws/listener-misconfigured]
});
new aws.lb.Listener('redirect', {
  loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP',
  defaultActions: [{ type: 'redirect' }], // error: [aws/listener-misconfigured]
});

// --- clean
new aws.lb.Listener('ok', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: config.require('certArn'), defaultActions: forward });
new aws.lb.Listener('nlb-tcp', { loadBalancerArn: nlb.arn, port: 443, protocol: 'TCP', defaultActions: [{ type: 'forward', targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/tcp/1' }] });

// --- unknown
new aws.lb.Listener('cfg', { loadBalancerArn: config.require('lbArn'), port: 443, protocol: config.require('protocol'), certificateArn: config.get('cert'), defaultActions: forward });
