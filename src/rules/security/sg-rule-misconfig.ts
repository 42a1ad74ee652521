import type { Resource } from '../../model/types.js';
import { isAnywhere, SECURITY_GROUP, securityGroupRules, within, type SgRule } from '../_shared/security-group-rules.js';
import { isAbsent } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** ICMP rules put the type and code in fromPort/toPort, where from > to is normal (echo = 8/0). */
const ICMP = new Set(['icmp', 'icmpv6']);

/** Port pairs written to mean "all ports" with protocol -1; any other pair names a range the API ignores. */
function meansAllPorts(from: number, to: number): boolean {
  return (from === 0 && to === 0) || (from === -1 && to === -1) || (from <= 1 && to === 65535);
}

function checkPorts(ctx: RuleContext, rule: SgRule): void {
  const { fromPort: from, toPort: to, protocol } = rule;
  if (protocol === undefined || from === undefined || to === undefined) return;
  if (protocol === 'all') {
    if (!meansAllPorts(from, to)) ctx.report({ messageId: 'allWithPorts', data: { from, to }, at: rule.protocolAt ?? rule.at, resource: rule.resource });
    return;
  }
  if (ICMP.has(protocol)) return;
  if (from > to) ctx.report({ messageId: 'reversed', data: { from, to }, at: rule.at, resource: rule.resource });
  else if (from === 0 && to === 0 && (protocol === 'tcp' || protocol === 'udp')) ctx.report({ messageId: 'portZero', data: { protocol }, at: rule.at, resource: rule.resource });
}

function checkAllTrafficFromNetwork(ctx: RuleContext, rule: SgRule): void {
  if (rule.direction !== 'ingress' || rule.protocol !== 'all') return;
  const cidr = rule.cidrs.find((c) => !isAnywhere(c.text));
  if (cidr) ctx.report({ messageId: 'allFromCidr', data: { cidr: cidr.text }, at: within(cidr.at, rule.at), resource: rule.resource, severity: 'medium' });
}

/** Security groups with inline rules that separate rule resources also manage. */
function checkMixedRules(ctx: RuleContext, rules: SgRule[]): void {
  const groups = new Map(ctx.model.resources.filter((r) => r.type === SECURITY_GROUP).map((r) => [r.id, r]));
  for (const rule of rules) {
    if (rule.source === 'inline' || rule.groupId === undefined) continue;
    const group = groups.get(rule.groupId);
    if (!group || !rule.direction || !hasInline(group, rule.direction)) continue;
    ctx.report({ messageId: 'mixed', data: { key: rule.direction }, at: rule.resource.at, resource: rule.resource, severity: 'high' });
  }
}

/** The group manages its `ingress` / `egress` rules inline (an empty list included: it removes the others). */
function hasInline(group: Resource, direction: 'ingress' | 'egress'): boolean {
  const v = group.args.props.get(direction);
  return v !== undefined && !isAbsent(v);
}

export default defineRule({
  id: 'security/sg-rule-misconfig',
  class: 'SG-RULE-MISCONFIG',
  severity: 'high',
  category: 'security',
  resourceTypes: [],
  messages: {
    reversed: 'Security group rule has fromPort {{from}} greater than toPort {{to}}; AWS rejects the range. Swap the values.',
    allWithPorts: 'Protocol `-1` (all) with ports {{from}}–{{to}}: the EC2 API ignores ports for protocol -1, so this rule opens every port and protocol, not the range written. Use `tcp`/`udp` with the intended range, or ports 0/0 if all traffic is really meant.',
    portZero: '`{{protocol}}` with fromPort 0 and toPort 0 allows only port 0, not all ports. Write the intended range (`0`–`65535`) or use protocol `-1` for all traffic.',
    allFromCidr: 'Ingress allows all protocols and ports from {{cidr}}: every host in that network can reach every port of the attached resources. Allow only the ports the service listens on, preferably from the caller\'s security group.',
    mixed: 'This {{key}} rule resource manages a security group that also declares inline `{{key}}` rules. Pulumi documents that inline rules and separate rule resources fight each other (rules overwritten, perpetual diffs); use one style per security group, preferably `aws.vpc.SecurityGroupIngressRule` / `SecurityGroupEgressRule`.',
  },
  title: {
    reversed: 'Reversed port range {{from}}–{{to}} on {{counted}}',
    allWithPorts: 'Protocol -1 with ports {{from}}–{{to}} opens every port on {{counted}}',
    portZero: '`{{protocol}}` port 0–0 on {{counted}} allows only port 0',
    allFromCidr: 'All protocols and ports open to {{cidr}} on {{counted}}',
    mixed: 'Separate {{kind}} resources mixed with inline {{key}} rules of the same security group',
  },
  fixHint: 'Keep fromPort ≤ toPort, use ports 0/0 only with protocol -1, open only the needed ports, and never mix inline ingress/egress with SecurityGroupRule resources on one group.',
  docs: {
    summary: 'Security group rules that AWS rejects or that do something other than intended: reversed port ranges, protocol -1 with ports, TCP port 0, all-traffic ingress from a network, inline rules mixed with rule resources.',
    why: 'A reversed range fails at deployment. Protocol `-1` ignores ports, so `protocol: "-1", fromPort: 443, toPort: 443` opens every port (the provider documents this API behaviour). `tcp` 0–0 opens only port 0, which silently blocks the intended traffic. All-traffic ingress from the VPC CIDR lets any compromised host reach every port. And a security group with inline `ingress`/`egress` plus `SecurityGroupRule` or `aws.vpc.SecurityGroup*Rule` resources is documented by the provider to cause rule conflicts and overwritten rules.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst sg = new aws.ec2.SecurityGroup('app', {\n  ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 80, cidrBlocks: ['10.0.0.0/16'] }],\n});\nnew aws.ec2.SecurityGroupRule('extra', { type: 'ingress', securityGroupId: sg.id, protocol: 'tcp', fromPort: 8080, toPort: 8080, cidrBlocks: ['10.0.0.0/16'] });\n`,
      py: `import pulumi_aws as aws\naws.ec2.SecurityGroup("endpoints", ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["10.0.0.0/16"])])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst sg = new aws.ec2.SecurityGroup('app', {});\nnew aws.vpc.SecurityGroupIngressRule('https', { securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '10.0.0.0/16' });\n`,
      py: `import pulumi_aws as aws\naws.ec2.SecurityGroup("endpoints", ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=["10.0.0.0/16"])])\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/securitygroup/',
      'https://github.com/hashicorp/terraform-provider-aws/issues/27525',
      'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html',
    ],
    notes: 'ICMP rules are not checked for port order (type/code). All-traffic ingress from `0.0.0.0/0` is security/sg-open-ingress\'s finding; rules that reference security groups or `self` are not reported. Missing descriptions are not reported. Mixed styles are detected only when the rule\'s `securityGroupId` is the `id` output of a security group of the program that declares inline rules of the same direction. Protocol -1 with 0/0, -1/-1 or 0–65535 is read as "all ports" and not reported.',
  },
  check(ctx) {
    const rules = securityGroupRules(ctx.model);
    for (const rule of rules) {
      checkPorts(ctx, rule);
      checkAllTrafficFromNetwork(ctx, rule);
    }
    checkMixedRules(ctx, rules);
  },
});
