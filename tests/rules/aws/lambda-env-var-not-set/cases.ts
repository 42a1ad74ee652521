import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const table = new aws.dynamodb.Table('orders', { attributes: [{ name: 'id', type: 'S' }], hashKey: 'id', billingMode: 'PAY_PER_REQUEST' });
const code = new pulumi.asset.AssetArchive({
  'index.js': new pulumi.asset.StringAsset(`
const TABLE = process.env.TABLE_NAME;
const DEBUG = process.env.DEBUG === 'true';
exports.handler = async (event) => {
  const bucket = process.env.BUCKET || 'default-bucket';
  if (process.env.TRACE) console.log(event);
  return { TABLE, DEBUG, bucket, region: process.env.AWS_REGION };
};
`),
});

// --- bad
new aws.lambda.Function('mismatch', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: { DYNAMODB_TABLE: table.name } }, // error: [aws/lambda-env-var-not-set]
});

// --- clean
new aws.lambda.Function('ok', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: { TABLE_NAME: table.name } },
});

// --- unknown
new aws.lambda.Function('spread', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: { ...config.requireObject<Record<string, string>>('vars') } },
});
