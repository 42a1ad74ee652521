import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const tenants = ['acme', 'globex'];

// --- bad
new aws.dynamodb.Table(`orders-${environmentSuffix}`, {
  name: 'orders', // error: [naming/missing-environment-suffix]
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
});
for (const t of tenants) {
  new aws.ec2.Subnet(`subnet-${t}`, { vpcId: 'vpc-1', cidrBlock: '10.0.1.0/24' }); // error: [naming/missing-environment-suffix]
}
new aws.kms.Alias(`alias-${environmentSuffix}`, {
  name: 'alias/app-data', // error: [naming/missing-environment-suffix]
  targetKeyId: 'key',
});
new aws.ecs.TaskDefinition(`task-${environmentSuffix}`, {
  family: 'web', // error: [naming/missing-environment-suffix]
  containerDefinitions: '[]',
});
new aws.sns.Topic('alerts'); // error: [naming/missing-environment-suffix]
// A region suffix is not the environment suffix.
const regionSuffix = config.require('regionSuffix');
new aws.sqs.Queue(`regional-${environmentSuffix}`, { name: `orders-${regionSuffix}` }); // error: [naming/missing-environment-suffix]
// A naming helper the model follows, which leaves the suffix out (reported where it builds the name).
function plainName(base: string): string {
  return `app-${base}`; // error: [naming/missing-environment-suffix]
}
new aws.sqs.Queue(`plain-${environmentSuffix}`, { name: plainName('jobs') });

// --- clean
// A prefix gets a unique suffix from the provider: it is not a fixed name.
new aws.ec2.LaunchTemplate(`lt-${environmentSuffix}`, { namePrefix: 'web-lt-', imageId: 'ami-0123456789abcdef0' });
new aws.s3.BucketV2(`logs-${environmentSuffix}`, { bucket: `acme-logs-${environmentSuffix}` });
new aws.sqs.Queue(`queue-${environmentSuffix}`);
new aws.route53.Record(`www-${environmentSuffix}`, { zoneId: 'Z1', name: 'www.example.org', type: 'A', ttl: 300, records: ['1.2.3.4'] });
new aws.kms.Alias(`alias-default-${environmentSuffix}`, { name: 'alias/aws/s3', targetKeyId: 'key' });
// `family` is the engine family here, and a stage name lives inside its (suffixed) API.
new aws.rds.ParameterGroup(`pg-${environmentSuffix}`, { name: `app-pg-${environmentSuffix}`, family: 'postgres15' });
const api = new aws.apigatewayv2.Api(`api-${environmentSuffix}`, { name: `api-${environmentSuffix}`, protocolType: 'HTTP' });
new aws.apigatewayv2.Stage(`stage-${environmentSuffix}`, { apiId: api.id, name: '$default', autoDeploy: true });
// A naming helper the model follows, which adds the suffix.
class Naming {
  constructor(private readonly suffix: string) {}
  resourceName(base: string): string {
    return `${base}-${this.suffix}`;
  }
}
const naming = new Naming(environmentSuffix);
new aws.sqs.Queue(`named-${environmentSuffix}`, { name: naming.resourceName('jobs') });
// DMS finds its service role by this exact name.
new aws.iam.Role(`dms-vpc-role-${environmentSuffix}`, { name: 'dms-vpc-role', assumeRolePolicy: '{}' });
// Names that only need to be unique within their (suffixed) bucket, not in the account.
const data = new aws.s3.BucketV2(`data-${environmentSuffix}`, { bucket: `acme-data-${environmentSuffix}` });
new aws.s3.BucketIntelligentTieringConfiguration(`tiering-${environmentSuffix}`, { bucket: data.id, name: 'EntireBucket', tierings: [{ accessTier: 'ARCHIVE_ACCESS', days: 90 }] });
new aws.s3.Inventory(`inventory-${environmentSuffix}`, { bucket: data.id, name: 'EntireBucketDaily', includedObjectVersions: 'All', schedule: { frequency: 'Daily' }, destination: { bucket: { format: 'CSV', bucketArn: data.arn } } });
new aws.s3.AnalyticsConfiguration(`analytics-${environmentSuffix}`, { bucket: data.id, name: 'EntireBucket' });
new aws.s3.BucketMetric(`metrics-${environmentSuffix}`, { bucket: data.id, name: 'EntireBucket' });

// --- unknown
function makeQueue(name: string) {
  return new aws.sqs.Queue(name, { name });
}
makeQueue(config.require('queueName'));
