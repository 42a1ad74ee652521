import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const alb = new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: ['subnet-1', 'subnet-2'] });
const internalAlb = new aws.lb.LoadBalancer('internal', { internal: true, subnets: ['subnet-1', 'subnet-2'] });
const tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: 'vpc-1' });
const cert = 'arn:aws:acm:us-east-1:123456789012:certificate/abc';

// --- bad
new aws.lb.Listener('http', { // error: [security/encryption-in-transit-disabled]
  loadBalancerArn: alb.arn,
  port: 80,
  protocol: 'HTTP',
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.alb.Listener('internal-http', { loadBalancerArn: internalAlb.arn, port: 8080, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] }); // error: [security/encryption-in-transit-disabled]
new aws.lb.Listener('https-old', {
  loadBalancerArn: alb.arn,
  port: 443,
  protocol: 'HTTPS',
  certificateArn: cert,
  sslPolicy: 'ELBSecurityPolicy-2016-08', // error: [security/encryption-in-transit-disabled]
  defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }],
});
new aws.lb.Listener('https-default', { loadBalancerArn: alb.arn, port: 8443, protocol: 'HTTPS', certificateArn: cert, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] }); // error: [security/encryption-in-transit-disabled]

new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ domainName: 'example.s3.amazonaws.com', originId: 's3' }],
  defaultCacheBehavior: {
    targetOriginId: 's3',
    viewerProtocolPolicy: 'allow-all', // error: [security/encryption-in-transit-disabled]
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
  },
  orderedCacheBehaviors: [{
    pathPattern: '/api/*',
    targetOriginId: 's3',
    viewerProtocolPolicy: 'allow-all', // error: [security/encryption-in-transit-disabled]
    allowedMethods: ['GET', 'HEAD'],
    cachedMethods: ['GET', 'HEAD'],
  }],
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

new aws.elasticache.ReplicationGroup('redis', { description: 'sessions', nodeType: 'cache.t3.micro' }); // error: [security/encryption-in-transit-disabled]
new aws.elasticache.ReplicationGroup('valkey-off', {
  description: 'sessions',
  engine: 'valkey',
  transitEncryptionEnabled: false, // error: [security/encryption-in-transit-disabled]
});
new aws.opensearch.Domain('search', { // error: [security/encryption-in-transit-disabled]
  engineVersion: 'OpenSearch_2.11',
  domainEndpointOptions: {
    enforceHttps: false, // error: [security/encryption-in-transit-disabled]
    tlsSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07', // error: [security/encryption-in-transit-disabled]
  },
});
new aws.apigateway.DomainName('api', { domainName: 'api.example.com', regionalCertificateArn: cert, securityPolicy: 'TLS_1_0' }); // error: [security/encryption-in-transit-disabled]

// A listener without `protocol` on an Application Load Balancer speaks HTTP.
const web = new aws.lb.LoadBalancer('web', { subnets: ['subnet-1', 'subnet-2'] });
new aws.lb.Listener('default-protocol', { loadBalancerArn: web.arn, port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] }); // error: [security/encryption-in-transit-disabled]
new aws.cloudfront.Distribution('to-alb', {
  enabled: true,
  origins: [{
    originId: 'alb',
    domainName: web.dnsName,
    customOriginConfig: {
      httpPort: 80,
      httpsPort: 443,
      originProtocolPolicy: 'http-only', // error: [security/encryption-in-transit-disabled]
      originSslProtocols: ['TLSv1.2'],
    },
  }],
  defaultCacheBehavior: { targetOriginId: 'alb', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: {
    acmCertificateArn: cert,
    sslSupportMethod: 'sni-only',
    minimumProtocolVersion: 'TLSv1', // error: [security/encryption-in-transit-disabled]
  },
});
new aws.msk.Cluster('kafka', {
  clusterName: 'events',
  kafkaVersion: '3.6.0',
  numberOfBrokerNodes: 2,
  brokerNodeGroupInfo: { instanceType: 'kafka.t3.small', clientSubnets: ['subnet-1', 'subnet-2'], securityGroups: ['sg-1'] },
  encryptionInfo: {
    encryptionInTransit: {
      clientBroker: 'PLAINTEXT', // error: [security/encryption-in-transit-disabled]
    },
  },
});

// --- clean
const nlb = new aws.lb.LoadBalancer('nlb', { loadBalancerType: 'network', subnets: ['subnet-1', 'subnet-2'] });
new aws.lb.Listener('tcp-default', { loadBalancerArn: nlb.arn, port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
const site = new aws.s3.BucketV2('site');
const siteConfig = new aws.s3.BucketWebsiteConfigurationV2('site', { bucket: site.id, indexDocument: { suffix: 'index.html' } });
new aws.cloudfront.Distribution('to-website', {
  enabled: true,
  origins: [{ originId: 'site', domainName: siteConfig.websiteEndpoint, customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] } }],
  defaultCacheBehavior: { targetOriginId: 'site', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' },
});
new aws.lb.Listener('redirect', {
  loadBalancerArn: alb.arn,
  port: 80,
  protocol: 'HTTP',
  defaultActions: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
});
new aws.lb.Listener('fixed', { loadBalancerArn: alb.arn, port: 81, protocol: 'HTTP', defaultActions: [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '404' } }] });
new aws.lb.Listener('https', { loadBalancerArn: alb.arn, port: 443, protocol: 'HTTPS', certificateArn: cert, sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.lb.Listener('tcp', { loadBalancerArn: alb.arn, port: 5432, protocol: 'TCP', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.elasticache.ReplicationGroup('redis-tls', { description: 'sessions', nodeType: 'cache.t3.micro', transitEncryptionEnabled: true });
new aws.elasticache.ReplicationGroup('valkey', { description: 'sessions', engine: 'valkey', nodeType: 'cache.t3.micro' });
new aws.opensearch.Domain('search-secure', {
  engineVersion: 'OpenSearch_2.11',
  nodeToNodeEncryption: { enabled: true },
  domainEndpointOptions: { enforceHttps: true, tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
});
new aws.apigatewayv2.DomainName('api2', { domainName: 'api2.example.com', domainNameConfiguration: { certificateArn: cert, endpointType: 'REGIONAL', securityPolicy: 'TLS_1_2' } });

// --- unknown
new aws.lb.Listener('lb-unknown', { loadBalancerArn: config.require('albArn'), port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.lb.Listener('configured', { loadBalancerArn: alb.arn, port: 80, protocol: config.require('protocol'), defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.lb.Listener('actions-unknown', { loadBalancerArn: alb.arn, port: 82, protocol: 'HTTP', defaultActions: config.requireObject<aws.types.input.lb.ListenerDefaultAction[]>('actions') });
new aws.lb.Listener('policy-config', { loadBalancerArn: alb.arn, port: 9443, protocol: 'HTTPS', certificateArn: cert, sslPolicy: config.get('sslPolicy'), defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
new aws.elasticache.ReplicationGroup('redis-config', { description: 'sessions', nodeType: 'cache.t3.micro', transitEncryptionEnabled: config.getBoolean('tls') });
