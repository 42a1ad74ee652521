// The routes a program writes, wherever it writes them (`aws.ec2.Route` resources, inline `routes` of
// `aws.ec2.RouteTable` and `aws.ec2.DefaultRouteTable`), and what they lead to: which gateways and
// peering connections get traffic, and which VPC each route belongs to.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource, refersTo } from './resource-refs.js';
import { arg, isAbsent, items } from './values.js';
import { derivedCache } from './derived.js';

export const VPC = 'aws:ec2/vpc:Vpc';
export const ROUTE = 'aws:ec2/route:Route';
export const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
export const DEFAULT_ROUTE_TABLE = 'aws:ec2/defaultRouteTable:DefaultRouteTable';
export const ASSOCIATION = 'aws:ec2/routeTableAssociation:RouteTableAssociation';
export const MAIN_ASSOCIATION = 'aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation';

/** Every argument a route may name its target with. */
export const ROUTE_TARGETS = [
  'gatewayId',
  'natGatewayId',
  'networkInterfaceId',
  'transitGatewayId',
  'vpcPeeringConnectionId',
  'egressOnlyGatewayId',
  'vpcEndpointId',
  'carrierGatewayId',
  'localGatewayId',
  'coreNetworkArn',
  'instanceId',
];

export interface RouteEntry {
  /** The route's own arguments: an inline route object, or the args of an `aws.ec2.Route`. */
  route: Value;
  /** The resource that writes it (the route, or the table holding it inline). */
  owner: Resource;
  /** The route table it belongs to, as a value (`rt.id`) or the table resource itself for inline routes. */
  table: Value | Resource;
  /** Part of the route may be missing from the model (unknown spread, unknown list of routes). */
  open: boolean;
}

const cache = derivedCache<ResourceModel, { entries: RouteEntry[]; open: boolean }>();

/**
 * All routes of the program; `open` is true when some route tables or routes could not be read whole,
 * so a route the rule looks for may exist unseen.
 */
export function routeEntries(model: ResourceModel): { entries: RouteEntry[]; open: boolean } {
  const hit = cache.get(model);
  if (hit) return hit;
  const entries: RouteEntry[] = [];
  let open = false;
  for (const r of model.resources) {
    if (r.type === ROUTE) {
      entries.push({ route: r.args, owner: r, table: arg(r, 'routeTableId') ?? { kind: 'absent' }, open: r.args.open === true || !r.argsKnown });
    } else if (r.type === ROUTE_TABLE || r.type === DEFAULT_ROUTE_TABLE) {
      if (r.args.open || !r.argsKnown) open = true;
      const inline = r.args.props.get('routes');
      // Routes read from configuration cannot name the gateways or connections the program creates.
      if (!inline || isAbsent(inline) || fromConfig(inline)) continue;
      const list = items(inline);
      if (!list || list.open) open = true;
      for (const route of list?.items ?? []) entries.push({ route, owner: r, table: r, open: route.kind !== 'obj' || route.open === true });
    }
  }
  const result = { entries, open: open || entries.some((e) => e.open) };
  cache.set(model, result);
  return result;
}

function fromConfig(v: Value): boolean {
  return v.kind === 'unknown' && !v.alts && /^(config|env):/.test(v.why);
}

/**
 * Like `refersTo`, but a value read from configuration or the environment is taken not to name a
 * resource the program itself creates: its id does not exist before the deployment does.
 */
export function namesResource(model: ResourceModel, v: Value | undefined, target: Resource): 'yes' | 'no' | 'unknown' {
  if (v && fromConfig(v)) return 'no';
  return refersTo(model, v, target);
}

function props(route: Value): Map<string, Value> | undefined {
  return route.kind === 'obj' ? route.props : undefined;
}

/** Does this route send traffic to `target` (through any target argument)? */
export function routeTargets(model: ResourceModel, e: RouteEntry, target: Resource): 'yes' | 'no' | 'unknown' {
  const p = props(e.route);
  if (!p) return 'unknown';
  let result: 'no' | 'unknown' = e.open ? 'unknown' : 'no';
  for (const key of ROUTE_TARGETS) {
    const rel = namesResource(model, p.get(key), target);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

/**
 * Does any route of the program lead to `target`? 'yes' when one certainly does (even in a
 * conditional branch), 'no' when the program certainly has none, 'unknown' otherwise.
 */
export function routedTo(model: ResourceModel, target: Resource): 'yes' | 'no' | 'unknown' {
  const { entries, open } = routeEntries(model);
  let result: 'no' | 'unknown' = open ? 'unknown' : 'no';
  for (const e of entries) {
    const rel = routeTargets(model, e, target);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

/** The route table resource a route belongs to, when the program creates it. */
export function tableOf(model: ResourceModel, e: RouteEntry): Resource | undefined {
  if ('type' in e.table && 'args' in e.table) return e.table as Resource;
  const t = referencedResource(model, e.table as Value);
  return t && (t.type === ROUTE_TABLE || t.type === DEFAULT_ROUTE_TABLE) ? t : undefined;
}

/**
 * The program VPC a route belongs to: through its route table's `vpcId`, a default route table of a
 * program VPC (`vpc.defaultRouteTableId`), or a route written on `vpc.mainRouteTableId`.
 */
export function vpcOfRoute(model: ResourceModel, e: RouteEntry): Resource | undefined {
  const table = tableOf(model, e);
  if (table) return vpcOfTable(model, table);
  const direct = referencedResource(model, e.table as Value);
  return direct && direct.type === VPC ? direct : undefined;
}

export function vpcOfTable(model: ResourceModel, table: Resource): Resource | undefined {
  const ref = table.type === DEFAULT_ROUTE_TABLE ? arg(table, 'defaultRouteTableId') : arg(table, 'vpcId');
  const vpc = referencedResource(model, ref);
  return vpc && vpc.type === VPC ? vpc : undefined;
}

/** The program VPC a resource names in `vpcId`. */
export function vpcOf(model: ResourceModel, r: Resource): Resource | undefined {
  const vpc = referencedResource(model, arg(r, 'vpcId'));
  return vpc && vpc.type === VPC ? vpc : undefined;
}
