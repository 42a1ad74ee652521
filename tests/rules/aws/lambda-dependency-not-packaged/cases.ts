import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = new aws.iam.Role('fn', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }) });
const code = (text: string) => new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(text) });

// --- bad
new aws.lambda.Function('http', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: code("const axios = require('axios');\nexports.handler = async () => (await axios.get('https://example.org')).status;\n"), // error: [aws/lambda-dependency-not-packaged]
});
new aws.lambda.Function('esm', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: code("import { v4 } from 'uuid';\nexport const handler = async () => v4();\n"), // error: [aws/lambda-dependency-not-packaged]
});

// --- clean
new aws.lambda.Function('sdk-v3', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: code("const { S3Client } = require('@aws-sdk/client-s3');\nconst crypto = require('crypto');\nconst util = require('node:util');\nconst local = require('./lib');\nexports.handler = async () => [typeof S3Client, crypto.randomUUID(), util, local];\n"),
});
new aws.lambda.Function('layered', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  layers: ['arn:aws:lambda:us-east-1:123456789012:layer:deps:3'],
  code: code("const axios = require('axios');\nexports.handler = async () => axios;\n"),
});
new aws.lambda.Function('vendored', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset("const left = require('left-pad');\nexports.handler = async () => left('a', 3);\n"),
    'node_modules/left-pad/index.js': new pulumi.asset.StringAsset('module.exports = (s, n) => s.padStart(n);\n'),
  }),
});

// --- unknown
new aws.lambda.Function('configured-runtime', {
  runtime: config.require('runtime'),
  handler: 'index.handler',
  role: role.arn,
  code: code("const axios = require('axios');\nexports.handler = async () => axios;\n"),
});
new aws.lambda.Function('configured-layers', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  layers: config.requireObject<string[]>('layers'),
  code: code("const axios = require('axios');\nexports.handler = async () => axios;\n"),
});
