import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/app';
const code = new pulumi.asset.FileArchive('./app');
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const publicSubnet = new aws.ec2.Subnet('public', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
const eip = new aws.ec2.Eip('nat', { domain: 'vpc' });
const bucket = new aws.s3.BucketV2('uploads');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const s3Invoke = new aws.lambda.Permission('s3-invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });
const alb = new aws.lb.LoadBalancer('alb', { subnets: [publicSubnet.id] });
const tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: vpc.id, targetType: 'ip' });
const listener = new aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
const cluster = new aws.ecs.Cluster('cluster');
const api = new aws.apigateway.RestApi('api');
const method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const integration = new aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: fn.invokeArn });

// --- bad
new aws.s3.BucketNotification('uploads', { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] }); // error: [pulumi/missing-ordering-dependency]
new aws.ecs.Service('svc', { // error: [pulumi/missing-ordering-dependency]
  cluster: cluster.arn,
  taskDefinition: 'app:1',
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 80 }],
}, { dependsOn: [alb] });
const igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });
new aws.ec2.NatGateway('nat', { subnetId: publicSubnet.id, allocationId: eip.id }); // error: [pulumi/missing-ordering-dependency]
new aws.apigateway.Deployment('deployment', { restApi: api.id }); // error: [pulumi/missing-ordering-dependency]

const configRole = new aws.iam.Role('config', { assumeRolePolicy: '{}' });
const recorder = new aws.cfg.Recorder('recorder', { roleArn: configRole.arn });
const channel = new aws.cfg.DeliveryChannel('channel', { s3BucketName: 'config-logs' }); // error: [pulumi/missing-ordering-dependency]
new aws.cfg.RecorderStatus('status', { name: recorder.name, isEnabled: true }); // error: [pulumi/missing-ordering-dependency]

class Network extends pulumi.ComponentResource {
  constructor(name: string, cidr: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:net:Network', name, {}, opts);
    const net = new aws.ec2.Vpc(`${name}-vpc`, { cidrBlock: cidr }, { parent: this });
    const gw = new aws.ec2.InternetGateway(`${name}-igw`, {}, { parent: this });
    const attachment = new aws.ec2.InternetGatewayAttachment(`${name}-attach`, { vpcId: net.id, internetGatewayId: gw.id }, { parent: this });
    const table = new aws.ec2.RouteTable(`${name}-rt`, { vpcId: net.id }, { parent: this });
    new aws.ec2.Route(`${name}-default`, { routeTableId: table.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: gw.id }, { parent: this }); // error: [pulumi/missing-ordering-dependency]
    const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`${name}-public-${i}`, { vpcId: net.id, cidrBlock: `10.1.${i}.0/24` }, { parent: this }));
    for (const [i, s] of subnets.entries()) {
      const ip = new aws.ec2.Eip(`${name}-nat-${i}`, { domain: 'vpc' }, { parent: this });
      new aws.ec2.NatGateway(`${name}-nat-${i}`, { subnetId: s.id, allocationId: ip.id }, { parent: this }); // error: [pulumi/missing-ordering-dependency]
    }
    this.registerOutputs({ vpcId: net.id, attachment: attachment.id });
  }
}
new Network('edge', '10.1.0.0/16');

function functionWithLogs(name: string): aws.lambda.Function {
  new aws.cloudwatch.LogGroup(`${name}-logs`, { name: `/aws/lambda/${name}-${pulumi.getStack()}`, retentionInDays: 14 });
  return new aws.lambda.Function(name, { name: `${name}-${pulumi.getStack()}`, runtime: 'nodejs22.x', handler: 'index.handler', role, code }); // error: [pulumi/missing-ordering-dependency]
}
functionWithLogs('worker');

const stage = config.require('stage');
const channel2 = new aws.cfg.DeliveryChannel('channel-2', { name: `channel-${stage}`, s3BucketName: 'config-logs' });
const recorder2 = new aws.cfg.Recorder('recorder-2', { name: `rec-${stage}`, roleArn: configRole.arn }, { dependsOn: [channel2] }); // error: [pulumi/missing-ordering-dependency]

