import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { groupsOf, ingressCoverage } from '../_shared/sg-coverage.js';
import { arg, definitelyAbsent, items, num, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

interface Store {
  what: string;
  groups: string;
  /** The port clients connect to when `port` is not written. */
  defaultPort(r: Resource): number | undefined;
}

function rdsPort(r: Resource): number | undefined {
  const engine = str(arg(r, 'engine'));
  if (engine === undefined) return undefined;
  if (/^(mysql|mariadb|aurora|aurora-mysql)$/.test(engine)) return 3306;
  if (/^(postgres|aurora-postgresql)$/.test(engine)) return 5432;
  if (engine.startsWith('sqlserver')) return 1433;
  if (engine.startsWith('oracle')) return 1521;
  return undefined;
}

const STORES: Record<string, Store> = {
  'aws:rds/instance:Instance': { what: 'RDS instance', groups: 'vpcSecurityGroupIds', defaultPort: (r) => (str(arg(r, 'engine'))?.startsWith('aurora') ? undefined : rdsPort(r)) },
  'aws:rds/cluster:Cluster': { what: 'RDS cluster', groups: 'vpcSecurityGroupIds', defaultPort: rdsPort },
  'aws:docdb/cluster:Cluster': { what: 'DocumentDB cluster', groups: 'vpcSecurityGroupIds', defaultPort: () => 27017 },
  'aws:neptune/cluster:Cluster': { what: 'Neptune cluster', groups: 'vpcSecurityGroupIds', defaultPort: () => 8182 },
  'aws:redshift/cluster:Cluster': { what: 'Redshift cluster', groups: 'vpcSecurityGroupIds', defaultPort: () => 5439 },
  'aws:elasticache/replicationGroup:ReplicationGroup': {
    what: 'ElastiCache replication group',
    groups: 'securityGroupIds',
    defaultPort: (r) => (definitelyAbsent(r, 'engine') || /^(redis|valkey)$/.test(str(arg(r, 'engine')) ?? '') ? 6379 : undefined),
  },
  'aws:elasticache/cluster:Cluster': {
    what: 'ElastiCache cluster',
    groups: 'securityGroupIds',
    defaultPort: (r) => ({ redis: 6379, valkey: 6379, memcached: 11211 })[str(arg(r, 'engine')) ?? ''],
  },
};

const LISTENERS = ['aws:lb/listener:Listener', 'aws:alb/listener:Listener'];
const ECS_SERVICE = 'aws:ecs/service:Service';

interface Check {
  consumer: Resource;
  groups: Value | undefined;
  port: number;
  messageId: 'store' | 'listener' | 'container';
  data: Record<string, string>;
  at?: Value['at'];
  severity?: 'medium';
  /** The groups traffic comes from (the load balancer's), when known: a rule must admit one of them. */
  callers?: Resource[];
}

function storeChecks(r: Resource, store: Store): Check[] {
  const written = arg(r, 'port');
  const port = written ? num(written) : definitelyAbsent(r, 'port') ? store.defaultPort(r) : undefined;
  if (port === undefined) return [];
  return [{ consumer: r, groups: arg(r, store.groups), port, messageId: 'store', data: { what: store.what, port: String(port) } }];
}

function listenerChecks(ctx: RuleContext, r: Resource): Check[] {
  const lb = referencedResource(ctx.model, arg(r, 'loadBalancerArn'));
  const port = num(arg(r, 'port'));
  // UDP listeners (Network Load Balancers) are admitted by UDP rules, which this rule does not read.
  if (!lb || port === undefined || /UDP/i.test(str(arg(r, 'protocol')) ?? '')) return [];
  // A listener that only redirects (HTTP → HTTPS) loses the redirect, not the service.
  const actions = items(arg(r, 'defaultActions'))?.items ?? [];
  const redirectOnly = actions.length > 0 && actions.every((a) => a.kind === 'obj' && str(a.props.get('type')) === 'redirect');
  return [{ consumer: r, groups: arg(lb, 'securityGroups'), port, messageId: 'listener', data: { port: String(port), lb: quotedName(lb) }, at: r.at, ...(redirectOnly ? { severity: 'medium' as const } : {}) }];
}

/**
 * The security groups of the load balancers whose listeners forward to the target group (default
 * actions only); undefined when a listener or load balancer cannot be followed.
 */
function callersOf(ctx: RuleContext, targetGroup: Resource): Resource[] | undefined {
  const out: Resource[] = [];
  for (const l of ctx.model.resources) {
    if (!LISTENERS.includes(l.type)) continue;
    const actions = items(arg(l, 'defaultActions'));
    if (!actions) return undefined;
    const forwards = actions.items.some((a) => a.kind === 'obj' && referencedResource(ctx.model, a.props.get('targetGroupArn'))?.id === targetGroup.id);
    if (!forwards) continue;
    const lb = referencedResource(ctx.model, arg(l, 'loadBalancerArn'));
    const groups = lb ? groupsOf(ctx.model, arg(lb, 'securityGroups')) : undefined;
    if (!groups) return undefined;
    out.push(...groups);
  }
  return out.length > 0 ? out : undefined;
}

/** awsvpc tasks receive load balancer traffic on the container port, through the service's security groups. */
function serviceChecks(ctx: RuleContext, r: Resource): Check[] {
  const groups = arg(r, 'networkConfiguration.securityGroups');
  return (items(arg(r, 'loadBalancers'))?.items ?? []).flatMap((lb) => {
    const v = lb.kind === 'obj' ? lb.props.get('containerPort') : undefined;
    const port = num(v);
    if (port === undefined) return [];
    const tg = lb.kind === 'obj' ? referencedResource(ctx.model, lb.props.get('targetGroupArn')) : undefined;
    const callers = tg ? callersOf(ctx, tg) : undefined;
    return [{ consumer: r, groups, port, messageId: 'container' as const, data: { port: String(port) }, ...(v?.at ? { at: v.at } : {}), ...(callers ? { callers } : {}) }];
  });
}

export default defineRule({
  id: 'security/sg-port-not-open',
  class: 'SG-RULE-MISCONFIG',
  severity: 'high',
  category: 'security',
  resourceTypes: [...Object.keys(STORES), ...LISTENERS, ECS_SERVICE],
  messages: {
    store: 'The {{what}} listens on port {{port}}, but none of its security groups has an ingress rule for that port (from any source), so no application can connect to it. Allow TCP {{port}} from the application\'s security group (a rule with `securityGroups: [appSg.id]` / `referencedSecurityGroupId`).',
    listener: 'The listener on port {{port}} of load balancer {{lb}} is unreachable: no security group of the load balancer allows TCP {{port}} in, so clients time out. Add an ingress rule for port {{port}} to the load balancer\'s security group.',
    container: 'The service registers its tasks with the load balancer on container port {{port}}, but no security group of the service allows TCP {{port}} in from the load balancer (its security group, or an address range): health checks and requests from the load balancer are dropped and the tasks never become healthy. Allow port {{port}} from the load balancer\'s security group.',
  },
  title: {
    store: 'No security group rule opens port {{port}} of the {{what}}',
    listener: 'Listener port {{port}} not open in the load balancer\'s security groups',
    container: 'Container port {{port}} not open to the load balancer on {{counted}}',
  },
  fixHint: 'Open, on the receiving tier\'s security group, the port the tier actually listens on: the database engine port, the listener port, the container port; preferably from the calling tier\'s security group.',
  docs: {
    summary: 'Tiers whose security groups do not let in the port they serve: databases and caches (engine port), load balancer listeners, ECS services behind a load balancer (container port).',
    why: 'A security group that opens 3306 for a PostgreSQL database, 80 for an HTTPS listener, or 80 for a container listening on 8080 deploys without error and breaks at run time: connections time out, target health checks fail, the service never stabilises. The rule follows the security groups the resource names and every ingress rule of those groups (inline blocks, `aws.ec2.SecurityGroupRule`, `aws.vpc.SecurityGroupIngressRule`); it reports only when none of them admits the port from any source.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst dbSg = new aws.ec2.SecurityGroup('db', {\n  vpcId: 'vpc-1',\n  ingress: [{ protocol: 'tcp', fromPort: 3306, toPort: 3306, cidrBlocks: ['10.0.0.0/16'] }],\n});\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  manageMasterUserPassword: true,\n  username: 'app',\n  storageEncrypted: true,\n  vpcSecurityGroupIds: [dbSg.id],\n});\n`,
      py: `import pulumi_aws as aws\nalb_sg = aws.ec2.SecurityGroup("alb", vpc_id="vpc-1", ingress=[{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]}])\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"], security_groups=[alb_sg.id])\ntg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")\naws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP",\n    default_actions=[{"type": "forward", "target_group_arn": tg.arn}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst dbSg = new aws.ec2.SecurityGroup('db', {\n  vpcId: 'vpc-1',\n  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['10.0.0.0/16'] }],\n});\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  manageMasterUserPassword: true,\n  username: 'app',\n  storageEncrypted: true,\n  vpcSecurityGroupIds: [dbSg.id],\n});\n`,
      py: `import pulumi_aws as aws\nalb_sg = aws.ec2.SecurityGroup("alb", vpc_id="vpc-1", ingress=[\n    {"protocol": "tcp", "from_port": 80, "to_port": 80, "cidr_blocks": ["0.0.0.0/0"]},\n    {"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]}])\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-1", "subnet-2"], security_groups=[alb_sg.id])\ntg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")\naws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP",\n    default_actions=[{"type": "forward", "target_group_arn": tg.arn}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
    ],
    notes: 'Only security groups created by the program are followed; a group from configuration or a lookup, a rule resource whose group or direction cannot be resolved anywhere in the program, or an ingress block with unknown ports makes the rule silent. The whole program must have been seen. Ports: the resource\'s `port`, else the engine default (MySQL/MariaDB/Aurora MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, Redis/Valkey 6379, Memcached 11211, DocumentDB 27017, Neptune 8182, Redshift 5439). Aurora instances are judged on their cluster. A listener that only redirects is reported at medium severity. For ECS services behind a load balancer of the program, a rule counts only if it admits the load balancer: any CIDR or prefix list, the load balancer\'s security group, or `self` when the groups are the same; elsewhere the source is not judged, nor is egress.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const checks: Check[] = [];
    for (const r of ctx.resources()) {
      const store = STORES[r.type];
      if (store) checks.push(...storeChecks(r, store));
      else if (LISTENERS.includes(r.type)) checks.push(...listenerChecks(ctx, r));
      else if (r.type === ECS_SERVICE) checks.push(...serviceChecks(ctx, r));
    }
    for (const c of checks) {
      if (inFragment(ctx, c.consumer)) continue;
      const groups = groupsOf(ctx.model, c.groups);
      if (!groups || groups.some((g) => inFragment(ctx, g))) continue;
      if (ingressCoverage(ctx.model, groups, c.port, c.callers) !== 'closed') continue;
      ctx.report({ messageId: c.messageId, data: c.data, at: c.at ?? c.groups?.at, resource: c.consumer, ...(c.severity ? { severity: c.severity } : {}) });
    }
  },
});
