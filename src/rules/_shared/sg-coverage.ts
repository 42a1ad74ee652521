// Which ports a set of security groups lets in. A rule about "nothing can reach port P" must know
// every ingress rule of every group: inline blocks written in full, and every rule resource of the
// program resolved to its group. Anything it cannot see makes the answer unknown.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceWhere } from './resource-refs.js';
import { SECURITY_GROUP, SECURITY_GROUP_RULE, securityGroupRules, VPC_INGRESS_RULE, type SgRule } from './security-group-rules.js';
import { isAbsent, items } from './values.js';

export type Coverage = 'open' | 'closed' | 'unknown';

interface Index {
  byGroup: Map<number, SgRule[]>;
  /** Some ingress rule resource names a group the model cannot resolve: it may belong to any group. */
  unresolved: boolean;
}

const cache = new WeakMap<ResourceModel, Index>();

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

/** Whether any of the groups lets TCP `port` in, from any source. */
export function ingressCoverage(model: ResourceModel, groups: Resource[], port: number): Coverage {
  const ix = index(model);
  let unknown = ix.unresolved;
  for (const g of groups) {
    if (!inlineComplete(g)) unknown = true;
    for (const rule of ix.byGroup.get(g.id) ?? []) {
      const o = opens(rule, port);
      if (o === true) return 'open';
      if (o === undefined) unknown = true;
    }
  }
  return unknown ? 'unknown' : 'closed';
}
