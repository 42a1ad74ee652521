// Following references between resources. An argument that holds another resource's attribute
// (`bucket: logs.id`, `loadBalancerArn: alb.arn`) is an Output whose `resource` names that resource.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { derivedCache } from './derived.js';
import { nameLabel } from './labels.js';

const byId = derivedCache<ResourceModel, Map<number, Resource>>();

/**
 * A resource of the model by id (a map built once per model: rules look up references for every
 * resource, and answers with tens of thousands of resources must not cost resources²). Ids that are
 * not numbers (absent, 'unknown') find nothing.
 */
export function resourceById(model: ResourceModel, id: unknown): Resource | undefined {
  if (typeof id !== 'number') return undefined;
  let index = byId.get(model);
  if (!index) byId.set(model, (index = new Map(model.resources.map((r) => [r.id, r]))));
  return index.get(id);
}

/** The resource with this id, if it also satisfies `test` (a type check, usually). */
export function resourceWhere(model: ResourceModel, id: unknown, test: (r: Resource) => boolean): Resource | undefined {
  const r = resourceById(model, id);
  return r && test(r) ? r : undefined;
}

/** The resource `v` is an attribute of, when `v` is one (`bucket.id`, `alb.arn`). */
export function referencedResource(model: ResourceModel, v: Value | undefined): Resource | undefined {
  if (!v || v.kind !== 'output' || v.resource === undefined) return undefined;
  return resourceById(model, v.resource);
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

/** A resource as a message names it: its logical name in backticks when known, else its type. */
export function quotedName(r: Resource): string {
  return nameLabel(r) ?? r.typePath;
}
