import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const base = { runtime: 'nodejs22.x', handler: 'index.handler', role: config.require('roleArn'), code: new pulumi.asset.FileArchive('./app') };

// --- bad
for (const name of ['api', 'worker']) {
  new aws.lambda.Function(name, {
    ...base,
    loggingConfig: {
      logFormat: 'Text',
      applicationLogLevel: 'INFO', // error: [aws/lambda-log-level-without-json-format]
    },
  });
}

// --- clean
new aws.lambda.Function('json', { ...base, loggingConfig: { logFormat: 'JSON', applicationLogLevel: 'INFO', systemLogLevel: 'WARN' } });
new aws.lambda.Function('text', { ...base, loggingConfig: { logFormat: 'Text' } });

// --- unknown
new aws.lambda.Function('configured', { ...base, loggingConfig: { logFormat: config.require('logFormat'), applicationLogLevel: 'DEBUG' } });
