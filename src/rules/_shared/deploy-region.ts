// The region a resource is deployed to, following everything that can choose it: the resource's own
// `region` argument (provider v7), its `provider` option, the providers its parent chain passes down
// (components' `provider`/`providers`, parent resources' provider), and else the default provider,
// whose region is the project's `aws:region`. Anything unresolved gives undefined: never guessed.

import type { Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { projectRegion } from './regions.js';
import { resourceById } from './resource-refs.js';
import { isAbsent, str } from './values.js';

type Owner = Resource | Component;

function ownerOf(model: ResourceModel, parent: number | 'unknown' | undefined): Owner | 'unknown' | undefined {
  if (parent === undefined) return undefined;
  if (parent === 'unknown') return 'unknown';
  return resourceById(model, parent) ?? model.components.find((c) => c.id === parent) ?? 'unknown';
}

/** The AWS provider a `provider`/`providers` option value names: a provider resource, 'unknown', or undefined when none. */
function providerIn(model: ResourceModel, v: Value | undefined): Resource | 'unknown' | undefined {
  if (!v || isAbsent(v)) return undefined;
  if (v.kind === 'ext') {
    const id = (v as { ref?: { t?: string; id?: number } }).ref;
    const r = id?.t === 'resource' ? resourceById(model, id.id) : undefined;
    if (!r) return 'unknown';
    return r.isProvider ? (r.pkg === 'aws' ? r : undefined) : 'unknown';
  }
  if (v.kind === 'list' || v.kind === 'obj') {
    if (v.kind === 'obj' && v.cls) return 'unknown';
    const vals = v.kind === 'list' ? v.items : [...v.props.values()];
    const found = vals.map((x) => providerIn(model, x));
    if (found.includes('unknown') || v.open) return 'unknown';
    return found.find((x) => x !== undefined);
  }
  return 'unknown';
}

function regionOfProvider(p: Resource): string | undefined {
  return str(p.args.props.get('region'));
}

/** The provider the resource is created with: a provider resource, 'default', or undefined when not known. */
export function effectiveProvider(model: ResourceModel, r: Resource): Resource | 'default' | undefined {
  if (r.provider === 'unknown' || r.opts.open) return undefined;
  if (typeof r.provider === 'number') {
    const p = resourceById(model, r.provider);
    return p && p.isProvider ? p : undefined;
  }
  let owner = ownerOf(model, r.parent);
  for (let depth = 0; owner !== undefined; depth++) {
    if (owner === 'unknown' || depth > 20 || owner.opts.open) return undefined;
    if ('isProvider' in owner && owner.provider !== undefined) {
      if (owner.provider === 'unknown') return undefined;
      const p = resourceById(model, owner.provider);
      return p && p.isProvider ? p : undefined;
    }
    for (const key of ['provider', 'providers']) {
      const p = providerIn(model, owner.opts.props.get(key));
      if (p === 'unknown') return undefined;
      if (p) return p;
    }
    owner = ownerOf(model, owner.parent);
  }
  return 'default';
}

/** The literal region of the resource, when it is known. */
export function regionOf(model: ResourceModel, r: Resource): string | undefined {
  const own = r.args.props.get('region');
  if (own && !isAbsent(own)) return str(own);
  const p = effectiveProvider(model, r);
  if (p === undefined) return undefined;
  if (p === 'default') return projectRegion(model);
  return regionOfProvider(p);
}

/**
 * The region of the resource as a value, known or not: its own `region`, its provider's `region`
 * argument (a literal, a config read, a parameter), or the project's `aws:region` for the default
 * provider. Lets two regions be compared even when neither is known (`sameValue`).
 */
export function regionValue(model: ResourceModel, r: Resource): Value | undefined {
  const own = r.args.props.get('region');
  if (own && !isAbsent(own)) return own;
  const p = effectiveProvider(model, r);
  if (p === undefined) return undefined;
  if (p === 'default') {
    const project = projectRegion(model);
    return project ? { kind: 'known', value: project } : undefined;
  }
  const v = p.args.props.get('region');
  return v && !isAbsent(v) ? v : undefined;
}
