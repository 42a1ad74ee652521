// What Pulumi waits for before it creates a resource: every resource whose Outputs its arguments are
// built from, the items of its `dependsOn` (a component stands for every resource created in it) and
// its parent. Rules about ordering ask whether one resource waits for another, directly or through
// others; the answer is 'unknown' when some resource on the way has dependencies the model cannot
// resolve (an unknown `dependsOn` item, options spread from an unknown object).

import { resourcesIn } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { derivedCache } from './derived.js';

export type Waits = 'yes' | 'no' | 'unknown';

interface Graph {
  /** Direct dependencies of each resource and component. */
  edges: Map<number, Set<number>>;
  /** Resources and components some of whose dependencies are not known. */
  open: Set<number>;
}

const graphs = derivedCache<ResourceModel, Graph>();

function graphOf(model: ResourceModel): Graph {
  let g = graphs.get(model);
  if (g) return g;
  const members = new Map<number, number[]>();
  const add = (owner: number | 'unknown' | undefined, id: number) => {
    if (typeof owner !== 'number') return;
    const list = members.get(owner) ?? [];
    list.push(id);
    members.set(owner, list);
  };
  for (const x of [...model.resources, ...model.components]) {
    add(x.parent, x.id);
    if (x.component !== x.parent) add(x.component, x.id);
  }
  const componentIds = new Set(model.components.map((c) => c.id));
  const edges = new Map<number, Set<number>>();
  const open = new Set<number>();
  const node = (x: Resource | Component): void => {
    const out = new Set<number>();
    if ('args' in x) for (const id of resourcesIn([x.args])) out.add(id);
    // Depending on a component waits for the resources created in it, and in its components.
    const pending: number[] = [];
    for (const d of x.dependsOn ?? []) {
      if (d === 'unknown') open.add(x.id);
      else pending.push(d);
    }
    for (let d = pending.pop(); d !== undefined; d = pending.pop()) {
      if (out.has(d)) continue;
      out.add(d);
      if (componentIds.has(d)) pending.push(...(members.get(d) ?? []));
    }
    if (typeof x.parent === 'number') out.add(x.parent);
    if (x.opts.open) open.add(x.id);
    out.delete(x.id);
    edges.set(x.id, out);
  };
  for (const r of model.resources) node(r);
  for (const c of model.components) node(c);
  g = { edges, open };
  graphs.set(model, g);
  return g;
}

/**
 * Does `from` wait for a resource that satisfies `target` (directly or through the resources it
 * waits for)? 'unknown' when no such path is known but some dependency on the way is unresolved.
 */
export function waitsFor(model: ResourceModel, from: Resource, target: (id: number) => boolean): Waits {
  const g = graphOf(model);
  const seen = new Set<number>([from.id]);
  const queue = [from.id];
  let unsure = false;
  while (queue.length) {
    const id = queue.shift()!;
    if (g.open.has(id)) unsure = true;
    for (const d of g.edges.get(id) ?? []) {
      if (seen.has(d)) continue;
      if (target(d)) return 'yes';
      seen.add(d);
      queue.push(d);
    }
  }
  return unsure ? 'unknown' : 'no';
}

/** Does `from` wait for `to`? */
export function waitsForResource(model: ResourceModel, from: Resource, to: Resource): Waits {
  return waitsFor(model, from, (id) => id === to.id);
}
