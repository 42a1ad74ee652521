import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
new aws.lambda.Function('blocked', { runtime: 'go1.x', handler: 'main', role, code }); // error: [aws/lambda-runtime-deprecated]
new aws.lambda.Function('enum', { runtime: aws.lambda.Runtime.NodeJS16dX, handler: 'index.handler', role, code }); // error: [aws/lambda-runtime-deprecated]
new aws.lambda.Function('constant', { runtime: aws.lambda.Go1dxRuntime, handler: 'main', role, code }); // error: [aws/lambda-runtime-deprecated]
new aws.lambda.Function('py39', { runtime: 'python3.9', handler: 'index.handler', role, code }); // error: [aws/lambda-runtime-deprecated]
new aws.lambda.Function('soon', { runtime: 'python3.10', handler: 'index.handler', role, code }); // error: [aws/lambda-runtime-deprecated]
// Needing `aws-sdk` the runtime lacks is aws/lambda-sdk-not-in-runtime's finding.
new aws.lambda.Function('sdk-v2', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
const AWS = require('aws-sdk');
exports.handler = async () => new AWS.S3().listBuckets().promise();
`),
  }),
});
new aws.lambda.LayerVersion('layer', {
  layerName: 'deps',
  code,
  compatibleRuntimes: ['nodejs16.x', 'nodejs22.x'], // error: [aws/lambda-runtime-deprecated]
});

// --- clean
new aws.lambda.Function('current', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.lambda.Function('enum-ok', { runtime: aws.lambda.Runtime.Python3d13, handler: 'index.handler', role, code });
new aws.lambda.Function('sdk-v3', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(`import { S3Client } from '@aws-sdk/client-s3';\nexport const handler = async () => new S3Client({});`),
  }),
});
new aws.lambda.Function('image', { packageType: 'Image', imageUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1', role });
new aws.lambda.LayerVersion('layer-ok', { layerName: 'deps2', code, compatibleRuntimes: ['python3.12', 'python3.13'] });

// --- unknown
new aws.lambda.Function('configured', { runtime: config.require('runtime'), handler: 'index.handler', role, code });
new aws.lambda.Function('env', { runtime: process.env.LAMBDA_RUNTIME, handler: 'index.handler', role, code });
