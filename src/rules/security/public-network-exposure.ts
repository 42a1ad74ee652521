import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceWhere } from '../_shared/resource-refs.js';
import { subnetOf, subnetRouting, vpcWithoutInternetGateway } from '../_shared/subnet-routing.js';
import { arg, bool, definitelyAbsent, isAbsent, items, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const SUBNET = 'aws:ec2/subnet:Subnet';

/** Databases and data services with a `publiclyAccessible` switch. */
const PUBLICLY_ACCESSIBLE: Record<string, string> = {
  'aws:rds/instance:Instance': 'RDS instance',
  'aws:rds/clusterInstance:ClusterInstance': 'Aurora cluster instance',
  'aws:redshift/cluster:Cluster': 'Redshift cluster',
  'aws:dms/replicationInstance:ReplicationInstance': 'DMS replication instance',
};

/** Subnet groups that place databases and caches. */
const SUBNET_GROUPS: Record<string, string> = {
  'aws:rds/subnetGroup:SubnetGroup': 'RDS subnet group',
  'aws:elasticache/subnetGroup:SubnetGroup': 'ElastiCache subnet group',
  'aws:redshift/subnetGroup:SubnetGroup': 'Redshift subnet group',
  'aws:dms/replicationSubnetGroup:ReplicationSubnetGroup': 'DMS replication subnet group',
};

const FUNCTION_URL = 'aws:lambda/functionUrl:FunctionUrl';

/** A function URL without IAM auth can be called by anyone on the internet who learns the URL. */
function checkFunctionUrl(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'authorizationType');
  if (str(v)?.toUpperCase() !== 'NONE') return;
  const origins = items(arg(r, 'cors.allowOrigins'));
  const anyOrigin = origins?.items.some((o) => str(o) === '*') ?? false;
  ctx.report({ messageId: 'functionUrl', data: { cors: anyOrigin ? ', and its CORS setting lets any web page call it from a browser' : '' }, at: v?.at, resource: r, severity: 'medium' });
}

const LOAD_BALANCERS = new Set(['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer']);

type SubnetKind = 'public' | 'private' | undefined;

/**
 * Public when created with `mapPublicIpOnLaunch: true`, private when the flag is false or not
 * written. With `byRoute`, a subnet whose route table has a route to an internet gateway is public
 * whatever its flag.
 */
function subnetKind(ctx: RuleContext, v: Value, byRoute = false): SubnetKind {
  const id = v.kind === 'output' && v.attr === 'id' ? v.resource : undefined;
  const subnet = id === undefined ? undefined : resourceWhere(ctx.model, id, (r) => r.type === SUBNET);
  if (!subnet) return undefined;
  if (byRoute && subnetRouting(ctx.model, subnet) === 'internet') return 'public';
  const flag = bool(arg(subnet, 'mapPublicIpOnLaunch'));
  if (flag === true) return 'public';
  return flag === false || definitelyAbsent(subnet, 'mapPublicIpOnLaunch') ? 'private' : undefined;
}

function checkPubliclyAccessible(ctx: RuleContext, r: Resource, what: string): void {
  const v = arg(r, 'publiclyAccessible');
  if (bool(v) === true) ctx.report({ messageId: 'publiclyAccessible', data: { what }, at: v?.at, resource: r });
}

function checkAssignPublicIp(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'networkConfiguration.assignPublicIp');
  if (bool(v) !== true) return;
  // Without a NAT gateway or VPC endpoints, a public IP is how Fargate tasks pull images and reach
  // AWS APIs: often deliberate (default VPC), still exposed, so reported lower and said so.
  const egressPath = ctx.model.resources.some((x) => x.type === 'aws:ec2/natGateway:NatGateway' || x.type === 'aws:ec2/vpcEndpoint:VpcEndpoint');
  if (egressPath) ctx.report({ messageId: 'assignPublicIp', at: v?.at, resource: r, severity: 'medium' });
  else ctx.report({ messageId: 'assignPublicIpNoNat', at: v?.at, resource: r, severity: 'low' });
}

