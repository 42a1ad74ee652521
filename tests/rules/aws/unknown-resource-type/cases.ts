import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = new aws.iam.Role('role', { assumeRolePolicy: config.require('trustPolicy') });

// --- bad
new aws.ec2.InstanceProfile('profile', { role: role.name }); // error: [aws/unknown-resource-type]
new aws.s3.BucketReplicationConfiguration('replication', { bucket: 'source-bucket', role: role.arn, rules: [] }); // error: [aws/unknown-resource-type]
new aws.elasticloadbalancing.LoadBalancer('classic', { listeners: [] }); // error: [aws/unknown-resource-type]
new aws.cloudwatch.AnomalyDetector('latency-anomaly', { metricName: 'Latency' }); // error: [aws/unknown-resource-type]

// --- clean
// Functions the provider does not have are aws/unknown-data-source's, not reported twice.
export const subnets = aws.ec2.getSubnetz({ filters: [] });
new aws.iam.InstanceProfile('profile-ok', { role: role.name });
new aws.s3.BucketReplicationConfig('replication-ok', { bucket: 'source-bucket', role: role.arn, rules: [] });
new aws.lb.LoadBalancer('alb', { loadBalancerType: 'application', subnets: ['subnet-a', 'subnet-b'] });
// TypeScript-only helper classes of the SDK are not resources of the schema.
new aws.lambda.CallbackFunction('callback', { callback: async () => ({ statusCode: 200 }) });

// --- unknown
export function make(ctor: typeof aws.s3.Bucket, name: string) {
  return new ctor(name, {});
}
