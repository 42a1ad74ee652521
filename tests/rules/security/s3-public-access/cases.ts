import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const site = new aws.s3.Bucket('site', { acl: 'public-read' }); // error: [security/s3-public-access]
new aws.s3.BucketObject('index', { bucket: site.id, key: 'index.html', content: '<h1>hi</h1>', acl: aws.s3.CannedAcl.PublicReadWrite }); // error: [security/s3-public-access]
const data = new aws.s3.BucketV2('data');
new aws.s3.BucketPublicAccessBlock('data', {
  bucket: data.id,
  blockPublicAcls: true,
  blockPublicPolicy: false, // error: [security/s3-public-access]
  ignorePublicAcls: true,
  restrictPublicBuckets: false,
});
new aws.s3.BucketPolicy('public', {
  bucket: data.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${data.arn}/*` }], // error: [security/s3-public-access]
  }),
});
// Read access to a key prefix is no excuse when ACLs are not blocked too.
const media = new aws.s3.BucketV2('media');
new aws.s3.BucketPublicAccessBlock('media', {
  bucket: media.id,
  blockPublicAcls: false, // error: [security/s3-public-access]
  ignorePublicAcls: false,
  blockPublicPolicy: false,
  restrictPublicBuckets: false,
});
new aws.s3.BucketPolicy('media', {
  bucket: media.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${media.arn}/public/*` }], // error: [security/s3-public-access]
  }),
});

// --- clean
const logs = new aws.s3.BucketV2('logs');
new aws.s3.BucketPublicAccessBlock('logs', { bucket: logs.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
new aws.s3.BucketAclV2('logs', { bucket: logs.id, acl: 'private' });
new aws.s3.BucketPolicy('tls', {
  bucket: logs.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: pulumi.interpolate`${logs.arn}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${logs.arn}/*`, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1234' } } },
      { Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${logs.arn}/*` },
    ],
  }),
});

// A static website is meant to be read by anyone.
const www = new aws.s3.BucketV2('www');
new aws.s3.BucketWebsiteConfigurationV2('www', { bucket: www.id, indexDocument: { suffix: 'index.html' } });
new aws.s3.BucketPublicAccessBlock('www', { bucket: www.id, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false });
new aws.s3.BucketPolicy('www', {
  bucket: www.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${www.arn}/*` }],
  }),
});

// Release downloads: ACLs stay blocked and only objects under releases/ are readable by anyone.
const downloads = new aws.s3.BucketV2('downloads');
new aws.s3.BucketPublicAccessBlock('downloads', { bucket: downloads.id, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false });
new aws.s3.BucketPolicy('downloads', {
  bucket: downloads.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'PublicReadReleases', Effect: 'Allow', Principal: '*', Action: ['s3:GetObject'], Resource: pulumi.interpolate`${downloads.arn}/releases/*` }],
  }),
});

// --- unknown
new aws.s3.Bucket('configured', { acl: config.require('acl') });
new aws.s3.BucketPublicAccessBlock('configured', { bucket: logs.id, blockPublicAcls: config.requireBoolean('block') });
// Whether ACLs stay blocked is not known, so the public read is reported as public.
const shared = new aws.s3.BucketV2('shared');
new aws.s3.BucketPublicAccessBlock('shared', { bucket: shared.id, blockPublicAcls: config.requireBoolean('blockAcls'), ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false }); // error: [security/s3-public-access]
new aws.s3.BucketPolicy('shared', {
  bucket: shared.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${shared.arn}/exports/*` }], // error: [security/s3-public-access]
  }),
});
