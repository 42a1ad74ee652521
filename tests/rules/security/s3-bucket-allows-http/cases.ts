import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
function tlsOnly(name: string, bucket: aws.s3.BucketV2): void {
  new aws.s3.BucketPolicy(name, {
    bucket: bucket.id,
    policy: pulumi.jsonStringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    }),
  });
}

// --- bad
const phi = new aws.s3.BucketV2('phi', { tags: { Compliance: 'HIPAA', Team: 'health' } }); // error: [security/s3-bucket-allows-http]
const reports = new aws.s3.BucketV2('reports'); // error: [security/s3-bucket-allows-http]

// --- clean
const data = new aws.s3.BucketV2('data', { tags: { Compliance: 'PCI-DSS' } });
tlsOnly('data', data);
const site = new aws.s3.BucketV2('site');
new aws.s3.BucketWebsiteConfigurationV2('site', { bucket: site.id, indexDocument: { suffix: 'index.html' } });

// --- unknown
const shared = new aws.s3.BucketV2('shared');
new aws.s3.BucketPolicy('shared', { bucket: shared.id, policy: config.require('sharedPolicy') });

export const names = [phi.bucket, reports.bucket, data.bucket];
