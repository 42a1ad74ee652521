import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });
const alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });
const cdn = new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ domainName: 'origin.acme-corp.io', originId: 'o', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } }],
  defaultCacheBehavior: { targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

const apiDomain = new aws.apigateway.DomainName('api', { domainName: 'api.acme-corp.io', regionalCertificateArn: config.require('certArn'), endpointConfiguration: { types: 'REGIONAL' } });
const httpApi = new aws.apigatewayv2.Api('events', { protocolType: 'HTTP' });

// --- bad
new aws.route53.Record('api-pair', { zoneId: zone.zoneId, name: 'api.acme-corp.io', type: 'A', aliases: [{ name: apiDomain.regionalDomainName, zoneId: apiDomain.cloudfrontZoneId, evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('mixed', { zoneId: zone.zoneId, name: 'mixed.acme-corp.io', type: 'A', aliases: [{ name: cdn.domainName, zoneId: alb.zoneId, evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('events', { zoneId: zone.zoneId, name: 'events.acme-corp.io', type: 'A', aliases: [{ name: httpApi.apiEndpoint, zoneId: zone.zoneId, evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('lb-cf-zone', { zoneId: zone.zoneId, name: 'lb2.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: true }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('lb-literal', { zoneId: zone.zoneId, name: 'lb3.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: 'Z35SXDOTRQ7X7K', evaluateTargetHealth: true }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('cf-literal', { zoneId: zone.zoneId, name: 'old.acme-corp.io', type: 'A', aliases: [{ name: 'd111111abcdef8.cloudfront.net', zoneId: zone.zoneId, evaluateTargetHealth: false }] });
new aws.route53.Record('cf-literal-zone', { zoneId: zone.zoneId, name: 'old2.acme-corp.io', type: 'A', aliases: [{ name: 'd111111abcdef8.cloudfront.net', zoneId: 'Z1H1FL5HABSF5', evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('cdn-id', { zoneId: zone.zoneId, name: 'www.acme-corp.io', type: 'A', aliases: [{ name: cdn.id, zoneId: cdn.hostedZoneId, evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('own-zone', { zoneId: zone.zoneId, name: 'app.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: zone.zoneId, evaluateTargetHealth: true }] }); // error: [aws/route53-alias-wrong-target]
new aws.route53.Record('cdn-zone', { zoneId: zone.zoneId, name: 'img.acme-corp.io', type: 'A', aliases: [{ name: cdn.domainName, zoneId: 'Z35SXDOTRQ7X7K', evaluateTargetHealth: false }] }); // error: [aws/route53-alias-wrong-target]
function aliasTo(name: string, lb: aws.lb.LoadBalancer) {
  return new aws.route53.Record(name, { zoneId: zone.zoneId, name: `${name}.acme-corp.io`, type: 'A', aliases: [{ name: lb.dnsName, zoneId: lb.arn, evaluateTargetHealth: true }] }); // error: [aws/route53-alias-wrong-target]
}
aliasTo('api', alb);

// --- clean
new aws.route53.Record('ok-cdn', { zoneId: zone.zoneId, name: 'cdn.acme-corp.io', type: 'A', aliases: [{ name: cdn.domainName, zoneId: cdn.hostedZoneId, evaluateTargetHealth: false }] });
new aws.route53.Record('ok-alb', { zoneId: zone.zoneId, name: 'lb.acme-corp.io', type: 'AAAA', aliases: [{ name: alb.dnsName, zoneId: alb.zoneId, evaluateTargetHealth: true }] });
new aws.route53.Record('ok-literal', { zoneId: zone.zoneId, name: 'lit.acme-corp.io', type: 'A', aliases: [{ name: cdn.domainName, zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] });

new aws.route53.Record('ok-api', { zoneId: zone.zoneId, name: 'api2.acme-corp.io', type: 'A', aliases: [{ name: apiDomain.regionalDomainName, zoneId: apiDomain.regionalZoneId, evaluateTargetHealth: false }] });
new aws.route53.Record('ok-cf-literal', { zoneId: zone.zoneId, name: 'old3.acme-corp.io', type: 'A', aliases: [{ name: 'd111111abcdef8.cloudfront.net', zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] });

// --- unknown
new aws.route53.Record('cfg-zone', { zoneId: zone.zoneId, name: 'cfg2.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: config.require('albZone'), evaluateTargetHealth: true }] });
new aws.route53.Record('cfg', { zoneId: zone.zoneId, name: 'cfg.acme-corp.io', type: 'A', aliases: [{ name: config.require('target'), zoneId: config.require('targetZone'), evaluateTargetHealth: false }] });
