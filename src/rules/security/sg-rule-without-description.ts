import type { Resource } from '../../model/types.js';
import { quotedName, resourceById } from '../_shared/resource-refs.js';
import { securityGroupRules, type SgRule } from '../_shared/security-group-rules.js';
import { isAbsent } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** A rule whose description is certainly not written: a closed block or rule resource with known arguments. */
function undescribed(rule: SgRule): boolean {
  const o = rule.written;
  if (o.kind !== 'obj' || o.open || (rule.source !== 'inline' && !rule.resource.argsKnown)) return false;
  const d = o.props.get('description');
  return !d || isAbsent(d);
}

export default defineRule({
  id: 'security/sg-rule-without-description',
  class: 'SG-RULE-MISCONFIG',
  severity: 'low',
  category: 'security',
  resourceTypes: [],
  messages: {
    group: 'Security group {{group}} has {{count}} rule(s) without a `description` ({{first}}). Undescribed rules cannot be reviewed or audited (nobody can tell why a port is open or whether it is still needed); say what each rule allows and why, e.g. "HTTPS from the ALB".',
  },
  title: 'Security group rules without descriptions on {{counted}} ({{first}}, …)',
  fixHint: 'Give every ingress and egress rule a `description` that names the peer and the purpose.',
  docs: {
    summary: 'Security groups with ingress or egress rules that have no description, reported once per group.',
    why: 'Rule descriptions are how the people who maintain and audit the stack tell an intended opening from a forgotten one (Checkov CKV_AWS_23, the AWS Well-Architected security pillar). It is hygiene, not an exposure, so the finding is low severity and given once per security group, counting its rules without a description, inline or as separate rule resources.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.SecurityGroup('db', {\n  vpcId: 'vpc-1',\n  description: 'Database',\n  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['10.0.0.0/16'] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("db", vpc_id="vpc-1", description="Database")\naws.vpc.SecurityGroupIngressRule("db-pg", security_group_id=sg.id, ip_protocol="tcp", from_port=5432, to_port=5432,\n    cidr_ipv4="10.0.0.0/16")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.SecurityGroup('db', {\n  vpcId: 'vpc-1',\n  description: 'Database',\n  ingress: [{ description: 'PostgreSQL from the VPC', protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['10.0.0.0/16'] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("db", vpc_id="vpc-1", description="Database")\naws.vpc.SecurityGroupIngressRule("db-pg", security_group_id=sg.id, ip_protocol="tcp", from_port=5432, to_port=5432,\n    cidr_ipv4="10.0.0.0/16", description="PostgreSQL from the VPC")\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://www.checkov.io/5.Policy%20Index/terraform.html (CKV_AWS_23)'],
    notes: 'Rules built from unknown values (an open block, a spread) are not counted. Rule resources whose security group is not a group of the program are reported on their own. The group\'s own `description` is a different setting (it defaults to "Managed by Pulumi").',
  },
  check(ctx) {
    const byGroup = new Map<number, SgRule[]>();
    for (const rule of securityGroupRules(ctx.model)) {
      if (inFragment(ctx, rule.resource) || !undescribed(rule)) continue;
      const key = rule.groupId ?? -1 - rule.resource.id;
      byGroup.set(key, [...(byGroup.get(key) ?? []), rule]);
    }
    for (const [key, rules] of byGroup) {
      const group: Resource | undefined = key >= 0 ? resourceById(ctx.model, key) : undefined;
      const first = rules[0]!;
      const label = first.protocol === 'all' ? 'all traffic' : first.fromPort !== undefined ? `${first.protocol ?? '?'} ${first.fromPort}${first.toPort !== first.fromPort ? `-${first.toPort}` : ''}` : first.protocol ?? 'a rule';
      ctx.report({ messageId: 'group', data: { group: group ? quotedName(group) : quotedName(first.resource), count: rules.length, first: `${first.direction ?? 'rule'} ${label}` }, at: first.at, resource: group ?? first.resource });
    }
  },
});
