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
new aws.lambda.Function('archive-of-file', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.FileArchive('./app/index.js'), // error: [aws/asset-path-missing]
});
for (const name of ['a', 'b']) {
  new aws.lambda.Function(`asset-code-${name}`, {
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    role,
    code: new pulumi.asset.StringAsset('exports.handler = async () => 1;') as unknown as pulumi.asset.Archive, // error: [aws/asset-path-missing]
  });
}

// --- clean
new aws.lambda.Function('zip', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive('./dist/function.zip') });
new aws.lambda.Function('wrapped', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.FileAsset('./app/index.js') }),
});
new aws.lambda.Function('esm', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset('export const handler = async () => 1;') }),
});
new aws.lambda.Function('from-disk', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive('./app') });

// --- unknown
new aws.lambda.Function('archive-from-config', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive(config.require('codePath')) });
new aws.lambda.Function('configured', {
  runtime: 'nodejs22.x',
  handler: config.require('handler'),
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async () => 1;') }),
});
