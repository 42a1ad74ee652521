// S3 versioning and lifecycle rules, set inline on the bucket or by separate configuration resources.

import { knownString, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, num } from '../../rules/_shared/values.js';
import { walk } from '../../rules/_shared/walk.js';
import { andOthers, attached, attachedToUnknown, fail, label, nothingToCheck, pass, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

const VERSIONING = /^aws:s3\/bucketVersioning(V2)?:/;

function versioned(b: Resource, ctx: CheckContext): boolean | undefined {
  const inline = arg(b, 'versioning.enabled');
  if (inline) return bool(inline);
  const configs = attached(ctx, VERSIONING, 'bucket', b);
  if (configs.length > 0) {
    const status = knownString(arg(configs[0]!, 'versioningConfiguration.status'));
    return status === undefined ? undefined : status === 'Enabled';
  }
  return attachedToUnknown(ctx, VERSIONING, 'bucket') ? undefined : false;
}

/** Where a bucket's versioning is switched on: inline, or its BucketVersioning resource. */
function versioningAt(ctx: CheckContext, b: Resource): At | undefined {
  return arg(b, 'versioning')?.at ?? attached(ctx, VERSIONING, 'bucket', b)[0]?.at;
}

export const checkVersioning: Check<'versioning'> = (req, ctx) => {
  const buckets = resourcesOf(ctx, TYPES.bucket);
  if (buckets.length === 0) return nothingToCheck(ctx, 'S3 buckets');
  const states = buckets.map((b) => ({ b, on: versioned(b, ctx) }));
  const on = states.find((s) => s.on === true)?.b;
  if (!req.params.all && on) return pass(`${label(on)} is versioned`, on, versioningAt(ctx, on));
  const off = states.filter((s) => s.on === false).map((s) => s.b);
  if (off.length > 0 && (req.params.all || states.every((s) => s.on === false))) return fail(req, `${andOthers(off)} is not versioned`, off[0]);
  return states.every((s) => s.on === true) ? pass('buckets are versioned', buckets[0], versioningAt(ctx, buckets[0]!)) : unknown('versioning is not known statically');
};

const LIFECYCLE = /^aws:s3\/bucketLifecycleConfiguration(V2)?:/;

/** Day counts of lifecycle rules: transitions and expirations (current and noncurrent versions). */
function ruleDays(root: Value): { transition: (number | undefined)[]; expiration: (number | undefined)[] } {
  const out = { transition: [] as (number | undefined)[], expiration: [] as (number | undefined)[] };
  walk(root, ({ path, key, value }) => {
    if (key !== 'days' && key !== 'noncurrentDays') return;
    if (/transition/i.test(path)) out.transition.push(num(value));
    else if (/expiration/i.test(path)) out.expiration.push(num(value));
  });
  return out;
}

export const checkLifecycle: Check<'lifecycle'> = (req, ctx) => {
  const buckets = resourcesOf(ctx, TYPES.bucket);
  if (buckets.length === 0) return nothingToCheck(ctx, 'S3 buckets');
  const configs = resourcesOf(ctx, LIFECYCLE);
  const inline = buckets.filter((b) => arg(b, 'lifecycleRules'));
  if (configs.length + inline.length === 0) return fail(req, `none of its ${buckets.length} buckets has a lifecycle configuration`, buckets[0]);
  const { days, action } = req.params;
  const shown = configs[0] ?? inline[0]!;
  if (days === undefined) return pass('a lifecycle configuration exists', shown);
  const found = [...configs.map((c) => ruleDays(arg(c, 'rules') ?? c.args)), ...inline.map((b) => ruleDays(arg(b, 'lifecycleRules')!))];
  const all = found.flatMap((f) => (action === 'transition' ? f.transition : action === 'expiration' ? f.expiration : [...f.transition, ...f.expiration]));
  if (all.includes(days)) return pass(`a lifecycle rule acts after ${days} days`, shown);
  if (all.includes(undefined)) return unknown('lifecycle rule days are not known statically');
  const known = all.filter((d): d is number => d !== undefined);
  return fail(req, known.length ? `its lifecycle rules act after ${[...new Set(known)].join(', ')} days` : `its lifecycle rules have no ${action ?? 'transition or expiration'} in days`, configs[0] ?? inline[0]);
};
