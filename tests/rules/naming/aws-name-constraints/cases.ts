import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as random from '@pulumi/random';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const project = config.get('project') || 'product-catalog-service-api';
const vpcId = config.require('vpcId');
const caller = aws.getCallerIdentity({});
const accountId = caller.then((c) => c.accountId);
const currentRegion = aws.getRegion({});

// --- bad
new aws.s3.BucketV2('audit', {
  bucket: `PaymentAuditLogs-${environmentSuffix}`, // error: [naming/aws-name-constraints]
});
new aws.lb.LoadBalancer('alb', {
  name: `product-catalog-api-load-balancer-${environmentSuffix}`, // error: [naming/aws-name-constraints]
  loadBalancerType: 'application',
});
new aws.lb.TargetGroup('tg', {
  name: `${project}-tg-${environmentSuffix}`, // error: [naming/aws-name-constraints]
  port: 80,
  protocol: 'HTTP',
  vpcId,
});
new aws.ec2.SecurityGroup('ssh', { name: `sg-ssh-${environmentSuffix}`, vpcId }); // error: [naming/aws-name-constraints]
new aws.rds.Instance('db', {
  identifier: 'OrdersDatabase', // error: [naming/aws-name-constraints]
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
});
new aws.lb.LoadBalancer('product-catalog-application-lb', { loadBalancerType: 'application' }); // error: [naming/aws-name-constraints]
new aws.sqs.Queue('orders', { name: 'orders-queue', fifoQueue: true }); // error: [naming/aws-name-constraints]
new aws.s3.BucketV2('my_bucket_for_logs'); // error: [naming/aws-name-constraints]
const stack = pulumi.getStack();
new aws.s3.BucketV2('artifacts', {
  bucket: `${pulumi.getProject()}-artifacts-${stack}`, // error: [naming/aws-name-constraints]
});
new aws.s3.Bucket('reports', { bucket: 'reports-' + stack.trim() }); // error: [naming/aws-name-constraints]
new aws.s3.BucketV2('prefixed', { bucketPrefix: pulumi.interpolate`${stack}-` }); // error: [naming/aws-name-constraints]
new aws.rds.Cluster('aurora', {
  clusterIdentifier: `aurora-${stack}`, // error: [naming/aws-name-constraints]
  engine: 'aurora-postgresql',
});
new aws.ec2.SecurityGroup(`sg-${environmentSuffix}`, { vpcId }); // error: [naming/aws-name-constraints]
new aws.lb.TargetGroup(`payment-app-blue-tg-${environmentSuffix}`, { port: 80, protocol: 'HTTP', vpcId }); // error: [naming/aws-name-constraints]
new aws.lb.LoadBalancer('dr-alb', { name: `dr-alb-us-east-1-primary-${environmentSuffix}` }); // error: [naming/aws-name-constraints]
new aws.elasticache.ReplicationGroup('sessions', {
  replicationGroupId: `payment-sessions-redis-replication-group-${environmentSuffix}`, // error: [naming/aws-name-constraints]
  description: 'sessions',
});
new aws.opensearch.Domain('logs', { domainName: `Audit-Logs-${environmentSuffix}` }); // error: [naming/aws-name-constraints]
new aws.kms.Alias('key-alias', { name: `payments-key-${environmentSuffix}`, targetKeyId: 'k' }); // error: [naming/aws-name-constraints]
new aws.cognito.UserPoolDomain('auth', { domain: `cognito-auth-${environmentSuffix}`, userPoolId: 'p' }); // error: [naming/aws-name-constraints]
new aws.sns.Topic('events-topic', { name: `events-${environmentSuffix}`, fifoTopic: true }); // error: [naming/aws-name-constraints]
new aws.ecr.Repository('repo', { name: `PaymentService-${environmentSuffix}` }); // error: [naming/aws-name-constraints]
class Cache extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:cache:Cache', name, {}, opts);
    new aws.elasticache.Cluster(`${name}-memcached-cluster-for-sessions`, { engine: 'memcached', nodeType: 'cache.t3.micro' }, { parent: this }); // error: [naming/aws-name-constraints]
  }
}
new Cache('payment-platform');

