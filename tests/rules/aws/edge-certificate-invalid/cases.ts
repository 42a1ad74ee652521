import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const domain = config.require('domain');
const west = new aws.Provider('west', { region: 'us-west-2' });
const usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });
const origin = { domainName: 'origin.acme-corp.io', originId: 'o', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } };
const behavior = { targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
const restrictions = { geoRestriction: { restrictionType: 'none' } };

// --- bad
const westCert = new aws.acm.Certificate('west', { domainName: domain, validationMethod: 'DNS' }, { provider: west });
const westValidation = new aws.acm.CertificateValidation('west', { certificateArn: westCert.arn }, { provider: west });
new aws.cloudfront.Distribution('regional-cert', {
  enabled: true, aliases: [domain], origins: [origin], defaultCacheBehavior: behavior, restrictions,
  viewerCertificate: { acmCertificateArn: westValidation.certificateArn, sslSupportMethod: 'sni-only' }, // error: [aws/edge-certificate-invalid]
});
const goodCert = new aws.acm.Certificate('cdn', { domainName: domain, validationMethod: 'DNS' }, { provider: usEast1 });
new aws.cloudfront.Distribution('no-method', {
  enabled: true, aliases: [domain], origins: [origin], defaultCacheBehavior: behavior, restrictions,
  viewerCertificate: { acmCertificateArn: goodCert.arn }, // error: [aws/edge-certificate-invalid]
});
new aws.cloudfront.Distribution('default-cert', {
  enabled: true, aliases: [domain], origins: [origin], defaultCacheBehavior: behavior, restrictions,
  viewerCertificate: { cloudfrontDefaultCertificate: true }, // error: [aws/edge-certificate-invalid]
});
new aws.apigateway.DomainName('edge-api', { domainName: `api.${domain}`, certificateArn: westCert.arn }); // error: [aws/edge-certificate-invalid]
new aws.apigateway.DomainName('regional-api', { domainName: `r.${domain}`, certificateArn: goodCert.arn, endpointConfiguration: { types: 'REGIONAL' } }); // error: [aws/edge-certificate-invalid]
const shopCert = new aws.acm.Certificate('shop', { domainName: 'shop.acme-corp.io', subjectAlternativeNames: ['*.shop.acme-corp.io'], validationMethod: 'DNS' }, { provider: usEast1 });
const shopValidation = new aws.acm.CertificateValidation('shop', { certificateArn: shopCert.arn }, { provider: usEast1 });
new aws.cloudfront.Distribution('shop', {
  enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions,
  aliases: ['shop.acme-corp.io', 'cdn.shop.acme-corp.io', 'acme-corp.io'], // error: [aws/edge-certificate-invalid]
  viewerCertificate: { acmCertificateArn: shopValidation.certificateArn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
});
new aws.apigateway.DomainName('shop-api', { domainName: 'api.v2.shop.acme-corp.io', certificateArn: shopCert.arn }); // error: [aws/edge-certificate-invalid]

// --- clean
new aws.cloudfront.Distribution('shop-ok', {
  enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions,
  aliases: ['shop.acme-corp.io', 'IMG.shop.acme-corp.io'],
  viewerCertificate: { acmCertificateArn: shopValidation.certificateArn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
});
new aws.cloudfront.Distribution('ok', {
  enabled: true, aliases: [domain], origins: [origin], defaultCacheBehavior: behavior, restrictions,
  viewerCertificate: { acmCertificateArn: goodCert.arn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
});
new aws.cloudfront.Distribution('no-aliases', { enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, viewerCertificate: { cloudfrontDefaultCertificate: true } });
new aws.apigateway.DomainName('edge-ok', { domainName: `e.${domain}`, certificateArn: goodCert.arn });
new aws.apigateway.DomainName('regional-ok', { domainName: `w.${domain}`, regionalCertificateArn: westCert.arn, endpointConfiguration: { types: 'REGIONAL' } }, { provider: west });

// --- unknown
new aws.cloudfront.Distribution('cfg', { enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, viewerCertificate: { acmCertificateArn: config.require('certArn'), sslSupportMethod: 'sni-only' } });
new aws.cloudfront.Distribution('shop-cfg', {
  enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, aliases: [config.require('alias')],
  viewerCertificate: { acmCertificateArn: shopCert.arn, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
});
new aws.apigateway.DomainName('cfg-api', { domainName: `c.${domain}`, certificateArn: config.get('certArn') });
