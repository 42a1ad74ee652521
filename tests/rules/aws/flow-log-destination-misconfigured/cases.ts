import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });
const logs = new aws.cloudwatch.LogGroup('flow', { retentionInDays: 30 });
const bucket = new aws.s3.Bucket('flow-logs');

// --- bad
new aws.ec2.FlowLog('cwl-no-role', { vpcId: vpc.id, trafficType: 'ALL', logDestination: logs.arn }); // error: [aws/flow-log-destination-misconfigured]
new aws.ec2.FlowLog('s3-name', {
  vpcId: vpc.id, trafficType: 'ALL', logDestinationType: 's3',
  logDestination: bucket.bucket, // error: [aws/flow-log-destination-misconfigured]
});

// --- clean
new aws.ec2.FlowLog('cwl', { vpcId: vpc.id, trafficType: 'ALL', logDestination: logs.arn, iamRoleArn: config.require('flowLogsRoleArn') });
new aws.ec2.FlowLog('s3', { vpcId: vpc.id, trafficType: 'REJECT', logDestinationType: 's3', logDestination: bucket.arn });

// --- unknown
new aws.ec2.FlowLog('configured', { vpcId: vpc.id, trafficType: 'ALL', logDestinationType: config.require('destinationType'), logDestination: bucket.arn });
