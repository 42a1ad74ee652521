import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const visibilityConfig = { cloudwatchMetricsEnabled: true, metricName: 'waf', sampledRequestsEnabled: true };
const eu = new aws.Provider('eu', { region: 'eu-west-1' });
const usEast1 = new aws.Provider('us-east-1', { region: 'us-east-1' });
const origin = { domainName: 'origin.acme-corp.io', originId: 'o', customOriginConfig: { httpPort: 80, httpsPort: 443, originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] } };
const behavior = { targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
const restrictions = { geoRestriction: { restrictionType: 'none' } };
const viewerCertificate = { cloudfrontDefaultCertificate: true };

// --- bad
const edgeAcl = new aws.wafv2.WebAcl('edge', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig }, { provider: usEast1 });
new aws.wafv2.WebAclAssociation('api', { resourceArn: 'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod', webAclArn: edgeAcl.arn }); // error: [aws/waf-scope-mismatch]
new aws.wafv2.WebAcl('eu-edge', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig }, { provider: eu }); // error: [aws/waf-scope-mismatch]
const regional = new aws.wafv2.WebAcl('regional', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig });
new aws.cloudfront.Distribution('with-regional', {
  enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, viewerCertificate,
  webAclId: regional.arn, // error: [aws/waf-scope-mismatch]
});
new aws.cloudfront.Distribution('with-id', {
  enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, viewerCertificate,
  webAclId: edgeAcl.id, // error: [aws/waf-scope-mismatch]
});

// --- clean
new aws.cloudfront.Distribution('ok', { enabled: true, origins: [origin], defaultCacheBehavior: behavior, restrictions, viewerCertificate, webAclId: edgeAcl.arn });
new aws.wafv2.WebAclAssociation('alb', { resourceArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1', webAclArn: regional.arn });

// --- unknown
const cfgProvider = new aws.Provider('cfg', { region: config.require('region') });
new aws.wafv2.WebAcl('cfg', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig }, { provider: cfgProvider });
new aws.wafv2.WebAcl('cfg-scope', { scope: config.require('scope'), defaultAction: { allow: {} }, visibilityConfig });
