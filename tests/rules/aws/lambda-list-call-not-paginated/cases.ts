import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';

function fn(name: string, file: pulumi.asset.Asset, runtime = 'nodejs22.x'): aws.lambda.Function {
  return new aws.lambda.Function(name, {
    runtime,
    handler: 'index.handler',
    role,
    code: new pulumi.asset.AssetArchive({ 'index.js': file }),
  });
}

const cleanupSource = `const { S3Client, ListObjectsV2Command, DeleteObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async () => {
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: process.env.BUCKET, Prefix: 'tmp/' }));
  for (const o of listed.Contents ?? []) await s3.send(new DeleteObjectCommand({ Bucket: process.env.BUCKET, Key: o.Key }));
};`;
const counterSource = `const { DynamoDBDocumentClient, ScanCommand } = require('@aws-sdk/lib-dynamodb');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}));
exports.handler = async () => (await doc.send(new ScanCommand({ TableName: process.env.TABLE }))).Items.length;`;
const settingsSource = `const AWS = require('aws-sdk');
const ssm = new AWS.SSM();
exports.handler = async () => (await ssm.getParametersByPath({ Path: '/app/', Recursive: true }).promise()).Parameters;`;

// --- bad
fn('cleanup', new pulumi.asset.StringAsset(cleanupSource)); // error: [aws/lambda-list-call-not-paginated]
fn('counter', new pulumi.asset.StringAsset(counterSource)); // error: [aws/lambda-list-call-not-paginated]
fn('settings', new pulumi.asset.StringAsset(settingsSource), 'nodejs18.x'); // error: [aws/lambda-list-call-not-paginated]

// --- clean
fn('paginator', new pulumi.asset.StringAsset(`const { S3Client, paginateListObjectsV2 } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async () => { const keys = []; for await (const p of paginateListObjectsV2({ client: s3 }, { Bucket: 'b' })) keys.push(...(p.Contents ?? [])); return keys; };`));
fn('token-loop', new pulumi.asset.StringAsset(`const { DynamoDBClient, ScanCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async () => {
  let start, n = 0;
  do { const page = await db.send(new ScanCommand({ TableName: 't', ExclusiveStartKey: start })); n += page.Count; start = page.LastEvaluatedKey; } while (start);
  return n;
};`));
fn('one-page-on-purpose', new pulumi.asset.StringAsset(`const { S3Client, ListObjectsV2Command } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
exports.handler = async () => (await s3.send(new ListObjectsV2Command({ Bucket: 'b', MaxKeys: 1 }))).KeyCount > 0;`));
fn('query', new pulumi.asset.StringAsset(`const { DynamoDBClient, QueryCommand } = require('@aws-sdk/client-dynamodb');
const db = new DynamoDBClient({});
exports.handler = async (e) => db.send(new QueryCommand({ TableName: 't', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: e.id } } }));`));
fn('in-a-comment', new pulumi.asset.StringAsset(`// Calls s3.send(new ListObjectsV2Command(...)) in the next version.
exports.handler = async () => 'ok';`));

// --- unknown
fn('from-config', new pulumi.asset.StringAsset(config.require('handlerSource')));
fn('file', new pulumi.asset.FileAsset('./handler/index.js'));
