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

// --- bad
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

// --- unknown
new aws.route53.Record('cfg', { zoneId: zone.zoneId, name: 'cfg.acme-corp.io', type: 'A', aliases: [{ name: config.require('target'), zoneId: config.require('targetZone'), evaluateTargetHealth: false }] });
