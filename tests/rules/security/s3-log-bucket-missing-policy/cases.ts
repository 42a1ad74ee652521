import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const trailLogs = new aws.s3.BucketV2('trail-logs', { bucket: 'acme-trail-logs', forceDestroy: true });
new aws.cloudtrail.Trail('trail', { s3BucketName: trailLogs.bucket }); // error: [security/s3-log-bucket-missing-policy]
new aws.cloudtrail.Trail('trail-by-name', { s3BucketName: 'acme-trail-logs' }); // error: [security/s3-log-bucket-missing-policy]

const albLogs = new aws.s3.BucketV2('alb-logs', { forceDestroy: true });
new aws.s3.BucketPolicy('alb-logs', {
  bucket: albLogs.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'elasticloadbalancing.amazonaws.com' }, Action: 's3:PutObject', Resource: pulumi.interpolate`${albLogs.arn}/*` }],
  }),
});
new aws.lb.LoadBalancer('web', {
  loadBalancerType: 'application',
  subnets: ['subnet-1', 'subnet-2'],
  accessLogs: { bucket: albLogs.bucket, enabled: true }, // error: [security/s3-log-bucket-missing-policy]
});

// --- clean
const goodLogs = new aws.s3.BucketV2('good-logs', { forceDestroy: true });
const elbAccount = aws.elb.getServiceAccountOutput();
new aws.s3.BucketPolicy('good-logs', {
  bucket: goodLogs.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: { AWS: elbAccount.arn }, Action: 's3:PutObject', Resource: pulumi.interpolate`${goodLogs.arn}/*` },
      { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: ['s3:GetBucketAcl', 's3:PutObject'], Resource: [goodLogs.arn, pulumi.interpolate`${goodLogs.arn}/*`] },
    ],
  }),
});
new aws.lb.LoadBalancer('good-web', { subnets: ['subnet-1', 'subnet-2'], accessLogs: { bucket: goodLogs.bucket, enabled: true } });
new aws.cloudtrail.Trail('good-trail', { s3BucketName: goodLogs.id });
const unused = new aws.s3.BucketV2('disabled-logs');
new aws.lb.LoadBalancer('logs-off', { subnets: ['subnet-1', 'subnet-2'], accessLogs: { bucket: unused.bucket, enabled: false } });

// --- unknown
new aws.cloudtrail.Trail('configured', { s3BucketName: config.require('trailBucket') });
const external = new aws.s3.BucketV2('external');
new aws.s3.BucketPolicy('external', { bucket: external.id, policy: config.require('bucketPolicy') });
new aws.cloudtrail.Trail('external', { s3BucketName: external.bucket });
