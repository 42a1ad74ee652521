import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';

const config = new pulumi.Config();

// --- bad
// A key that looks issued by AWS is a leak even on an emulator's provider.
new aws.Provider('leaky-local', { region: 'us-east-1', accessKey: 'AKIAIOSFODNN7EXAMPLF', secretKey: 'test', skipCredentialsValidation: true }); // error: [security/hardcoded-secret]
new aws.rds.Instance('db', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  username: 'app',
  password: 'TempPassword123!', // error: [security/hardcoded-secret]
});

new aws.rds.Cluster('aurora', { engine: 'aurora-postgresql', masterUsername: 'app', masterPassword: 'hunter2hunter2' }); // error: [security/hardcoded-secret]

new aws.lambda.Function('fn', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/r',
  environment: {
    variables: {
      TABLE: 'orders',
      API_KEY: 'sk_live_abcdef123456', // error: [security/hardcoded-secret]
    },
  },
});

new aws.secretsmanager.SecretVersion('sv', {
  secretId: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x',
  secretString: JSON.stringify({ username: 'admin', password: 'P@ssw0rd!' }), // error: [security/hardcoded-secret]
});

const dbPassword = config.get('dbPassword') || 'ChangeMe123'; // error: [security/hardcoded-secret]
new aws.rds.Instance('db2', { engine: 'mysql', instanceClass: 'db.t3.micro', password: dbPassword });

new aws.ec2.Instance('web', {
  ami: 'ami-123',
  instanceType: 't3.micro',
  userData: `#!/bin/bash # error: [security/hardcoded-secret]
export MYSQL_ROOT_PASSWORD=rootpass123
`,
});

new aws.ssm.Parameter('api-key', { name: '/app/api-key', type: 'SecureString', value: 'example-api-key-12345' }); // error: [security/hardcoded-secret]

const fallback = config.getSecret('dbPassword') ?? 'FallbackPassw0rd!'; // error: [security/hardcoded-secret]
new aws.rds.Instance('db-fallback', { engine: 'mysql', instanceClass: 'db.t3.micro', password: fallback });

new aws.rds.Instance('db-random', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  password: Math.random().toString(36).slice(2), // error: [security/hardcoded-secret]
});

const env = config.require('env');
new aws.rds.Instance('db-partial', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  password: `${env}-Passw0rd!2024`, // error: [security/hardcoded-secret]
});

const apiToken = new random.RandomPassword('api-token', { length: 32 });
new aws.ecs.TaskDefinition('task', {
  family: 'app',
  containerDefinitions: pulumi.jsonStringify([{
    name: 'app',
    image: 'nginx',
    environment: [
      { name: 'API_TOKEN', value: apiToken.result }, // error: [security/hardcoded-secret]
      { name: 'REGION', value: 'us-east-1' },
    ],
  }]),
});

// A value that is not the name of one of the program's secrets is still the secret itself.
new aws.lambda.Function('metrics-literal', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/r',
  environment: { variables: { METRICS_SECRET: 'nightly/metrics-apx9' } }, // error: [security/hardcoded-secret]
});

// Placeholders handed to code leak nothing; they are reported at low, as values to replace.
new aws.lambda.Function('placeholders', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/r',
  environment: {
    variables: {
      DATABASE_URL: 'postgresql://user:password@localhost:5432/db', // error: [security/hardcoded-secret]
      API_KEY: 'your-api-key-here', // error: [security/hardcoded-secret]
    },
  },
});
// A real-looking password in a connection string to a real host is a leak.
new aws.ssm.Parameter('db-url', { name: '/app/db-url', type: 'String', value: 'postgresql://app:Qx7-vR2m-91aa@orders.cluster-abc.us-east-1.rds.amazonaws.com:5432/orders' }); // error: [security/hardcoded-secret]

// --- clean
// Dummy credentials of a local emulator (LocalStack).
new aws.Provider('localstack', { region: 'us-east-1', accessKey: 'test', secretKey: 'test', skipCredentialsValidation: true });
new aws.Provider('local-endpoints', { region: 'us-east-1', accessKey: 'local', secretKey: 'local-secret', endpoints: [{ s3: 'http://localhost:4566', dynamodb: 'http://localhost:4566' }] });
new aws.ssm.Parameter('plain', { name: '/app/region', type: 'String', value: 'us-east-1' });
new aws.rds.Instance('managed', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'app', manageMasterUserPassword: true });
const generated = new random.RandomPassword('pw', { length: 24, special: true });
new aws.rds.Instance('generated', { engine: 'postgres', instanceClass: 'db.t3.micro', password: generated.result });
new aws.lambda.Function('fn2', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/r',
  environment: { variables: { SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:x', PASSWORD_LENGTH: '24' } },
});
new aws.iam.AccountPasswordPolicy('policy', { minimumPasswordLength: 14 });

// The name of a secret the program stores, passed so the function reads it at run time.
const apiSecret = new aws.secretsmanager.Secret('metrics-api', { name: 'nightly/metrics-api' });
new aws.lambda.Function('metrics', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/r',
  environment: { variables: { METRICS_SECRET: 'nightly/metrics-api', METRICS_SECRET_ARN: apiSecret.arn } },
});

// --- unknown
new aws.rds.Instance('db3', { engine: 'postgres', instanceClass: 'db.t3.micro', password: config.requireSecret('dbPassword') });
new aws.rds.Instance('db4', { engine: 'postgres', instanceClass: 'db.t3.micro', password: process.env.DB_PASSWORD });
