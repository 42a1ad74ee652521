import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const httpOnly = new aws.lb.LoadBalancer('http-only', { subnets });
new aws.lb.Listener('http-only', { loadBalancerArn: httpOnly.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });
const tlsOnly = new aws.lb.LoadBalancer('tls-only', { subnets });
new aws.lb.Listener('tls-only', { loadBalancerArn: tlsOnly.arn, port: 443, protocol: 'HTTPS', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }] });

// --- bad
new aws.route53.HealthCheck('slow', { type: 'HTTP', fqdn: 'a.acme-corp.io', resourcePath: '/', requestInterval: 60, failureThreshold: 3 }); // error: [aws/route53-health-check-invalid]
new aws.route53.HealthCheck('eager', { type: 'HTTP', fqdn: 'a.acme-corp.io', resourcePath: '/', failureThreshold: 0 }); // error: [aws/route53-health-check-invalid]
new aws.route53.HealthCheck('path', { type: 'HTTPS', fqdn: 'a.acme-corp.io', resourcePath: '/health' }); // error: [aws/route53-health-check-invalid]
new aws.route53.HealthCheck('match', { type: 'HTTP_STR_MATCH', fqdn: 'a.acme-corp.io', resourcePath: '/' }); // error: [aws/route53-health-check-invalid]
new aws.route53.HealthCheck('https-on-http', { type: 'HTTPS', fqdn: httpOnly.dnsName, port: 443, resourcePath: '/health' }); // error: [aws/route53-health-check-invalid]
new aws.route53.HealthCheck('http-on-https', { type: 'HTTP', fqdn: tlsOnly.dnsName, port: 443, resourcePath: '/health' }); // error: [aws/route53-health-check-invalid]

// --- clean
new aws.route53.HealthCheck('ok', { type: 'HTTP', fqdn: httpOnly.dnsName, port: 80, resourcePath: '/health', requestInterval: 10, failureThreshold: 3 });
new aws.route53.HealthCheck('ok-tls', { type: 'HTTPS', fqdn: tlsOnly.dnsName, resourcePath: '/health', requestInterval: 30 });
new aws.route53.HealthCheck('tcp', { type: 'TCP', fqdn: 'db.acme-corp.io', port: 5432 });

// --- unknown
new aws.route53.HealthCheck('cfg', { type: 'HTTPS', fqdn: httpOnly.dnsName, port: config.requireNumber('port'), requestInterval: config.getNumber('interval') });
