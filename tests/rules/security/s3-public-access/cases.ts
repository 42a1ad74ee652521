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

// --- unknown
new aws.s3.Bucket('configured', { acl: config.require('acl') });
new aws.s3.BucketPublicAccessBlock('configured', { bucket: logs.id, blockPublicAcls: config.requireBoolean('block') });
