import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const env = config.require('env');
const behavior = { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' };
const common = { enabled: true, defaultCacheBehavior: behavior, restrictions: { geoRestriction: { restrictionType: 'none' } }, viewerCertificate: { cloudfrontDefaultCertificate: true } };

// --- bad
const app = new aws.s3.BucketV2('app', { bucket: `secure-app-bucket-${env}` });
const oai = new aws.cloudfront.OriginAccessIdentity('app');
new aws.cloudfront.Distribution('app', {
  ...common,
  origins: [{ originId: 's3', domainName: `secure-app-bucket-${env}.s3.amazonaws.com`, s3OriginConfig: { originAccessIdentity: oai.cloudfrontAccessIdentityPath } }], // error: [security/s3-origin-access-not-granted]
});

const assets = new aws.s3.BucketV2('assets');
const oac = new aws.cloudfront.OriginAccessControl('assets', { originAccessControlOriginType: 's3', signingBehavior: 'always', signingProtocol: 'sigv4' });
new aws.s3.BucketPolicy('assets', {
  bucket: assets.id,
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: pulumi.interpolate`${assets.arn}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
});
new aws.cloudfront.Distribution('assets', {
  ...common,
  origins: [{ originId: 's3', domainName: assets.bucketRegionalDomainName, originAccessControlId: oac.id }], // error: [security/s3-origin-access-not-granted]
});

// --- clean
const docs = new aws.s3.BucketV2('docs');
const docsCdn = new aws.cloudfront.Distribution('docs', { ...common, origins: [{ originId: 's3', domainName: docs.bucketRegionalDomainName, originAccessControlId: oac.id }] });
new aws.s3.BucketPolicy('docs', {
  bucket: docs.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${docs.arn}/*`, Condition: { StringEquals: { 'AWS:SourceArn': docsCdn.arn } } }],
  }),
});

// --- unknown
new aws.cloudfront.Distribution('external', { ...common, origins: [{ originId: 's3', domainName: config.require('originDomain'), originAccessControlId: oac.id }] });
