// Names in the AWS provider schema as a program writes them, for messages and did-you-mean: paths in
// the program's language, replacements named by deprecation notices, the provider version a program
// targets, and the other major version's schema (to tell "removed in 7" from "never existed").

import type { Lang } from '../../core/ir.js';
import { closest, editDistance } from '../../core/text.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import type { AwsMajor, Deprecation, FunctionSchema, ResourceSchema, SchemaIndex } from '../../schema/index.js';
import { admitsMajor, loadAwsSchema, pythonName } from '../../schema/index.js';

/** The schema of the major version the program does not target. */
export function otherSchema(model: ResourceModel): SchemaIndex {
  return loadAwsSchema(otherMajor(model.aws.major));
}

function otherMajor(major: AwsMajor): AwsMajor {
  return major === 7 ? 6 : 7;
}

/**
 * "7.x (no version is pinned, so the newest)" / "6.x (the newest the answer's `^6.0.0` allows)" /
 * "6.x (the oldest stacklint knows: the answer's `<6.0.0` pins an older major, where it may differ)".
 */
export function targetText(model: ResourceModel): string {
  const pin = model.input.awsProviderVersion;
  if (!pin) return `${model.aws.major}.x (no version is pinned, so the newest)`;
  if (!admitsMajor(pin, model.aws.major)) return `${model.aws.major}.x (the oldest stacklint knows: the answer's \`${pin}\` pins an older major, where it may differ)`;
  return `${model.aws.major}.x (the newest the answer's \`${pin}\` allows)`;
}

/** `aws.lambda.Function` in TypeScript, `aws.lambda_.Function` in Python (as `import pulumi_aws as aws` writes it). */
export function displayPath(x: ResourceSchema | FunctionSchema, lang: Lang): string {
  return lang === 'ts' ? x.tsPath : x.pythonPath.replace(/^pulumi_aws\./, 'aws.');
}

/** The module as the language spells it in a path. */
function moduleText(module: string, lang: Lang): string {
  return lang === 'py' && module === 'lambda' ? 'lambda_' : module;
}

/** `aws.<module>.<name>` in the language's spelling. */
export function pathIn(module: string, name: string, lang: Lang): string {
  return module ? `aws.${moduleText(module, lang)}.${name}` : `aws.${name}`;
}

/** The resource's class path as its program writes it. */
export function resourcePath(r: Resource): string {
  return pathIn(r.module, r.className, r.lang);
}

/**
 * What a deprecation notice says to use instead, written for the program: a resource or function path
 * (replacements that contain `:` are type tokens), or a property name in the language's spelling.
 */
export function replacementText(model: ResourceModel, d: Deprecation, lang: Lang): string | undefined {
  const r = d.replacement;
  if (!r) return undefined;
  if (!r.includes(':')) return lang === 'py' ? pythonName(r) : r;
  for (const s of [model.aws.schema, otherSchema(model)]) {
    const x = s.resource(r) ?? s.function(r);
    if (x) return displayPath(x, lang);
  }
  return undefined;
}

// Class name → modules that define it, per schema and language; built on the first unknown type only,
// since it decodes every module (about 350 ms once per process).
const classIndex = new WeakMap<SchemaIndex, Map<string, Map<string, string[]>>>();

function modulesDefining(schema: SchemaIndex, name: string, lang: Lang): string[] {
  let byLang = classIndex.get(schema);
  if (!byLang) classIndex.set(schema, (byLang = new Map()));
  let index = byLang.get(lang);
  if (!index) {
    index = new Map();
    for (const module of schema.modules()) {
      for (const member of schema.members(module, lang)) {
        const list = index.get(member) ?? [];
        list.push(module);
        index.set(member, list);
      }
    }
    byLang.set(lang, index);
  }
  return index.get(name) ?? [];
}

/**
 * The classes a program most likely meant by `aws.<module>.<Name>`: a close name in the same module, the
 * same name in other modules (`aws.ec2.InstanceProfile` → `aws.iam.InstanceProfile`), or a close name
 * in a module with a close name. Empty when nothing is close.
 */
export function suggestMembers(schema: SchemaIndex, module: string, name: string, lang: Lang): string[] {
  const known = schema.modules().includes(module);
  if (known) {
    const classes = classesOf(schema, module, lang);
    const near = closestName(name, classes) ?? sharedSuffix(name, classes);
    if (near) return [pathIn(module, closestByWords(name, classes, near), lang)];
  }
  const elsewhere = modulesDefining(schema, name, lang);
  if (elsewhere.length > 0) return elsewhere.map((m) => pathIn(m, name, lang));
  const nearModule = known ? undefined : closest(module, schema.modules());
  const near = nearModule !== undefined ? closestName(name, classesOf(schema, nearModule, lang)) : undefined;
  return nearModule !== undefined && near ? [pathIn(nearModule, near, lang)] : [];
}

/**
 * The data sources a program most likely meant by `aws.<module>.<getX>`: a close name in the same module,
 * else the same name in other modules (`aws.getRandomPassword` → `aws.secretsmanager.getRandomPassword`).
 */
export function suggestFunctions(schema: SchemaIndex, module: string, name: string, lang: Lang): string[] {
  const near = closestName(name, schema.members(module, lang).filter((m) => /^get/.test(m)));
  if (near) return [pathIn(module, near, lang)];
  // The module closest to the one written first: `aws.elasticloadbalancing.getServiceAccount` means elb's.
  const modules = modulesDefining(schema, name, lang).sort((a, b) => sharedPrefix(module, b) - sharedPrefix(module, a));
  return modules.map((m) => pathIn(m, name, lang));
}

/** Classes and enums of a module (not its functions): what a capitalised member can be. */
function classesOf(schema: SchemaIndex, module: string, lang: Lang): string[] {
  return schema.members(module, lang).filter((m) => /^[A-Z]/.test(m));
}

