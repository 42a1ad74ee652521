import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const subnetGroup = config.require('dbSubnetGroup');
const role = config.require('lambdaRoleArn');
const code = new pulumi.asset.FileArchive('./app');

// --- bad
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, dbSubnetGroupName: subnetGroup, monitoringInterval: 60 }); // error: [aws/argument-needs-companion]
new aws.dynamodb.Table('orders', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }); // error: [aws/argument-needs-companion]
new aws.dynamodb.Table('events', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST', streamEnabled: true }); // error: [aws/argument-needs-companion]
new aws.lb.TargetGroup('web', { port: 80, protocol: 'HTTP' }); // error: [aws/argument-needs-companion]
new aws.ecs.Service('api', { cluster: config.require('cluster'), taskDefinition: config.require('taskDefinition'), desiredCount: 2, launchType: 'FARGATE' }); // error: [aws/argument-needs-companion]
new aws.lambda.Function('fn', { role, code, handler: 'index.handler' }); // error: [aws/argument-needs-companion]
// In a loop: one finding for the constructor.
for (const name of ['a', 'b']) {
  new aws.dynamodb.Table(`t-${name}`, { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PROVISIONED', readCapacity: 5 }); // error: [aws/argument-needs-companion]
}

// --- clean
new aws.rds.Instance('db-ok', { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, dbSubnetGroupName: subnetGroup, monitoringInterval: 60, monitoringRoleArn: config.require('monitoringRole') });
new aws.rds.Instance('db-no-monitoring', { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, dbSubnetGroupName: subnetGroup, monitoringInterval: 0 });
new aws.dynamodb.Table('orders-ok', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST', streamEnabled: true, streamViewType: 'NEW_IMAGE' });
new aws.dynamodb.Table('provisioned-ok', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], readCapacity: 5, writeCapacity: 5 });
new aws.lb.TargetGroup('web-ok', { port: 80, protocol: 'HTTP', vpcId: config.require('vpcId') });
new aws.lb.TargetGroup('fn-targets', { targetType: 'lambda' });
new aws.ecs.Service('api-ok', { cluster: config.require('cluster'), taskDefinition: config.require('taskDefinition'), launchType: 'FARGATE', networkConfiguration: { subnets: [config.require('subnet')] } });
new aws.lambda.Function('fn-ok', { role, code, handler: 'index.handler', runtime: 'nodejs22.x' });
new aws.lambda.Function('image-fn', { role, packageType: 'Image', imageUri: config.require('imageUri') });

// --- unknown
new aws.rds.Instance('db-configured', { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, dbSubnetGroupName: subnetGroup, monitoringInterval: config.requireNumber('monitoringInterval') });
new aws.dynamodb.Table('mode-configured', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: config.require('billingMode') });
new aws.lb.TargetGroup('spread', { port: 80, protocol: 'HTTP', ...config.requireObject<Record<string, string>>('targetGroup') });
new aws.lambda.Function('fn-runtime', { role, code, handler: 'index.handler', runtime: config.require('runtime') });
