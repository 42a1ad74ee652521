import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];

// --- bad
const regions = ['primary', 'dr'];
regions.forEach((r) => new aws.lb.LoadBalancer(`${r}-alb`, { subnets })); // error: [aws/load-balancer-without-listener]
new aws.lb.LoadBalancer('nlb', { loadBalancerType: 'network', subnets }); // error: [aws/load-balancer-without-listener]

// --- clean
const ok = new aws.lb.LoadBalancer('ok', { subnets });
new aws.lb.Listener('ok', { loadBalancerArn: ok.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });

// --- unknown
if (config.getBoolean('internal')) new aws.lb.LoadBalancer('maybe', { internal: true, subnets });
