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

/** The qualified type of a resource or component, or undefined when an ancestor cannot be told. */
export function qualifiedType(model: ResourceModel, x: Node): string | undefined {
  const types: string[] = [];
  let cur: Node | undefined = x;
  for (let depth = 0; cur && depth < 16; depth++) {
    const t = typeOf(cur);
    if (t === undefined || cur.opts.open) return undefined;
    types.unshift(t);
    const parent: number | 'unknown' | undefined = cur.parent;
    if (parent === undefined) return types.join('$');
    if (parent === 'unknown') return undefined;
    cur = model.components.find((c) => c.id === parent) ?? resourceById(model, parent);
  }
  return undefined;
}

/**
 * Unknown values that are the same wherever they are read: configuration, environment variables,
 * the stack and project names, data-source results. (A loop element or a parameter of unknown value
 * may differ between two reads.)
 */
const STABLE = /^(config:|env:|invoke:|stack$|project$|organization$)/;

/**
 * A logical name as a comparable text: known parts as written, stable unknown parts by their
 * provenance (`orders-${config:environmentSuffix}`); undefined when any part may differ.
 */
export function nameKey(v: Value): string | undefined {
  const known = str(v);
  if (known !== undefined) return known;
  const parts = v.kind === 'str' ? v.parts : v.kind === 'unknown' ? [v] : undefined;
  if (!parts) return undefined;
  let out = '';
  for (const p of parts) {
    if (p.kind === 'known') out += String(p.value);
    else if (p.kind === 'unknown' && !p.alts && STABLE.test(p.why)) out += `\${${p.why}}`;
    else return undefined;
  }
  return out;
}

/** A name as the program builds it, for messages: `orders-${environmentSuffix}`. */
export function namePattern(v: Value): string {
  return shownName(v, 200);
}

/** The part of a URN a program decides: qualified type and logical name; undefined when not known. */
export function urnKey(model: ResourceModel, x: Node): string | undefined {
  const name = nameKey(x.name);
  const type = name === undefined ? undefined : qualifiedType(model, x);
  return type === undefined ? undefined : `${type}::${name}`;
}

/**
 * Resources and components that definitely share a URN: reached, created unconditionally and outside
 * `apply`, with known names and ancestry. Without an entry point every top-level file runs as its own
 * program (answers repeat files in revised versions), so only creations in one file are compared then.
 */
export function duplicateUrns(model: ResourceModel): Node[][] {
  const groups = new Map<string, Node[]>();
  const eligible = (x: Node) => x.reached && !x.conditional && !x.inApply;
  for (const x of [...model.resources, ...model.components]) {
    if (!eligible(x)) continue;
    const key = urnKey(model, x);
    if (key === undefined) continue;
    const scoped = model.entry ? key : `${x.at.f}\u0000${key}`;
    groups.set(scoped, [...(groups.get(scoped) ?? []), x]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
