import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const east = new aws.Provider('east', { region: 'us-east-1' });
const bucket = new aws.s3.BucketV2('site');

// --- bad
const cert = new aws.acm.Certificate('cert', {
  domainName: 'app.example.com', // error: [aws/placeholder-domain]
  subjectAlternativeNames: ['*.yourdomain.com'], // error: [aws/placeholder-domain]
  validationMethod: 'DNS',
}, { provider: east });
const zone = new aws.route53.Zone('zone', { name: 'mydomain.com' }); // error: [aws/placeholder-domain]
new aws.route53.Record('www', { zoneId: zone.zoneId, name: 'www.mydomain.com', type: 'CNAME', ttl: 300, records: ['placeholder'] }); // error: [aws/placeholder-domain]
const cdn = new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  aliases: ['static.example.org'], // error: [aws/placeholder-domain]
  origins: [{ originId: 's3', domainName: bucket.bucketRegionalDomainName }],
  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], forwardedValues: { queryString: false, cookies: { forward: 'none' } } },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { acmCertificateArn: cert.arn, sslSupportMethod: 'sni-only' },
});
new aws.apigatewayv2.DomainName('api', {
  domainName: 'api.corp.internal', // error: [aws/placeholder-domain]
  domainNameConfiguration: { certificateArn: cert.arn, endpointType: 'REGIONAL', securityPolicy: 'TLS_1_2' },
});
new aws.route53.Record('alias', {
  zoneId: config.require('zoneId'),
  name: config.require('domainName'),
  type: 'A',
  aliases: [{ name: pulumi.output('placeholder'), zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }], // error: [aws/placeholder-domain]
});
new aws.ses.DomainIdentity('mail', { domain: config.get('mailDomain') || 'example.com' }); // error: [aws/placeholder-domain]

// --- clean
const domain = config.require('domainName');
new aws.acm.Certificate('real', { domainName: `api.${domain}`, validationMethod: 'DNS' }, { provider: east });
new aws.route53.Zone('private', { name: 'corp.internal', vpcs: [{ vpcId: config.require('vpcId') }] });
new aws.route53.Zone('failover-test', { name: 'dr-failover.test.local' });
new aws.route53.Record('cdn-alias', {
  zoneId: config.require('zoneId'),
  name: domain,
  type: 'A',
  aliases: [{ name: cdn.domainName, zoneId: cdn.hostedZoneId, evaluateTargetHealth: false }],
});
new aws.route53.Record('db', { zoneId: config.require('privateZoneId'), name: 'db.corp.internal', type: 'CNAME', ttl: 60, records: ['db-primary.corp.internal'] });
new aws.cognito.UserPoolDomain('auth', { domain: 'tap-auth-prefix', userPoolId: config.require('userPoolId') });

// --- unknown
new aws.acm.Certificate('configured', { domainName: config.require('certDomain'), validationMethod: 'DNS' });
new aws.route53.Record('cname', { zoneId: config.require('zoneId'), name: domain, type: 'CNAME', ttl: 300, records: [config.require('target')] });

export const certArn = cert.arn;
