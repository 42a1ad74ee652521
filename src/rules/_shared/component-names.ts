// Does a name vary per environment, and what do a component's own names say about it? A component's
// name is chosen by its caller, so a physical name built from it alone is unknown to vary, unless
// the component itself shows that its name does not carry the environment: other names in it add
// the environment next to it, or the environment reaches it only as a tag.

import { type At, provenance, type Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { partsOf } from './name-provenance.js';
import { isSuffixLabel } from './suffix.js';
import { walk } from './walk.js';

/** The last word of a label (variable, configuration key or parameter) that names the environment. */
export const ENVIRONMENT_NAME = /^(env|environment|stage|env[-_]?name|environment[-_]?name|deploy(ment)?[-_]?(env|environment|stage))$/i;
const STACK_NAME = /^(stack|stack[-_]?name)$/i;

function word(label: string): string {
  return label.split(/[:.]/).filter(Boolean).pop() ?? label;
}

function isEnvironmentLabel(l: string): boolean {
  const w = word(l.replace(/^(call:)+/, ''));
  return isSuffixLabel(l) || ENVIRONMENT_NAME.test(w) || STACK_NAME.test(w) || /^(call:)*stack(\.|$)/.test(l);
}

/** A value that differs per environment: the environment name, the suffix, or the stack name. */
export function carriesEnvironment(v: Value): boolean {
  for (const l of provenance(v)) if (isEnvironmentLabel(l)) return true;
  return false;
}

/** Unknown parts that are provably not the environment (another configuration key, a cloud value). */
export const NOT_ENVIRONMENT = /^(config:|env:|invoke:|output:|time:|random:|project$|organization$)/;

export interface PhysicalName {
  r: Resource;
  arg: string;
  value: Value;
}

export interface ComponentNames {
  component: Component;
  /** Physical names made of the component's own name, literals and parts that are not the environment. */
  bare: PhysicalName[];
  /** Some name in the component (logical or physical, or a child component's) carries the environment. */
  namesCarry: boolean;
  /** An environment value of the component that reaches another argument (a tag), when no name has it. */
  used?: { label: string; at?: At };
}

/**
 * A name whose parts are literals, the component's own name and non-environment values; with
 * `literal` false, the component's name must be one of them.
 */
function fixedButForOwnName(v: Value, own: string, literal: boolean): boolean {
  if (carriesEnvironment(v)) return false;
  const parts = partsOf(v.kind === 'output' ? v.inner : v);
  if (!parts) return false;
  let ownParts = 0;
  for (const p of parts) {
    if (p.kind === 'known') continue;
    if (p.kind !== 'unknown' || p.alts) return false;
    if (p.why === own) ownParts++;
    else if (!NOT_ENVIRONMENT.test(p.why)) return false;
  }
  return ownParts > 0 || (literal && parts.every((p) => p.kind === 'known'));
}

/**
 * Components whose name is a parameter the model could not resolve (nothing instantiates them, or
 * the caller's name is unknown), with their physical names built from that name, and with
 * `literalNames` also their fixed names.
 */
export function componentNames(model: ResourceModel, physicalNames: (r: Resource) => PhysicalName[], literalNames: boolean): ComponentNames[] {
  const out: ComponentNames[] = [];
  for (const c of model.components) {
    if (c.name.kind !== 'unknown' || c.name.alts || !c.name.why.startsWith('param:')) continue;
    const own = c.name.why;
    const rs = model.resources.filter((r) => r.component === c.id && !r.isProvider && r.pkg === 'aws' && !r.inApply);
    const named = rs.map((r) => ({ r, names: physicalNames(r) }));
    const bare = named.flatMap(({ names }) => names.filter((n) => fixedButForOwnName(n.value, own, literalNames)).slice(0, 1));
    if (bare.length === 0) continue;
    const namesCarry =
      named.some(({ r, names }) => carriesEnvironment(r.name) || names.some((n) => carriesEnvironment(n.value))) ||
      model.components.some((x) => x.component === c.id && carriesEnvironment(x.name));
    out.push({ component: c, bare, namesCarry, used: namesCarry ? undefined : environmentUse(named) });
  }
  return out;
}

/** The first environment parameter that one of the resources takes in an argument other than its names. */
function environmentUse(named: { r: Resource; names: PhysicalName[] }[]): { label: string; at?: At } | undefined {
  for (const { r, names } of named) {
    let found: { label: string; at?: At } | undefined;
    walk(r.args, ({ path, value }) => {
      if (found || value.kind !== 'unknown' || names.some((n) => n.arg === path.split('.')[0])) return;
      const label = [...provenance(value)].find((l) => l.startsWith('param:') && isEnvironmentLabel(l));
      if (label) found = { label: label.slice('param:'.length), at: value.at };
    });
    if (found) return found;
  }
  return undefined;
}