/**
 * `closest`, stricter for short words, with ties broken by the longest shared prefix:
 * `BucketReplicationConfigurationV2` is as far from `BucketReplicationConfig` as from
 * `BucketWebsiteConfigurationV2`, and means the first.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const best = closest(word, candidates);
  if (best === undefined) return undefined;
  const d = editDistance(word.toLowerCase(), best.toLowerCase());
  // Two edits turn any short word into another (`url` → `arn`): short words get one.
  if (word.length <= 4 && d > 1) return undefined;
  const ties = candidates.filter((c) => editDistance(word.toLowerCase(), c.toLowerCase()) === d);
  return ties.sort((a, b) => sharedPrefix(word, b) - sharedPrefix(word, a))[0];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]!.toLowerCase() === b[i]!.toLowerCase()) i++;
  return i;
}

/** The words of a class name: `BucketReplicationConfigurationV2` → Bucket, Replication, Configuration, V2. */
function words(name: string): string[] {
  return name.match(/[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+/g) ?? [];
}

/** The same word, or one shortened to the other (`Config` / `Configuration`). */
function sameWord(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
}

/**
 * Of a module's classes, the one that shares the most telling words with `name` and adds the fewest,
 * words weighted by how few classes of the module have them (every S3 class says Bucket, few say
 * Replication); `near` (the closest spelling) unless another scores strictly higher. `BucketReplicationConfigurationV2` is
 * closer in spelling to `BucketWebsiteConfigurationV2`, but means `BucketReplicationConfig`.
 */
function closestByWords(name: string, classes: readonly string[], near: string): string {
  // A slip of one or two letters (`HostedZoneDnssec`) is a typo of the near name, whatever its words.
  if (editDistance(name.toLowerCase(), near.toLowerCase()) <= 2) return near;
  const split = new Map(classes.map((c) => [c, words(c)]));
  const weight = (w: string) => Math.log((1 + classes.length) / (1 + classes.filter((c) => split.get(c)!.some((x) => sameWord(x, w))).length));
  const mine = words(name);
  // Shared words count for, the candidate's other words against (`Rule` beats
  // `ConfigurationAggregator` for `ConfigRule`).
  const score = (c: string) => {
    const theirs = split.get(c)!;
    const shared = mine.filter((w) => theirs.some((x) => sameWord(x, w)));
    const extra = theirs.filter((x) => !mine.some((w) => sameWord(x, w)));
    return shared.reduce((sum, w) => sum + weight(w), 0) - extra.reduce((sum, w) => sum + weight(w), 0);
  };
  const nearScore = score(near);
  let best = near;
  let bestScore = nearScore;
  for (const c of classes) {
    const sc = score(c);
    const better = sc > bestScore + 1e-9 || (sc > nearScore + 1e-9 && Math.abs(sc - bestScore) <= 1e-9 && editDistance(name.toLowerCase(), c.toLowerCase()) < editDistance(name.toLowerCase(), best.toLowerCase()));
    if (better) {
      best = c;
      bestScore = sc;
    }
  }
  return best;
}

/** The longest member the name ends with, or that ends with the name (`ConfigurationRecorder` → `Recorder`). */
function sharedSuffix(name: string, members: readonly string[]): string | undefined {
  const fits = members.filter((m) => m.length >= 4 && /^[A-Z]/.test(m) && (name.endsWith(m) || m.endsWith(name)));
  return fits.sort((a, b) => b.length - a.length)[0];
}

/** `` `a` `` / `` `a` or `b` `` for messages. */
export function quoteAll(names: readonly string[]): string {
  return names.map((n) => `\`${n}\``).join(' or ');
}

const norm = (s: string) => s.toLowerCase().replace(/_/g, '');

/** Suffixes models add to a reference argument the SDK names plainly (`topic_arn` for `topic`). */
const REFERENCE_SUFFIX = /(arn|arns|id|ids|name)$/;

/**
 * The property a misspelled argument most likely meant, among `names` (spelled as the program must):
 * the one name that extends it (`quota` → `quotaSettings`, `s3Configuration` →
 * `extendedS3Configuration`); the name it extends by a reference suffix (`topic_arn` → `topic`); a close
 * spelling (`configurations` → `configuration`); or the name with words of the owner's class dropped or
 * added (`replication_group_description` → `description` on a ReplicationGroup, `description` →
 * `alarm_description` on a MetricAlarm).
 */
export function suggestProperty(written: string, names: readonly string[], className: string): string | undefined {
  const w = norm(written);
  const unique = (found: readonly string[]) => (found.length === 1 ? found[0] : undefined);
  return (
    (w.length >= 4 ? unique(names.filter((n) => norm(n).startsWith(w) || norm(n).endsWith(w))) : undefined) ??
    unique(names.filter((n) => norm(n).length >= 4 && w.startsWith(norm(n)) && REFERENCE_SUFFIX.test(w.slice(norm(n).length)) && w.length - norm(n).length <= 4)) ??
    closestName(written, names) ??
    byClassWords(w, names, className)
  );
}

function byClassWords(w: string, names: readonly string[], className: string): string | undefined {
  const words = className.split(/(?=[A-Z])/).map((x) => x.toLowerCase());
  const variants = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    variants.add(words[i] + w);
    // Drop a run of the class's words from the front: `serverless_cache_name` on ServerlessCache.
    let prefix = '';
    for (let j = i; j < words.length; j++) {
      prefix += words[j];
      if (w.startsWith(prefix) && w.length > prefix.length) variants.add(w.slice(prefix.length));
    }
  }
  return names.find((n) => norm(n) !== w && variants.has(norm(n)));
}
