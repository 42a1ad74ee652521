// Which ports a set of security groups lets in. A rule about "nothing can reach port P" must know
// every ingress rule of every group: inline blocks written in full, and every rule resource of the
// program resolved to its group. Anything it cannot see makes the answer unknown.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceWhere } from './resource-refs.js';
import { SECURITY_GROUP, SECURITY_GROUP_RULE, securityGroupRules, VPC_INGRESS_RULE, type SgRule } from './security-group-rules.js';
import { bool, isAbsent, items } from './values.js';
import { derivedCache } from './derived.js';

export type Coverage = 'open' | 'closed' | 'unknown';

interface Index {
  byGroup: Map<number, SgRule[]>;
  /** Some ingress rule resource names a group the model cannot resolve: it may belong to any group. */
  unresolved: boolean;
}

const cache = derivedCache<ResourceModel, Index>();

function index(model: ResourceModel): Index {
  let ix = cache.get(model);
  if (ix) return ix;
  ix = { byGroup: new Map(), unresolved: false };
  for (const rule of securityGroupRules(model)) {
    if (rule.direction === 'egress') continue;
    if (rule.groupId === undefined) {
      // A rule resource of unknown direction or group may open the port on any group.
      if (rule.source !== 'inline' && (rule.resource.reached || !rule.resource.argsKnown)) ix.unresolved = true;
      continue;
    }
    const list = ix.byGroup.get(rule.groupId) ?? [];
    list.push(rule);
    ix.byGroup.set(rule.groupId, list);
  }
  // Rule resources whose direction is not known (a `type` from config) count as unresolved too.
  if (model.resources.some((r) => (r.type === SECURITY_GROUP_RULE || r.type === VPC_INGRESS_RULE) && !r.argsKnown)) ix.unresolved = true;
  cache.set(model, ix);
  return ix;
}

/** Does the rule let TCP `port` in? undefined: its protocol or ports are not known. */
function opens(rule: SgRule, port: number): boolean | undefined {
  if (rule.protocol === undefined) return undefined;
  if (rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp') return false;
  if (rule.fromPort === undefined || rule.toPort === undefined) return undefined;
  return rule.fromPort <= port && port <= rule.toPort;
}

/** Are the group's inline ingress blocks all written out (no open list, no block built from unknown values)? */
function inlineComplete(group: Resource): boolean {
  if (!group.argsKnown || group.args.open) return false;
  const v = group.args.props.get('ingress');
  if (!v || isAbsent(v)) return true;
  const list = items(v);
  return !!list && !list.open && list.items.every((b) => b.kind === 'obj' && !b.open);
}

/** The program security groups a list argument names (`[sg.id, ...]`); undefined when one is not a program group. */
export function groupsOf(model: ResourceModel, v: Value | undefined): Resource[] | undefined {
  const list = items(v);
  if (!list || list.open || list.items.length === 0) return undefined;
  const out: Resource[] = [];
  for (const it of list.items) {
    const g = it.kind === 'output' && it.attr === 'id' ? resourceWhere(model, it.resource, (r) => r.type === SECURITY_GROUP) : undefined;
    if (!g) return undefined;
    out.push(g);
  }
  return out;
}

function prop(o: Value, key: string): Value | undefined {
  const v = o.kind === 'obj' ? o.props.get(key) : undefined;
  return v && !isAbsent(v) ? v : undefined;
}

/**
 * Does the rule admit traffic from one of the `callers` groups? Any CIDR or prefix list counts as
 * admitting (it may contain the callers' addresses); `self` admits the group itself. undefined: its
 * sources cannot be read.
 */
function admits(rule: SgRule, group: Resource, callers: Resource[]): boolean | undefined {
  const o = rule.written;
  if (o.kind !== 'obj' || o.open) return undefined;
  if (rule.cidrs.length > 0) return true;
  for (const key of ['cidrBlocks', 'ipv6CidrBlocks', 'cidrIpv4', 'cidrIpv6', 'prefixListIds', 'prefixListId']) {
    const v = prop(o, key);
    if (v && !(v.kind === 'list' && v.items.length === 0 && !v.open)) return true;
  }
  let unknown = false;
  const self = prop(o, 'self');
  if (self && bool(self) === undefined) unknown = true;
  if (bool(self) === true && callers.some((c) => c.id === group.id)) return true;
  for (const key of ['securityGroups', 'sourceSecurityGroupId', 'referencedSecurityGroupId']) {
    const v = prop(o, key);
    // A single group id is an Output, which `items` would look inside.
    const list = v?.kind === 'output' ? { items: [v], open: false } : items(v);
    if (!v) continue;
    if (!list) {
      unknown = true;
      continue;
    }
    if (list.open) unknown = true;
    for (const it of list.items) {
      const id = it.kind === 'output' && it.attr === 'id' ? it.resource : undefined;
      if (id === undefined) unknown = true;
      else if (callers.some((c) => c.id === id)) return true;
    }
  }
  return unknown ? undefined : false;
}

/** Whether any of the groups lets TCP `port` in, from any source, or from one of `callers` when given. */
export function ingressCoverage(model: ResourceModel, groups: Resource[], port: number, callers?: Resource[]): Coverage {
  const ix = index(model);
  let unknown = ix.unresolved;
  for (const g of groups) {
    if (!inlineComplete(g)) unknown = true;
    for (const rule of ix.byGroup.get(g.id) ?? []) {
      const o = opens(rule, port);
      if (o === undefined) unknown = true;
      if (o !== true) continue;
      const a = callers ? admits(rule, g, callers) : true;
      if (a === true) return 'open';
      if (a === undefined) unknown = true;
    }
  }
  return unknown ? 'unknown' : 'closed';
}
