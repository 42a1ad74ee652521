import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const MINUTES = 30;

// --- bad
new aws.lambda.Function('etl', { runtime: 'python3.12', handler: 'index.handler', role, code, timeout: MINUTES * 60 }); // error: [aws/lambda-sizing-out-of-range]
new aws.lambda.Function('tiny', { runtime: 'python3.12', handler: 'index.handler', role, code, memorySize: 64 }); // error: [aws/lambda-sizing-out-of-range]
new aws.lambda.Function('scratch', { runtime: 'python3.12', handler: 'index.handler', role, code, ephemeralStorage: { size: 20480 } }); // error: [aws/lambda-sizing-out-of-range]

// --- clean
new aws.lambda.Function('ok', { runtime: 'python3.12', handler: 'index.handler', role, code, timeout: 900, memorySize: 10240, ephemeralStorage: { size: 512 } });

// --- unknown
new aws.lambda.Function('configured', { runtime: 'python3.12', handler: 'index.handler', role, code, timeout: config.requireNumber('timeout') });
