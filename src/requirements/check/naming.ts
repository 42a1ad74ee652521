// Naming patterns and the environment suffix.

import { provenance, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { carriesSuffix, programHasSuffix } from '../../rules/_shared/suffix.js';
import { arg, definitelyAbsent } from '../../rules/_shared/values.js';
import { serviceById } from '../services.js';
import { fail, label, pass, resourcesOf, siblings, unknown, type Check, type CheckContext } from './context.js';

/** The argument that holds a resource's physical name. */
function nameArg(r: Resource): string {
  if (/^aws:s3\/bucket/.test(r.type)) return 'bucket';
  if (/^aws:rds\/instance:/.test(r.type)) return 'identifier';
  if (/^aws:rds\/cluster:/.test(r.type)) return 'clusterIdentifier';
  if (/^aws:elasticache\/replicationGroup:/.test(r.type)) return 'replicationGroupId';
  return 'name';
}

const SUFFIX_PLACEHOLDER = /^(env|environment|environment[-_ ]?suffix|env[-_]?suffix|stage|suffix|props\.environmentsuffix)$/i;

/**
 * The name as text, with parts that carry the environment suffix written as `\u0001` and other
 * unknown parts as undefined (the name cannot be judged).
 */
function nameText(v: Value): string | undefined {
  if (v.kind === 'known') return typeof v.value === 'string' ? v.value : undefined;
  const isSuffix = (p: Value) => [...provenance(p)].some((t) => /suffix/i.test(t));
  if (v.kind === 'str') {
    let out = '';
    for (const p of v.parts) {
      if (p.kind === 'known') out += String(p.value);
      else if (isSuffix(p)) out += '\u0001';
      else return undefined;
    }
    return out;
  }
  return v.kind === 'unknown' && isSuffix(v) ? '\u0001' : undefined;
}

/** The pattern as a regular expression: placeholders match any text (the suffix placeholder the suffix too). */
function patternRegex(pattern: string): RegExp {
  const parts = pattern.split(/(\$?\{\{?[^}]+\}?\}|<[^>]+>|\*)/);
  const body = parts
    .map((p, i) => {
      if (i % 2 === 0) return p.replace(/[.*+?^$()|[\]\\/]/g, '\\$&');
      const inner = p.replace(/^\$?[{<]\{?|\}?[}>]$/g, '').trim();
      return SUFFIX_PLACEHOLDER.test(inner) ? '(?:\u0001|[^/]+?)' : '.+?';
    })
    .join('');
  return new RegExp(`^${body}$`, 'i');
}

// Resources whose physical names a general convention ("{resource-type}-{suffix}") is about; aliases,
// rules, features and other sub-resources have names of their own kind.
const NAMED = /^aws:(s3\/bucket(V2)?|lambda\/function|dynamodb\/table|iam\/(role|policy)|sqs\/queue|sns\/topic|rds\/(instance|cluster)|ecr\/repository|ecs\/(cluster|service)|lb\/(loadBalancer|targetGroup)|kinesis\/stream|sfn\/stateMachine|secretsmanager\/secret|codebuild\/project|codepipeline\/pipeline|apigateway\/restApi|elasticache\/replicationGroup|cloudwatch\/(metricAlarm|dashboard)):/;

export const checkNamingPattern: Check<'naming-pattern'> = (req, ctx) => {
  const service = req.params.resource ? serviceById(req.params.resource) : undefined;
  if (req.params.resource && !service) return unknown(`'${req.params.resource}' is not a service stacklint knows`);
  const rs = resourcesOf(ctx, service?.types ?? NAMED);
  if (rs.length === 0) return unknown(service ? `the program creates no ${service.label}` : 'the program creates no AWS resources');
  // Regular expressions ("^(dev|prod)-[a-z]{8}$") and patterns with literal words but no resource
  // type ("myapp-{env}-content" for which resources?) cannot be applied to every name.
  const literal = req.params.pattern.replace(/\$?\{\{?[^}]+\}?\}|<[^>]+>|\*/g, '');
  if (/^\^|[[\]|]/.test(req.params.pattern) || (!service && /[a-z]{2}/i.test(literal))) {
    return unknown(`the pattern ${req.params.pattern} does not say which resources it names`);
  }
  // Patterns stated together for the same resources ("tenant-{id}-users and tenant-{id}-data") each
  // name some of them; a pattern without the environment suffix still allows one appended to it.
  const patterns = siblings(ctx, 'naming-pattern').filter((r) => r.params.resource === req.params.resource).map((r) => patternRegex(r.params.pattern));
  const fits = (text: string) => patterns.some((re) => new RegExp(re.source.replace(/\$$/, '(?:[-_]\u0001)?$'), 'i').test(text));
  const autoNamed = service ? rs.find((r) => definitelyAbsent(r, nameArg(r))) : undefined;
  if (autoNamed) return fail(req, `${label(autoNamed)} sets no ${nameArg(autoNamed)}, so Pulumi generates a random physical name`, autoNamed);
  let judged = 0;
  let shown: { r: Resource; at?: At } | undefined;
  for (const r of rs) {
    const v = arg(r, nameArg(r));
    const text = v ? nameText(v) : undefined;
    if (text === undefined) continue;
    judged++;
    shown ??= { r, at: v?.at };
    if (!fits(text)) return fail(req, `${label(r)} is named '${text.replace(/\u0001/g, '${suffix}')}'`, r, v?.at);
  }
  return shown ? pass(`${judged} physical names follow ${req.params.pattern}`, shown.r, shown.at) : unknown('no physical name is known statically');
};

/** Does some resource name come from the variable the request calls the suffix (`environment`, `env`)? */
function namesFrom(ctx: CheckContext, variable: string): boolean {
  const re = new RegExp(`(^|[:.])${variable}$`, 'i');
  return ctx.model.resources.some((r) => [...provenance(r.name)].some((p) => re.test(p))) || ctx.model.configReads.some((c) => c.key === variable);
}

/** Where the program reads the suffix (config key or environment variable): a met line's evidence. */
function suffixRead(ctx: CheckContext, variable?: string): At | undefined {
  const re = variable ? new RegExp(`(^|[:.])${variable}$`, 'i') : /suffix|^(env|environment|stage)$/i;
  const read = ctx.model.configReads.find((c) => re.test(c.key))?.at ?? ctx.model.envReads.find((e) => re.test(e.name))?.at;
  // Else the first resource whose name carries it (a suffix passed in as an argument).
  return read ?? (variable ? undefined : ctx.model.resources.find((r) => !r.isProvider && carriesSuffix(r.name))?.at);
}

export const checkEnvironmentSuffix: Check<'environment-suffix'> = (req, ctx) => {
  if (!ctx.hasProgram) return unknown('the program creates no resources');
  if (programHasSuffix(ctx.model)) return pass('names carry an environment suffix', undefined, suffixRead(ctx));
  if (req.params.variable && namesFrom(ctx, req.params.variable)) return pass(`names carry ${req.params.variable}`, undefined, suffixRead(ctx, req.params.variable));
  return fail(req, 'the program never reads an environment suffix (no config key or environment variable such as environmentSuffix) and no name carries one');
};
