// The policies an IAM role of the program receives: managed policy ARNs and inline policies on the
// role, and the attachment resources (RolePolicy, RolePolicyAttachment, PolicyAttachment,
// RolePolicyAttachmentsExclusive) that designate it. Undefined when some attachment may or may not
// concern the role, so that absence rules stay silent.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy, type PolicyDocument } from './iam-policy.js';
import { referencedResource, refersTo } from './resource-refs.js';
import { isAbsent, isObj, str } from './values.js';

const POLICY = 'aws:iam/policy:Policy';

const ATTACHMENTS: Readonly<Record<string, { role: string; policy?: string; policyArn?: string }>> = {
  'aws:iam/rolePolicy:RolePolicy': { role: 'role', policy: 'policy' },
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment': { role: 'role', policyArn: 'policyArn' },
  'aws:iam/policyAttachment:PolicyAttachment': { role: 'roles', policyArn: 'policyArn' },
  'aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive': { role: 'roleName', policyArn: 'policyArns' },
};

/** A document the program writes, an AWS managed policy by ARN, or something not known. */
export type Grant = { doc: PolicyDocument } | { managed: string } | 'opaque';

export function roleGrants(model: ResourceModel, role: Resource): Grant[] | undefined {
  const out: Grant[] = [];
  const managed = listItems(role.args.props.get('managedPolicyArns'));
  if (!managed) return undefined;
  for (const arn of managed) out.push(policyBehind(model, arn));
  const inline = listItems(role.args.props.get('inlinePolicies'));
  if (!inline) return undefined;
  for (const p of inline) {
    if (!isObj(p) || p.open) return undefined;
    const doc = p.props.get('policy');
    if (!isAbsent(doc)) out.push(documentGrant(doc));
  }
  for (const r of model.resources) {
    const spec = ATTACHMENTS[r.type];
    if (!spec) continue;
    const relation = concerns(model, r.args.props.get(spec.role), role);
    if (relation === 'unknown') return undefined;
    if (relation === 'no') continue;
    if (spec.policy) out.push(documentGrant(r.args.props.get(spec.policy)));
    for (const arn of spec.policyArn ? (listItems(r.args.props.get(spec.policyArn)) ?? [undefined]) : []) out.push(policyBehind(model, arn));
  }
  return out;
}

/**
 * Whether the documents allow `action`: true when one Allow statement grants it, false when every
 * statement is known and none does, undefined otherwise. Managed and opaque grants are the caller's.
 */
export function documentsAllow(docs: PolicyDocument[], action: string): boolean | undefined {
  for (const doc of docs) {
    if (doc.open) return undefined;
    for (const s of doc.statements) {
      if (s.notActions.present || s.actions.open || s.effect === undefined) return undefined;
      if (s.effect !== 'Allow') continue;
      for (const e of s.actions.entries) {
        if (e.text === undefined) return undefined;
        if (matches(e.text, action)) return true;
      }
    }
  }
  return false;
}

function listItems(v: Value | undefined): (Value | undefined)[] | undefined {
  if (isAbsent(v)) return [];
  if (v!.kind !== 'list' || v!.open) return v!.kind === 'list' || v!.kind === 'unknown' || v!.kind === 'output' ? undefined : [v];
  return v!.items;
}

function concerns(model: ResourceModel, v: Value | undefined, role: Resource): 'yes' | 'no' | 'unknown' {
  if (v?.kind === 'list') {
    const each = v.items.map((x) => concerns(model, x, role));
    if (each.includes('yes')) return 'yes';
    return v.open || each.includes('unknown') ? 'unknown' : 'no';
  }
  const literal = str(v);
  if (literal === undefined) return refersTo(model, v, role);
  const name = role.args.props.get('name');
  if (isAbsent(name)) return 'no';
  const roleName = str(name);
  if (roleName === undefined) return 'unknown';
  return roleName === literal || literal.endsWith(`:role/${roleName}`) ? 'yes' : 'no';
}

function documentGrant(v: Value | undefined): Grant {
  const doc = parsePolicy(v);
  return doc && !doc.open ? { doc } : 'opaque';
}

function policyBehind(model: ResourceModel, arn: Value | undefined): Grant {
  const policy = referencedResource(model, arn);
  if (policy?.type === POLICY) return documentGrant(policy.args.props.get('policy'));
  const text = str(arn);
  if (text !== undefined) return { managed: text };
  // `aws.iam.ManagedPolicy.AWSXRayDaemonWriteAccess`: the enum member names the AWS managed policy.
  const member = arn?.kind === 'unknown' ? /^enum:aws\.iam\.ManagedPolicy\.(\w+)$/.exec(arn.why)?.[1] : undefined;
  return member ? { managed: `arn:aws:iam::aws:policy/${member}` } : 'opaque';
}

function matches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return re.test(action);
}