function checkSubnetGroup(ctx: RuleContext, r: Resource, what: string): void {
  const subnets = items(arg(r, 'subnetIds'));
  const pub = subnets?.items.find((s) => subnetKind(ctx, s) === 'public');
  if (!pub) return;
  // ElastiCache nodes never get a public address, so a public subnet exposes nothing by itself;
  // the other groups place resources that can be made publicly accessible.
  if (r.type === 'aws:elasticache/subnetGroup:SubnetGroup') ctx.report({ messageId: 'publicCacheSubnetGroup', at: pub.at, resource: r, severity: 'medium' });
  else ctx.report({ messageId: 'publicSubnetGroup', data: { what }, at: pub.at, resource: r, severity: 'high' });
}

const quoted = (name: Value): string => `\`${describe(name).replace(/^"|"$/g, '')}\``;

/** `internal` not written or false; the load balancer type application or network (absent: application). */
function internetFacing(r: Resource): boolean {
  if (!definitelyAbsent(r, 'internal') && bool(arg(r, 'internal')) !== false) return false;
  const type = r.args.props.get('loadBalancerType');
  if (isAbsent(type)) return !r.args.open;
  const t = str(type);
  return t === 'application' || t === 'network';
}

/**
 * An internet-facing load balancer whose subnets all certainly have no route to an internet gateway
 * (their route tables send traffic only to NAT gateways and the like): nothing on the internet can
 * reach it, and in a VPC without an internet gateway AWS refuses to create it.
 */
function checkUnroutedLoadBalancer(ctx: RuleContext, r: Resource): boolean {
  const list = items(arg(r, 'subnets')) ?? items(arg(r, 'subnetMappings'));
  if (!list || list.open || list.items.length === 0) return false;
  const subnets = list.items.map((v) => subnetOf(ctx.model, v));
  if (subnets.some((s) => !s || s.conditional)) return false;
  if (!subnets.every((s) => subnetRouting(ctx.model, s!) === 'none')) return false;
  const key = arg(r, 'subnets') ? 'subnets' : 'subnetMappings';
  // The subnet list as written in the constructor; a list built elsewhere is pointed at by its key.
  const listAt = arg(r, key)?.at;
  const at = listAt && listAt.f === r.at.f && listAt.s >= r.at.s && listAt.e <= r.at.e ? listAt : keySpan(r.args, key);
  const vpcs = subnets.map((s) => vpcWithoutInternetGateway(ctx.model, s!));
  if (vpcs.every((v) => v !== undefined)) {
    const names = [...new Set(vpcs.map((v) => quoted(v!.name)))];
    ctx.report({ messageId: 'noGatewayLoadBalancer', data: { vpc: names.join(', ') }, at, resource: r, severity: 'high' });
    return true;
  }
  const names = [...new Set(subnets.map((s) => quoted(s!.name)))];
  ctx.report({ messageId: 'unroutedLoadBalancer', data: { subnets: names.join(', ') }, at, resource: r, severity: 'high' });
  return true;
}

/** An internet-facing load balancer whose subnets are all known to be private cannot be reached. */
function checkLoadBalancer(ctx: RuleContext, r: Resource, programMarksPublic: boolean): void {
  if (!internetFacing(r)) return;
  if (checkUnroutedLoadBalancer(ctx, r)) return;
  if (!programMarksPublic) return;
  const subnets = items(arg(r, 'subnets'));
  if (!subnets || subnets.open || subnets.items.length === 0) return;
  const kinds = subnets.items.map((s) => subnetKind(ctx, s, true));
  if (kinds.includes(undefined)) return;
  const messageId = kinds.every((k) => k === 'private') ? 'privateLoadBalancer' : kinds.includes('private') ? 'mixedLoadBalancer' : undefined;
  if (messageId) ctx.report({ messageId, at: arg(r, 'subnets')?.at, resource: r, severity: 'high' });
}

