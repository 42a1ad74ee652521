// Following references between resources. An argument that holds another resource's attribute
// (`bucket: logs.id`, `loadBalancerArn: alb.arn`) is an Output whose `resource` names that resource.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';

/** The resource `v` is an attribute of, when `v` is one (`bucket.id`, `alb.arn`). */
export function referencedResource(model: ResourceModel, v: Value | undefined): Resource | undefined {
  if (!v || v.kind !== 'output' || v.resource === undefined) return undefined;
  return model.resources.find((r) => r.id === v.resource);
}

/**
 * How an argument relates to `target`: it names `target` ('yes'), provably names something else — a
 * known literal or another resource's attribute — ('no'), or cannot be told ('unknown').
 */
export function refersTo(model: ResourceModel, v: Value | undefined, target: Resource): 'yes' | 'no' | 'unknown' {
  if (!v || v.kind === 'absent') return 'no';
  if (v.kind === 'unknown' && v.alts) {
    // A value that differs by branch: it names the target only if every branch does.
    const each = new Set(v.alts.map((a) => refersTo(model, a, target)));
    return each.size === 1 ? [...each][0]! : 'unknown';
  }
  const r = referencedResource(model, v);
  if (r) return r.id === target.id ? 'yes' : 'no';
  if (v.kind === 'known') return 'no';
  return 'unknown';
}
