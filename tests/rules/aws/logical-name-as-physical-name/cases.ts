import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
export class Licensing extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix: string }, opts?: pulumi.ComponentResourceOptions) {
    super('tap:licensing:Licensing', name, {}, opts);
    const licenses = new aws.dynamodb.Table(`licenses-${args.environmentSuffix}`, { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] }, { parent: this });
    new aws.lambda.Function(`verify-${args.environmentSuffix}`, {
      role: 'arn:aws:iam::111122223333:role/verify',
      runtime: 'nodejs20.x',
      handler: 'index.handler',
      code,
      environment: {
        variables: {
          LICENSES_TABLE: `licenses-${args.environmentSuffix}`, // error: [aws/logical-name-as-physical-name]
          REAL_TABLE: licenses.name,
        },
      },
    }, { parent: this });
    this.registerOutputs({});
  }
}
const uploads = new aws.s3.BucketV2(`uploads-${environmentSuffix}`);
new aws.ecs.TaskDefinition('worker', {
  family: `worker-${environmentSuffix}`,
  containerDefinitions: JSON.stringify([{ name: 'worker', image: 'nginx:1.27', environment: [{ name: 'UPLOADS_BUCKET', value: `uploads-${environmentSuffix}` }] }]), // error: [aws/logical-name-as-physical-name]
});
const ordersQueue = new aws.sqs.Queue(`orders-${environmentSuffix}`);
new aws.iam.Policy('uploads-access', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::uploads-${environmentSuffix}/*`] }, // todo-error: [aws/logical-name-as-physical-name]
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: `arn:aws:sqs:us-east-1:111122223333:orders-${environmentSuffix}` }, // error: [aws/logical-name-as-physical-name]
    ],
  }),
});
new aws.cloudfront.Distribution('cdn', {
  enabled: true,
  origins: [{ originId: 'uploads', domainName: `uploads-${environmentSuffix}.s3.amazonaws.com` }], // todo-error: [aws/logical-name-as-physical-name]
  defaultCacheBehavior: { targetOriginId: 'uploads', viewerProtocolPolicy: 'redirect-to-https', allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6' },
  restrictions: { geoRestriction: { restrictionType: 'none' } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
});

// --- clean
new aws.iam.Policy('wildcard-access', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::uploads-${environmentSuffix}*`] },
      { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: [`arn:aws:sqs:us-east-1:111122223333:jobs-${environmentSuffix}`, ordersQueue.arn] },
    ],
  }),
});
new aws.sqs.Queue(`jobs-${environmentSuffix}`, { name: `jobs-${environmentSuffix}` });
new aws.lambda.Function('consumer', {
  role: 'arn:aws:iam::111122223333:role/consumer',
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code,
  environment: { variables: { QUEUE_NAME: `jobs-${environmentSuffix}`, BUCKET: uploads.bucket } },
});

// --- unknown
new aws.lambda.Function('configured', {
  role: 'arn:aws:iam::111122223333:role/configured',
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code,
  environment: { variables: { TABLE: config.require('tableName') } },
});
new aws.iam.Policy('configured-access', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::${config.require('bucketName')}/*`] }],
  }),
});
