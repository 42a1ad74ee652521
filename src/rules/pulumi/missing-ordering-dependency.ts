import { resourcesIn, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { waitsFor, type Waits } from '../_shared/dependencies.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { FUNCTION, LOG_GROUP, logGroupFor, segments } from '../_shared/lambda-log-groups.js';
import { functionOf } from '../_shared/lambda-permissions.js';
import { resourceLabel } from '../_shared/labels.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, bool, items, keySpan, str, stringParts } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const PERMISSION = 'aws:lambda/permission:Permission';
const TOPIC_POLICY = 'aws:sns/topicPolicy:TopicPolicy';
const QUEUE_POLICY = 'aws:sqs/queuePolicy:QueuePolicy';
const ECS_SERVICE = 'aws:ecs/service:Service';
const LISTENERS = new Set(['aws:lb/listener:Listener', 'aws:alb/listener:Listener', 'aws:lb/listenerRule:ListenerRule', 'aws:alb/listenerRule:ListenerRule']);
const RECORDER = 'aws:cfg/recorder:Recorder';
/** CloudFormation's name for the recorder, which answers often use for the Pulumi class. */
const RECORDER_ALIAS = 'aws:cfg/configurationRecorder:ConfigurationRecorder';
const DELIVERY_CHANNEL = 'aws:cfg/deliveryChannel:DeliveryChannel';
const RECORDER_STATUS = 'aws:cfg/recorderStatus:RecorderStatus';
const REST_DEPLOYMENT = 'aws:apigateway/deployment:Deployment';
const REST_INTEGRATION = 'aws:apigateway/integration:Integration';
const HTTP_DEPLOYMENT = 'aws:apigatewayv2/deployment:Deployment';
const HTTP_ROUTE = 'aws:apigatewayv2/route:Route';
const NAT_GATEWAY = 'aws:ec2/natGateway:NatGateway';
const SUBNET = 'aws:ec2/subnet:Subnet';
const INTERNET_GATEWAY = 'aws:ec2/internetGateway:InternetGateway';
const GATEWAY_ATTACHMENT = 'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment';
const ROUTE = 'aws:ec2/route:Route';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
const CONFIG_RULE = 'aws:cfg/rule:Rule';
const TRAIL = 'aws:cloudtrail/trail:Trail';
const BUCKET_POLICY = 'aws:s3/bucketPolicy:BucketPolicy';
const LOAD_BALANCERS = new Set(['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer']);
const REPLICATION = 'aws:s3/bucketReplicationConfig:BucketReplicationConfig';
const VERSIONING = new Set(['aws:s3/bucketVersioningV2:BucketVersioningV2', 'aws:s3/bucketVersioning:BucketVersioning']);
const REST_STAGE = 'aws:apigateway/stage:Stage';
const APIGW_ACCOUNT = 'aws:apigateway/account:Account';
const BUCKET_ACLS = new Set(['aws:s3/bucketAclV2:BucketAclV2', 'aws:s3/bucketAcl:BucketAcl']);
const OWNERSHIP_CONTROLS = 'aws:s3/bucketOwnershipControls:BucketOwnershipControls';
const ACCESS_BLOCK = 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock';
const ROLE = 'aws:iam/role:Role';
const ROLE_PERMISSIONS = new Set(['aws:iam/rolePolicyAttachment:RolePolicyAttachment', 'aws:iam/rolePolicy:RolePolicy']);
/** EKS resources that run with a role, and the argument naming it. */
const EKS_ROLES: Record<string, { role: string; what: string; failure: string }> = {
  'aws:eks/cluster:Cluster': { role: 'roleArn', what: 'EKS cluster', failure: 'the control plane may be created before AmazonEKSClusterPolicy is attached' },
  'aws:eks/nodeGroup:NodeGroup': { role: 'nodeRoleArn', what: 'EKS node group', failure: 'its nodes may start before the worker, CNI and ECR policies are attached and fail to join the cluster' },
  'aws:eks/fargateProfile:FargateProfile': { role: 'podExecutionRoleArn', what: 'EKS Fargate profile', failure: 'pods may be scheduled before the pod execution policy is attached and fail to pull their images' },
};

/**
 * Services that invoke a function while the resource that wires them to it is being created, and so
 * reject that resource when the function's permission for them does not exist yet: the resource
 * type, the argument holding the function, the service's principal and the wording for messages.
 * (Log subscription filters and secret rotations check too, but the provider retries them until the
 * permission exists, so they are not paired.)
 */
type Invoker = { fn: string; principal: RegExp; prefix: string; service: string; what: string };
const ELB_INVOKE: Invoker = { fn: 'targetId', principal: /^elasticloadbalancing\.amazonaws\.com$/, prefix: 'elasticloadbalancing.', service: 'Elastic Load Balancing', what: 'The target group attachment' };
const INVOKED_AT_CREATION: Record<string, Invoker> = {
  'aws:lb/targetGroupAttachment:TargetGroupAttachment': ELB_INVOKE,
  'aws:alb/targetGroupAttachment:TargetGroupAttachment': ELB_INVOKE,
};

type Pair = { messageId: string; severity?: 'critical' | 'high' | 'medium' | 'low'; data?: Record<string, string> };

/** Names of resources for a message: the first three, then a count. */
function names(rs: Resource[]): string {
  const shown = [...new Set(rs.slice(0, 3).map(resourceLabel))].join(', ');
  return rs.length > 3 ? `${shown} and ${rs.length - 3} more` : shown;
}

/** Do the two resources go to the same provider (region/account), as far as can be told? */
function sameProvider(a: Resource, b: Resource): boolean {
  return a.provider === 'unknown' || b.provider === 'unknown' || a.provider === b.provider;
}

/**
 * Check that `from` waits for one of `needed`; report when it waits for none of them, unless the
 * author did name one of them in a misplaced `dependsOn` argument (reported by depends-on-in-args).
 */
function expect(ctx: RuleContext, from: Resource, candidates: Resource[], pair: Pair): void {
  // One that already waits for `from` (a policy naming the trail's ARN) cannot be waited for: the
  // cycle is a different mistake, and adding the dependency would not fix it.
  const needed = candidates.filter((n) => waitsFor(ctx.model, n, (id) => id === from.id) !== 'yes');
  if (needed.length === 0) return;
  const ids = new Set(needed.map((r) => r.id));
  if (waitsFor(ctx.model, from, (id) => ids.has(id)) !== 'no') return;
  const misplaced = from.args.props.get('dependsOn');
  if (misplaced && [...resourcesIn([misplaced])].some((id) => ids.has(id))) return;
  if (misplaced && misplaced.kind === 'list' && misplaced.items.some((x) => x.kind === 'ext' || (x.kind === 'obj' && x.cls))) return;
  ctx.report({ messageId: pair.messageId, data: { name: resourceLabel(from), needed: names(needed), ...pair.data }, resource: from, ...(pair.severity ? { severity: pair.severity } : {}) });
}

/** The values of `key` in the objects of a list argument (`lambdaFunctions[].lambdaFunctionArn`). */
function listValues(r: Resource, list: string, key: string): Value[] {
  return (items(arg(r, list))?.items ?? []).flatMap((x) => (x.kind === 'obj' && x.props.get(key) ? [x.props.get(key)!] : []));
}

/** A permission whose function is the notification's, or may be (one side is not resolved). */
function mayTarget(model: ResourceModel, permission: Resource, fnValue: Value): boolean {
  const fn = functionOf(model, fnValue);
  const targetValue = arg(permission, 'function');
  const target = functionOf(model, targetValue);
  if (fn && target) return fn.id === target.id;
  const literal = str(targetValue);
  if (fn && literal !== undefined) return literal === str(arg(fn, 'name'));
  return true;
}

/**
 * The invoke permissions for `principal` that may be the ones for the functions in `fns`. A
 * principal whose text is partly unknown counts when its known start names the service
 * (`logs.${region}.amazonaws.com`).
 */
function permissionsFor(model: ResourceModel, near: Resource, fns: Value[], principal: RegExp, service: string): Resource[] {
  if (fns.length === 0) return [];
  const grants = (p: Resource) => {
    const v = arg(p, 'principal');
    const known = str(v);
    if (known !== undefined) return principal.test(known);
    const first = stringParts(v?.kind === 'output' && v.resource === undefined ? v.inner : v)?.[0];
    return typeof first === 'string' && first.startsWith(service);
  };
  return model.resources.filter((p) => p.type === PERMISSION && sameProvider(p, near) && grants(p) && fns.some((f) => mayTarget(model, p, f)));
}

function checkNotification(ctx: RuleContext, n: Resource): void {
  const model = ctx.model;
  const forFns = permissionsFor(model, n, listValues(n, 'lambdaFunctions', 'lambdaFunctionArn'), /^s3\.amazonaws\.com$/, 's3.');
  expect(ctx, n, forFns, { messageId: 'notificationPermission', severity: 'high' });
  const policies = (type: string, attr: string, list: string, key: string) => {
    const targets = listValues(n, list, key).map((v) => referencedResource(model, v)).filter((r): r is Resource => !!r);
    return model.resources.filter((p) => p.type === type && targets.some((t) => refersTo(model, arg(p, attr), t) === 'yes'));
  };
  expect(ctx, n, [...policies(TOPIC_POLICY, 'arn', 'topics', 'topicArn'), ...policies(QUEUE_POLICY, 'queueUrl', 'queues', 'queueArn')], { messageId: 'notificationPolicy', severity: 'high' });
}

function checkService(ctx: RuleContext, s: Resource): void {
  const groups = new Set(listValues(s, 'loadBalancers', 'targetGroupArn').flatMap((v) => [...resourcesIn([v])]));
  if (groups.size === 0) return;
  const listeners = ctx.model.resources.filter((l) => LISTENERS.has(l.type) && [...resourcesIn([l.args])].some((id) => groups.has(id)));
  expect(ctx, s, listeners, { messageId: 'serviceListener', severity: 'high' });
}

function checkConfig(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const of = (type: string) => model.resources.filter((x) => (x.type === type || (type === RECORDER && x.type === RECORDER_ALIAS)) && sameProvider(x, r));
  if (r.type === RECORDER || r.type === RECORDER_ALIAS) {
    const channels = of(DELIVERY_CHANNEL);
    const ids = new Set(channels.map((c) => c.id));
    if (channels.length && waitsFor(model, r, (id) => ids.has(id)) === 'yes') {
      ctx.report({ messageId: 'recorderAfterChannel', data: { name: resourceLabel(r), needed: names(channels) }, at: keySpan(r.opts, 'dependsOn') ?? r.opts.props.get('dependsOn')?.at, resource: r });
    }
  } else if (r.type === DELIVERY_CHANNEL) {
    // A recorder that itself waits for the channel is reported there: the fix is on the recorder.
    const recorders = of(RECORDER);
    if (recorders.some((x) => waitsFor(model, x, (id) => id === r.id) === 'yes')) return;
    expect(ctx, r, recorders, { messageId: 'channelRecorder', severity: 'high' });
  } else if (bool(arg(r, 'isEnabled')) !== false) {
    expect(ctx, r, of(DELIVERY_CHANNEL), { messageId: 'statusChannel', severity: 'high' });
  }
}

function checkDeployment(ctx: RuleContext, d: Resource): void {
  const model = ctx.model;
  const rest = d.type === REST_DEPLOYMENT;
  const api = referencedResource(model, arg(d, rest ? 'restApi' : 'apiId'));
  if (!api) return;
  const parts = model.resources.filter((x) => x.type === (rest ? REST_INTEGRATION : HTTP_ROUTE) && refersTo(model, arg(x, rest ? 'restApi' : 'apiId'), api) === 'yes');
  if (parts.length === 0) return;
  const missing = parts.filter((x) => waitsFor(model, d, (id) => id === x.id) === 'no');
  if (missing.length === 0) return;
  const misplaced = d.args.props.get('dependsOn');
  if (misplaced && misplaced.kind !== 'absent') return;
  const none = missing.length === parts.length;
  const what = rest ? 'integrations' : 'routes';
  const messageId = rest ? (none ? 'restDeployment' : 'restDeploymentPartial') : none ? 'httpDeployment' : 'httpDeploymentPartial';
  ctx.report({ messageId, data: { name: resourceLabel(d), needed: names(missing), count: String(missing.length), total: String(parts.length), what }, resource: d, severity: none ? 'high' : 'medium' });
}

/** The VPC a subnet of the program is in. */
function vpcOfSubnet(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const subnet = referencedResource(model, v);
  return subnet && subnet.type === SUBNET ? referencedResource(model, arg(subnet, 'vpcId')) : undefined;
}

/** What attaches an internet gateway to `vpc`: the attachments naming it, else the gateways created in it. */
function attachersOf(model: ResourceModel, vpc: Resource): Resource[] {
  const attachments = model.resources.filter((r) => r.type === GATEWAY_ATTACHMENT && refersTo(model, arg(r, 'vpcId'), vpc) === 'yes');
  if (attachments.length) return attachments;
  return model.resources.filter((r) => r.type === INTERNET_GATEWAY && refersTo(model, arg(r, 'vpcId'), vpc) === 'yes');
}

function checkNat(ctx: RuleContext, nat: Resource): void {
  if (str(arg(nat, 'connectivityType'))?.toLowerCase() === 'private') return;
  const vpc = vpcOfSubnet(ctx.model, arg(nat, 'subnetId'));
  if (vpc) expect(ctx, nat, attachersOf(ctx.model, vpc), { messageId: 'natGateway', severity: 'medium' });
}

/** Routes to an internet gateway that is attached by a separate InternetGatewayAttachment. */
function checkRoute(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const gateways = (r.type === ROUTE ? [arg(r, 'gatewayId')] : listValues(r, 'routes', 'gatewayId'))
    .map((v) => referencedResource(model, v))
    .filter((g): g is Resource => !!g && g.type === INTERNET_GATEWAY);
  for (const g of new Set(gateways)) {
    const attachments = model.resources.filter((a) => a.type === GATEWAY_ATTACHMENT && refersTo(model, arg(a, 'internetGatewayId'), g) === 'yes');
    expect(ctx, r, attachments, { messageId: 'routeAttachment', severity: 'medium', data: { gateway: resourceLabel(g) } });
  }
}


/** A function invoked by a service while the resource wiring them is created (subscription filter, rotation, ELB). */
function checkInvokedAtCreation(ctx: RuleContext, r: Resource): void {
  const spec = INVOKED_AT_CREATION[r.type]!;
  const fnValue = arg(r, spec.fn);
  // Only functions of the program: a subscription filter may feed Kinesis, an attachment an instance.
  if (!functionOf(ctx.model, fnValue)) return;
  const needed = permissionsFor(ctx.model, r, [fnValue!], spec.principal, spec.prefix);
  expect(ctx, r, needed, { messageId: 'invokedAtCreation', severity: 'high', data: { what: spec.what, service: spec.service } });
}

/** The bucket policies of the program bucket `v` names (`s3BucketName: bucket.id`). */
function bucketPoliciesOf(model: ResourceModel, v: Value | undefined): Resource[] {
  const bucket = referencedResource(model, v);
  if (!bucket || bucket.type === BUCKET_POLICY) return [];
  return model.resources.filter((p) => p.type === BUCKET_POLICY && refersTo(model, arg(p, 'bucket'), bucket) === 'yes');
}

/**
 * Services that check, when the resource is created, that the bucket policy lets them write to the
 * bucket: CloudTrail and load balancer access logs. (AWS Config's delivery channel checks too, but
 * the provider retries it until the policy is in place.)
 */
function checkLogBucket(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const [path, service] = r.type === TRAIL ? ['s3BucketName', 'CloudTrail'] : ['accessLogs.bucket', 'Elastic Load Balancing'];
  if (LOAD_BALANCERS.has(r.type) && bool(arg(r, 'accessLogs.enabled')) === false) return;
  const policies = bucketPoliciesOf(model, arg(r, path)).filter((p) => sameProvider(p, r));
  expect(ctx, r, policies, { messageId: 'logBucketPolicy', severity: r.type === TRAIL ? 'high' : 'medium', data: { service } });
}

/** A Config rule is evaluated by the recorder: AWS Config refuses the rule while none exists. */
function checkConfigRule(ctx: RuleContext, r: Resource): void {
  const recorders = ctx.model.resources.filter((x) => (x.type === RECORDER || x.type === RECORDER_ALIAS) && sameProvider(x, r));
  expect(ctx, r, recorders, { messageId: 'ruleRecorder', severity: 'high' });
}

/** Replication is accepted only on a bucket whose versioning is already enabled. */
function checkReplication(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const bucket = referencedResource(model, arg(r, 'bucket'));
  if (!bucket) return;
  const versioning = model.resources.filter((v) => VERSIONING.has(v.type) && refersTo(model, arg(v, 'bucket'), bucket) === 'yes' && sameProvider(v, r));
  expect(ctx, r, versioning, { messageId: 'replicationVersioning', severity: 'high' });
}

/** A REST stage that writes access logs needs the account's CloudWatch role set first. */
function checkStage(ctx: RuleContext, r: Resource): void {
  const logs = arg(r, 'accessLogSettings');
  if (!logs || logs.kind === 'absent') return;
  const accounts = ctx.model.resources.filter((a) => a.type === APIGW_ACCOUNT && sameProvider(a, r) && arg(a, 'cloudwatchRoleArn')?.kind !== 'absent');
  expect(ctx, r, accounts, { messageId: 'stageAccount', severity: 'medium' });
}

/** The bucket-level resources of `bucket` of one type (ownership controls, public access block). */
function bucketSettings(model: ResourceModel, type: string, bucket: Resource, near: Resource): Resource[] {
  return model.resources.filter((x) => x.type === type && sameProvider(x, near) && refersTo(model, arg(x, 'bucket'), bucket) === 'yes');
}

/** Public access blocks of the bucket that certainly turn `flag` off (the ones the author added to allow public access). */
function relaxedAccessBlocks(model: ResourceModel, bucket: Resource, near: Resource, flag: string): Resource[] {
  return bucketSettings(model, ACCESS_BLOCK, bucket, near).filter((b) => bool(arg(b, flag)) === false);
}

/**
 * EKS clusters, node groups and Fargate profiles get their permissions from policies attached to
 * their role by separate resources, which nothing orders: EKS does not wait for IAM, and on destroy
 * the attachments go first, so EKS can no longer delete the nodes' instances and network interfaces.
 */
function checkEksRole(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const spec = EKS_ROLES[r.type]!;
  const role = referencedResource(model, arg(r, spec.role));
  if (!role || role.type !== ROLE) return;
  const permissions = model.resources.filter((x) => ROLE_PERMISSIONS.has(x.type) && refersTo(model, arg(x, 'role'), role) === 'yes');
  expect(ctx, r, permissions, { messageId: 'eksRolePolicies', severity: 'low', data: { what: spec.what, failure: spec.failure } });
}

/**
 * A bucket ACL that grants more than `private` is accepted only once ACLs are enabled by the
 * bucket's ownership controls (new buckets disable them), and a public canned ACL only once the
 * public access block that allows public ACLs is in place (new buckets block them).
 */
function checkAcl(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const bucket = referencedResource(model, arg(r, 'bucket'));
  if (!bucket) return;
  const acl = str(arg(r, 'acl'));
  const grants = arg(r, 'accessControlPolicy');
  const widens = (acl !== undefined && acl !== 'private') || (grants !== undefined && grants.kind !== 'absent');
  if (!widens) return;
  const enabling = bucketSettings(model, OWNERSHIP_CONTROLS, bucket, r).filter((o) => ['BucketOwnerPreferred', 'ObjectWriter'].includes(str(arg(o, 'rule.objectOwnership')) ?? ''));
  expect(ctx, r, enabling, { messageId: 'aclOwnership', severity: 'high' });
  if (acl === 'public-read' || acl === 'public-read-write') expect(ctx, r, relaxedAccessBlocks(model, bucket, r, 'blockPublicAcls'), { messageId: 'publicAccessBlock', severity: 'high', data: { what: 'public ACL', flag: 'BlockPublicAcls' } });
}

/** A bucket policy granting to everyone (`Principal: "*"`, no condition) is refused while the bucket blocks public policies. */
function checkPublicPolicy(ctx: RuleContext, r: Resource): void {
  const model = ctx.model;
  const bucket = referencedResource(model, arg(r, 'bucket'));
  if (!bucket) return;
  const doc = parsePolicy(arg(r, 'policy'));
  const isPublic = doc?.statements.some((st) => st.effect === 'Allow' && !st.hasCondition && st.principals.entries.some((p) => p.type === '*' || p.entry.text === '*'));
  if (!isPublic) return;
  expect(ctx, r, relaxedAccessBlocks(model, bucket, r, 'blockPublicPolicy'), { messageId: 'publicAccessBlock', severity: 'high', data: { what: 'public bucket policy', flag: 'BlockPublicPolicy' } });
}

/**
 * Unknown parts that name one value wherever they are read (configuration, environment, the stack),
 * unlike the results of calls, which differ by argument.
 */
const STABLE_PART = /^<(config|env|stack|project)[:>]/;

/** A function and the log group named for it that neither waits for the other. */
function checkLogGroup(ctx: RuleContext, lg: Resource): void {
  const model = ctx.model;
  const name = arg(lg, 'name');
  const parts = name ? segments(name) : undefined;
  if (!parts || parts.some((p) => 'tok' in p && !STABLE_PART.test(p.tok))) return;
  for (const fn of model.resources) {
    if (fn.type !== FUNCTION || !sameProvider(fn, lg) || arg(fn, 'loggingConfig.logGroup')) continue;
    if (logGroupFor(name, fn) !== 'yes') continue;
    const order: Waits[] = [waitsFor(model, lg, (id) => id === fn.id), waitsFor(model, fn, (id) => id === lg.id)];
    if (order.every((w) => w === 'no')) {
      ctx.report({ messageId: 'functionLogGroup', data: { name: resourceLabel(fn), needed: resourceLabel(lg) }, resource: fn, severity: 'medium' });
    }
  }
}

export default defineRule({
  id: 'pulumi/missing-ordering-dependency',
  class: 'PULUMI-DEPENDS-ON',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [BUCKET_NOTIFICATION, ECS_SERVICE, RECORDER, RECORDER_ALIAS, DELIVERY_CHANNEL, RECORDER_STATUS, REST_DEPLOYMENT, HTTP_DEPLOYMENT, NAT_GATEWAY, ROUTE, ROUTE_TABLE, LOG_GROUP, CONFIG_RULE, TRAIL, ...LOAD_BALANCERS, REPLICATION, ...Object.keys(INVOKED_AT_CREATION), REST_STAGE, BUCKET_POLICY, ...BUCKET_ACLS, ...Object.keys(EKS_ROLES)],
  messages: {
    notificationPermission: 'The bucket notification {{name}} does not wait for {{needed}}, the permission that lets S3 invoke its function: Pulumi creates both at once, and S3 rejects the notification when the permission does not exist yet ("Unable to validate the following destination configurations"). Add `dependsOn: [permission]` to the notification.',
    notificationPolicy: 'The bucket notification {{name}} does not wait for {{needed}}, the policy that lets S3 publish to its destination: Pulumi creates both at once, and S3 rejects the notification when the policy is not in place yet ("Unable to validate the following destination configurations"). Add the policy to the notification\'s `dependsOn`.',
    serviceListener: 'The ECS service {{name}} registers tasks with a target group but does not wait for {{needed}}, the listener that attaches the group to the load balancer: when the service is created first, the deployment fails with "The target group … does not have an associated load balancer". Add the listener to the service\'s `dependsOn`.',
    channelRecorder: 'The AWS Config delivery channel {{name}} does not wait for the configuration recorder {{needed}}: a delivery channel can only be created once a recorder exists, so when Pulumi creates it first the deployment fails with NoAvailableConfigurationRecorderException. Add `dependsOn: [recorder]` to the delivery channel.',
    recorderAfterChannel: 'The configuration recorder {{name}} depends on the delivery channel {{needed}}, the reverse of what AWS Config needs: the channel is created first, before any recorder exists, and fails with NoAvailableConfigurationRecorderException. Make the delivery channel depend on the recorder instead (and the RecorderStatus on the channel).',
    statusChannel: 'The recorder status {{name}} starts recording but does not wait for the delivery channel {{needed}}: a recorder cannot start without a delivery channel, so when Pulumi creates the status first the deployment fails with NoAvailableDeliveryChannelException. Add the delivery channel to its `dependsOn`.',
    restDeployment: 'The API deployment {{name}} waits for none of the {{total}} integrations of its REST API ({{needed}}): Pulumi may create the deployment first, which fails ("No integration defined for method") or deploys a snapshot without the routes. Add the methods and integrations to its `dependsOn` (and a `triggers` hash so later changes are redeployed).',
    restDeploymentPartial: 'The API deployment {{name}} does not wait for {{count}} of the {{total}} integrations of its REST API ({{needed}}): when one of them is created after the deployment, the deployment fails ("No integration defined for method") or serves a snapshot without that route. List every method and integration in its `dependsOn`.',
    httpDeployment: 'The HTTP API deployment {{name}} waits for none of the {{total}} routes of its API ({{needed}}): when Pulumi creates it first, API Gateway refuses to deploy an API without routes, or the deployment lacks them. Add the routes to its `dependsOn`, or use a stage with `autoDeploy: true` instead.',
    httpDeploymentPartial: 'The HTTP API deployment {{name}} does not wait for {{count}} of the {{total}} routes of its API ({{needed}}), so those routes may be missing from the deployed snapshot. List every route in its `dependsOn`, or use a stage with `autoDeploy: true`.',
    natGateway: 'The NAT gateway {{name}} does not wait for {{needed}}, which attaches the internet gateway to its VPC: a public NAT gateway created before the gateway is attached fails ("Network … is not attached to any internet gateway", Gateway.NotAttached). Add it to the NAT gateway\'s `dependsOn`.',
    routeAttachment: 'This route sends traffic to the internet gateway {{gateway}}, which is attached to the VPC by {{needed}}, but does not wait for the attachment: created first, the route fails ("route table … and network gateway … belong to different networks"). Add the attachment to the route\'s `dependsOn`.',
    invokedAtCreation: '{{what}} {{name}} does not wait for {{needed}}, the permission that lets {{service}} invoke its function: {{service}} checks that it may invoke the function when this resource is created, so when Pulumi creates both at once the creation fails. Add the permission to its `dependsOn`.',
    logBucketPolicy: '{{name}} writes to a bucket whose policy {{needed}} grants {{service}} access, but does not wait for it: {{service}} checks the bucket policy when the resource is created and refuses it while the policy is not in place (e.g. InsufficientS3BucketPolicyException, "Access Denied for bucket"). Add the bucket policy to its `dependsOn`.',
    ruleRecorder: 'The AWS Config rule {{name}} does not wait for the configuration recorder {{needed}}: a Config rule can only be created once a recorder exists, so when Pulumi creates the rule first the deployment fails with NoAvailableConfigurationRecorderException. Add the recorder to the rule\'s `dependsOn`.',
    replicationVersioning: 'The replication configuration {{name}} does not wait for {{needed}}, which enables versioning on its bucket: S3 refuses a replication configuration while versioning is not enabled ("Versioning must be \'Enabled\' on the bucket"), and Pulumi may create it first. Add the versioning resource (of both buckets) to its `dependsOn`.',
    aclOwnership: 'The bucket ACL {{name}} does not wait for {{needed}}, the ownership controls that enable ACLs on its bucket: new buckets have ACLs disabled, so when Pulumi creates the ACL first S3 rejects it with AccessControlListNotSupported ("The bucket does not allow ACLs"). Add the ownership controls to the ACL\'s `dependsOn`.',
    publicAccessBlock: '{{name}} does not wait for {{needed}}, the public access block that turns off {{flag}} on its bucket: new buckets block public access, so when Pulumi creates the {{what}} first S3 refuses it with AccessDenied. Add the public access block to its `dependsOn`.',
    stageAccount: 'The API stage {{name}} writes access logs but does not wait for {{needed}}, which sets the CloudWatch Logs role of API Gateway in this account: until that role is set, API Gateway refuses logging settings ("CloudWatch Logs role ARN must be set in account settings to enable logging"). Add the account settings to the stage\'s `dependsOn`.',
    eksRolePolicies: 'The {{what}} {{name}} does not wait for {{needed}}, which give its IAM role its permissions: Pulumi creates and deletes them in parallel. On `pulumi up` {{failure}}; on `pulumi destroy` the attachments are removed while EKS still needs them to delete the instances and network interfaces, and the deletion hangs or fails. Add the role\'s policy attachments to its `dependsOn`.',
    functionLogGroup: 'The function {{name}} and its log group {{needed}} are created without any order between them: if the function runs before the group exists, Lambda creates the group itself (with no retention) and the LogGroup creation then fails with ResourceAlreadyExistsException. Make the function depend on the log group (`dependsOn: [logGroup]`).',
  },
  title: {
    notificationPermission: 'Bucket notification{{s}} {{name}} created without waiting for the Lambda permission {{needed}}',
    notificationPolicy: 'Bucket notification{{s}} {{name}} created without waiting for the destination policy {{needed}}',
    serviceListener: 'ECS service{{s}} {{name}} created without waiting for the listener {{needed}}',
    channelRecorder: 'AWS Config delivery channel {{name}} created without waiting for the recorder {{needed}}',
    recorderAfterChannel: 'AWS Config recorder {{name}} made to wait for the delivery channel {{needed}}',
    statusChannel: 'AWS Config recorder status {{name}} started without waiting for the delivery channel {{needed}}',
    restDeployment: 'API deployment{{s}} {{name}} created without waiting for any of the {{total}} integrations',
    restDeploymentPartial: 'API deployment{{s}} {{name}} not waiting for {{count}} of the {{total}} integrations',
    httpDeployment: 'HTTP API deployment{{s}} {{name}} created without waiting for any of the {{total}} routes',
    httpDeploymentPartial: 'HTTP API deployment{{s}} {{name}} not waiting for {{count}} of the {{total}} routes',
    natGateway: 'NAT gateway{{s}} {{name}} created without waiting for the internet gateway attachment {{needed}}',
    routeAttachment: 'Route to internet gateway {{gateway}} created without waiting for its attachment {{needed}}',
    eksRolePolicies: '{{what}} {{name}} created without waiting for its role\'s policies {{needed}}',
    functionLogGroup: 'Lambda function{{s}} {{name}} and log group{{needed:s}} {{needed}} created in no order',
    invokedAtCreation: '{{name}} created without waiting for the invoke permission {{needed}}',
    logBucketPolicy: '{{name}} created without waiting for the bucket policy {{needed}}',
    ruleRecorder: 'AWS Config rule{{s}} {{name}} created without waiting for the recorder {{needed}}',
    replicationVersioning: 'Replication configuration {{name}} created without waiting for bucket versioning {{needed}}',
    stageAccount: 'API stage{{s}} {{name}} created without waiting for the API Gateway account settings {{needed}}',
    aclOwnership: 'Bucket ACL{{s}} {{name}} created without waiting for the ownership controls {{needed}}',
    publicAccessBlock: '{{name}} created without waiting for the public access block {{needed}}',
  },
  fixHint: 'Name the resource that must exist first in the options: new aws.s3.BucketNotification(..., { dependsOn: [permission] }) / opts=pulumi.ResourceOptions(depends_on=[permission]).',
  docs: {
    summary: 'Pairs of resources that AWS needs created in order but the program leaves unordered: bucket notification before its invoke permission or destination policy, ECS service before the listener of its target group, Config delivery channel before the recorder (or the recorder made to wait for the channel), recorder status before the channel, API deployment before its integrations or routes, NAT gateway or route before the internet gateway attachment, function and its log group, Config rule before the recorder, CloudTrail trail / load balancer access logs before the bucket policy of their bucket, replication before the bucket\'s versioning, a bucket ACL before the ownership controls that enable ACLs, a public bucket policy or ACL before the public access block that allows it, Lambda target group attachment before the function\'s invoke permission, logging API stage before the API Gateway account settings, EKS cluster, node group or Fargate profile before the policy attachments of its role.',
    why: 'Pulumi creates resources in parallel unless one uses another\'s outputs or names it in `dependsOn`. Some AWS APIs check at creation time that a related resource already exists: S3 validates notification destinations, CloudTrail and load balancers check the bucket policy of their log bucket, Elastic Load Balancing checks that it may invoke a Lambda target, ECS checks that the target group belongs to a load balancer, AWS Config needs a recorder before a delivery channel, API Gateway snapshots the methods that exist when a deployment is created. Nothing in the arguments links these pairs, so the deployment fails intermittently (or deploys an incomplete API) until the order is made explicit.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst permission = new aws.lambda.Permission('s3-invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });\nnew aws.s3.BucketNotification('uploads', { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("config", assume_role_policy="{}")\nrecorder = aws.cfg.Recorder("recorder", role_arn=role.arn)\nchannel = aws.cfg.DeliveryChannel("channel", s3_bucket_name="config-logs")\naws.cfg.RecorderStatus("status", name=recorder.name, is_enabled=True, opts=pulumi.ResourceOptions(depends_on=[channel]))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst permission = new aws.lambda.Permission('s3-invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });\nnew aws.s3.BucketNotification('uploads', { bucket: bucket.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] }, { dependsOn: [permission] });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("config", assume_role_policy="{}")\nrecorder = aws.cfg.Recorder("recorder", role_arn=role.arn)\nchannel = aws.cfg.DeliveryChannel("channel", s3_bucket_name="config-logs", opts=pulumi.ResourceOptions(depends_on=[recorder]))\naws.cfg.RecorderStatus("status", name=recorder.name, is_enabled=True, opts=pulumi.ResourceOptions(depends_on=[channel]))\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/resources/options/dependson/',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-to-enable-disable-notification-intro.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/ecs_service',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/config_delivery_channel',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/nat_gateway',
      'https://www.pulumi.com/registry/packages/aws/api-docs/cfg/rule/',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_replication_configuration',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lb_target_group_attachment',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group',
    ],
    notes: 'A resource waits for another when its arguments use the other\'s outputs (also through `pulumi.interpolate`, `all` and `apply`), when its `dependsOn` names it or a component containing it, or through a chain of such links; a parent counts too. A pair is not reported when some link on the way cannot be resolved (an unknown `dependsOn` item, options spread from an unknown object), or when the author put the dependency in the arguments by mistake (pulumi/depends-on-in-args reports that). Resources in different providers (regions, accounts) are not paired. A log group is paired with a function only when its name is certainly `/aws/lambda/<function name>` and neither resource uses the other\'s outputs: a group named from `fn.name` is created after the function by construction.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      switch (r.type) {
        case BUCKET_NOTIFICATION:
          checkNotification(ctx, r);
          break;
        case ECS_SERVICE:
          checkService(ctx, r);
          break;
        case RECORDER:
        case RECORDER_ALIAS:
        case DELIVERY_CHANNEL:
        case RECORDER_STATUS:
          checkConfig(ctx, r);
          break;
        case REST_DEPLOYMENT:
        case HTTP_DEPLOYMENT:
          checkDeployment(ctx, r);
          break;
        case NAT_GATEWAY:
          checkNat(ctx, r);
          break;
        case ROUTE:
        case ROUTE_TABLE:
          checkRoute(ctx, r);
          break;
        case LOG_GROUP:
          checkLogGroup(ctx, r);
          break;
        case CONFIG_RULE:
          checkConfigRule(ctx, r);
          break;
        case TRAIL:
          checkLogBucket(ctx, r);
          break;
        case REPLICATION:
          checkReplication(ctx, r);
          break;
        case REST_STAGE:
          checkStage(ctx, r);
          break;
        case BUCKET_POLICY:
          checkPublicPolicy(ctx, r);
          break;
        default:
          if (BUCKET_ACLS.has(r.type)) checkAcl(ctx, r);
          if (EKS_ROLES[r.type]) checkEksRole(ctx, r);
          if (LOAD_BALANCERS.has(r.type)) checkLogBucket(ctx, r);
          else if (INVOKED_AT_CREATION[r.type]) checkInvokedAtCreation(ctx, r);
      }
    }
  },
});
