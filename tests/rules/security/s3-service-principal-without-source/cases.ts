import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const site = new aws.s3.BucketV2('site');

// --- bad
new aws.s3.BucketPolicy('wildcard', {
  bucket: site.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${site.arn}/*`, Condition: { StringLike: { 'AWS:SourceArn': 'arn:aws:cloudfront::*:distribution/*' } } }, // error: [security/s3-service-principal-without-source]
      { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:ListBucket', Resource: site.arn }, // error: [security/s3-service-principal-without-source]
      { Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: pulumi.interpolate`${site.arn}/logs/*` }, // error: [security/s3-service-principal-without-source]
    ],
  }),
});

// --- clean
const cdn = new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ originId: 's3', domainName: site.bucketRegionalDomainName }],
  defaultCacheBehavior: { targetOriginId: 's3', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'] },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});
new aws.s3.BucketPolicy('scoped', {
  bucket: site.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${site.arn}/*`, Condition: { StringEquals: { 'AWS:SourceArn': cdn.arn } } },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: site.arn, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
    ],
  }),
});

// --- unknown
new aws.s3.BucketPolicy('configured', { bucket: site.id, policy: config.require('policy') });
