import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const region = aws.config.region || 'us-east-1';

// --- bad
new aws.lambda.Function('region', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: {
    variables: {
      TABLE_NAME: 'orders',
      AWS_REGION: region, // error: [aws/lambda-reserved-env]
    },
  },
});
new aws.lambda.Function('keys', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: { AWS_ACCESS_KEY_ID: config.require('keyId'), LAMBDA_TASK_ROOT: '/var/task' } }, // error: [aws/lambda-reserved-env]
});

// --- clean
new aws.lambda.Function('ok', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: { APP_REGION: region, NODE_OPTIONS: '--enable-source-maps', AWS_LAMBDA_EXEC_WRAPPER: '/opt/wrapper', TZ: 'UTC' } },
});

// --- unknown
new aws.lambda.Function('spread', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code,
  environment: { variables: config.requireObject<Record<string, string>>('env') },
});
