import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
const unpublished = new aws.lambda.Function('unpublished', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.lambda.ProvisionedConcurrencyConfig('latest', { functionName: unpublished.name, qualifier: '$LATEST', provisionedConcurrentExecutions: 2 }); // error: [aws/provisioned-concurrency-on-latest]
new aws.lambda.ProvisionedConcurrencyConfig('version', {
  functionName: unpublished.name,
  qualifier: unpublished.version, // error: [aws/provisioned-concurrency-on-latest]
  provisionedConcurrentExecutions: 2,
});
const latestAlias = new aws.lambda.Alias('live', {
  functionName: unpublished.name,
  functionVersion: '$LATEST', // error: [aws/provisioned-concurrency-on-latest]
});
new aws.lambda.ProvisionedConcurrencyConfig('alias', { functionName: unpublished.name, qualifier: latestAlias.name, provisionedConcurrentExecutions: 2 });

// --- clean
const published = new aws.lambda.Function('published', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, publish: true });
const stable = new aws.lambda.Alias('stable', { functionName: published.name, functionVersion: published.version });
new aws.lambda.ProvisionedConcurrencyConfig('stable', { functionName: published.name, qualifier: stable.name, provisionedConcurrentExecutions: 2 });
new aws.lambda.ProvisionedConcurrencyConfig('pinned', { functionName: published.name, qualifier: '3', provisionedConcurrentExecutions: 1 });
// An alias on $LATEST without provisioned concurrency is allowed.
new aws.lambda.Alias('head', { functionName: unpublished.name, functionVersion: '$LATEST' });

// --- unknown
const maybe = new aws.lambda.Function('maybe', { runtime: 'nodejs22.x', handler: 'index.handler', role, code, publish: config.getBoolean('publish') });
new aws.lambda.ProvisionedConcurrencyConfig('maybe', { functionName: maybe.name, qualifier: maybe.version, provisionedConcurrentExecutions: 1 });
new aws.lambda.ProvisionedConcurrencyConfig('configured', { functionName: maybe.name, qualifier: config.require('qualifier'), provisionedConcurrentExecutions: 1 });
