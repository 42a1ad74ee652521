import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const api = new aws.apigateway.RestApi('api', { name: 'orders' });

// --- bad
new aws.s3.Bucket('data', {
  versioning: { enabled: true }, // error: [aws/deprecated-argument]
  serverSideEncryptionConfiguration: { // error: [aws/deprecated-argument]
    rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
  },
});
new aws.ec2.Eip('nat', { vpc: true }); // error: [aws/deprecated-argument]
new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', name: 'orders' }); // error: [aws/deprecated-argument]
new aws.apigateway.Deployment('deployment', { restApi: api.id, stageName: 'prod' }); // error: [aws/deprecated-argument]
new aws.servicediscovery.Service('svc', {
  healthCheckCustomConfig: { failureThreshold: 1 }, // error: [aws/deprecated-argument]
});

// --- clean
const data = new aws.s3.Bucket('data-ok', {});
new aws.s3.BucketVersioning('data-versioning', { bucket: data.id, versioningConfiguration: { status: 'Enabled' } });
new aws.ec2.Eip('nat-ok', { domain: 'vpc' });
// Deprecated Lambda runtimes are aws/lambda-runtime-deprecated's.
new aws.lambda.Function('old', {
  runtime: aws.lambda.Runtime.NodeJS16dX,
  handler: 'index.handler',
  role: config.require('roleArn'),
  code: new pulumi.asset.FileArchive('./app'),
});
// A deprecated argument left unset is not used.
new aws.s3.Bucket('unset', { versioning: undefined });

// --- unknown
const legacy = config.requireObject<aws.s3.BucketArgs>('bucketArgs');
new aws.s3.Bucket('configured', legacy);
