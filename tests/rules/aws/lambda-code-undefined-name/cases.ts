import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';

const noClient = `import { PutItemCommand } from '@aws-sdk/client-dynamodb';
export const handler = async (event) => dynamo.send(new PutItemCommand({ TableName: 't', Item: {} }));`;

// --- bad
new aws.lambda.Function('v2', {
  runtime: 'nodejs16.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`exports.handler = async () => new AWS.S3().listBuckets().promise();`), // error: [aws/lambda-code-undefined-name]
  }),
});
new aws.lambda.Function('v3', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(noClient), // error: [aws/lambda-code-undefined-name]
  }),
});

// --- clean
new aws.lambda.Function('ok', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(`import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
const dynamo = new DynamoDBClient({});
export const handler = async (event) => dynamo.send(new PutItemCommand({ TableName: 't', Item: {} }));`),
  }),
});

// --- unknown
new aws.lambda.Function('configured', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(config.require('code')) }),
});
