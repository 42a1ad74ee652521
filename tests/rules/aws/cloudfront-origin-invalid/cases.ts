import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const media = new aws.s3.BucketV2('media');
const portal = new aws.s3.BucketV2('portal');
const portalSite = new aws.s3.BucketWebsiteConfigurationV2('portal', { bucket: portal.id, indexDocument: { suffix: 'index.html' } });
const oac = new aws.cloudfront.OriginAccessControl('media', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });
const oai = new aws.cloudfront.OriginAccessIdentity('portal');
const httpApi = new aws.apigatewayv2.Api('orders', { protocolType: 'HTTP' });
const alb = new aws.lb.LoadBalancer('web', { subnets: ['subnet-0a1b2c3d4e5f60718', 'subnet-0f1e2d3c4b5a69788'] });
const thumbnailer = new aws.lambda.FunctionUrl('thumbs', { functionName: 'thumbnailer', authorizationType: 'AWS_IAM' });

const https = { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] };
const http = { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'http-only', originSslProtocols: ['TLSv1.2'] };
const common = {
  enabled: true,
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
};
function behaviour(origin: string, viewer = 'redirect-to-https') {
  return { targetOriginId: origin, viewerProtocolPolicy: viewer, allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
}

// --- bad
new aws.cloudfront.Distribution('portal-cdn', {
  ...common,
  origins: [
    { originId: 'portal', domainName: portalSite.websiteEndpoint, s3OriginConfig: { originAccessIdentity: oai.cloudfrontAccessIdentityPath } }, // error: [aws/cloudfront-origin-invalid]
  ],
  defaultCacheBehavior: behaviour('portal'),
});

new aws.cloudfront.Distribution('portal-oac', {
  ...common,
  origins: [{ originId: 'portal', domainName: portalSite.websiteEndpoint, originAccessControlId: oac.id, customOriginConfig: http }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('portal'),
});

new aws.cloudfront.Distribution('portal-https', {
  ...common,
  origins: [{ originId: 'portal', domainName: portalSite.websiteEndpoint, customOriginConfig: https }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('portal'),
});

const matchViewer = { ...http, originProtocolPolicy: 'match-viewer' };
new aws.cloudfront.Distribution('portal-match', {
  ...common,
  origins: [{ originId: 'portal', domainName: portalSite.websiteEndpoint, customOriginConfig: matchViewer }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('portal', 'https-only'),
});

class ApiEdge extends pulumi.ComponentResource {
  constructor(name: string, api: aws.apigatewayv2.Api) {
    super('acme:edge:ApiEdge', name, {}, {});
    new aws.cloudfront.Distribution(`${name}-cdn`, {
      ...common,
      origins: [{ originId: 'api', domainName: api.apiEndpoint, customOriginConfig: https }], // error: [aws/cloudfront-origin-invalid]
      defaultCacheBehavior: behaviour('api'),
    }, { parent: this });
  }
}
new ApiEdge('orders', httpApi);

for (const [id, domain] of [['fn', thumbnailer.functionUrl], ['bucket', media.bucket]] as const) {
  new aws.cloudfront.Distribution(`edge-${id}`, {
    ...common,
    origins: [{ originId: id, domainName: domain, customOriginConfig: https }], // error: [aws/cloudfront-origin-invalid]
    defaultCacheBehavior: behaviour(id),
  });
}

new aws.cloudfront.Distribution('alb-cdn', {
  ...common,
  origins: [{ originId: 'alb', domainName: alb.dnsName }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('alb'),
});

new aws.cloudfront.Distribution('alb-oac', {
  ...common,
  origins: [{ originId: 'alb', domainName: alb.dnsName, customOriginConfig: https, originAccessControlId: oac.id }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('alb'),
});

new aws.cloudfront.Distribution('literal', {
  ...common,
  origins: [{ originId: 'legacy', domainName: 'https://legacy.acme-corp.io', customOriginConfig: https }], // error: [aws/cloudfront-origin-invalid]
  defaultCacheBehavior: behaviour('legacy'),
});

// --- clean
new aws.cloudfront.Distribution('media-cdn', {
  ...common,
  origins: [{ originId: 'media', domainName: media.bucketRegionalDomainName, originAccessControlId: oac.id }],
  defaultCacheBehavior: behaviour('media'),
});
new aws.cloudfront.Distribution('media-oai', {
  ...common,
  origins: [{ originId: 'media', domainName: media.bucketDomainName, s3OriginConfig: { originAccessIdentity: oai.cloudfrontAccessIdentityPath } }],
  defaultCacheBehavior: behaviour('media'),
});
new aws.cloudfront.Distribution('portal-web', {
  ...common,
  origins: [{ originId: 'portal', domainName: portalSite.websiteEndpoint, customOriginConfig: http }],
  defaultCacheBehavior: behaviour('portal'),
});
new aws.cloudfront.Distribution('portal-match-ok', {
  ...common,
  origins: [{ originId: 'portal', domainName: portalSite.websiteEndpoint, customOriginConfig: matchViewer }],
  defaultCacheBehavior: behaviour('portal', 'allow-all'),
});
new aws.cloudfront.Distribution('api-cdn', {
  ...common,
  origins: [
    { originId: 'api', domainName: httpApi.apiEndpoint.apply((u) => u.replace('https://', '')), customOriginConfig: https },
    { originId: 'alb', domainName: alb.dnsName, customOriginConfig: https },
    { originId: 'named', domainName: `${media.bucket}.s3.amazonaws.com`, s3OriginConfig: { originAccessIdentity: '' } },
  ],
  defaultCacheBehavior: behaviour('api'),
});
const fnOac = new aws.cloudfront.OriginAccessControl('fn', { originAccessControlOriginType: 'lambda', signingBehavior: 'always', signingProtocol: 'sigv4' });
new aws.cloudfront.Distribution('fn-cdn', {
  ...common,
  origins: [{ originId: 'fn', domainName: thumbnailer.functionUrl.apply((u) => u.split('/')[2]), customOriginConfig: https, originAccessControlId: fnOac.id }],
  defaultCacheBehavior: behaviour('fn'),
});

// --- unknown
new aws.cloudfront.Distribution('configured', {
  ...common,
  origins: [{ originId: 'ext', domainName: config.require('originHost'), customOriginConfig: https }],
  defaultCacheBehavior: behaviour('ext'),
});
const sharedOac = aws.cloudfront.OriginAccessControl.get('shared', config.require('oacId'));
new aws.cloudfront.Distribution('shared-oac', {
  ...common,
  origins: [{ originId: 'alb', domainName: alb.dnsName, customOriginConfig: https, originAccessControlId: sharedOac.id }],
  defaultCacheBehavior: behaviour('alb'),
});
