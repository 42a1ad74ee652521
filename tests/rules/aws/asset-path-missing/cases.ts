import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';

// --- bad
new aws.lambda.Function('wrong-file', {
  runtime: 'nodejs22.x',
  handler: 'app.handler', // error: [aws/asset-path-missing]
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),
});
new aws.lambda.Function('wrong-function', {
  runtime: 'nodejs22.x',
  handler: 'index.main', // error: [aws/asset-path-missing]
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),
});

// --- clean
new aws.lambda.Function('esm', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset('export const handler = async () => 1;') }),
});
new aws.lambda.Function('from-disk', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive('./app') });

// --- unknown
new aws.lambda.Function('configured', {
  runtime: 'nodejs22.x',
  handler: config.require('handler'),
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),
});
