import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const v2Handler = `const AWS = require('aws-sdk');\nexports.handler = async () => new AWS.S3().listBuckets().promise();\n`;

// --- bad
new aws.lambda.Function('sdk-v2', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }), // error: [aws/lambda-sdk-not-in-runtime]
});
new aws.lambda.Function('sdk-v2-import', {
  runtime: aws.lambda.Runtime.NodeJS18dX,
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset(`import AWS from 'aws-sdk';\nexport const handler = async () => new AWS.SQS();\n`) }), // error: [aws/lambda-sdk-not-in-runtime]
});
for (const name of ['a', 'b']) {
  new aws.lambda.Function(`looped-${name}`, {
    runtime: 'nodejs20.x',
    handler: 'index.handler',
    role,
    code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }), // error: [aws/lambda-sdk-not-in-runtime]
  });
}

// --- clean
// nodejs16.x still shipped the v2 SDK (its own deprecation is aws/lambda-runtime-deprecated's).
new aws.lambda.Function('node16', {
  runtime: 'nodejs16.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }),
});
new aws.lambda.Function('sdk-v3', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.mjs': new pulumi.asset.StringAsset(`import { S3Client } from '@aws-sdk/client-s3';\nexport const handler = async () => new S3Client({});`) }),
});
// A layer may provide `aws-sdk`.
const sdkLayer = new aws.lambda.LayerVersion('sdk', { layerName: 'aws-sdk-v2', code: new pulumi.asset.FileArchive('./layer'), compatibleRuntimes: ['nodejs22.x'] });
new aws.lambda.Function('with-layer', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  layers: [sdkLayer.arn],
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }),
});

// --- unknown
new aws.lambda.Function('configured', {
  runtime: config.require('runtime'),
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }),
});
new aws.lambda.Function('built', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.FileArchive(config.require('codeDir')) });
