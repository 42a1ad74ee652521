import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const reports = new aws.s3.BucketV2('reports'); // error: [security/s3-public-access-block-missing]

// Buckets built in a loop: each needs its own block.
for (const name of ['raw', 'curated']) {
  const b = new aws.s3.BucketV2(`data-${name}`); // error: [security/s3-public-access-block-missing]
  new aws.s3.BucketVersioningV2(`data-${name}`, { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });
}

class Archive extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:archive:Archive', name, {}, opts);
    new aws.s3.BucketV2(`${name}-archive`, {}, { parent: this }); // error: [security/s3-public-access-block-missing]
    this.registerOutputs({});
  }
}
new Archive('audit');

// A public website policy on a bucket whose block is left at the default: S3 rejects the policy.
const site = new aws.s3.BucketV2('site');
new aws.s3.BucketWebsiteConfigurationV2('site', { bucket: site.id, indexDocument: { suffix: 'index.html' } });
new aws.s3.BucketPolicy('site', {
  bucket: site.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${site.arn}/*` }], // error: [security/s3-public-access-block-missing]
  }),
});

const assets = new aws.s3.BucketV2('assets');
new aws.s3.BucketPublicAccessBlock('assets', { bucket: assets.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
new aws.s3.BucketPolicy('assets', {
  bucket: assets.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${assets.arn}/*` }], // error: [security/s3-public-access-block-missing]
  }),
});

// --- clean
const logs = new aws.s3.BucketV2('logs', { bucket: `logs-${pulumi.getStack()}` });
new aws.s3.BucketPublicAccessBlock('logs', { bucket: `logs-${pulumi.getStack()}`, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });

function privateBucket(name: string): aws.s3.BucketV2 {
  const b = new aws.s3.BucketV2(name);
  new aws.s3.BucketPublicAccessBlock(name, { bucket: b.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });
  return b;
}
privateBucket('uploads');

// A website meant to be public, with the blocks it needs switched off.
const www = new aws.s3.BucketV2('www');
new aws.s3.BucketWebsiteConfigurationV2('www', { bucket: www.id, indexDocument: { suffix: 'index.html' } });
const open = new aws.s3.BucketPublicAccessBlock('www', { bucket: www.id, blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: false });
new aws.s3.BucketPolicy('www', {
  bucket: www.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${www.arn}/*` }],
  }),
}, { dependsOn: [open] });

// --- unknown
const shared = new aws.s3.BucketV2('shared');
new aws.s3.BucketPublicAccessBlock('shared', { bucket: shared.id, blockPublicPolicy: config.requireBoolean('blockPolicy') });
new aws.s3.BucketPolicy('shared', {
  bucket: shared.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${shared.arn}/*` }],
  }),
});

export const names = [reports.bucket, logs.bucket, www.bucket];
