import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const trust = (service: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }] });

// --- bad
class Storage extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:storage:Storage', name);
    new aws.s3.Bucket(`${name}-data`, {}, { parent: this });
    new aws.iam.Role(`${name}-replication`, { assumeRolePolicy: trust('s3.amazonaws.com') }, { parent: this }); // error: [aws/s3-replication-role-without-configuration]
  }
}
new Storage('media');

// --- clean
new aws.iam.Role('batch', { assumeRolePolicy: trust('batchoperations.s3.amazonaws.com') });
new aws.iam.Role('lambda', { assumeRolePolicy: trust('lambda.amazonaws.com') });

// --- unknown
new aws.iam.Role('configured', { assumeRolePolicy: config.require('trustPolicy') });
