import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const trust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' });
const code = new pulumi.asset.AssetArchive({
  'index.mjs': new pulumi.asset.StringAsset(`
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const s3 = new S3Client({});
export const handler = async (event) => {
  await db.send(new PutCommand({ TableName: process.env.TABLE, Item: event }));
  const all = await db.send(new ScanCommand({ TableName: process.env.TABLE }));
  await s3.send(new PutObjectCommand({ Bucket: process.env.BUCKET, Key: 'report.json', Body: JSON.stringify(all.Items) }));
};
`),
});

function fn(name: string, policyArns: pulumi.Input<string>[]): aws.lambda.Function {
  const role = new aws.iam.Role(`${name}-role`, { assumeRolePolicy: trust });
  policyArns.forEach((arn, i) => new aws.iam.RolePolicyAttachment(`${name}-${i}`, { role: role.name, policyArn: arn }));
  return new aws.lambda.Function(name, {
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    role: role.arn, // error: [security/lambda-sdk-call-not-permitted]
    code,
    environment: { variables: { TABLE: 't', BUCKET: 'b' } },
  });
}

// --- bad
fn('basic', ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole', 'arn:aws:iam::aws:policy/AmazonS3FullAccess']);

// An encrypted topic: publishing needs the key as well.
const key = new aws.kms.Key('alerts', { enableKeyRotation: true });
const topic = new aws.sns.Topic('alerts', { kmsMasterKeyId: key.id });
const publisherRole = new aws.iam.Role('publisher-role', { assumeRolePolicy: trust });
new aws.iam.RolePolicy('publisher-policy', { role: publisherRole.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sns:Publish', 'logs:*'], Resource: '*' }] }) });
new aws.lambda.Function('publisher', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: publisherRole.arn, // error: [security/lambda-sdk-call-not-permitted]
  environment: { variables: { TOPIC_ARN: topic.arn } },
  code: new pulumi.asset.AssetArchive({
    'index.mjs': new pulumi.asset.StringAsset(`import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async () => sns.send(new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: 'x' }));`),
  }),
});

// --- clean
fn('admin', ['arn:aws:iam::aws:policy/AdministratorAccess']);

// --- unknown
fn('dynamo', ['arn:aws:iam::aws:policy/AmazonS3FullAccess', 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess']);
fn('configured', [config.require('policyArn')]);

