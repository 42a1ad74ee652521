// Where a program attaches AWS managed policies, and which policy each reference names. A reference
// is an ARN string (`arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`, possibly with
// an unknown partition) or a member of the SDK enum `aws.iam.ManagedPolicy`, which the model keeps as
// an unknown with provenance `enum:aws.iam.ManagedPolicy.<Member>`.

import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { MANAGED_POLICY_PATHS } from './aws-managed-policies.js';
import { isAbsent } from './values.js';

export interface ManagedPolicyRef {
  resource: Resource;
  value: Value;
  at?: At;
  /** Policy name (`AdministratorAccess`). */
  name: string;
  /** Path as written (`service-role/`, `` for none); undefined for enum members, which are always right. */
  path?: string;
  /** How it was written, for messages. */
  written: string;
}

/** Attachment resources and the argument holding one ARN or a list of ARNs. */
const ATTACHMENT_ARGS: Record<string, string> = {
  'aws:iam/rolePolicyAttachment:RolePolicyAttachment': 'policyArn',
  'aws:iam/userPolicyAttachment:UserPolicyAttachment': 'policyArn',
  'aws:iam/groupPolicyAttachment:GroupPolicyAttachment': 'policyArn',
  'aws:iam/policyAttachment:PolicyAttachment': 'policyArn',
  'aws:iam/role:Role': 'managedPolicyArns',
  'aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive': 'policyArns',
  'aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive': 'policyArns',
  'aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive': 'policyArns',
};

export function managedPolicyRefs(model: ResourceModel): ManagedPolicyRef[] {
  const out: ManagedPolicyRef[] = [];
  for (const r of model.resources) {
    const argName = ATTACHMENT_ARGS[r.type];
    const v = argName ? r.args.props.get(argName) : undefined;
    if (!v || isAbsent(v)) continue;
    for (const item of v.kind === 'list' ? v.items : [v]) {
      const ref = readRef(r, item);
      if (ref) out.push(ref);
    }
  }
  return out;
}

const AWS_POLICY_ARN = /^arn:[^:]*:iam::aws:policy\/(.*)$/;
const ENUM = /^enum:aws\.iam\.ManagedPolicy\.(\w+)$/;

function readRef(resource: Resource, v: Value): ManagedPolicyRef | undefined {
  const base = { resource, value: v, ...(v.at ? { at: v.at } : {}) };
  if (v.kind === 'unknown') {
    const member = ENUM.exec(v.why)?.[1];
    return member ? { ...base, name: policyNameOfMember(member), written: `aws.iam.ManagedPolicy.${member}` } : undefined;
  }
  const tail = arnTail(v);
  if (tail === undefined) return undefined;
  const i = tail.lastIndexOf('/');
  return { ...base, name: tail.slice(i + 1), path: tail.slice(0, i + 1), written: `arn:aws:iam::aws:policy/${tail}` };
}

/** `service-role/Name` from an AWS-managed policy ARN whose partition may be unknown. */
function arnTail(v: Value): string | undefined {
  if (v.kind === 'output') return arnTail(v.inner);
  if (v.kind === 'known' && typeof v.value === 'string') return AWS_POLICY_ARN.exec(v.value)?.[1];
  if (v.kind !== 'str') return undefined;
  const first = v.parts[0];
  const last = v.parts[v.parts.length - 1];
  if (first?.kind !== 'known' || String(first.value) !== 'arn:' || last?.kind !== 'known') return undefined;
  return /^:iam::aws:policy\/(.*)$/.exec(String(last.value))?.[1];
}

// ---------------------------------------------------------------- enum members

/** Members whose spelling differs from the policy name by more than case and underscores. */
const MEMBER_EXCEPTIONS: Record<string, string> = {
  cloudtrailfullaccess: 'AWSCloudTrail_FullAccess',
  cloudtrailreadonlyaccess: 'AWSCloudTrail_ReadOnlyAccess',
  codepipelinefullaccess: 'AWSCodePipeline_FullAccess',
  codepipelinereadonlyaccess: 'AWSCodePipeline_ReadOnlyAccess',
  lambdafullaccess: 'AWSLambda_FullAccess',
  lambdareadonlyaccess: 'AWSLambda_ReadOnlyAccess',
  elastictranscoderfullaccess: 'AmazonElasticTranscoder_FullAccess',
  elastictranscoderjobssubmitter: 'AmazonElasticTranscoder_JobsSubmitter',
  elastictranscoderreadonlyaccess: 'AmazonElasticTranscoder_ReadOnlyAccess',
  awsservermigrationservicerole: 'ServerMigration_ServiceRole',
};

const normalise = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

let byNormalisedName: Map<string, string> | undefined;

/**
 * The policy name of an enum member. TypeScript members are the policy names (`AWSLambda_FullAccess`
 * is `LambdaFullAccess`), Python members are upper snake case (`ADMINISTRATOR_ACCESS`); both match
 * the name once case and separators are ignored.
 */
export function policyNameOfMember(member: string): string {
  byNormalisedName ??= new Map([...MANAGED_POLICY_PATHS.keys()].map((n) => [normalise(n), n]));
  const key = normalise(member);
  return MEMBER_EXCEPTIONS[key] ?? byNormalisedName.get(key) ?? member;
}
