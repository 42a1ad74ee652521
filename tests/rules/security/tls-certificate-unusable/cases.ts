import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-1', 'subnet-2'] });
const tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });

// --- bad
new aws.lb.Listener('placeholder', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: pulumi.output('arn:aws:acm:region:account:certificate/placeholder'), // error: [security/tls-certificate-unusable]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.lb.Listener('doc-account', {
  loadBalancerArn: alb.arn,
  port: 8443,
  protocol: 'HTTPS',
  certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012', // error: [security/tls-certificate-unusable]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.lb.Listener('defaulted', {
  loadBalancerArn: alb.arn,
  port: 9443,
  protocol: 'HTTPS',
  certificateArn: config.get('certArn') || 'arn:aws:acm:us-east-1:000000000000:certificate/dummy', // error: [security/tls-certificate-unusable]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.lb.Listener('defaulted-output', {
  loadBalancerArn: alb.arn,
  port: 9444,
  protocol: 'HTTPS',
  certificateArn: config.get('certArn') || pulumi.output('arn:aws:acm:us-east-1:000000000000:certificate/placeholder'), // error: [security/tls-certificate-unusable]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});

// Certificates that can never be validated: a reserved domain, the load balancer's own name.
const exampleCert = new aws.acm.Certificate('example', { domainName: `app-${pulumi.getStack()}.example.com`, validationMethod: 'DNS' });
const validation = new aws.acm.CertificateValidation('example', { certificateArn: exampleCert.arn }); // error: [security/tls-certificate-unusable]
new aws.lb.Listener('example', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: validation.certificateArn, // error: [security/tls-certificate-unusable]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
const albNameCert = new aws.acm.Certificate('alb-name', { domainName: pulumi.interpolate`${alb.dnsName}`, validationMethod: 'DNS' });
new aws.apigateway.DomainName('api', {
  domainName: 'api.internal-tools.net',
  regionalCertificateArn: albNameCert.arn, // error: [security/tls-certificate-unusable]
  endpointConfiguration: { types: 'REGIONAL' },
});

// --- clean
const owned = new aws.acm.Certificate('owned', { domainName: 'app.acme-corp.io', validationMethod: 'DNS' });
new aws.lb.Listener('owned', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: owned.arn,
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ originId: 'alb', domainName: alb.dnsName, customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } }],
  defaultCacheBehavior: { targetOriginId: 'alb', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { acmCertificateArn: 'arn:aws:acm:us-east-1:480284193021:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789', sslSupportMethod: 'sni-only' },
});

// --- unknown
new aws.lb.Listener('configured', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: config.require('certificateArn'),
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
const fromConfig = new aws.acm.Certificate('from-config', { domainName: config.require('domain'), validationMethod: 'DNS' });
new aws.acm.CertificateValidation('from-config', { certificateArn: fromConfig.arn });
