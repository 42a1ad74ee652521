// Whether a subnet of the program can be reached from the internet, judged from its route table:
// the subnet's `aws.ec2.RouteTableAssociation` leads to an `aws.ec2.RouteTable` whose routes (inline
// `routes` and `aws.ec2.Route` resources) do or do not send traffic to an internet gateway.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource, refersTo } from './resource-refs.js';
import { arg, isAbsent, items, str } from './values.js';
import { programIsComplete } from './whole-program.js';

export const SUBNET = 'aws:ec2/subnet:Subnet';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
const ROUTE = 'aws:ec2/route:Route';
const ASSOCIATION = 'aws:ec2/routeTableAssociation:RouteTableAssociation';
const VPC = 'aws:ec2/vpc:Vpc';
const INTERNET_GATEWAY = 'aws:ec2/internetGateway:InternetGateway';
const GATEWAY_ATTACHMENT = 'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment';
const VPN_GATEWAY = 'aws:ec2/vpnGateway:VpnGateway';

/**
 * `internet`: the subnet's route table has a route to an internet gateway. `none`: it certainly has
 * none (every route goes to a NAT gateway, a transit gateway, a peering connection, an endpoint, ...).
 * undefined: not known (no explicit association, so the VPC's main route table applies; a table or
 * route built from unknown values; a route that may or may not exist).
 */
export type Routing = 'internet' | 'none' | undefined;

/** Where one route sends traffic, as far as reaching the internet goes. */
function routeTarget(model: ResourceModel, route: Value): Routing {
  if (route.kind !== 'obj' || route.open) return undefined;
  const present = (key: string): Value | undefined => {
    const v = route.props.get(key);
    return v && !isAbsent(v) ? v : undefined;
  };
  // Wavelength carrier gateways and Outposts local gateways: reachability depends on the network outside.
  if (present('carrierGatewayId') || present('localGatewayId')) return undefined;
  const gateway = present('gatewayId');
  if (!gateway) return 'none';
  const target = referencedResource(model, gateway);
  if (target) return target.type === INTERNET_GATEWAY ? 'internet' : target.type === VPN_GATEWAY ? 'none' : undefined;
  const text = str(gateway);
  if (text === 'local' || text?.startsWith('vgw-')) return 'none';
  if (text?.startsWith('igw-')) return 'internet';
  return undefined;
}

/** Routing of a route table of the program: its inline routes and the `aws.ec2.Route` resources that may target it. */
export function routeTableRouting(model: ResourceModel, table: Resource): Routing {
  let result: Routing = 'none';
  if (table.args.open || !table.argsKnown) result = undefined;
  const inline = arg(table, 'routes');
  if (inline) {
    const list = items(inline);
    if (!list || list.open) result = undefined;
    for (const route of list?.items ?? []) {
      const target = routeTarget(model, route);
      if (target === 'internet') return 'internet';
      if (target === undefined) result = undefined;
    }
  }
  for (const route of model.resources) {
    if (route.type !== ROUTE) continue;
    const rel = route.args.open ? 'unknown' : refersTo(model, arg(route, 'routeTableId'), table);
    if (rel === 'no') continue;
    const target = route.args.open ? undefined : routeTarget(model, route.args);
    if (rel === 'yes' && target === 'internet' && !route.conditional) return 'internet';
    if (target !== 'none') result = undefined;
  }
  return result;
}

/**
 * The program's VPC of this subnet, when the VPC certainly has no internet gateway: no
 * `aws.ec2.InternetGateway` or `InternetGatewayAttachment` of the program names it (or may), and the
 * model saw the whole program. A new VPC has none of its own.
 */
export function vpcWithoutInternetGateway(model: ResourceModel, subnet: Resource): Resource | undefined {
  const vpc = referencedResource(model, arg(subnet, 'vpcId'));
  if (!vpc || vpc.type !== VPC || !programIsComplete(model)) return undefined;
  const attached = model.resources.some((g) => {
    if (g.type !== INTERNET_GATEWAY && g.type !== GATEWAY_ATTACHMENT) return false;
    if (g.args.open) return true;
    const ref = arg(g, 'vpcId');
    // A gateway created without `vpcId` is attached by an InternetGatewayAttachment, seen on its own.
    return g.type === INTERNET_GATEWAY && !ref ? false : refersTo(model, ref, vpc) !== 'no';
  });
  return attached ? undefined : vpc;
}

/** Routing of a subnet of the program, through its explicit route table association. */
export function subnetRouting(model: ResourceModel, subnet: Resource): Routing {
  if (vpcWithoutInternetGateway(model, subnet)) return 'none';
  const tables: Resource[] = [];
  for (const a of model.resources) {
    if (a.type !== ASSOCIATION) continue;
    const rel = refersTo(model, arg(a, 'subnetId'), subnet);
    if (rel === 'no') continue;
    if (rel === 'unknown' || a.conditional) return undefined;
    const table = referencedResource(model, arg(a, 'routeTableId'));
    if (!table || table.type !== ROUTE_TABLE) return undefined;
    tables.push(table);
  }
  // Without an explicit association the subnet uses the VPC's main route table, which the program
  // does not describe (even with a MainRouteTableAssociation, its routes may come from elsewhere).
  if (tables.length === 0) return undefined;
  const each = tables.map((t) => routeTableRouting(model, t));
  if (each.includes('internet')) return 'internet';
  return each.every((r) => r === 'none') ? 'none' : undefined;
}

/** The program subnet a subnet reference names (`subnet.id`, or `{ subnetId: subnet.id }` of a subnet mapping). */
export function subnetOf(model: ResourceModel, v: Value): Resource | undefined {
  const ref = v.kind === 'obj' ? v.props.get('subnetId') : v;
  if (!ref || ref.kind !== 'output' || ref.attr !== 'id') return undefined;
  const res = referencedResource(model, ref);
  return res && res.type === SUBNET ? res : undefined;
}
