import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const useast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });
const zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });
const cert = new aws.acm.Certificate('site', { domainName: 'www.acme-corp.io', validationMethod: 'DNS' }, { provider: useast1 });
const record = new aws.route53.Record('site-validation', {
  zoneId: zone.zoneId,
  name: cert.domainValidationOptions[0].resourceRecordName,
  type: cert.domainValidationOptions[0].resourceRecordType,
  records: [cert.domainValidationOptions[0].resourceRecordValue],
  ttl: 60,
});
const validation = new aws.acm.CertificateValidation('site', { certificateArn: cert.arn, validationRecordFqdns: [record.fqdn] }, { provider: useast1 });
const origin = { domainName: 'origin.acme-corp.io', originId: 'origin', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } };
const behavior = { targetOriginId: 'origin', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
const restrictions = { geoRestriction: { restrictionType: 'none' } };
const actions = [{ type: 'fixed-response', fixedResponse: { contentType: 'text/plain', statusCode: '200' } }];
const lbArn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1';

// --- bad
new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  aliases: ['www.acme-corp.io'],
  origins: [origin],
  defaultCacheBehavior: behavior,
  restrictions,
  viewerCertificate: { acmCertificateArn: cert.arn, sslSupportMethod: 'sni-only' }, // error: [aws/certificate-not-validated]
});

function httpsListener(name: string, domain: string) {
  const c = new aws.acm.Certificate(`${name}-cert`, { domainName: domain, validationMethod: 'DNS' });
  return new aws.lb.Listener(name, { loadBalancerArn: lbArn, port: 443, protocol: 'HTTPS', certificateArn: c.arn, defaultActions: actions }); // error: [aws/certificate-not-validated]
}
httpsListener('api', 'api.acme-corp.io');

// --- clean
new aws.cloudfront.Distribution('cdn-ok', {
  enabled: true,
  aliases: ['www.acme-corp.io'],
  origins: [origin],
  defaultCacheBehavior: behavior,
  restrictions,
  viewerCertificate: { acmCertificateArn: validation.certificateArn, sslSupportMethod: 'sni-only' },
});
new aws.lb.Listener('https-ok', { loadBalancerArn: lbArn, port: 443, protocol: 'HTTPS', certificateArn: cert.arn, defaultActions: actions }, { dependsOn: [validation] });
const imported = new aws.acm.Certificate('imported', { privateKey: config.requireSecret('key'), certificateBody: config.require('body') });
new aws.lb.Listener('https-imported', { loadBalancerArn: lbArn, port: 8443, protocol: 'HTTPS', certificateArn: imported.arn, defaultActions: actions });

// --- unknown
declare const more: pulumi.Resource[];
new aws.lb.Listener('https-u', { loadBalancerArn: lbArn, port: 9443, protocol: 'HTTPS', certificateArn: cert.arn, defaultActions: actions }, { dependsOn: more });
new aws.lb.Listener('https-config', { loadBalancerArn: lbArn, port: 10443, protocol: 'HTTPS', certificateArn: config.require('certArn'), defaultActions: actions });

export const domain = zone.name;