new aws.cfg.Rule('versioning', { source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' } }); // error: [pulumi/missing-ordering-dependency]
const trailBucket = new aws.s3.BucketV2('trail-logs');
const trailPolicy = new aws.s3.BucketPolicy('trail-logs', { bucket: trailBucket.id, policy: trailBucket.arn.apply((a) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: `${a}/*` }] })) });
new aws.cloudtrail.Trail('trail', { s3BucketName: trailBucket.id }); // error: [pulumi/missing-ordering-dependency]
new aws.lb.LoadBalancer('logged', { subnets: [publicSubnet.id], accessLogs: { bucket: trailBucket.bucket, enabled: true } }); // error: [pulumi/missing-ordering-dependency]
const source = new aws.s3.BucketV2('source');
const sourceVersioning = new aws.s3.BucketVersioningV2('source', { bucket: source.id, versioningConfiguration: { status: 'Enabled' } });
new aws.s3.BucketReplicationConfig('replication', { bucket: source.id, role: role, rules: [{ status: 'Enabled', destination: { bucket: 'arn:aws:s3:::replica' } }] }); // error: [pulumi/missing-ordering-dependency]
const shipper = new aws.lambda.Function('shipper', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const logsInvoke = new aws.lambda.Permission('logs-invoke', { action: 'lambda:InvokeFunction', function: shipper.name, principal: pulumi.interpolate`logs.${aws.getRegionOutput().name}.amazonaws.com` });
const appLogs = new aws.cloudwatch.LogGroup('app-logs', { retentionInDays: 14 });
// The provider retries a subscription filter and a rotation until the permission exists: not reported.
new aws.cloudwatch.LogSubscriptionFilter('ship', { logGroup: appLogs.name, filterPattern: '', destinationArn: shipper.arn });
const rotator = new aws.lambda.Function('rotator', { runtime: 'python3.13', handler: 'index.handler', role, code });
const rotateInvoke = new aws.lambda.Permission('rotate-invoke', { action: 'lambda:InvokeFunction', function: rotator.name, principal: 'secretsmanager.amazonaws.com' });
const secret = new aws.secretsmanager.Secret('db');
new aws.secretsmanager.SecretRotation('db', { secretId: secret.id, rotationLambdaArn: rotator.arn, rotationRules: { automaticallyAfterDays: 30 } });
const apiAccount = new aws.apigateway.Account('account', { cloudwatchRoleArn: role });
new aws.apigateway.Stage('prod', { restApi: api.id, deployment: 'd-1', stageName: 'prod', accessLogSettings: { destinationArn: appLogs.arn, format: '$context.requestId' } }); // error: [pulumi/missing-ordering-dependency]

// --- clean
new aws.s3.BucketNotification('uploads-ok', { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] }, { dependsOn: [s3Invoke] });
new aws.ecs.Service('svc-ok', {
  cluster: cluster.arn,
  taskDefinition: 'app:1',
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 80 }],
}, { dependsOn: [listener] });
new aws.ec2.NatGateway('nat-ok', { subnetId: publicSubnet.id, allocationId: eip.id }, { dependsOn: [igw] });
new aws.ec2.NatGateway('nat-private', { subnetId: publicSubnet.id, connectivityType: 'private' });
new aws.apigateway.Deployment('deployment-ok', { restApi: api.id, triggers: { redeploy: pulumi.interpolate`${method.id}-${integration.id}` } });
new aws.apigateway.Deployment('deployment-ok-2', { restApi: api.id }, { dependsOn: [method, integration] });

class Api extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:api:Api', name, {}, opts);
    this.api = new aws.apigateway.RestApi(`${name}-api`, {}, { parent: this });
    const m = new aws.apigateway.Method(`${name}-get`, { restApi: this.api.id, resourceId: this.api.rootResourceId, httpMethod: 'POST', authorization: 'NONE' }, { parent: this });
    new aws.apigateway.Integration(`${name}-get`, { restApi: this.api.id, resourceId: this.api.rootResourceId, httpMethod: m.httpMethod, type: 'MOCK' }, { parent: this });
    this.registerOutputs({});
  }
  public readonly api: aws.apigateway.RestApi;
}
const routes = new Api('routes');
new aws.apigateway.Deployment('deployment-ok-3', { restApi: routes.api.id }, { dependsOn: [routes] });

