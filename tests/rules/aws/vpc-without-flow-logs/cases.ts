import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' }); // error: [aws/vpc-without-flow-logs]

// --- clean
const logged = new aws.ec2.Vpc('logged', { cidrBlock: '10.1.0.0/16' });
new aws.ec2.FlowLog('logged-flow', { vpcId: logged.id, trafficType: 'ALL', logDestination: 'arn:aws:logs:us-east-1:123456789012:log-group:flow' });

// --- unknown
const other = new aws.ec2.Vpc('other', { cidrBlock: '10.2.0.0/16' });
new aws.ec2.FlowLog('maybe-other', { vpcId: config.getBoolean('flowLogs') ? other.id : undefined, trafficType: 'ALL' });
