// Required tags on every taggable resource, including provider default tags.

import { knownString, type ObjV, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg } from '../../rules/_shared/values.js';
import { argsShown, fail, label, pass, resourcesOf, unknown, type Check, type CheckContext } from './context.js';

// Resource types that take tags, for when a resource sets none (a resource that sets `tags` is
// taggable by definition). Configuration and attachment resources do not take tags.
const TAGGABLE =
  /^aws:(s3\/bucket(V2)?|lambda\/function|dynamodb\/table|ec2\/(vpc|subnet|securityGroup|internetGateway|natGateway|eip|routeTable|instance|launchTemplate|vpcEndpoint|flowLog)|rds\/(instance|cluster|subnetGroup)|cloudwatch\/(logGroup|metricAlarm|eventRule)|sns\/topic|sqs\/queue|kms\/key|iam\/(role|policy)|ecs\/(cluster|service|taskDefinition)|ecr\/repository|lb\/(loadBalancer|targetGroup)|apigateway\/(restApi|stage)|secretsmanager\/secret|ssm\/parameter|kinesis\/stream|elasticache\/replicationGroup|efs\/fileSystem|cloudfront\/distribution|wafv2\/webAcl|codebuild\/project|codepipeline\/pipeline|sfn\/stateMachine|cloudtrail\/trail|route53\/zone|acm\/certificate|backup\/(plan|vault)|cognito\/userPool)\b/;

interface Tags {
  /** Known keys and values (value undefined when not known). */
  tags: Map<string, string | undefined>;
  /** More keys may exist (an unknown spread or unknown tags). */
  open: boolean;
}

function tagsOf(v: Value | undefined): Tags | undefined {
  if (!v) return undefined;
  if (v.kind === 'obj') return { tags: new Map([...v.props].map(([k, x]) => [k, knownString(x)])), open: !!v.open };
  if (v.kind === 'output' && v.inner.kind === 'obj') return tagsOf(v.inner);
  if (v.kind === 'list') {
    // Auto Scaling groups: [{ key, value, propagateAtLaunch }].
    const tags = new Map<string, string | undefined>();
    for (const it of v.items) {
      const k = it.kind === 'obj' ? knownString(it.props.get('key')) : undefined;
      if (k) tags.set(k, knownString((it as ObjV).props.get('value')));
    }
    return { tags, open: !!v.open || tags.size < v.items.length };
  }
  return { tags: new Map(), open: true };
}

/** Default tags a resource receives from its provider, or from the stack's aws:defaultTags. */
function defaultTags(r: Resource, ctx: CheckContext): Tags | undefined {
  const provider = typeof r.provider === 'number' ? ctx.model.resources.find((p) => p.id === r.provider) : undefined;
  if (r.provider === 'unknown') return { tags: new Map(), open: true };
  const fromProvider = provider ? tagsOf(arg(provider, 'defaultTags.tags')) : undefined;
  if (fromProvider) return fromProvider;
  const config = ctx.model.input.files.some((f) => f.role !== 'program' && /aws:defaultTags/.test(f.text));
  return config ? { tags: new Map(), open: true } : undefined;
}

/** Tag keys as a request writes them ("cost center", "cost-center") match the program's CostCenter. */
function norm(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// A stack transformation or resource transform can add tags to every resource at run time.
const TRANSFORM = /\bregister(?:Stack|Resource)Transform(?:ation)?s?\b|\bregister_(?:stack|resource)_transform(?:ation)?s?\b|\btransform(?:ation)?s\s*[:=]/;

export const checkTags: Check<'required-tags'> = (req, ctx) => {
  const { keys, values = {} } = req.params;
  const transformed = ctx.model.input.files.some((f) => f.role === 'program' && TRANSFORM.test(f.text));
  const rs = resourcesOf(ctx, /./).filter((r) => r.args.props.has('tags') || TAGGABLE.test(r.type));
  if (rs.length === 0) return unknown(ctx.hasProgram ? 'the program creates no taggable resources' : 'the program creates no resources');
  let unresolved = 0;
  for (const r of rs) {
    const own = tagsOf(arg(r, 'tags'));
    const defaults = defaultTags(r, ctx);
    const all = new Map([...(defaults?.tags ?? []), ...(own?.tags ?? [])].map(([k, v]) => [norm(k), v] as const));
    // Tags cut from an elided fragment are not known to be missing.
    const open = transformed || !!own?.open || !!defaults?.open || (!own && !argsShown(ctx, r));
    const missing = keys.filter((k) => !all.has(norm(k)));
    if (keys.length === 0 && all.size === 0) {
      if (!open) return fail(req, `${label(r)} has no tags`, r, undefined, { variant: 'untagged' });
      unresolved++;
      continue;
    }
    if (missing.length > 0) {
      if (open) {
        unresolved++;
        continue;
      }
      return fail(req, `${label(r)} lacks the tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, r, arg(r, 'tags')?.at, { missing: missing.join(', ') });
    }
    for (const [k, want] of Object.entries(values)) {
      const got = all.get(norm(k));
      if (got !== undefined && got.toLowerCase() !== want.toLowerCase()) return fail(req, `${label(r)} tags ${k}=${got}`, r, arg(r, `tags.${k}`)?.at ?? arg(r, 'tags')?.at, { variant: 'value', tag: k, want, got });
    }
  }
  return unresolved > 0 ? unknown(`the tags of ${unresolved} resources are not known statically`) : pass(`${rs.length} taggable resources carry the tags`, rs[0], rs[0] ? arg(rs[0], 'tags')?.at : undefined);
};

