// Networking: availability zones, NAT gateways, VPC endpoints and CIDR blocks.

import { knownString, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, items, num, str, stringParts } from '../../rules/_shared/values.js';
import { fail, label, nothingToCheck, pass, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

interface Zones {
  /** Distinct zones: names (`us-east-1a`) or indexes into an AZ lookup (`#0`). */
  keys: Set<string>;
  /** Some subnet's zone is not known. */
  unresolved: boolean;
  subnets: Resource[];
}

/** The zone of a subnet as a key: a known name, or the index into `getAvailabilityZones().names`. */
function zoneKey(v: Value | undefined): string | undefined {
  const name = knownString(v);
  if (name) return name;
  if (v?.kind === 'unknown' || v?.kind === 'output') {
    const why = v.kind === 'unknown' ? v.why : v.src;
    const m = /names\.(\d+)$|zone(?:Id)?s?\.(\d+)$|\[(\d+)\]$/.exec(why);
    if (m) return `#${m[1] ?? m[2] ?? m[3]}`;
  }
  return undefined;
}

export function zones(ctx: CheckContext): Zones {
  const subnets = resourcesOf(ctx, TYPES.subnet);
  const keys = new Set<string>();
  let unresolved = false;
  for (const s of subnets) {
    const key = zoneKey(arg(s, 'availabilityZone') ?? arg(s, 'availabilityZoneId'));
    if (key) keys.add(key);
    else unresolved = true;
  }
  // awsx builds its subnets itself: three zones unless told otherwise.
  for (const v of resourcesOf(ctx, TYPES.awsxVpc)) {
    const n = num(arg(v, 'numberOfAvailabilityZones')) ?? items(arg(v, 'availabilityZoneNames'))?.items.length;
    const given = arg(v, 'numberOfAvailabilityZones') ?? arg(v, 'availabilityZoneNames');
    if (n !== undefined) for (let i = 0; i < n; i++) keys.add(`awsx#${i}`);
    else if (given) unresolved = true;
    else for (let i = 0; i < 3; i++) keys.add(`awsx#${i}`);
  }
  return { keys, unresolved, subnets };
}

function zoneList(keys: Set<string>): string {
  const named = [...keys].filter((k) => !k.includes('#'));
  return named.length === keys.size ? ` (${named.join(', ')})` : '';
}

/**
 * "3 private and 3 public subnets across different AZs": a tier the request names whose subnets are
 * all known (public by mapPublicIpOnLaunch) and span fewer zones, even when another tier's are not known.
 */
function shortTier(sentence: string, subnets: Resource[], want: number): { name: string; keys: Set<string>; first: Resource } | undefined {
  if (!/\bpublic\b/i.test(sentence) || !/\bprivate\b/i.test(sentence)) return undefined;
  const publicOf = (s: Resource) => bool(arg(s, 'mapPublicIpOnLaunch')) ?? (definitelyAbsent(s, 'mapPublicIpOnLaunch') ? false : undefined);
  if (subnets.some((s) => publicOf(s) === undefined)) return undefined;
  for (const [name, isPublic] of [['public', true], ['private', false]] as const) {
    const tier = subnets.filter((s) => publicOf(s) === isPublic);
    const keys = tier.map((s) => zoneKey(arg(s, 'availabilityZone') ?? arg(s, 'availabilityZoneId')));
    if (tier.length === 0 || keys.some((k) => k === undefined)) continue;
    const distinct = new Set(keys as string[]);
    if (distinct.size < want) return { name, keys: distinct, first: tier[0]! };
  }
  return undefined;
}

export const checkAzCount: Check<'az-count'> = (req, ctx) => {
  const want = req.params.count;
  const z = zones(ctx);
  if (z.subnets.length === 0 && z.keys.size === 0) return nothingToCheck(ctx, 'subnets');
  // An Auto Scaling group confined to fewer subnets than zones is not spread either.
  for (const g of resourcesOf(ctx, /^aws:autoscaling\/group:Group$/)) {
    const list = items(arg(g, 'vpcZoneIdentifiers'));
    if (list && !list.open && list.items.length < want && list.items.length > 0) {
      return fail(req, `${label(g)} launches instances in ${list.items.length} subnet${list.items.length === 1 ? '' : 's'} only`, g, arg(g, 'vpcZoneIdentifiers')?.at);
    }
  }
  if (z.keys.size >= want) return pass(`subnets span ${z.keys.size} availability zones`, z.subnets[0] ?? resourcesOf(ctx, TYPES.awsxVpc)[0], z.subnets[0] ? arg(z.subnets[0], 'availabilityZone')?.at : undefined);
  const tier = shortTier(req.sentence, z.subnets, want);
  if (tier) return fail(req, `its ${tier.name} subnets span ${tier.keys.size} availability zone${tier.keys.size === 1 ? '' : 's'}`, tier.first, arg(tier.first, 'availabilityZone')?.at);
  if (z.unresolved) return unknown('the availability zone of some subnets is not known statically');
  const first = z.subnets[0];
  return fail(req, `its subnets span ${z.keys.size} availability zone${z.keys.size === 1 ? '' : 's'}${zoneList(z.keys)}`, first, first ? arg(first, 'availabilityZone')?.at : undefined);
};

export const checkNat: Check<'nat-gateways'> = (req, ctx) => {
  const nats = resourcesOf(ctx, TYPES.natGateway);
  const awsx = resourcesOf(ctx, TYPES.awsxVpc);
  const z = zones(ctx);
  if (nats.length === 0 && awsx.length === 0 && z.subnets.length === 0) return nothingToCheck(ctx, 'VPC');
  if (awsx.length > 0 && nats.length === 0) {
    // awsx creates one NAT gateway per zone unless its strategy says otherwise.
    const strategy = str(arg(awsx[0]!, 'natGateways.strategy')) ?? (arg(awsx[0]!, 'natGateways') ? undefined : 'OnePerAz');
    if (!strategy) return unknown('the NAT gateway strategy of the awsx VPC is not known statically');
    const mode = strategy === 'OnePerAz' ? 'per-az' : strategy === 'Single' ? 'single' : 'none';
    return mode === req.params.mode ? pass(`awsx NAT strategy ${strategy}`, awsx[0]) : fail(req, `the awsx VPC uses the NAT gateway strategy ${strategy}`, awsx[0]);
  }
  const n = nats.length;
  switch (req.params.mode) {
    case 'none':
      return n === 0 ? pass('no NAT gateway') : fail(req, `it creates ${n} NAT gateway${n === 1 ? '' : 's'}`, nats[0]);
    case 'single':
      if (n === 1) return pass('one NAT gateway', nats[0]);
      return n === 0 ? fail(req, 'it creates no NAT gateway') : fail(req, `it creates ${n} NAT gateways`, nats[1]);
    case 'per-az': {
      if (n === 0) return fail(req, 'it creates no NAT gateway');
      if (z.unresolved) return unknown('the availability zones of the subnets are not known statically');
      const needed = Math.max(2, z.keys.size);
      return n >= needed ? pass(`${n} NAT gateways for ${z.keys.size} zones`, nats[0]) : fail(req, `it creates ${n} NAT gateway${n === 1 ? '' : 's'} for subnets in ${z.keys.size} availability zones`, nats[0]);
    }
  }
};

/** The service of an endpoint: the known text after the region in `com.amazonaws.<region>.<service>`. */
function endpointService(r: Resource): string | undefined {
  const parts = stringParts(arg(r, 'serviceName'));
  if (!parts) return undefined;
  const tail = parts[parts.length - 1];
  if (tail === null || tail === undefined) return undefined;
  const m = /(?:com\.amazonaws\.[a-z0-9-]+)?\.?([a-z0-9.-]+)$/.exec(tail);
  const svc = m?.[1]?.replace(/^\./, '');
  return svc?.startsWith('ecr.') ? 'ecr' : svc;
}

export const checkVpcEndpoints: Check<'vpc-endpoints'> = (req, ctx) => {
  const endpoints = resourcesOf(ctx, /^aws:ec2\/vpcEndpoint:VpcEndpoint$/);
  const wanted = req.params.services ?? [];
  if (endpoints.length === 0) {
    return ctx.complete ? fail(req, 'it creates no VPC endpoint', undefined, undefined, { variant: 'none' }) : unknown('the program creates no resources');
  }
  const have = new Set(endpoints.map(endpointService).filter((s): s is string => s !== undefined));
  const missing = wanted.filter((w) => !have.has(w));
  if (missing.length === 0) return pass(`VPC endpoints for ${[...have].join(', ')}`, endpoints[0], arg(endpoints[0]!, 'serviceName')?.at);
  if (have.size < endpoints.length) return unknown('the service of some VPC endpoints is not known statically');
  return fail(req, `its VPC endpoints serve ${[...have].join(', ') || 'other services'} but not ${missing.join(', ')}`, endpoints[0], undefined, { missing: missing.join(', ') });
};

export const checkCidr: Check<'cidr'> = (req, ctx) => {
  const vpc = req.params.target === 'vpc';
  const rs = vpc ? [...resourcesOf(ctx, TYPES.vpc), ...resourcesOf(ctx, TYPES.awsxVpc)] : resourcesOf(ctx, TYPES.subnet);
  if (rs.length === 0) return nothingToCheck(ctx, vpc ? 'VPC' : 'subnets');
  // awsx VPCs default to 10.0.0.0/16.
  const cidrOf = (r: Resource) => str(arg(r, 'cidrBlock')) ?? (TYPES.awsxVpc.test(r.type) && !arg(r, 'cidrBlock') ? '10.0.0.0/16' : undefined);
  const cidrs = rs.map(cidrOf);
  if (cidrs.includes(req.params.cidr)) return pass(`a ${req.params.target} uses ${req.params.cidr}`, rs[cidrs.indexOf(req.params.cidr)], arg(rs[cidrs.indexOf(req.params.cidr)]!, 'cidrBlock')?.at);
  if (cidrs.includes(undefined)) return unknown(`some ${req.params.target} CIDR blocks are not known statically`);
  const first = rs[0]!;
  return fail(req, `its ${vpc ? 'VPC uses' : 'subnets use'} ${[...new Set(cidrs)].join(', ')}`, first, arg(first, 'cidrBlock')?.at);
};