// A database name takes letters, digits and underscores; a load balancer prefix at most 6 characters.
new aws.rds.Instance('orders-db', { engine: 'postgres', instanceClass: 'db.t3.micro', dbName: 'orders-db' }); // error: [naming/aws-name-constraints]
new aws.rds.Cluster('orders-cluster', { engine: 'aurora-mysql', databaseName: `orders-${stack}` }); // error: [naming/aws-name-constraints]
new aws.lb.LoadBalancer('prefixed', { namePrefix: 'orders-' }); // error: [naming/aws-name-constraints]
// SSM: a path starts with `/`, and `aws`/`ssm` prefixes are reserved.
new aws.ssm.Parameter('db-host', { name: `app/${stack}/db-host`, type: 'String', value: 'db' }); // error: [naming/aws-name-constraints]
new aws.ssm.Parameter('reserved', { name: 'ssm-app-config', type: 'String', value: 'x' }); // error: [naming/aws-name-constraints]

new aws.cloudwatch.Dashboard('ops', { dashboardName: `Payments Overview ${stack}`, dashboardBody: '{}' }); // error: [naming/aws-name-constraints]
new aws.elasticbeanstalk.Environment('payments-web-environment-with-blue-green', { application: 'payments' }); // error: [naming/aws-name-constraints]

// The guard decides on the known prefix, and keeps the name without `alias/`.
const keyName = `payments-${stack}`; // error: [naming/aws-name-constraints]
new aws.kms.Alias('alias-wrong-guard', { name: keyName.startsWith('payments-') ? keyName : `alias/${keyName}`, targetKeyId: 'k' });

// Service ids with their own limits: DAX 20, MQ 50, CloudTrail adjacent separators, snapshot ids.
new aws.dax.Cluster('sessions-dax', {
  clusterName: `checkout-sessions-${environmentSuffix}`, // error: [naming/aws-name-constraints]
  iamRoleArn: config.require('daxRoleArn'),
  nodeType: 'dax.t3.small',
  replicationFactor: 1,
});
new aws.mq.Broker('orders-broker', {
  brokerName: `orders broker ${environmentSuffix}`, // error: [naming/aws-name-constraints]
  engineType: 'ActiveMQ',
  engineVersion: '5.18',
  hostInstanceType: 'mq.t3.micro',
  users: [],
});
new aws.cloudtrail.Trail('audit-trail', { name: `audit--trail-${environmentSuffix}`, s3BucketName: config.require('trailBucket') }); // error: [naming/aws-name-constraints]
new aws.rds.Instance('reporting-db', {
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  finalSnapshotIdentifier: `reporting_db_final_${environmentSuffix}`, // error: [naming/aws-name-constraints]
});
new aws.elasticache.SubnetGroup('cache-subnets', { name: `cache_subnets_${environmentSuffix}`, subnetIds: [] }); // error: [naming/aws-name-constraints]
new aws.iam.Role('ops-role', { path: '/service-roles', assumeRolePolicy: '{}' }); // error: [naming/aws-name-constraints]
new aws.lambda.Alias('numeric-alias', { name: '2', functionName: config.require('fn'), functionVersion: '2' }); // error: [naming/aws-name-constraints]
new aws.ssm.Document('amazon-doc', { name: 'AmazonRestartService', documentType: 'Command', content: '{}' }); // error: [naming/aws-name-constraints]

