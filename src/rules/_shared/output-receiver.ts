import type { ModelEvent, ResourceModel } from '../../model/types.js';

/**
 * Packages whose resource attributes are all Outputs. Component packages (awsx, eks) also expose
 * plain objects and arrays of resources, which do have methods and can be iterated.
 */
const OUTPUT_PACKAGES = new Set(['aws', 'random', 'tls', 'pulumi', 'command', 'archive']);

/** Whether an output-* event's value is certainly an Output: not an attribute of a component package's resource. */
export function certainOutput(model: ResourceModel, e: ModelEvent): boolean {
  if (e.resource === undefined) return true;
  const res = model.resources.find((r) => r.id === e.resource);
  return !!res && OUTPUT_PACKAGES.has(res.pkg);
}
