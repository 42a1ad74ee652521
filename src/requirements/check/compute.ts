// Compute sizing: instance types and classes, Auto Scaling and ECS capacity.

import type { Resource } from '../../model/types.js';
import { arg, num, str } from '../../rules/_shared/values.js';
import type { ParamsOf } from '../kinds.js';
import { fail, label, nothingToCheck, pass, resourcesOf, siblings, unknown, type Check } from './context.js';

const SIZED: Record<ParamsOf<'instance-type'>['target'], [RegExp, string][]> = {
  ec2: [
    [/^aws:ec2\/instance:Instance$/, 'instanceType'],
    [/^aws:ec2\/launchTemplate:LaunchTemplate$/, 'instanceType'],
  ],
  rds: [
    [/^aws:rds\/instance:Instance$/, 'instanceClass'],
    [/^aws:rds\/clusterInstance:ClusterInstance$/, 'instanceClass'],
  ],
  cache: [
    [/^aws:elasticache\/(replicationGroup|cluster):/, 'nodeType'],
  ],
};

export const checkInstanceType: Check<'instance-type'> = (req, ctx) => {
  const { target } = req.params;
  // Several sentences may allow several types (one per environment or per tier).
  const allowed = new Set(siblings(ctx, 'instance-type').filter((r) => r.params.target === target).flatMap((r) => r.params.types));
  const sized = SIZED[target].flatMap(([type, path]) => resourcesOf(ctx, type).map((r) => ({ r, path, value: str(arg(r, path)) })));
  if (sized.length === 0) return nothingToCheck(ctx, target === 'ec2' ? 'EC2 instances or launch templates' : target === 'rds' ? 'RDS instances' : 'cache clusters');
  const wrong = sized.find((s) => s.value !== undefined && !allowed.has(s.value));
  if (wrong) return fail(req, `${label(wrong.r)} uses ${wrong.value}`, wrong.r, arg(wrong.r, wrong.path)?.at);
  return sized.every((s) => s.value !== undefined) ? pass(`instances use ${[...allowed].join(', ')}`, sized[0]!.r, arg(sized[0]!.r, sized[0]!.path)?.at) : unknown('instance types are not known statically');
};

type Field = 'min' | 'max' | 'desired';

/** Capacity fields of Auto Scaling groups, ECS services and application auto scaling targets. */
const CAPACITY: [RegExp, Partial<Record<Field, string>>][] = [
  [/^aws:autoscaling\/group:Group$/, { min: 'minSize', max: 'maxSize', desired: 'desiredCapacity' }],
  [/^aws:ecs\/service:Service$/, { desired: 'desiredCount' }],
  [/^aws:appautoscaling\/target:Target$/, { min: 'minCapacity', max: 'maxCapacity' }],
];

export const checkCapacity: Check<'autoscaling-capacity'> = (req, ctx) => {
  const groups: { r: Resource; fields: Partial<Record<Field, string>> }[] = CAPACITY.flatMap(([type, fields]) => resourcesOf(ctx, type).map((r) => ({ r, fields })));
  if (groups.length === 0) return nothingToCheck(ctx, 'Auto Scaling groups or ECS services');
  const all = siblings(ctx, 'autoscaling-capacity').map((r) => r.params);
  let judged = false;
  for (const field of ['min', 'max', 'desired'] as const) {
    const want = req.params[field];
    if (want === undefined) continue;
    const accepted = new Set(all.map((p) => p[field]).filter((n): n is number => n !== undefined));
    const values = groups.flatMap((g) => (g.fields[field] ? [{ g, v: num(arg(g.r, g.fields[field]!)) }] : []));
    if (values.some((x) => x.v === want)) {
      judged = true;
      continue;
    }
    const wrong = values.find((x) => x.v !== undefined && !accepted.has(x.v));
    if (wrong) return fail(req, `${label(wrong.g.r)} has ${field} capacity ${wrong.v}`, wrong.g.r, arg(wrong.g.r, wrong.g.fields[field]!)?.at);
  }
  return judged ? pass('capacity as requested', groups[0]!.r) : unknown('capacities are not known statically');
};
