import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const legacy = new aws.s3.Bucket('legacy', { acl: 'public-read' }); // error: [security/s3-acl-without-ownership-controls]
const access = new aws.s3.BucketV2('access-logs');
new aws.s3.BucketAclV2('access-logs', { bucket: access.id, acl: 'log-delivery-write' }); // error: [security/s3-acl-without-ownership-controls]
const enforced = new aws.s3.BucketV2('enforced');
new aws.s3.BucketOwnershipControls('enforced', { bucket: enforced.id, rule: { objectOwnership: 'BucketOwnerEnforced' } });
new aws.s3.BucketObjectv2('index', { bucket: enforced.id, key: 'index.html', content: '<h1>hi</h1>', acl: aws.s3.CannedAcl.PublicRead }); // error: [security/s3-acl-without-ownership-controls]

const cdnLogs = new aws.s3.BucketV2('cdn-logs');
new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ originId: 'app', domainName: legacy.bucketRegionalDomainName }],
  defaultCacheBehavior: { targetOriginId: 'app', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
  loggingConfig: {
    bucket: cdnLogs.bucketDomainName, // error: [security/s3-acl-without-ownership-controls]
    prefix: 'cdn/',
  },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

// --- clean
const preferred = new aws.s3.BucketV2('preferred');
const ownership = new aws.s3.BucketOwnershipControls('preferred', { bucket: preferred.id, rule: { objectOwnership: 'BucketOwnerPreferred' } });
new aws.s3.BucketAclV2('preferred', { bucket: preferred.id, acl: 'log-delivery-write' }, { dependsOn: [ownership] });
const owned = new aws.s3.BucketV2('owned');
new aws.s3.BucketAclV2('owned', { bucket: owned.id, acl: 'private' });
new aws.s3.BucketObjectv2('readme', { bucket: owned.id, key: 'README', content: 'hi', acl: 'bucket-owner-full-control' });

// --- unknown
const configured = new aws.s3.BucketV2('configured');
new aws.s3.BucketOwnershipControls('configured', { bucket: configured.id, rule: { objectOwnership: config.require('ownership') } });
new aws.s3.BucketAclV2('configured', { bucket: configured.id, acl: 'public-read' });

export const names = [legacy.bucket, access.bucket, preferred.bucket];
