import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const suffix = config.require('environmentSuffix');
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const west = new aws.Provider('west', { region: 'us-west-2' });

// --- bad
const alb = new aws.lb.LoadBalancer('alb', { name: `app-alb-${suffix}`.substring(0, 32), subnets });
new aws.lb.LoadBalancer('alb-with-logs', { name: alb.name, subnets, accessLogs: { bucket: 'logs', enabled: true } }); // error: [aws/load-balancer-name-conflict]
['blue', 'green'].forEach((color) => new aws.lb.TargetGroup(`${color}-tg`, { name: 'app-tg', port: 80, protocol: 'HTTP', vpcId: 'vpc-1' })); // error: [aws/load-balancer-name-conflict]

// --- clean
new aws.lb.LoadBalancer('primary', { name: 'app-alb', subnets });
new aws.lb.LoadBalancer('dr', { name: 'app-alb', subnets }, { provider: west });
new aws.lb.TargetGroup('same-as-lb', { name: 'app-alb', port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });
['blue', 'green'].forEach((color) => new aws.lb.TargetGroup(`${color}-ok`, { name: `app-${color}`, port: 80, protocol: 'HTTP', vpcId: 'vpc-1' }));

// --- unknown
new aws.lb.LoadBalancer('cfg-a', { name: config.require('albName'), subnets });
new aws.lb.LoadBalancer('cfg-b', { name: config.require('albName'), subnets });
