// Security: encryption at rest, KMS key rotation, TLS, S3 public access blocks, least privilege and
// IMDSv2.

import { knownString, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, items, str } from '../../rules/_shared/values.js';
import { walk } from '../../rules/_shared/walk.js';
import { andOthers, argsShown, attached, attachedToUnknown, fail, label, nothingToCheck, pass, referencedResource, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

type Encryption = 'none' | 'aws-managed' | 'customer-managed' | undefined;

/** Is the key argument a customer-managed key of the program (not an `alias/aws/…` key)? */
function keyKind(ctx: CheckContext, v: Value | undefined): Encryption {
  if (!v) return undefined;
  const s = knownString(v);
  if (s !== undefined) return /^(alias\/)?aws\//.test(s) ? 'aws-managed' : 'customer-managed';
  const ref = referencedResource(v);
  if (ref !== undefined) return ctx.model.resources.find((r) => r.id === ref && /^aws:kms\//.test(r.type)) ? 'customer-managed' : undefined;
  return undefined;
}

interface Store {
  types: RegExp;
  /** Which encryption the resource has. */
  encryption: (r: Resource, ctx: CheckContext) => Encryption;
  /** The scope name requirements use for it (`scope: [s3, rds]`). */
  id: string;
  /** Checked when the requirement names no scope ("all data must be encrypted"): data stores, not queues or logs. */
  byDefault: boolean;
}

const SSE_CONFIG = /^aws:s3\/bucketServerSideEncryptionConfiguration(V2)?:/;

function s3Encryption(r: Resource, ctx: CheckContext): Encryption {
  const configs = attached(ctx, SSE_CONFIG, 'bucket', r);
  const rules = configs.length > 0 ? arg(configs[0]!, 'rules') : arg(r, 'serverSideEncryptionConfiguration.rule');
  // Without a configuration S3 encrypts new objects with S3-managed keys.
  if (!rules) return attachedToUnknown(ctx, SSE_CONFIG, 'bucket') ? undefined : 'aws-managed';
  const keys: Value[] = [];
  const algorithms: (string | undefined)[] = [];
  walk(rules, ({ key, value }) => {
    if (key === 'kmsMasterKeyId') keys.push(value);
    if (key === 'sseAlgorithm') algorithms.push(knownString(value));
  });
  if (keys.length > 0) return keyKind(ctx, keys[0]);
  return algorithms.length > 0 && algorithms.every((a) => a !== undefined) ? 'aws-managed' : undefined;
}

/** What a store's encryption setting says, from its flag and key arguments. */
function flagged(r: Resource, ctx: CheckContext, flag: string, key: string): Encryption {
  const on = bool(arg(r, flag));
  if (on === true) return definitelyAbsent(r, key) ? 'aws-managed' : keyKind(ctx, arg(r, key));
  return on === false || definitelyAbsent(r, flag) ? 'none' : undefined;
}

/** What a key argument alone says (stores that are encrypted with AWS-managed keys by default). */
function keyed(r: Resource, ctx: CheckContext, key: string, unset: Encryption): Encryption {
  if (arg(r, key)) return keyKind(ctx, arg(r, key));
  return definitelyAbsent(r, key) ? unset : undefined;
}

/** An EBS block (`ebs` of a launch template mapping, an instance's root or EBS block device): explicit blocks default to unencrypted. */
function ebsBlock(block: Value | undefined, ctx: CheckContext): Encryption {
  if (!block || block.kind !== 'obj') return undefined;
  const on = bool(block.props.get('encrypted'));
  if (on === true) return block.props.has('kmsKeyId') ? keyKind(ctx, block.props.get('kmsKeyId')) : 'aws-managed';
  return on === false || (!block.props.has('encrypted') && !block.open) ? 'none' : undefined;
}

/**
 * EBS volumes of volumes, instances and launch templates. Account-wide encryption by default
 * (aws.ebs.EncryptionByDefault) covers them all; a volume nobody describes follows the AMI's
 * snapshot or the account setting, which the program does not show.
 */
function ebsEncryption(r: Resource, ctx: CheckContext): Encryption {
  const byDefault = resourcesOf(ctx, /^aws:ebs\/encryptionByDefault:/).find((d) => bool(arg(d, 'enabled')) !== false);
  if (byDefault) return resourcesOf(ctx, /^aws:ebs\/defaultKmsKey:/).length > 0 ? 'customer-managed' : 'aws-managed';
  if (/^aws:ebs\/volume:/.test(r.type)) return flagged(r, ctx, 'encrypted', 'kmsKeyId');
  const blocks: Value[] = [];
  if (/^aws:ec2\/instance:/.test(r.type)) {
    const root = arg(r, 'rootBlockDevice');
    if (root) blocks.push(root);
    for (const b of items(arg(r, 'ebsBlockDevices'))?.items ?? []) blocks.push(b);
  } else {
    const mappings = items(arg(r, 'blockDeviceMappings'));
    if (mappings?.open) return undefined;
    for (const m of mappings?.items ?? []) {
      const ebs = m.kind === 'obj' ? m.props.get('ebs') : undefined;
      if (ebs) blocks.push(ebs);
    }
  }
  if (blocks.length === 0) return undefined;
  const kinds = blocks.map((b) => ebsBlock(b, ctx)).map((k) => (k === 'none' && !argsShown(ctx, r) ? undefined : k));
  return kinds.includes('none') ? 'none' : kinds.includes(undefined) ? undefined : kinds.includes('aws-managed') ? 'aws-managed' : 'customer-managed';
}

const STORES: Store[] = [
  { id: 's3', types: TYPES.bucket, byDefault: true, encryption: s3Encryption },
  {
    id: 'dynamodb',
    types: TYPES.table,
    byDefault: true,
    encryption: (r, ctx) => (bool(arg(r, 'serverSideEncryption.enabled')) === true ? (keyKind(ctx, arg(r, 'serverSideEncryption.kmsKeyArn')) ?? 'aws-managed') : definitelyAbsent(r, 'serverSideEncryption') ? 'aws-managed' : undefined),
  },
  {
    id: 'rds',
    types: /^aws:rds\/(instance|cluster):/,
    byDefault: true,
    // Aurora Serverless v1 is always encrypted; other instances and clusters default to unencrypted.
    encryption: (r, ctx) => (str(arg(r, 'engineMode')) === 'serverless' && definitelyAbsent(r, 'storageEncrypted') ? 'aws-managed' : flagged(r, ctx, 'storageEncrypted', 'kmsKeyId')),
  },
  { id: 'efs', types: /^aws:efs\/fileSystem:/, byDefault: true, encryption: (r, ctx) => flagged(r, ctx, 'encrypted', 'kmsKeyId') },
  { id: 'kinesis', types: /^aws:kinesis\/stream:/, byDefault: true, encryption: (r, ctx) => (str(arg(r, 'encryptionType')) === 'KMS' ? keyKind(ctx, arg(r, 'kmsKeyId')) : definitelyAbsent(r, 'encryptionType') ? 'none' : undefined) },
  { id: 'elasticache', types: /^aws:elasticache\/replicationGroup:/, byDefault: true, encryption: (r, ctx) => flagged(r, ctx, 'atRestEncryptionEnabled', 'kmsKeyId') },
  { id: 'sqs', types: TYPES.queue, byDefault: false, encryption: (r, ctx) => keyed(r, ctx, 'kmsMasterKeyId', 'aws-managed') },
  { id: 'sns', types: /^aws:sns\/topic:/, byDefault: false, encryption: (r, ctx) => keyed(r, ctx, 'kmsMasterKeyId', 'none') },
  { id: 'logs', types: TYPES.logGroup, byDefault: false, encryption: (r, ctx) => keyed(r, ctx, 'kmsKeyId', 'aws-managed') },
  { id: 'lambda', types: TYPES.lambda, byDefault: false, encryption: (r, ctx) => keyed(r, ctx, 'kmsKeyArn', 'aws-managed') },
  { id: 'ebs', types: /^aws:ebs\/volume:|^aws:ec2\/(instance|launchTemplate):/, byDefault: false, encryption: ebsEncryption },
];

export const checkEncryptionAtRest: Check<'encryption-at-rest'> = (req, ctx) => {
  const cmk = req.params.customerManaged;
  const scope = req.params.scope;
  const stores = STORES.filter((s) => (scope ? scope.includes(s.id) : s.byDefault));
  const rs = stores.flatMap((s) => resourcesOf(ctx, s.types).map((r) => ({ r, enc: s.encryption(r, ctx) })));
  if (rs.length === 0) return nothingToCheck(ctx, scope ? `${scope.join(' or ')} stores` : 'data stores');
  if (cmk && resourcesOf(ctx, TYPES.kmsKey).length === 0 && ctx.complete) return fail(req, 'it creates no KMS key, so every store uses AWS-managed keys at best', undefined, undefined, { variant: 'noKey' });
  const bad = rs.filter(({ enc }) => enc === 'none' || (cmk && enc === 'aws-managed'));
  const first = bad[0];
  if (first) {
    const what = first.enc === 'none' ? 'is not encrypted at rest' : 'is encrypted with an AWS-managed key, not a customer-managed KMS key';
    return fail(req, `${andOthers(bad.map((b) => b.r))} ${what}`, first.r, undefined, first.enc === 'none' ? { variant: 'unencrypted' } : {});
  }
  return rs.some(({ enc }) => enc === undefined) ? unknown('the encryption of some stores is not known statically') : pass(`${rs.length} data stores are encrypted`, rs[0]!.r);
};

export const checkKeyRotation: Check<'key-rotation'> = (req, ctx) => {
  const keys = resourcesOf(ctx, TYPES.kmsKey);
  if (keys.length === 0) return nothingToCheck(ctx, 'KMS keys');
  const off = keys.filter((k) => bool(arg(k, 'enableKeyRotation')) === false || definitelyAbsent(k, 'enableKeyRotation'));
  if (off.length > 0) return fail(req, `${andOthers(off)} does not enable key rotation`, off[0], arg(off[0]!, 'enableKeyRotation')?.at);
  return keys.every((k) => bool(arg(k, 'enableKeyRotation')) === true) ? pass('every KMS key rotates', keys[0], arg(keys[0]!, 'enableKeyRotation')?.at) : unknown('key rotation is not known statically');
};

const OLD_TLS_POLICY = /^ELBSecurityPolicy-(2015-05|2016-08|TLS-1-0|TLS-1-1|FS-2018-06|FS-1-1)/;

export const checkTls: Check<'tls'> = (req, ctx) => {
  const { httpsOnly, minVersion } = req.params;
  const scope = req.params.scope ?? ['load-balancers', 'cloudfront', 'caches'];
  const listeners = scope.includes('load-balancers') ? resourcesOf(ctx, /^aws:(lb|alb)\/listener:/) : [];
  const distributions = scope.includes('cloudfront') ? resourcesOf(ctx, /^aws:cloudfront\/distribution:/) : [];
  const caches = scope.includes('caches') ? resourcesOf(ctx, /^aws:elasticache\/replicationGroup:/) : [];
  if (listeners.length + distributions.length + caches.length === 0) return nothingToCheck(ctx, 'listeners, distributions or caches');
  for (const l of listeners) {
    const protocol = str(arg(l, 'protocol'));
    const types: (string | undefined)[] = [];
    walk(arg(l, 'defaultActions') ?? l.args, ({ key, value }) => {
      if (key === 'type') types.push(knownString(value));
    });
    const redirects = types.includes('redirect');
    if (protocol === 'HTTP' && !redirects && (httpsOnly || !listeners.some((o) => str(arg(o, 'protocol')) === 'HTTPS'))) {
      return fail(req, `${label(l)} serves plain HTTP without redirecting to HTTPS`, l, arg(l, 'protocol')?.at);
    }
    const policy = str(arg(l, 'sslPolicy'));
    if (minVersion === '1.2' && policy && OLD_TLS_POLICY.test(policy)) return fail(req, `${label(l)} uses ${policy}, which accepts TLS below 1.2`, l, arg(l, 'sslPolicy')?.at);
  }
  for (const d of distributions) {
    const allowing: At[] = [];
    walk(d.args, ({ key, value }) => {
      if (key === 'viewerProtocolPolicy' && knownString(value) === 'allow-all') allowing.push(value.at ?? d.at);
    });
    const allowAll = allowing[0];
    if (allowAll) return fail(req, `${label(d)} allows plain HTTP viewers (viewerProtocolPolicy allow-all)`, d, allowAll);
    const min = str(arg(d, 'viewerCertificate.minimumProtocolVersion'));
    if (minVersion && min && !min.includes(minVersion) && !/TLSv1\.[3-9]/.test(min) && !(minVersion === '1.2' && /TLSv1\.2/.test(min))) {
      return fail(req, `${label(d)} accepts ${min}`, d, arg(d, 'viewerCertificate.minimumProtocolVersion')?.at);
    }
  }
  for (const c of caches) {
    if (bool(arg(c, 'transitEncryptionEnabled')) === false || definitelyAbsent(c, 'transitEncryptionEnabled')) {
      return fail(req, `${label(c)} does not encrypt in transit`, c, arg(c, 'transitEncryptionEnabled')?.at);
    }
  }
  const https = listeners.find((l) => str(arg(l, 'protocol')) === 'HTTPS');
  return pass('endpoints use TLS', https ?? distributions[0] ?? caches[0] ?? listeners[0], https ? arg(https, 'protocol')?.at : undefined);
};

export const checkPublicAccessBlock: Check<'public-access-block'> = (req, ctx) => {
  const buckets = resourcesOf(ctx, TYPES.bucket);
  if (buckets.length === 0) return nothingToCheck(ctx, 'S3 buckets');
  const account = resourcesOf(ctx, /^aws:s3\/accountPublicAccessBlock:/)[0];
  if (account) return pass('the account blocks public access', account);
  const FLAGS = ['blockPublicAcls', 'blockPublicPolicy', 'ignorePublicAcls', 'restrictPublicBuckets'];
  const blocks = resourcesOf(ctx, /^aws:s3\/bucketPublicAccessBlock:/);
  let unresolved = blocks.some((b) => referencedResource(arg(b, 'bucket')) === undefined);
  for (const b of buckets) {
    const block = blocks.find((x) => referencedResource(arg(x, 'bucket')) === b.id);
    if (!block) {
      if (!unresolved) return fail(req, `${label(b)} has no BucketPublicAccessBlock`, b);
      continue;
    }
    const off = FLAGS.find((f) => bool(arg(block, f)) === false || definitelyAbsent(block, f));
    if (off) return fail(req, `the public access block of ${label(b)} leaves ${off} off`, block, arg(block, off)?.at);
    if (FLAGS.some((f) => bool(arg(block, f)) === undefined)) unresolved = true;
  }
  return unresolved ? unknown('which buckets the access blocks apply to is not known statically') : pass(`${buckets.length} buckets block public access`, blocks[0]);
};

const BROAD_MANAGED = /:policy\/(AdministratorAccess|PowerUserAccess|[\w-]*FullAccess)$/;

/** Allowed actions that grant a whole service (`s3:*`) or everything (`*`). */
function wildcardActions(policy: Value): { action: string; at?: At }[] {
  const out: { action: string; at?: At }[] = [];
  walk(policy, ({ key, value }) => {
    if (!/^(Action|actions)$/.test(key)) return;
    for (const a of items(value)?.items ?? []) {
      const s = knownString(a);
      if (s && (s === '*' || /^[\w-]+:\*$/.test(s))) out.push(a.at ? { action: s, at: a.at } : { action: s });
    }
  });
  return out;
}

export const checkLeastPrivilege: Check<'least-privilege'> = (req, ctx) => {
  const iam = resourcesOf(ctx, /^aws:iam\//);
  if (iam.length === 0) return nothingToCheck(ctx, 'IAM roles or policies');
  for (const r of iam) {
    for (const path of ['policy', 'inlinePolicies', 'policyArn', 'managedPolicyArns']) {
      const v = arg(r, path);
      if (!v) continue;
      const broad = [v, ...(items(v)?.items ?? [])].map(knownString).find((s) => s && BROAD_MANAGED.test(s));
      if (broad) return fail(req, `${label(r)} attaches ${broad.split('/').pop()}`, r, v.at, { grant: broad.split('/').pop()! });
      if (path === 'policy' || path === 'inlinePolicies') {
        const wild = wildcardActions(v)[0];
        if (wild) return fail(req, `${label(r)} allows the wildcard action '${wild.action}'`, r, wild.at, { grant: wild.action });
      }
    }
  }
  return pass('no wildcard actions or broad managed policies');
};

export const checkImdsv2: Check<'imdsv2'> = (req, ctx) => {
  const rs = resourcesOf(ctx, /^aws:ec2\/(instance|launchTemplate):/);
  if (rs.length === 0) return nothingToCheck(ctx, 'EC2 instances or launch templates');
  const optional = rs.filter((r) => {
    const tokens = str(arg(r, 'metadataOptions.httpTokens'));
    return tokens === 'optional' || (tokens === undefined && definitelyAbsent(r, 'metadataOptions.httpTokens'));
  });
  if (optional.length > 0) return fail(req, `${andOthers(optional)} does not require IMDSv2 tokens (metadataOptions.httpTokens)`, optional[0]);
  return rs.every((r) => str(arg(r, 'metadataOptions.httpTokens')) === 'required') ? pass('IMDSv2 is required', rs[0], arg(rs[0]!, 'metadataOptions')?.at) : unknown('metadata options are not known statically');
};

// Inline policies: policy documents embedded in one identity rather than managed policies attached to it.
const INLINE = /^aws:iam\/(rolePolicy|userPolicy|groupPolicy):/;

export const checkManagedPoliciesOnly: Check<'managed-policies-only'> = (req, ctx) => {
  const iam = resourcesOf(ctx, /^aws:iam\//);
  if (iam.length === 0) return nothingToCheck(ctx, 'IAM roles or policies');
  const inline = resourcesOf(ctx, INLINE)[0];
  if (inline) return fail(req, `${label(inline)} is an inline policy (use an aws.iam.Policy attached with aws.iam.RolePolicyAttachment)`, inline);
  const embedding = resourcesOf(ctx, /^aws:iam\/role:/).find((r) => {
    const list = items(arg(r, 'inlinePolicies'));
    return !!list && list.items.length > 0;
  });
  if (embedding) return fail(req, `${label(embedding)} embeds inline policies (inlinePolicies)`, embedding, arg(embedding, 'inlinePolicies')?.at);
  return pass('no inline policies');
};

export const checkPermissionsBoundary: Check<'permissions-boundary'> = (req, ctx) => {
  const roles = resourcesOf(ctx, /^aws:iam\/role:Role$/);
  if (roles.length === 0) return nothingToCheck(ctx, 'IAM roles');
  const without = roles.filter((r) => definitelyAbsent(r, 'permissionsBoundary'));
  if (without.length > 0) return fail(req, `${andOthers(without)} has no permissionsBoundary`, without[0]);
  // Set from configuration counts; only an argument spread from unknown values may or may not set it.
  return roles.every((r) => r.args.props.has('permissionsBoundary')) ? pass('every role has a permissions boundary', roles[0], arg(roles[0]!, 'permissionsBoundary')?.at) : unknown('the roles\' arguments are not known statically');
};

export const checkManagedPolicy: Check<'managed-policy'> = (req, ctx) => {
  const iam = resourcesOf(ctx, /^aws:iam\//);
  if (iam.length === 0) return nothingToCheck(ctx, 'IAM roles or policies');
  // The name anywhere in the program: an ARN, `aws.iam.ManagedPolicy.X`, a name joined into an ARN.
  const missing = req.params.names.filter((n) => !firstMention(ctx, (t) => [t.search(new RegExp(`\\b${n}\\b`)), n.length] as const));
  if (missing.length === 0) return pass(`the program attaches ${req.params.names.join(', ')}`, undefined, firstMention(ctx, (t) => [t.indexOf(req.params.names[0]!), req.params.names[0]!.length] as const));
  // Policy ARNs built from values not known statically may name it.
  const open = iam.some((r) => ['policyArn', 'managedPolicyArns'].some((p) => {
    const v = arg(r, p);
    return v !== undefined && (knownString(v) === undefined && !(items(v)?.items.every((x) => knownString(x) !== undefined) ?? false));
  }));
  if (open || !ctx.complete) return unknown('some policy ARNs are not known statically');
  return fail(req, `no role attaches ${missing.join(', ')}`, undefined, undefined, { names: missing.join(', ') });
};

const MFA_CONDITION = /MultiFactorAuth(Present|Age)/;

export const checkIamMfa: Check<'iam-mfa'> = (req, ctx) => {
  const iam = resourcesOf(ctx, /^aws:iam\/(role|policy|rolePolicy|userPolicy|groupPolicy|user|group):/);
  if (iam.length === 0) return nothingToCheck(ctx, 'IAM roles, users or policies');
  const mentioned = firstMention(ctx, (t) => {
    const m = MFA_CONDITION.exec(t);
    return [m ? m.index : -1, m?.[0].length ?? 0] as const;
  });
  if (mentioned) return pass('a policy conditions access on MFA', undefined, mentioned);
  return ctx.complete ? fail(req, 'no IAM policy has an aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge condition') : unknown('policies may be in code the answer does not show');
};

export const checkExistingKmsKey: Check<'existing-kms-key'> = (req, ctx) => {
  const key = req.params.key;
  // The alias name alone ("nova-web-kms") is how lookups and config defaults often spell it.
  const short = key.replace(/^arn:aws:kms:[^:]*:\d+:/, '').replace(/^alias\//, '');
  const aliases = resourcesOf(ctx, /^aws:kms\/alias:Alias$/);
  const recreated = aliases.find((a) => {
    const name = str(arg(a, 'name'));
    return name !== undefined && (name === key || name === `alias/${short}`);
  });
  if (recreated) return fail(req, `it creates a new KMS key under ${label(recreated)} instead of using the existing one`, recreated, arg(recreated, 'name')?.at);
  const mentioned = firstMention(ctx, (t) => [t.indexOf(key), key.length] as const) ?? firstMention(ctx, (t) => [t.indexOf(short), short.length] as const);
  if (mentioned) return pass(`the program refers to ${key}`, undefined, mentioned);
  const keys = resourcesOf(ctx, TYPES.kmsKey);
  if (keys.length === 0 || !ctx.complete) return unknown(`the program does not name ${key}; which key it uses is not known statically`);
  // The key may come in through configuration the program reads under another name.
  if (ctx.model.configReads.some((r) => /kms|key/i.test(r.key))) return unknown('the KMS key may come from configuration');
  return fail(req, `it never refers to ${key} and encrypts with KMS keys it creates (${andOthers(keys)})`, keys[0]);
};

// A Deny statement as policy documents write it: JSON, object literals, getPolicyDocument arguments,
// in either language.
const DENY = /["'`]?\beffect["'`]?\s*[:=]\s*["'`]deny["'`]/i;
// Policy documents read from files the answer may not contain.
const POLICY_FROM_FILE = /readFileSync\s*\([^)]*\.json|\bopen\s*\([^)]*\.json|\bjson\.load\s*\(/i;

/** The first place in a program file where `find` finds its text ([offset, length], offset -1: none). */
function firstMention(ctx: CheckContext, find: (text: string) => readonly [number, number]): At | undefined {
  for (const f of ctx.model.input.files) {
    if (f.role !== 'program') continue;
    const [s, n] = find(f.text);
    if (s >= 0) return { f: f.path, s, e: s + n };
  }
  return undefined;
}

export const checkIamExplicitDeny: Check<'iam-explicit-deny'> = (req, ctx) => {
  const policies = resourcesOf(ctx, /^aws:iam\/(policy|rolePolicy|userPolicy|groupPolicy):/).concat(resourcesOf(ctx, /^aws:iam\/role:Role$/).filter((r) => arg(r, 'inlinePolicies')));
  if (policies.length === 0) return nothingToCheck(ctx, 'IAM policies');
  const files = ctx.model.input.files.filter((f) => f.role === 'program');
  const deny = firstMention(ctx, (t) => {
    const m = DENY.exec(t);
    return [m ? m.index : -1, m?.[0].length ?? 0] as const;
  });
  if (deny) return pass('a policy statement denies', undefined, deny);
  if (!ctx.complete || files.some((f) => POLICY_FROM_FILE.test(f.text))) return unknown('policy documents are not all known statically');
  return fail(req, `no policy statement denies anything: ${andOthers(policies)} only allow${policies.length > 1 ? '' : 's'}`, policies[0]);
};

/** Functions that share a role: the same role resource, or the same literal role ARN. */
export const checkRolePerFunction: Check<'role-per-function'> = (req, ctx) => {
  const fns = resourcesOf(ctx, TYPES.lambda);
  if (fns.length === 0) return nothingToCheck(ctx, 'Lambda functions');
  const byRole = new Map<string, Resource[]>();
  let open = false;
  for (const fn of fns) {
    const v = arg(fn, 'role');
    const id = referencedResource(v);
    const key = id !== undefined ? `r${id}` : knownString(v) !== undefined ? `s${knownString(v)}` : undefined;
    if (key === undefined) {
      open = true;
      continue;
    }
    byRole.set(key, [...(byRole.get(key) ?? []), fn]);
  }
  const shared = [...byRole.entries()].find(([, rs]) => rs.length > 1);
  if (shared) {
    const [key, rs] = shared;
    const role = key.startsWith('r') ? ctx.model.resources.find((r) => r.id === Number(key.slice(1))) : undefined;
    return fail(req, `${label(rs[0]!)} and ${rs.length - 1} other function${rs.length > 2 ? 's' : ''} run with one role, ${role ? label(role) : key.slice(1)} (give each function a role of its own)`, rs[1], arg(rs[1]!, 'role')?.at);
  }
  if (open) return unknown('the roles of some functions are not known statically');
  return pass(fns.length === 1 ? 'the program has one function' : `each of its ${fns.length} functions has its own role`, fns[0]);
};
