import type { Severity } from '../../core/finding.js';
import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { isAnywhere, openPorts, SECURITY_GROUP, SECURITY_GROUP_RULE, securityGroupRules, VPC_EGRESS_RULE, VPC_INGRESS_RULE, within, type SgRule } from '../_shared/security-group-rules.js';
import { arg, bool, definitelyAbsent } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';
import { derivedCache } from '../_shared/derived.js';

/** Remote administration: SSH, RDP, WinRM. */
const ADMIN_PORTS: Record<number, string> = { 22: 'SSH', 3389: 'RDP', 5985: 'WinRM', 5986: 'WinRM' };

/** Databases, caches, search and message brokers, which must never face the internet. */
const DATA_PORTS: Record<number, string> = {
  1433: 'SQL Server',
  1521: 'Oracle',
  2049: 'NFS',
  2375: 'Docker API',
  2379: 'etcd',
  3306: 'MySQL/Aurora',
  5432: 'PostgreSQL',
  5439: 'Redshift',
  5601: 'Kibana',
  6379: 'Redis',
  7000: 'Cassandra',
  9042: 'Cassandra',
  9092: 'Kafka',
  9200: 'Elasticsearch/OpenSearch',
  9300: 'Elasticsearch/OpenSearch',
  11211: 'Memcached',
  27017: 'MongoDB/DocumentDB',
  8182: 'Neptune',
};

interface Exposure {
  messageId: 'all' | 'sensitive';
  severity: Severity;
  what: string;
}

function exposure(rule: SgRule): Exposure | undefined {
  const range = openPorts(rule);
  if (!range) return undefined;
  const [from, to] = range;
  if (rule.protocol === 'all' || (from <= 1 && to >= 65535)) return { messageId: 'all', severity: 'critical', what: rule.protocol === 'all' ? 'all traffic' : 'every port' };
  const inRange = (p: string): boolean => Number(p) >= from && Number(p) <= to;
  const data = Object.keys(DATA_PORTS).filter(inRange);
  if (data.length > 0) return { messageId: 'sensitive', severity: 'critical', what: data.map((p) => `${p} (${DATA_PORTS[Number(p)]})`).join(', ') };
  const admin = Object.keys(ADMIN_PORTS).filter(inRange);
  if (admin.length > 0) return { messageId: 'sensitive', severity: 'high', what: admin.map((p) => `${p} (${ADMIN_PORTS[Number(p)]})`).join(', ') };
  return undefined;
}

/** Resources that never have a public address: attached to them, a group cannot be reached from the internet. */
const PRIVATE_TARGETS = new Set([
  'aws:rds/cluster:Cluster',
  'aws:docdb/cluster:Cluster',
  'aws:neptune/cluster:Cluster',
  'aws:elasticache/replicationGroup:ReplicationGroup',
  'aws:elasticache/cluster:Cluster',
  'aws:efs/mountTarget:MountTarget',
  'aws:lambda/function:Function',
  'aws:ec2/vpcEndpoint:VpcEndpoint',
  'aws:msk/cluster:Cluster',
  'aws:opensearch/domain:Domain',
  'aws:elasticsearch/domain:Domain',
]);
const RULE_TYPES = new Set([SECURITY_GROUP, SECURITY_GROUP_RULE, VPC_INGRESS_RULE, VPC_EGRESS_RULE]);

/** Is the resource certainly without a public address? */
function privateTarget(r: Resource): boolean {
  if (PRIVATE_TARGETS.has(r.type)) return true;
  if (r.type === 'aws:rds/instance:Instance' || r.type === 'aws:rds/clusterInstance:ClusterInstance') return bool(arg(r, 'publiclyAccessible')) === false || definitelyAbsent(r, 'publiclyAccessible');
  if (r.type === 'aws:ecs/service:Service') return bool(arg(r, 'networkConfiguration.assignPublicIp')) === false || definitelyAbsent(r, 'networkConfiguration.assignPublicIp');
  if (r.type === 'aws:lb/loadBalancer:LoadBalancer' || r.type === 'aws:alb/loadBalancer:LoadBalancer') return bool(arg(r, 'internal')) === true;
  return false;
}

const attachedCache = derivedCache<ResourceModel, Map<number, Resource[]>>();

/** The resources that use each security group (an argument holds `group.id`), rules and groups aside. */
function attachedTo(model: ResourceModel): Map<number, Resource[]> {
  let m = attachedCache.get(model);
  if (m) return m;
  m = new Map();
  for (const r of model.resources) {
    if (RULE_TYPES.has(r.type)) continue;
    const seen = new Set<number>();
    const note = (v: Value) => {
      if (v.kind === 'output' && v.attr === 'id' && v.resource !== undefined) seen.add(v.resource);
    };
    // Group ids sit in lists (`vpcSecurityGroupIds: [sg.id]`), which the walk enters without visiting.
    walk(r.args, ({ value }) => {
      note(value);
      if (value.kind === 'list') value.items.forEach(note);
    });
    for (const id of seen) m.set(id, [...(m.get(id) ?? []), r]);
  }
  attachedCache.set(model, m);
  return m;
}

