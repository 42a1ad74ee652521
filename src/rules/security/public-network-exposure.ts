import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, items } from '../_shared/values.js';
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

const LOAD_BALANCERS = new Set(['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer']);

type SubnetKind = 'public' | 'private' | undefined;

/** Public when created with `mapPublicIpOnLaunch: true`, private when the flag is false or not written. */
function subnetKind(ctx: RuleContext, v: Value): SubnetKind {
  const id = v.kind === 'output' && v.attr === 'id' ? v.resource : undefined;
  const subnet = id === undefined ? undefined : ctx.model.resources.find((r) => r.id === id && r.type === SUBNET);
  if (!subnet) return undefined;
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
  if (bool(v) === true) ctx.report({ messageId: 'assignPublicIp', at: v?.at, resource: r, severity: 'medium' });
}

function checkSubnetGroup(ctx: RuleContext, r: Resource, what: string): void {
  const subnets = items(arg(r, 'subnetIds'));
  const pub = subnets?.items.find((s) => subnetKind(ctx, s) === 'public');
  if (pub) ctx.report({ messageId: 'publicSubnetGroup', data: { what }, at: pub.at, resource: r, severity: 'high' });
}

/** An internet-facing load balancer whose subnets are all known to be private cannot be reached. */
function checkLoadBalancer(ctx: RuleContext, r: Resource, programMarksPublic: boolean): void {
  if (!programMarksPublic || bool(arg(r, 'internal')) === true) return;
  if (!definitelyAbsent(r, 'internal') && bool(arg(r, 'internal')) !== false) return;
  const subnets = items(arg(r, 'subnets'));
  if (!subnets || subnets.open || subnets.items.length === 0) return;
  const kinds = subnets.items.map((s) => subnetKind(ctx, s));
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
    publiclyAccessible: '{{what}} has `publiclyAccessible: true`: it gets a public DNS name and IP, one security group mistake away from the internet. Keep databases private (`publiclyAccessible: false`) in private subnets and reach them from the application or a bastion.',
    assignPublicIp: 'ECS service assigns public IPs to its tasks (`assignPublicIp: true`): every task is directly addressable from the internet. Run tasks in private subnets with a NAT gateway or VPC endpoints, behind the load balancer.',
    publicSubnetGroup: '{{what}} includes a subnet created with `mapPublicIpOnLaunch: true` (a public subnet): the database or cache can be placed where it is reachable from the internet. Use only private subnets.',
    mixedLoadBalancer: 'Internet-facing load balancer mixes public subnets with subnets without public IPs (`mapPublicIpOnLaunch` false): its nodes in the private subnets cannot receive internet traffic, so the load balancer is not highly available across the Availability Zones it names. List one public subnet per Availability Zone.',
    privateLoadBalancer: 'Internet-facing load balancer (`internal` not true) is placed only in subnets without public IPs (`mapPublicIpOnLaunch` false), while the program marks its public subnets with that flag: clients on the internet cannot reach it. Put it in the public subnets, or set `internal: true`.',
  },
  fixHint: 'Set `publiclyAccessible: false` / `assignPublicIp: false`, build database and cache subnet groups from private subnets, and place internet-facing load balancers in public subnets.',
  docs: {
    summary: 'Databases and tasks exposed to the internet (`publiclyAccessible`, `assignPublicIp`, subnet groups with public subnets) and internet-facing load balancers placed in private subnets.',
    why: 'Reviewers treat a publicly accessible database as critical: it is reachable from the internet as soon as a security group allows it. Subnet groups that include public subnets allow the same. ECS tasks with public IPs bypass the load balancer. The reverse mistake, an internet-facing ALB in private subnets, deploys but cannot receive traffic. Subnets are followed through the program: a subnet is public when the program created it with `mapPublicIpOnLaunch: true`.',
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
    ],
    notes: 'Severity: critical for `publiclyAccessible`, high for subnet groups and load balancers, medium for `assignPublicIp` (the security group decides what is reachable). Subnets not created by the program (ids from config, lookups, awsx) are not judged. The load balancer check only runs when every subnet is a program subnet, one of them without public IPs, and the program marks some other subnet public with `mapPublicIpOnLaunch: true`; subnets made public only by their route tables are not recognised.',
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
    }
  },
});
