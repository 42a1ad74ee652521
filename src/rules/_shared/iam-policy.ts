// Reading IAM policy documents from the resource model. A policy argument may be a JSON string
// (a literal, or the result of JSON.stringify / json.dumps, which keeps its structure in `.json`),
// an object literal (Pulumi serialises it), an Output whose inner value is one of those, or the
// `.json` of `aws.iam.getPolicyDocument` (the model turns its `statements` into the same IAM JSON).
// Every list here says whether it may hold more than what is known (`open`), so rules can tell
// "known to be X" from "not known".

import { known, list, obj, type At, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { isAbsent } from './values.js';

/** One element of Action / Resource / a principal list: its text when known, and where it is. */
export interface PolicyEntry {
  text?: string;
  value: Value;
  at?: At;
}

export interface PolicyList {
  /** Known elements; an element whose value is not known has no `text`. */
  entries: PolicyEntry[];
  /** The list may hold further elements (built from an unknown collection). */
  open: boolean;
  present: boolean;
}

export interface PolicyPrincipal {
  /** `AWS`, `Service`, `Federated`, `CanonicalUser`, or `*` for `Principal: "*"`. */
  type: string;
  entry: PolicyEntry;
}

export interface PolicyCondition {
  operator: string;
  key: string;
  values: PolicyList;
}

export interface PolicyStatement {
  at?: At;
  /** `Allow`, `Deny`, or undefined when not known. */
  effect?: string;
  actions: PolicyList;
  notActions: PolicyList;
  resources: PolicyList;
  notResources: PolicyList;
  principals: { entries: PolicyPrincipal[]; open: boolean; present: boolean };
  notPrincipals: { present: boolean };
  conditions: PolicyCondition[];
  /** A Condition element is written, whether or not its content is known. */
  hasCondition: boolean;
}

export interface PolicyDocument {
  statements: PolicyStatement[];
  /** Statements may exist that are not known. */
  open: boolean;
  at?: At;
}

/** The structure of a policy value, or undefined when it is not known. */
export function policyStructure(v: Value | undefined, depth = 0): Value | undefined {
  if (!v || depth > 4 || isAbsent(v)) return undefined;
  switch (v.kind) {
    case 'known':
      if (v.json) return v.json;
      return typeof v.value === 'string' ? parseJsonText(v.value, v.at) : undefined;
    case 'str':
      return v.json;
    case 'obj':
      return v.cls ? undefined : v;
    case 'output':
      return policyStructure(v.inner, depth + 1);
    default:
      return undefined;
  }
}

/** Parse a policy argument into statements; undefined when its structure is not known. */
export function parsePolicy(v: Value | undefined): PolicyDocument | undefined {
  const doc = policyStructure(v);
  if (!doc || doc.kind !== 'obj') return undefined;
  const at = doc.at ?? v?.at;
  const stmts = prop(doc, 'Statement');
  if (!stmts) return withAt({ statements: [], open: !!doc.open }, at);
  const elements = stmts.kind === 'list' ? stmts.items : [stmts];
  const statements: PolicyStatement[] = [];
  let open = !!doc.open || (stmts.kind === 'list' && !!stmts.open);
  for (const el of elements) {
    if (el.kind !== 'obj' || el.cls) {
      open = true;
      continue;
    }
    statements.push(parseStatement(el, at));
  }
  return withAt({ statements, open }, at);
}

function parseStatement(s: Value & { kind: 'obj' }, fallback: At | undefined): PolicyStatement {
  const at = s.at ?? fallback;
  const effect = prop(s, 'Effect');
  const cond = prop(s, 'Condition');
  const st: PolicyStatement = {
    actions: entries(prop(s, 'Action'), at),
    notActions: entries(prop(s, 'NotAction'), at),
    resources: entries(prop(s, 'Resource'), at),
    notResources: entries(prop(s, 'NotResource'), at),
    principals: principals(prop(s, 'Principal'), at),
    notPrincipals: { present: !!prop(s, 'NotPrincipal') },
    conditions: conditions(cond, at),
    hasCondition: !!cond,
  };
  if (at) st.at = at;
  if (effect?.kind === 'known' && typeof effect.value === 'string') st.effect = effect.value;
  return st;
}

/** A property of a policy object; IAM element names are matched without regard to case. */
function prop(o: Value, name: string): Value | undefined {
  if (o.kind !== 'obj') return undefined;
  const direct = o.props.get(name);
  if (direct !== undefined) return isAbsent(direct) ? undefined : direct;
  const lower = name.toLowerCase();
  for (const [k, v] of o.props) if (k.toLowerCase() === lower) return isAbsent(v) ? undefined : v;
  return undefined;
}

function entry(v: Value, fallback: At | undefined): PolicyEntry {
  const at = v.at ?? fallback;
  const e: PolicyEntry = { value: v };
  if (at) e.at = at;
  if (v.kind === 'known' && typeof v.value === 'string') e.text = v.value;
  return e;
}

function entries(v: Value | undefined, fallback: At | undefined): PolicyList {
  if (!v) return { entries: [], open: false, present: false };
  const items = v.kind === 'list' ? v.items : v.kind === 'output' ? [v.inner] : [v];
  const out: PolicyEntry[] = [];
  let open = v.kind === 'list' && !!v.open;
  for (const it of items) {
    if (it.kind === 'list') {
      const nested = entries(it, fallback);
      out.push(...nested.entries);
      open ||= nested.open;
      continue;
    }
    out.push(entry(it, v.at ?? fallback));
  }
  return { entries: out, open, present: true };
}

function principals(v: Value | undefined, fallback: At | undefined): PolicyStatement['principals'] {
  if (!v) return { entries: [], open: false, present: false };
  if (v.kind === 'known' && v.value === '*') return { entries: [{ type: '*', entry: entry(v, fallback) }], open: false, present: true };
  if (v.kind !== 'obj' || v.cls) return { entries: [], open: true, present: true };
  const out: PolicyPrincipal[] = [];
  let open = !!v.open;
  for (const [type, ids] of v.props) {
    const list = entries(ids, ids.at ?? fallback);
    open ||= list.open;
    for (const e of list.entries) out.push({ type, entry: e });
  }
  return { entries: out, open, present: true };
}

function conditions(v: Value | undefined, fallback: At | undefined): PolicyCondition[] {
  if (!v || v.kind !== 'obj') return [];
  const out: PolicyCondition[] = [];
  for (const [operator, block] of v.props) {
    if (block.kind !== 'obj') continue;
    for (const [key, values] of block.props) out.push({ operator, key, values: entries(values, fallback) });
  }
  return out;
}

function withAt(d: PolicyDocument, at: At | undefined): PolicyDocument {
  if (at) d.at = at;
  return d;
}

/** A JSON policy written as a string literal: its structure, with every value at the string's span. */
function parseJsonText(text: string, at: At | undefined): Value | undefined {
  const t = text.trim();
  if (!t.startsWith('{')) return undefined;
  try {
    return fromJson(JSON.parse(t) as unknown, at);
  } catch {
    return undefined;
  }
}

function fromJson(x: unknown, at: At | undefined): Value {
  if (Array.isArray(x)) return list(x.map((i) => fromJson(i, at)), at);
  if (x !== null && typeof x === 'object') {
    const o = obj(undefined, at);
    for (const [k, v] of Object.entries(x)) o.props.set(k, fromJson(v, at));
    return o;
  }
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' || x === null) return known(x, at);
  return known(null, at);
}

// ---------------------------------------------------------------- where policies are

/**
 * `identity`: attached to a role/user/group (least privilege applies); `trust`: a role's
 * assumeRolePolicy; `resource`: a resource-based policy of the named service.
 */
export type PolicyKind = 'identity' | 'trust' | 'resource';

export interface PolicySite {
  resource: Resource;
  kind: PolicyKind;
  /** For resource policies: the service whose resource carries it (`s3`, `sqs`, `sns`, `kms`, …). */
  service?: string;
  value: Value;
  /** Argument path, for messages (`policy`, `inlinePolicies[0].policy`). */
  path: string;
}

const IDENTITY_POLICY_TYPES = new Set([
  'aws:iam/policy:Policy',
  'aws:iam/rolePolicy:RolePolicy',
  'aws:iam/userPolicy:UserPolicy',
  'aws:iam/groupPolicy:GroupPolicy',
]);

/** Resource-policy types and the argument holding the document. */
const RESOURCE_POLICY_TYPES: Record<string, { service: string; arg: string }> = {
  'aws:s3/bucketPolicy:BucketPolicy': { service: 's3', arg: 'policy' },
  'aws:s3/bucket:Bucket': { service: 's3', arg: 'policy' },
  'aws:sqs/queuePolicy:QueuePolicy': { service: 'sqs', arg: 'policy' },
  'aws:sqs/queue:Queue': { service: 'sqs', arg: 'policy' },
  'aws:sns/topicPolicy:TopicPolicy': { service: 'sns', arg: 'policy' },
  'aws:sns/topic:Topic': { service: 'sns', arg: 'policy' },
  'aws:kms/key:Key': { service: 'kms', arg: 'policy' },
  'aws:kms/keyPolicy:KeyPolicy': { service: 'kms', arg: 'policy' },
  'aws:ecr/repositoryPolicy:RepositoryPolicy': { service: 'ecr', arg: 'policy' },
  'aws:secretsmanager/secretPolicy:SecretPolicy': { service: 'secretsmanager', arg: 'policy' },
};

/** Every policy document argument in the program. */
export function policySites(model: ResourceModel): PolicySite[] {
  const out: PolicySite[] = [];
  for (const r of model.resources) {
    if (IDENTITY_POLICY_TYPES.has(r.type)) pushSite(out, r, 'identity', 'policy');
    if (r.type === 'aws:iam/role:Role') {
      pushSite(out, r, 'trust', 'assumeRolePolicy');
      const inline = r.args.props.get('inlinePolicies');
      if (inline?.kind === 'list') {
        inline.items.forEach((p, i) => {
          const doc = p.kind === 'obj' ? p.props.get('policy') : undefined;
          if (doc && !isAbsent(doc)) out.push({ resource: r, kind: 'identity', value: doc, path: `inlinePolicies[${i}].policy` });
        });
      }
    }
    const res = RESOURCE_POLICY_TYPES[r.type];
    if (res) pushSite(out, r, 'resource', res.arg, res.service);
  }
  return out;
}

function pushSite(out: PolicySite[], r: Resource, kind: PolicyKind, arg: string, service?: string): void {
  const v = r.args.props.get(arg);
  if (!v || isAbsent(v)) return;
  const site: PolicySite = { resource: r, kind, value: v, path: arg };
  if (service) site.service = service;
  out.push(site);
}

/**
 * Ids of `aws.iam.Policy` resources used as a permissions boundary (`permissionsBoundary` of a role
 * or user). A boundary caps permissions rather than granting them, so `Allow *` there is the norm.
 */
export function permissionBoundaryIds(model: ResourceModel): Set<number> {
  const out = new Set<number>();
  for (const r of model.resources) {
    const b = r.args.props.get('permissionsBoundary');
    if (b?.kind === 'output' && b.resource !== undefined) out.add(b.resource);
  }
  return out;
}

/**
 * The unconditional Allow statements of identity policies that grant permissions (permission
 * boundaries only cap them): what the least-privilege rules judge. Conditions such as
 * `aws:SourceArn` or `kms:ViaService` scope a grant; whether enough needs intent, so they are left.
 */
export function* grantingStatements(model: ResourceModel): Generator<{ site: PolicySite; st: PolicyStatement }> {
  const boundaries = permissionBoundaryIds(model);
  for (const site of policySites(model)) {
    if (site.kind !== 'identity' || boundaries.has(site.resource.id)) continue;
    const doc = parsePolicy(site.value);
    if (!doc) continue;
    for (const st of doc.statements) if (st.effect === 'Allow' && !st.hasCondition) yield { site, st };
  }
}

// ---------------------------------------------------------------- principals

/** `*`, `{AWS: "*"}` or getPolicyDocument's `{type: "*", identifiers: ["*"]}`: anyone. */
export function isPublicPrincipal(p: PolicyPrincipal): boolean {
  return p.entry.text === '*' && (p.type === '*' || p.type === 'AWS');
}

/** An account-root principal (`arn:aws:iam::<account>:root` or a bare account id) whose account may be unknown. */
export function isAccountRootPrincipal(p: PolicyPrincipal): boolean {
  if (p.type !== 'AWS') return false;
  const v = p.entry.value;
  if (p.entry.text !== undefined) return /^arn:aws[a-z-]*:iam::\d{12}:root$/.test(p.entry.text) || /^\d{12}$/.test(p.entry.text);
  if (v.kind === 'str') {
    const first = v.parts[0];
    const last = v.parts[v.parts.length - 1];
    return first?.kind === 'known' && /^arn:/.test(String(first.value)) && last?.kind === 'known' && /:root$/.test(String(last.value));
  }
  return false;
}