const logs = new aws.cloudwatch.LogGroup('api-logs', { name: '/aws/lambda/api', retentionInDays: 14 });
new aws.lambda.Function('api', { name: 'api', runtime: 'nodejs22.x', handler: 'index.handler', role, code }, { dependsOn: [logs] });
const named = new aws.lambda.Function('named', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.cloudwatch.LogGroup('named-logs', { name: pulumi.interpolate`/aws/lambda/${named.name}`, retentionInDays: 14 });

const okRole = new aws.iam.Role('config-ok', { assumeRolePolicy: '{}' });
const provider = new aws.Provider('west', { region: 'us-west-2' });
const westRecorder = new aws.cfg.Recorder('recorder-west', { roleArn: okRole.arn }, { provider });
const westChannel = new aws.cfg.DeliveryChannel('channel-west', { s3BucketName: 'config-logs' }, { provider, dependsOn: [westRecorder] });
new aws.cfg.RecorderStatus('status-west', { name: westRecorder.name, isEnabled: true }, { provider, dependsOn: [westChannel] });

new aws.cfg.Rule('versioning-ok', { source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' } }, { dependsOn: [recorder, recorder2] });
new aws.cloudtrail.Trail('trail-ok', { s3BucketName: trailBucket.id }, { dependsOn: [trailPolicy] });
new aws.lb.LoadBalancer('unlogged', { subnets: [publicSubnet.id], accessLogs: { bucket: trailBucket.bucket, enabled: false } });
new aws.s3.BucketReplicationConfig('replication-ok', { bucket: source.id, role: role, rules: [{ status: 'Enabled', destination: { bucket: 'arn:aws:s3:::replica' } }] }, { dependsOn: [sourceVersioning] });
new aws.cloudwatch.LogSubscriptionFilter('ship-ok', { logGroup: appLogs.name, filterPattern: '', destinationArn: shipper.arn }, { dependsOn: [logsInvoke] });
new aws.cloudwatch.LogSubscriptionFilter('to-stream', { logGroup: appLogs.name, filterPattern: '', destinationArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/logs', roleArn: role });
new aws.secretsmanager.SecretRotation('db-ok', { secretId: secret.id, rotationLambdaArn: rotator.arn, rotationRules: { automaticallyAfterDays: 30 } }, { dependsOn: [rotateInvoke] });
new aws.apigateway.Stage('prod-ok', { restApi: api.id, deployment: 'd-1', stageName: 'prod', accessLogSettings: { destinationArn: appLogs.arn, format: '$context.requestId' } }, { dependsOn: [apiAccount] });
new aws.apigateway.Stage('quiet', { restApi: api.id, deployment: 'd-1', stageName: 'quiet' });

// --- unknown
declare const extra: pulumi.Resource[];
declare const baseOpts: pulumi.CustomResourceOptions;
new aws.s3.BucketNotification('uploads-u', { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] }, { dependsOn: extra });
new aws.ecs.Service('svc-u', {
  cluster: cluster.arn,
  taskDefinition: 'app:1',
  loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 80 }],
}, { ...baseOpts });
new aws.ec2.NatGateway('nat-u', { subnetId: config.require('subnetId'), allocationId: eip.id });

new aws.cfg.Rule('versioning-u', { source: { owner: 'AWS', sourceIdentifier: 'S3_BUCKET_VERSIONING_ENABLED' } }, { dependsOn: extra });
new aws.cloudtrail.Trail('trail-u', { s3BucketName: config.require('trailBucket') });

export const vpcId = vpc.id;

// Public website buckets: the policy and ACLs are accepted only after the settings that allow them.
function website(name: string, waitForSettings: boolean) {
  const site = new aws.s3.BucketV2(`${name}-site`);
  const openAccess = new aws.s3.BucketPublicAccessBlock(`${name}-site`, { bucket: site.id, blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false });
  const ownership = new aws.s3.BucketOwnershipControls(`${name}-site`, { bucket: site.id, rule: { objectOwnership: 'BucketOwnerPreferred' } });
  const opts = waitForSettings ? { dependsOn: [openAccess, ownership] } : {};
  new aws.s3.BucketPolicy(`${name}-site`, { // error: [pulumi/missing-ordering-dependency]
    bucket: site.id,
    policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: pulumi.interpolate`${site.arn}/*` }] }),
  }, opts);
  new aws.s3.BucketAclV2(`${name}-site`, { bucket: site.id, acl: 'public-read' }, opts); // error: [pulumi/missing-ordering-dependency] error: [pulumi/missing-ordering-dependency]
  return site;
}

// --- bad
website('docs', false);

// --- clean
website('blog', true);
// A private ACL and a policy limited to one account need neither setting.
const reports = new aws.s3.BucketV2('reports');
new aws.s3.BucketPublicAccessBlock('reports', { bucket: reports.id, blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: true });
new aws.s3.BucketAclV2('reports', { bucket: reports.id, acl: 'private' });
new aws.s3.BucketPolicy('reports', { bucket: reports.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject', Resource: pulumi.interpolate`${reports.arn}/*` }] }) });

// --- unknown
// The policy document comes from configuration.
const media = new aws.s3.BucketV2('media');
new aws.s3.BucketPublicAccessBlock('media', { bucket: media.id, blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false });
new aws.s3.BucketPolicy('media', { bucket: media.id, policy: config.require('mediaPolicy') });