export default defineRule({
  id: 'security/public-network-exposure',
  class: 'NET-PUBLIC-EXPOSURE',
  severity: 'critical',
  category: 'security',
  resourceTypes: [],
  messages: {
    functionUrl: 'Lambda function URL with `authorizationType: "NONE"`: anyone on the internet who finds the URL can invoke the function (and run up its cost){{cors}}. Use `AWS_IAM` (callers sign requests), or put the function behind API Gateway with an authorizer; if it must be public (a webhook), verify a signature in the handler and set reserved concurrency.',
    publiclyAccessible: '{{what}} has `publiclyAccessible: true`: it gets a public DNS name and IP, one security group mistake away from the internet. Keep databases private (`publiclyAccessible: false`) in private subnets and reach them from the application or a bastion.',
    assignPublicIpNoNat: 'ECS service assigns public IPs to its tasks (`assignPublicIp: true`). The program has no NAT gateway or VPC endpoints, so this is how the tasks reach ECR and AWS APIs, but it also makes every task addressable from the internet, guarded only by its security group. Prefer private subnets with a NAT gateway or VPC endpoints, behind the load balancer.',
    assignPublicIp: 'ECS service assigns public IPs to its tasks (`assignPublicIp: true`): every task is directly addressable from the internet. Run tasks in private subnets with a NAT gateway or VPC endpoints, behind the load balancer.',
    publicCacheSubnetGroup: 'ElastiCache subnet group includes a subnet created with `mapPublicIpOnLaunch: true` (a public subnet). Cache nodes get no public address, so this alone does not expose them, but they share a subnet routed to the internet with public hosts and rely on the security group alone. Place caches in private subnets.',
    publicSubnetGroup: '{{what}} includes a subnet created with `mapPublicIpOnLaunch: true` (a public subnet): the database or cache can be placed where it is reachable from the internet. Use only private subnets.',
    mixedLoadBalancer: 'Internet-facing load balancer mixes public subnets with subnets without public IPs (`mapPublicIpOnLaunch` false): its nodes in the private subnets cannot receive internet traffic, so the load balancer is not highly available across the Availability Zones it names. List one public subnet per Availability Zone.',
    unroutedLoadBalancer: 'Internet-facing load balancer (`internal` not true) placed only in subnets whose route tables have no route to an internet gateway ({{subnets}}; their traffic goes to NAT gateways or stays in the VPC): no client on the internet can reach it, and in a VPC without an internet gateway AWS rejects it. Put it in the public subnets (route table with `gatewayId: igw.id`), or set `internal: true` if it is meant to be private.',
    noGatewayLoadBalancer: 'Internet-facing load balancer (`internal` not true) in VPC {{vpc}}, to which the program attaches no internet gateway: AWS rejects an internet-facing load balancer in a VPC without one ("VPC has no internet gateway"), and nothing on the internet could reach it anyway. Add an `aws.ec2.InternetGateway` and public subnets routed to it, or set `internal: true` if it is meant to be private.',
    privateLoadBalancer: 'Internet-facing load balancer (`internal` not true) is placed only in subnets without public IPs (`mapPublicIpOnLaunch` false), while the program marks its public subnets with that flag: clients on the internet cannot reach it. Put it in the public subnets, or set `internal: true`.',
  },
  title: {
    functionUrl: 'Lambda function URL without authentication on {{counted}}',
    publiclyAccessible: 'Publicly accessible {{what}}',
    assignPublicIpNoNat: 'Public IPs on the tasks of {{counted}} (no NAT or endpoints)',
    assignPublicIp: 'Public IPs on the tasks of {{counted}}',
    publicCacheSubnetGroup: 'Public subnet in {{counted}}',
    publicSubnetGroup: 'Public subnet in the {{what}}',
    mixedLoadBalancer: 'Internet-facing {{counted}} mixes public and private subnets',
    unroutedLoadBalancer: 'Internet-facing {{counted}} only in subnets without an internet route',
    noGatewayLoadBalancer: 'Internet-facing {{counted}} in VPC {{vpc}}, which has no internet gateway',
    privateLoadBalancer: 'Internet-facing {{counted}} placed only in private subnets',
  },
  fixHint: 'Set `publiclyAccessible: false` / `assignPublicIp: false`, build database and cache subnet groups from private subnets, and place internet-facing load balancers in public subnets.',
  docs: {
    summary: 'Databases, tasks and Lambda function URLs exposed to the internet (`publiclyAccessible`, `assignPublicIp`, subnet groups with public subnets, function URLs without auth) and internet-facing load balancers placed in private subnets or in subnets with no route to an internet gateway.',
    why: 'A publicly accessible database is critical: it is reachable from the internet as soon as a security group allows it. Subnet groups that include public subnets allow the same. ECS tasks with public IPs bypass the load balancer. The reverse mistake, an internet-facing ALB in private subnets, deploys but cannot receive traffic. Subnets are followed through the program: a subnet is public when the program created it with `mapPublicIpOnLaunch: true` or associated it with a route table that routes to an `aws.ec2.InternetGateway`. An internet-facing load balancer whose subnets are all associated with route tables without such a route (only NAT gateway, transit gateway or local routes) gets no public reachability at all; when the program creates the VPC and attaches no internet gateway to it, AWS rejects the load balancer outright.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: true });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npublic = aws.ec2.Subnet("public", vpc_id=vpc.id, cidr_block="10.0.1.0/24", map_public_ip_on_launch=True)\naws.rds.SubnetGroup("db", subnet_ids=[public.id])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', allocatedStorage: 20, publiclyAccessible: false });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nprivate = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.2.0/24")\naws.rds.SubnetGroup("db", subnet_ids=[private.id])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/rds-controls.html#rds-2',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones',
      'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html (a subnet is public when its route table routes to an internet gateway)',
      'https://repost.aws/knowledge-center/public-load-balancer-private-ec2 (internet-facing load balancers need public subnets)',
    ],
    notes: 'Severity: critical for `publiclyAccessible`, high for subnet groups and load balancers, medium for `assignPublicIp` (the security group decides what is reachable) and for function URLs with `authorizationType: "NONE"` (public webhooks are sometimes intended). Subnets not created by the program (ids from config, lookups, awsx) are not judged. Load balancers (application or network, `internal` not true) are checked in two ways. By route table: when every subnet is a program subnet with an explicit `aws.ec2.RouteTableAssociation` to a program route table, and no inline route or `aws.ec2.Route` of those tables targets an internet gateway (or may: a gateway id from config, a route whose table is unknown), the load balancer is reported; a subnet without an explicit association uses the VPC\'s main route table, which the rule does not judge, unless the subnet\'s VPC is created by the program and no `aws.ec2.InternetGateway` / `InternetGatewayAttachment` of the program is (or may be) attached to it (the whole program must have been seen). By flag: when every subnet is a program subnet, one of them without public IPs and not routed to an internet gateway, and the program marks some other subnet public with `mapPublicIpOnLaunch: true`.',
  },
  check(ctx) {
    const programMarksPublic = ctx.model.resources.some((r) => r.type === SUBNET && bool(arg(r, 'mapPublicIpOnLaunch')) === true);
    for (const r of ctx.model.resources) {
      const db = PUBLICLY_ACCESSIBLE[r.type];
      if (db) checkPubliclyAccessible(ctx, r, db);
      if (r.type === 'aws:ecs/service:Service') checkAssignPublicIp(ctx, r);
      const group = SUBNET_GROUPS[r.type];
      if (group) checkSubnetGroup(ctx, r, group);
      if (LOAD_BALANCERS.has(r.type)) checkLoadBalancer(ctx, r, programMarksPublic);
      if (r.type === FUNCTION_URL) checkFunctionUrl(ctx, r);
    }
  },
});
