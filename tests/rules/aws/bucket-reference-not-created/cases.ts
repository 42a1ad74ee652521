import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';

const config = new pulumi.Config();
const suffix = new random.RandomString('suffix', { length: 8, special: false, upper: false });
const logs = new aws.s3.BucketV2('logs', { bucket: pulumi.interpolate`app-logs-${suffix.result}`, forceDestroy: true });
const artifacts = new aws.s3.BucketV2('artifacts', { bucket: 'app-pipeline-artifacts' });
const assets = new aws.s3.BucketV2('assets', { bucketPrefix: 'app-assets-' });
const subnets = ['subnet-0f3a9c27b81d4e605', 'subnet-04c2e7b9a1d3f5086'];

// --- bad
new aws.lb.LoadBalancer('web', { loadBalancerType: 'application', subnets, accessLogs: { bucket: 'prod-alb-logs', enabled: true } }); // error: [aws/bucket-reference-not-created]
new aws.cloudtrail.Trail('audit', { s3BucketName: 'company-cloudtrail-logs' }); // error: [aws/bucket-reference-not-created]
new aws.ec2.FlowLog('flow', { vpcId: 'vpc-0f3a9c27b81d4e605', trafficType: 'ALL', logDestinationType: 's3', logDestination: 'arn:aws:s3:::network-flow-logs/vpc' }); // error: [aws/bucket-reference-not-created]
new aws.athena.Workgroup('analytics', { configuration: { resultConfiguration: { outputLocation: 's3://athena-query-results/out/' } } }); // error: [aws/bucket-reference-not-created]

// --- clean
// The program's own buckets: by output, by its literal name, and a literal that fits the known
// parts of a name built from a random suffix.
new aws.lb.LoadBalancer('api', { loadBalancerType: 'application', subnets, accessLogs: { bucket: logs.bucket, enabled: true } });
new aws.codepipeline.Pipeline('deploy', {
  roleArn: 'arn:aws:iam::111122223333:role/pipeline',
  artifactStores: [{ location: 'app-pipeline-artifacts', type: 'S3' }],
  stages: [],
});
new aws.cloudtrail.Trail('copy', { s3BucketName: 'app-logs-k3j9x2qa' });
new aws.cloudtrail.Trail('prefixed', { s3BucketName: 'app-assets-20240101' });
// A bucket the program looks up on purpose.
const central = aws.s3.getBucketOutput({ bucket: 'central-audit-logs' });
new aws.cloudtrail.Trail('central', { s3BucketName: 'central-audit-logs' });
export const centralArn = central.arn;
// Stand-ins are reported by aws/placeholder-value.
new aws.cloudtrail.Trail('stand-in', { s3BucketName: 'your-trail-bucket' });

// --- unknown
new aws.cloudtrail.Trail('configured', { s3BucketName: config.require('trailBucket') });
export const names = [artifacts.bucket, assets.bucket];