// Parts of a known size: the account id is 12 digits, a region name at least 9 characters.
new aws.s3.BucketV2('audit-by-account', {
  bucket: pulumi.interpolate`financial-transaction-audit-trail-logs-${accountId}-${currentRegion.then((r) => r.name)}-archive`, // error: [naming/aws-name-constraints]
});
// A random string keeps uppercase letters and special characters unless they are turned off.
const bucketSuffix = new random.RandomString('bucket-suffix', { length: 8 });
new aws.s3.BucketV2('random-suffixed', {
  bucket: pulumi.interpolate`artifacts-${bucketSuffix.result}`, // error: [naming/aws-name-constraints]
});
const mixedCase = new random.RandomString('mixed-suffix', { length: 6, special: false });
new aws.rds.Instance('random-id-db', {
  identifier: pulumi.interpolate`orders-${mixedCase.result}`, // error: [naming/aws-name-constraints]
  engine: 'mysql',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  manageMasterUserPassword: true,
  username: 'dbadmin',
});
// The literal parts of a logical name and Pulumi's 8 characters already exceed 32.
new aws.lb.TargetGroup(`${project}-payment-processing-blue-tg`, { port: 80, protocol: 'HTTP', vpcId }); // error: [naming/aws-name-constraints]

// --- clean
new aws.dax.Cluster('menu-dax', { clusterName: `menu-${environmentSuffix}`, iamRoleArn: config.require('daxRoleArn'), nodeType: 'dax.t3.small', replicationFactor: 1 });
new aws.mq.Broker('jobs-broker', { brokerName: `jobs_broker-${environmentSuffix}`, engineType: 'RabbitMQ', engineVersion: '3.13', hostInstanceType: 'mq.t3.micro', users: [] });
new aws.cloudtrail.Trail('org-trail', { name: `org-trail-${environmentSuffix}`, s3BucketName: config.require('trailBucket') });
new aws.rds.Instance('ledger-db', { engine: 'postgres', instanceClass: 'db.t3.micro', skipFinalSnapshot: false, finalSnapshotIdentifier: `ledger-final-${environmentSuffix}` });
new aws.iam.Role('svc-role', { path: '/service-roles/', assumeRolePolicy: '{}' });
new aws.lambda.Alias('live-alias', { name: 'live', functionName: config.require('fn'), functionVersion: '$LATEST' });
new aws.ecs.TaskDefinition('api-task', { family: `api-${environmentSuffix}`, containerDefinitions: '[]' });
new aws.ec2.SecurityGroup(`web-${environmentSuffix}`, { vpcId });
new aws.lb.TargetGroup(`blue-tg-${environmentSuffix}`, { port: 80, protocol: 'HTTP', vpcId });
new aws.elasticache.ReplicationGroup('redis', { replicationGroupId: `sessions-${environmentSuffix}`, description: 'sessions' });
new aws.kms.Alias('alias-ok', { name: `alias/payments-${environmentSuffix}`, targetKeyId: 'k' });
// A prefix guard on a partly-known name takes its one real branch.
const aliasName = (n: string) => (n.startsWith('alias/') ? n : `alias/${n}`);
new aws.kms.Alias('alias-guarded', { name: aliasName(`application-${stack}`), targetKeyId: 'k' });
new aws.cognito.UserPoolDomain('auth-ok', { domain: `payments-auth-${environmentSuffix}`, userPoolId: 'p' });
new aws.cognito.UserPoolDomain('custom-domain', { domain: 'auth.payments.example.org', userPoolId: 'p', certificateArn: 'c' });
new aws.sns.Topic('events-fifo', { name: `events-${environmentSuffix}.fifo`, fifoTopic: true });
new aws.lb.TargetGroup('sliced-tg', { name: `tg-${environmentSuffix.slice(0, 20)}`, port: 80, protocol: 'HTTP', vpcId });
new aws.s3.BucketV2('logs', { bucket: `payment-audit-logs-${environmentSuffix}` });
new aws.lb.LoadBalancer('api-alb', { name: `api-alb-${environmentSuffix}`, loadBalancerType: 'application' });
new aws.lb.TargetGroup('api-tg', { port: 80, protocol: 'HTTP', vpcId });
new aws.ec2.SecurityGroup('web', { name: `web-sg-${environmentSuffix}`, vpcId });
new aws.sqs.Queue('events', { name: `events-${environmentSuffix}.fifo`, fifoQueue: true });
new aws.dynamodb.Table('Orders', { name: `Orders-${environmentSuffix}`, hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
new aws.iam.Role('lambda-role', { assumeRolePolicy: '{}' });
new aws.s3.BucketV2('artifacts-lower', { bucket: `${pulumi.getProject().toLowerCase()}-artifacts-${stack.toLowerCase()}` });
new aws.s3.BucketV2('whole-lower', { bucket: `${pulumi.getProject()}-artifacts-${stack}`.toLowerCase() });
new aws.s3.BucketV2('locale-lower', { bucket: `artifacts-${stack.replace(/_/g, '-').toLocaleLowerCase()}` });
new aws.sqs.Queue('stack-queue', { name: `${pulumi.getProject()}-jobs-${stack}` });
const literalStack = 'dev';
new aws.s3.BucketV2('literal', { bucket: `artifacts-${literalStack}` });

new aws.rds.Instance('orders-db-ok', { engine: 'postgres', instanceClass: 'db.t3.micro', dbName: 'orders_db' });
new aws.lb.LoadBalancer('prefixed-ok', { namePrefix: 'ord-' });
new aws.ssm.Parameter('db-host-ok', { name: `/app/${stack}/db-host`, type: 'String', value: 'db' });
new aws.ssm.Parameter('flat-ok', { name: 'app-config', type: 'String', value: 'x' });

new aws.cloudwatch.Dashboard('ops-ok', { dashboardName: `payments-overview-${stack}`, dashboardBody: '{}' });

const lowerSuffix = new random.RandomString('lower-suffix', { length: 8, special: false, upper: false });
new aws.s3.BucketV2('random-ok', { bucket: pulumi.interpolate`artifacts-${lowerSuffix.result}` });
new aws.s3.BucketV2('account-ok', { bucket: pulumi.interpolate`audit-${accountId}-${currentRegion.then((r) => r.name)}` });
new aws.lb.LoadBalancer('random-alb-ok', { name: pulumi.interpolate`api-${mixedCase.result}`, loadBalancerType: 'application' });
const shortId = new random.RandomId('short-id', { byteLength: 4 });
new aws.lb.TargetGroup('hex-ok', { name: pulumi.interpolate`api-tg-${shortId.hex}`, port: 80, protocol: 'HTTP', vpcId });

// --- unknown
new aws.rds.Proxy('pool', { name: config.require('proxyName'), engineFamily: 'POSTGRESQL', roleArn: 'arn', vpcSubnetIds: [], auths: [] });
new aws.lambda.LayerVersion('deps', { layerName: `${config.require('layerPrefix')}-deps`, code: new pulumi.asset.FileArchive('layer.zip') });
new aws.lb.LoadBalancer('configured', { name: config.require('albName') });
const env = config.get('env') || stack;
new aws.s3.BucketV2('configured-env', { bucket: `data-${env}` });
new aws.s3.BucketV2('branch', { bucket: config.getBoolean('shared') ? `data-${stack}` : `data-${stack.toLowerCase()}` });
export function bucketFor(team: string) {
  return new aws.s3.BucketV2(`bucket-${team}`, { bucket: `${team}-data` });
}
new aws.ssm.Parameter('configured-param', { name: config.require('parameterName'), type: 'String', value: 'x' });
new aws.rds.Instance('configured-db', { engine: 'postgres', instanceClass: 'db.t3.micro', dbName: config.require('dbName') });
const configuredUpper = new random.RandomString('configured-suffix', { length: 8, special: false, upper: config.getBoolean('upper') });
new aws.s3.BucketV2('random-configured', { bucket: pulumi.interpolate`artifacts-${configuredUpper.result}` });
const configuredLength = new random.RandomString('configured-length', { length: config.requireNumber('len'), special: false, upper: false });
new aws.lb.LoadBalancer('random-length', { name: pulumi.interpolate`product-catalog-api-${configuredLength.result}`, loadBalancerType: 'application' });
new aws.lb.TargetGroup(`${config.require('tgLogical')}-tg`, { port: 80, protocol: 'HTTP', vpcId });
