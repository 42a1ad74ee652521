import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const ec2Trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const taskTrust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] });

// --- bad
const taskRole = new aws.iam.Role('task', { assumeRolePolicy: taskTrust });
new aws.ec2.LaunchTemplate('ecs-hosts', {
  imageId: 'ami-123',
  instanceType: 't3.micro',
  iamInstanceProfile: { name: taskRole.name }, // error: [security/iam-role-as-instance-profile]
});
const webRole = new aws.iam.Role('web', { assumeRolePolicy: ec2Trust });
new aws.ec2.Instance('web', { ami: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: webRole.arn }); // error: [security/iam-role-as-instance-profile]

// --- clean
const profile = new aws.iam.InstanceProfile('web', { role: webRole.name });
new aws.ec2.LaunchTemplate('web', { imageId: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: { arn: profile.arn } });
new aws.iam.InstanceProfile('same-name', { name: webRole.name, role: webRole.name });
new aws.ec2.Instance('web2', { ami: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: webRole.name });

// --- unknown
new aws.ec2.Instance('web3', { ami: 'ami-123', instanceType: 't3.micro', iamInstanceProfile: config.require('profile') });
