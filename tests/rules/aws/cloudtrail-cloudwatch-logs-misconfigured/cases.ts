import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const bucket = new aws.s3.Bucket('trail-bucket');
const logs = new aws.cloudwatch.LogGroup('trail-logs', { retentionInDays: 365 });
const role = config.require('trailRoleArn');

// --- bad
new aws.cloudtrail.Trail('no-wildcard', {
  s3BucketName: bucket.id,
  cloudWatchLogsGroupArn: logs.arn, // error: [aws/cloudtrail-cloudwatch-logs-misconfigured]
  cloudWatchLogsRoleArn: role,
});
new aws.cloudtrail.Trail('no-role', {
  s3BucketName: bucket.id,
  cloudWatchLogsGroupArn: pulumi.interpolate`${logs.arn}:*`, // error: [aws/cloudtrail-cloudwatch-logs-misconfigured]
});

// --- clean
new aws.cloudtrail.Trail('complete', { s3BucketName: bucket.id, cloudWatchLogsGroupArn: pulumi.interpolate`${logs.arn}:*`, cloudWatchLogsRoleArn: role });
new aws.cloudtrail.Trail('s3-only', { s3BucketName: bucket.id });

// --- unknown
new aws.cloudtrail.Trail('configured', { s3BucketName: bucket.id, cloudWatchLogsGroupArn: config.require('trailLogGroupArn'), cloudWatchLogsRoleArn: role });
