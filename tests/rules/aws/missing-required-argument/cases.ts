import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = new aws.iam.Role('role', { assumeRolePolicy: config.require('trustPolicy') });

// --- bad
new aws.ec2.KeyPair('deployer', { keyName: 'deployer' }); // error: [aws/missing-required-argument]
new aws.ec2.SecurityGroup('web', {
  ingress: [{ fromPort: 443, protocol: 'tcp', cidrBlocks: ['10.0.0.0/16'] }], // error: [aws/missing-required-argument]
});
new aws.sns.TopicSubscription('alerts', { protocol: 'email', endpoint: 'ops@example.org' }); // error: [aws/missing-required-argument]

// --- clean
new aws.ec2.KeyPair('deployer-ok', { keyName: 'deployer', publicKey: config.require('sshPublicKey') });
// The misnamed `artifactStore` is aws/unknown-argument's finding; `artifactStores` is not reported twice.
new aws.codepipeline.Pipeline('pipeline', {
  roleArn: role.arn,
  artifactStore: { location: 'artifacts', type: 'S3' },
  stages: [],
});
// A required argument whose value may be missing at run time is still given.
new aws.ec2.KeyPair('deployer-config', { publicKey: config.get('sshPublicKey') });

// --- unknown
const keyArgs = config.requireObject<aws.ec2.KeyPairArgs>('keyPair');
new aws.ec2.KeyPair('from-config', { ...keyArgs, keyName: 'configured' });
