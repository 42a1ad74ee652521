// Security group rules in one shape, whichever way the program writes them: inline `ingress` /
// `egress` blocks of `aws.ec2.SecurityGroup`, `aws.ec2.SecurityGroupRule`, and
// `aws.vpc.SecurityGroupIngressRule` / `SecurityGroupEgressRule` (one CIDR per rule).

import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { isAbsent, items, num, str } from './values.js';

export const SECURITY_GROUP = 'aws:ec2/securityGroup:SecurityGroup';
export const SECURITY_GROUP_RULE = 'aws:ec2/securityGroupRule:SecurityGroupRule';
export const VPC_INGRESS_RULE = 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule';
export const VPC_EGRESS_RULE = 'aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule';

export interface SgCidr {
  text: string;
  at?: At;
}

export interface SgRule {
  resource: Resource;
  /** `inline` for an ingress/egress block of a SecurityGroup. */
  source: 'inline' | 'rule' | 'vpc-rule';
  direction?: 'ingress' | 'egress';
  /** `all`, `tcp`, `udp`, `icmp`, `icmpv6`, another protocol number as text; undefined when unknown. */
  protocol?: string;
  fromPort?: number;
  toPort?: number;
  /** Whether each port argument is written (absent ports mean "all" only for protocol all). */
  portsGiven: boolean;
  /** Known CIDR sources (IPv4 and IPv6). */
  cidrs: SgCidr[];
  /** Where the rule is written: the inline block or the rule resource's constructor. */
  at: At;
  /** Span of the protocol value, for findings about it. */
  protocolAt?: At;
  /** Id of the SecurityGroup resource the rule belongs to, when the program created it. */
  groupId?: number;
  /** The object the rule was read from: the inline block, or the rule resource's arguments. */
  written: Value;
}

const PROTOCOL_ALIASES: Record<string, string> = { '-1': 'all', all: 'all', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** Protocol text, or an `aws.ec2.ProtocolType` enum member the model keeps by name. */
function protocolOf(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'known' && (typeof v.value === 'string' || typeof v.value === 'number')) {
    const s = String(v.value).toLowerCase();
    return PROTOCOL_ALIASES[s] ?? s;
  }
  if (v.kind === 'unknown') {
    const member = /^enum:aws\.ec2\.ProtocolType\.(\w+)$/.exec(v.why)?.[1]?.toLowerCase();
    return member ? (PROTOCOL_ALIASES[member] ?? member) : undefined;
  }
  return undefined;
}

function cidrsOf(...vs: (Value | undefined)[]): SgCidr[] {
  const out: SgCidr[] = [];
  for (const v of vs) {
    for (const it of items(v)?.items ?? []) {
      const text = str(it);
      if (text !== undefined) out.push(it.at ? { text, at: it.at } : { text });
    }
  }
  return out;
}

function prop(o: Value, key: string): Value | undefined {
  const v = o.kind === 'obj' ? o.props.get(key) : undefined;
  return v && !isAbsent(v) ? v : undefined;
}

function groupOf(v: Value | undefined): number | undefined {
  return v?.kind === 'output' && v.attr === 'id' ? v.resource : undefined;
}

function build(resource: Resource, source: SgRule['source'], o: Value, direction: SgRule['direction'], at: At, protocolKey: string, cidrKeys: string[]): SgRule {
  const protocolValue = prop(o, protocolKey);
  const rule: SgRule = {
    resource,
    source,
    portsGiven: !!(prop(o, 'fromPort') || prop(o, 'toPort')),
    cidrs: cidrsOf(...cidrKeys.map((k) => prop(o, k))),
    at,
    written: o,
  };
  if (direction) rule.direction = direction;
  const protocol = protocolOf(protocolValue);
  if (protocol) rule.protocol = protocol;
  if (protocolValue?.at) rule.protocolAt = protocolValue.at;
  const from = num(prop(o, 'fromPort'));
  const to = num(prop(o, 'toPort'));
  if (from !== undefined) rule.fromPort = from;
  if (to !== undefined) rule.toPort = to;
  return rule;
}

/** Every security group rule of the program whose shape is known. */
export function securityGroupRules(model: ResourceModel): SgRule[] {
  const out: SgRule[] = [];
  for (const r of model.resources) {
    if (r.type === SECURITY_GROUP) {
      for (const direction of ['ingress', 'egress'] as const) {
        for (const block of items(prop(r.args, direction))?.items ?? []) {
          if (block.kind !== 'obj') continue;
          const rule = build(r, 'inline', block, direction, block.at ?? r.at, 'protocol', ['cidrBlocks', 'ipv6CidrBlocks']);
          rule.groupId = r.id;
          out.push(rule);
        }
      }
    } else if (r.type === SECURITY_GROUP_RULE) {
      const type = str(prop(r.args, 'type'));
      const direction = type === 'ingress' || type === 'egress' ? type : undefined;
      const rule = build(r, 'rule', r.args, direction, r.at, 'protocol', ['cidrBlocks', 'ipv6CidrBlocks']);
      const group = groupOf(prop(r.args, 'securityGroupId'));
      if (group !== undefined) rule.groupId = group;
      out.push(rule);
    } else if (r.type === VPC_INGRESS_RULE || r.type === VPC_EGRESS_RULE) {
      const rule = build(r, 'vpc-rule', r.args, r.type === VPC_INGRESS_RULE ? 'ingress' : 'egress', r.at, 'ipProtocol', ['cidrIpv4', 'cidrIpv6']);
      const group = groupOf(prop(r.args, 'securityGroupId'));
      if (group !== undefined) rule.groupId = group;
      out.push(rule);
    }
  }
  return out;
}

/** `0.0.0.0/0` or `::/0`. */
export function isAnywhere(cidr: string): boolean {
  return cidr.trim() === '0.0.0.0/0' || cidr.trim() === '::/0';
}

/** Port range the rule opens for TCP/UDP: [from, to]; all ports for protocol all. */
export function openPorts(rule: SgRule): [number, number] | undefined {
  if (rule.protocol === 'all') return [0, 65535];
  if (rule.protocol !== 'tcp' && rule.protocol !== 'udp') return undefined;
  if (rule.fromPort === undefined || rule.toPort === undefined) return undefined;
  return [rule.fromPort, rule.toPort];
}

/** `inner` when it lies inside `outer` (a CIDR written in the rule), else `outer` (a CIDR from a default elsewhere). */
export function within(inner: At | undefined, outer: At): At {
  return inner && inner.f === outer.f && inner.s >= outer.s && inner.e <= outer.e ? inner : outer;
}
