import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const partition = aws.getPartitionOutput().partition;
const assumeRolePolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});
const role = new aws.iam.Role('task', { assumeRolePolicy });

// --- bad
new aws.iam.RolePolicyAttachment('admin', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' }); // error: [security/iam-admin-managed-policy]
new aws.iam.RolePolicyAttachment('logs', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/CloudWatchLogsFullAccess' }); // error: [security/iam-admin-managed-policy]
new aws.iam.RolePolicyAttachment('enum', { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonS3FullAccess }); // error: [security/iam-admin-managed-policy]
new aws.iam.RolePolicyAttachment('partition', { role: role.name, policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/PowerUserAccess` }); // error: [security/iam-admin-managed-policy]
new aws.iam.Role('ops', {
  assumeRolePolicy,
  managedPolicyArns: [
    aws.iam.ManagedPolicy.AdministratorAccess, // error: [security/iam-admin-managed-policy]
    'arn:aws:iam::aws:policy/IAMFullAccess', // error: [security/iam-admin-managed-policy]
  ],
});
const user = new aws.iam.User('ci');
new aws.iam.UserPolicyAttachment('ci-lambda', { user: user.name, policyArn: aws.iam.ManagedPolicy.LambdaFullAccess }); // error: [security/iam-admin-managed-policy]

// --- clean
new aws.iam.RolePolicyAttachment('exec', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' });
new aws.iam.RolePolicyAttachment('read', { role: role.name, policyArn: aws.iam.ManagedPolicy.AmazonS3ReadOnlyAccess });
new aws.iam.RolePolicyAttachment('custom', { role: role.name, policyArn: 'arn:aws:iam::123456789012:policy/AdministratorAccess' });
new aws.iam.RolePolicyAttachment('xray', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess' });

// --- unknown
new aws.iam.RolePolicyAttachment('configured', { role: role.name, policyArn: config.require('policyArn') });
new aws.iam.RolePolicyAttachment('built', { role: role.name, policyArn: pulumi.interpolate`arn:aws:iam::aws:policy/${config.require('policyName')}` });