/** The private targets a group is attached to, when it is attached to something and only to such targets. */
function onlyPrivate(model: ResourceModel, groupId: number | undefined): Resource[] | undefined {
  if (groupId === undefined || !programIsComplete(model)) return undefined;
  const targets = attachedTo(model).get(groupId);
  return targets && targets.length > 0 && targets.every(privateTarget) ? targets : undefined;
}

export default defineRule({
  id: 'security/sg-open-ingress',
  class: 'SG-OPEN-INGRESS',
  severity: 'critical',
  category: 'security',
  resourceTypes: [],
  messages: {
    private: 'Security group ingress allows {{what}} from {{cidr}}, but the group is attached only to {{targets}}, which have no public address: the opening is reachable from the VPC and connected networks, not from the internet. Still narrow it to the callers\' security group or the VPC CIDR, so a compromised host or a later public attachment does not inherit it.',
    all: 'Security group ingress allows {{what}} from {{cidr}}: every service on the attached instances, databases or load balancers is reachable from the internet. Open only the ports the service needs, from the load balancer\'s security group or a known CIDR.',
    sensitive: 'Security group ingress opens port {{what}} to {{cidr}}. Administration and database ports facing the internet are brute-forced and exploited within hours; allow them only from a bastion / VPN CIDR or from the application\'s security group (use SSM Session Manager instead of SSH).',
  },
  title: {
    private: 'Ingress {{what}} open to {{cidr}} on {{counted}} (attached to private {{targets}})',
    all: 'All ingress open to {{cidr}} on {{counted}}',
    sensitive: 'Port {{what}} open to {{cidr}} on {{counted}}',
  },
  fixHint: 'Replace `0.0.0.0/0` with the security group of the caller (`securityGroups: [appSg.id]` / `referencedSecurityGroupId`) or a specific admin CIDR; never open database, cache or admin ports to the internet.',
  docs: {
    summary: 'Ingress from `0.0.0.0/0` or `::/0` to administration ports (SSH, RDP), database/cache ports (3306, 5432, 6379, ...), all ports or all protocols.',
    why: 'An internet-facing database or SSH port is the most common exploitable hole in generated infrastructure: such ports are scanned, brute-forced and exploited within hours. Web ports (80, 443) open to the internet are expected for public load balancers and are not reported. Port ranges that include a sensitive port count. The rule reads inline `ingress` blocks of `aws.ec2.SecurityGroup`, `aws.ec2.SecurityGroupRule` (type ingress) and `aws.vpc.SecurityGroupIngressRule`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.SecurityGroup('db', {\n  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['0.0.0.0/0'] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("bastion")\naws.vpc.SecurityGroupIngressRule("ssh", security_group_id=sg.id, ip_protocol="tcp", from_port=22, to_port=22, cidr_ipv4="0.0.0.0/0")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst web = new aws.ec2.SecurityGroup('web', {\n  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],\n});\nnew aws.ec2.SecurityGroup('db', {\n  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, securityGroups: [web.id] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("bastion")\naws.vpc.SecurityGroupIngressRule("ssh", security_group_id=sg.id, ip_protocol="tcp", from_port=22, to_port=22, cidr_ipv4="203.0.113.10/32")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-13',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    ],
    notes: 'Severity: critical for all traffic, all ports, and database/cache/broker ports; high for SSH, RDP and WinRM; medium when the whole program was seen and the group is attached only to targets without a public address (Aurora/DocumentDB/Neptune clusters, caches, Lambda functions, EFS mount targets, VPC endpoints, RDS instances that are not publicly accessible, ECS services without public IPs, internal load balancers). Egress is security/sg-open-egress\'s finding (allow-all egress is the AWS default, reported at low severity there). CIDRs from configuration or other unknown values are not judged; private CIDRs are judged by security/sg-rule-misconfig.',
  },
  check(ctx) {
    for (const rule of securityGroupRules(ctx.model)) {
      if (rule.direction !== 'ingress') continue;
      const open = rule.cidrs.find((c) => isAnywhere(c.text));
      const found = open && exposure(rule);
      if (!open || !found) continue;
      const inside = onlyPrivate(ctx.model, rule.groupId);
      if (inside) {
        const targets = [...new Set(inside.map((t) => t.typePath))].join(', ');
        ctx.report({ messageId: 'private', data: { what: found.what, cidr: open.text, targets }, at: within(open.at, rule.at), resource: rule.resource, severity: 'medium' });
        continue;
      }
      ctx.report({ messageId: found.messageId, data: { what: found.what, cidr: open.text }, at: within(open.at, rule.at), resource: rule.resource, severity: found.severity });
    }
  },
});
