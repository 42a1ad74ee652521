import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
new aws.dynamodb.Table('orders', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
}, { deleteBeforeReplace: true }); // error: [lifecycle/delete-before-replace-stateful]
new aws.s3.BucketV2('data', { bucket: 'my-data' }, {
  deleteBeforeReplace: true, // error: [lifecycle/delete-before-replace-stateful]
});
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro' }, { deleteBeforeReplace: true }); // error: [lifecycle/delete-before-replace-stateful]

// --- clean
new aws.ec2.SecurityGroup('sg', { name: 'web', vpcId: 'vpc-1' }, { deleteBeforeReplace: true });
new aws.dynamodb.Table('events', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
new aws.sqs.Queue('jobs', {}, { deleteBeforeReplace: false });

// --- unknown
new aws.dynamodb.Table('configured', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }, { deleteBeforeReplace: config.getBoolean('dbr') });
