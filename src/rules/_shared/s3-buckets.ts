// S3 buckets and the resources that configure them. Since provider 4 a bucket's settings live in
// separate resources (`BucketPublicAccessBlock`, `BucketServerSideEncryptionConfigurationV2`,
// `BucketOwnershipControls`, ...) that name the bucket in their `bucket` argument; older programs
// write some of them inline. Rules that say "this bucket has no X" must find every X that may
// apply to the bucket, and stay silent when one may but cannot be resolved.

import { describe, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from './resource-refs.js';
import { arg, definitelyAbsent, isAbsent, str, stringParts } from './values.js';
import { derivedCache } from './derived.js';

export const BUCKET_TYPES = new Set(['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);

export function isBucket(r: Resource): boolean {
  return BUCKET_TYPES.has(r.type);
}

/** Resources that configure one aspect of a bucket, by class name (the V2 classes are the same). */
const COMPANIONS = {
  publicAccessBlock: 'BucketPublicAccessBlock',
  encryption: 'BucketServerSideEncryptionConfiguration',
  ownership: 'BucketOwnershipControls',
  website: 'BucketWebsiteConfiguration',
  policy: 'BucketPolicy',
  acl: 'BucketAcl',
  logging: 'BucketLogging',
} as const;

export type CompanionKind = keyof typeof COMPANIONS;

/** Inline arguments of a bucket that do the same as a companion resource. */
const INLINE: Partial<Record<CompanionKind, string[]>> = {
  encryption: ['serverSideEncryptionConfiguration'],
  website: ['website'],
  policy: ['policy'],
  acl: ['acl', 'grants'],
  logging: ['logging', 'loggings'],
};

export function companionKind(r: Resource): CompanionKind | undefined {
  if (r.pkg !== 'aws' || r.module !== 's3') return undefined;
  const name = r.className.replace(/V2$/, '');
  return (Object.keys(COMPANIONS) as CompanionKind[]).find((k) => COMPANIONS[k] === name);
}

const S3_ARN = /^arn:aws[\w-]*:s3:::/;

export type Ref = 'yes' | 'no' | 'unknown';

/**
 * Does an argument (`bucket.id`, `bucket.bucket`, a bucket name, an `arn:aws:s3:::name` ARN) name
 * bucket `b`? A literal names it when it equals the bucket's literal name; a built string when it is
 * built the same way as the bucket's name.
 */
export function namesBucket(model: ResourceModel, v: Value | undefined, b: Resource): Ref {
  if (!v || isAbsent(v)) return 'no';
  const r = referencedResource(model, v);
  if (r) return r.id === b.id ? 'yes' : 'no';
  if (!b.argsKnown) return 'unknown';
  const name = arg(b, 'bucket');
  const text = str(v)?.replace(S3_ARN, '');
  if (!name) {
    // An auto-named bucket is called `<logical name>-<random>`: no name written elsewhere can be it.
    if (definitelyAbsent(b, 'bucket') && definitelyAbsent(b, 'bucketPrefix')) return 'no';
    // A prefix's bucket is called `<prefix><random>`: a literal without the prefix is another bucket.
    const prefix = str(arg(b, 'bucketPrefix'));
    return text !== undefined && prefix !== undefined && !text.startsWith(prefix) ? 'no' : 'unknown';
  }
  if (text !== undefined) {
    const own = str(name);
    if (own !== undefined) return own === text ? 'yes' : 'no';
    // A name built from known and unknown parts (`logs-${random.result}`) can only be a literal
    // that fits its known parts.
    return fits(text, name) === false ? 'no' : 'unknown';
  }
  if (v.kind === 'str' && describe(withoutArn(v)) === describe(name)) return 'yes';
  return 'unknown';
}

/** Whether a literal can be the string a built value makes: false when it cannot fit its known parts. */
function fits(text: string, v: Value): boolean | undefined {
  const parts = stringParts(v.kind === 'output' ? v.inner : v);
  if (!parts || parts.every((p) => p === null)) return undefined;
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${parts.map((p) => (p === null ? '.*' : escape(p))).join('')}$`, 's').test(text);
}

function withoutArn(v: Value): Value {
  if (v.kind !== 'str') return v;
  const [head, ...rest] = v.parts;
  if (head?.kind !== 'known' || !S3_ARN.test(String(head.value))) return v;
  const stripped = String(head.value).replace(S3_ARN, '');
  return { kind: 'str', parts: stripped ? [{ kind: 'known', value: stripped }, ...rest] : rest };
}

/** The program bucket a value names, when it certainly names one (an output of it, or its literal name). */
export function bucketNamed(model: ResourceModel, v: Value | undefined): Resource | undefined {
  const r = referencedResource(model, v);
  if (r) return isBucket(r) ? r : undefined;
  const hits = model.resources.filter((b) => isBucket(b) && namesBucket(model, v, b) === 'yes');
  return hits.length === 1 ? hits[0] : undefined;
}

export interface Companions {
  /** Companion resources that name the bucket, and the bucket's inline argument when written. */
  found: Resource[];
  inline: Value[];
  /** Some companion (or the bucket's own arguments) may configure it but cannot be resolved. */
  unknown: boolean;
}

const byKind = derivedCache<ResourceModel, Map<CompanionKind, Resource[]>>();

function companionsIn(model: ResourceModel, kind: CompanionKind): Resource[] {
  let index = byKind.get(model);
  if (!index) {
    index = new Map();
    for (const r of model.resources) {
      const k = companionKind(r);
      if (!k) continue;
      const list = index.get(k) ?? [];
      list.push(r);
      index.set(k, list);
    }
    byKind.set(model, index);
  }
  return index.get(kind) ?? [];
}

/**
 * The resources (and inline arguments) of one kind that configure bucket `b`. A companion whose
 * `bucket` cannot be resolved makes the answer unknown, unless it sits in code no entry point runs
 * while the bucket is reached (a helper defined for other buckets).
 */
export function companionsOf(model: ResourceModel, b: Resource, kind: CompanionKind): Companions {
  const out: Companions = { found: [], inline: [], unknown: false };
  for (const key of INLINE[kind] ?? []) {
    const v = b.args.props.get(key);
    if (v && !isAbsent(v)) out.inline.push(v);
    else if (!definitelyAbsent(b, key)) out.unknown = true;
  }
  for (const c of companionsIn(model, kind)) {
    const ref = c.argsKnown ? namesBucket(model, arg(c, 'bucket'), b) : 'unknown';
    if (ref === 'yes') out.found.push(c);
    else if (ref === 'unknown' && (c.reached || !b.reached)) out.unknown = true;
  }
  return out;
}

/**
 * Is the bucket a static website (inline `website`, a website configuration resource)? Such buckets
 * are meant to be read by anyone. undefined: cannot tell.
 */
export function isWebsiteBucket(model: ResourceModel, b: Resource): boolean | undefined {
  const w = companionsOf(model, b, 'website');
  if (w.found.length > 0 || w.inline.length > 0) return true;
  return w.unknown ? undefined : false;
}

/** Object ownership of the bucket: the `rule.objectOwnership` of its ownership controls. */
export function objectOwnership(model: ResourceModel, b: Resource): { setting?: string; at?: Value['at']; unknown: boolean; written: boolean } {
  const c = companionsOf(model, b, 'ownership');
  if (c.unknown) return { unknown: true, written: c.found.length > 0 };
  if (c.found.length === 0) return { unknown: false, written: false };
  const settings = c.found.map((r) => arg(r, 'rule.objectOwnership'));
  const texts = settings.map(str);
  if (texts.some((t) => t === undefined)) return { unknown: true, written: true };
  const last = settings[settings.length - 1];
  return { setting: texts[texts.length - 1]!, ...(last?.at ? { at: last.at } : {}), unknown: false, written: true };
}
