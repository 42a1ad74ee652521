import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = config.require('lambdaRoleArn');
const code = new pulumi.asset.FileArchive('./app');

// --- bad
new aws.lambda.Function('fn', { runtime: 'nodejs20', handler: 'index.handler', role, code }); // error: [aws/invalid-enum-value]
new aws.ssm.Parameter('db-host', { type: 'string', value: 'db.internal' }); // error: [aws/invalid-enum-value]
new aws.s3.Bucket('legacy-logs', { acl: 'log-delivery' }); // error: [aws/invalid-enum-value]
new aws.autoscaling.Group('asg', {
  maxSize: 2,
  minSize: 1,
  enabledMetrics: ['GroupInServiceInstances', 'GroupCpuUtilization'], // error: [aws/invalid-enum-value]
});
new aws.s3.Bucket('acl-case', { acl: 'Private' }); // error: [aws/invalid-enum-value]
new aws.s3.BucketAcl('acl-member', { bucket: 'logs', acl: aws.s3.CannedAcl.PublicReed }); // error: [aws/invalid-enum-value]

// --- clean
new aws.lambda.Function('fn-ok', { runtime: aws.lambda.Runtime.NodeJS20dX, handler: 'index.handler', role, code });
// A runtime newer than the pinned SDK lists may exist; only malformed names are reported.
new aws.lambda.Function('fn-new', { runtime: 'nodejs26.x', handler: 'index.handler', role, code });
// Open enums whose values AWS keeps adding to (instance types) are not judged.
new aws.ec2.Instance('vm', { ami: 'ami-0abcdef1234567890', instanceType: 'c8g.medium' });
// The instances of a Multi-AZ DB cluster run the cluster's mysql or postgres engine.
new aws.rds.ClusterInstance('multi-az-member', { clusterIdentifier: 'db', instanceClass: 'db.m6gd.large', engine: 'mysql' });
new aws.ssm.Parameter('db-host-ok', { type: 'String', value: 'db.internal' });

// --- unknown
new aws.ssm.Parameter('configured', { type: config.require('parameterType'), value: 'x' });
