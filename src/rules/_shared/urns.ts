// Pulumi URNs as far as the model knows them. A resource's URN is its stack, project, qualified type
// (the types of its ancestors and its own, joined by `$`) and logical name: the parent's *name* is not
// part of it, so two children named alike under two instances of one component collide.

import type { Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { shownName } from './name-display.js';
import { resourceById } from './resource-refs.js';
import { str } from './values.js';

export type Node = Resource | Component;

export function isResource(x: Node): x is Resource {
  return 'isProvider' in x;
}

function typeOf(x: Node): string | undefined {
  return isResource(x) ? x.type : str(x.type);
}

/**
 * The qualified type of a resource or component, or undefined when an ancestor cannot be told. With
 * `sharedAncestry`, an ancestor whose own parent is unknown ends the chain instead (`?$…`): right when
 * the nodes compared are known to have that ancestor in common.
 */
export function qualifiedType(model: ResourceModel, x: Node, sharedAncestry = false): string | undefined {
  const types: string[] = [];
  let cur: Node | undefined = x;
  for (let depth = 0; cur && depth < 16; depth++) {
    const t = typeOf(cur);
    const unknownParent = cur.opts.open || cur.parent === 'unknown';
    if (t === undefined || (unknownParent && (cur === x || !sharedAncestry))) return undefined;
    types.unshift(t);
    if (unknownParent) return ['?', ...types].join('$');
    const parent: number | 'unknown' | undefined = cur.parent;
    if (parent === undefined || parent === 'unknown') return types.join('$');
    cur = model.components.find((c) => c.id === parent) ?? resourceById(model, parent);
  }
  return undefined;
}

/**
 * Unknown values that are the same wherever they are read: configuration, environment variables,
 * the stack and project names, data-source results. (A loop element or a parameter of unknown value
 * may differ between two reads.)
 */
export const STABLE = /^(config:|env:|invoke:|stack$|project$|organization$)/;

/**
 * A logical name as a comparable text: known parts as written, stable unknown parts by their
 * provenance (`orders-${config:environmentSuffix}`); undefined when any part may differ, unless
 * `mark` is given, which then stands for each such part (to match the known text around it).
 */
export function nameKey(v: Value, stable: RegExp = STABLE, mark?: string): string | undefined {
  const known = str(v);
  if (known !== undefined) return known;
  const parts = v.kind === 'str' ? v.parts : v.kind === 'unknown' ? [v] : undefined;
  if (!parts) return undefined;
  let out = '';
  for (const p of parts) {
    if (p.kind === 'known') out += String(p.value);
    else if (p.kind === 'unknown' && !p.alts && stable.test(p.why)) out += `\${${p.why}}`;
    else if (mark !== undefined) out += mark;
    else return undefined;
  }
  return out;
}

/** A name as the program builds it, for messages: `orders-${environmentSuffix}`. */
export function namePattern(v: Value): string {
  return shownName(v, 200);
}

/** Within one run of a constructor, its parameters keep their (unknown) values too. */
export const STABLE_IN_RUN = new RegExp(`${STABLE.source}|^param:`);

/** The part of a URN a program decides: qualified type and logical name; undefined when not known. */
export function urnKey(model: ResourceModel, x: Node, stable: RegExp = STABLE, sharedAncestry = false): string | undefined {
  const name = nameKey(x.name, stable);
  const type = name === undefined ? undefined : qualifiedType(model, x, sharedAncestry);
  return type === undefined ? undefined : `${type}::${name}`;
}

/**
 * Resources and components that definitely share a URN: created unconditionally and outside `apply`,
 * with known names and ancestry. Without an entry point every top-level file runs as its own
 * program (answers repeat files in revised versions), so only creations in one file are compared then.
 */
export function duplicateUrns(model: ResourceModel): Node[][] {
  const groups = new Map<string, Node[]>();
  for (const x of [...model.resources, ...model.components]) {
    if (x.conditional || x.inApply) continue;
    // Code no entry point reaches runs once per component, with unknown arguments: children of one
    // such run are compared with each other only, their parameters standing for the same values.
    if (!x.reached && x.component === undefined) continue;
    const key = x.reached ? urnKey(model, x) : urnKey(model, x, STABLE_IN_RUN, true);
    if (key === undefined) continue;
    const scoped = !x.reached ? `run:${x.component}\u0000${key}` : model.entry ? key : `${x.at.f}\u0000${key}`;
    groups.set(scoped, [...(groups.get(scoped) ?? []), x]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
