import type { Lang } from '../../core/ir.js';
import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { awsResourceSchema } from '../_shared/aws-schema-args.js';
import { otherSchema, pathIn, quoteAll, suggestMembers, targetText } from '../_shared/aws-schema-names.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FAILS: Record<Lang, string> = {
  ts: 'TypeScript rejects the import and the constructor is `undefined` at run time',
  py: 'Python raises AttributeError (ImportError for a missing module) when the program runs',
};

export default defineRule({
  id: 'aws/unknown-resource-type',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unknown: '`{{path}}` is not a resource of the AWS provider {{target}}: {{fails}}, so nothing deploys. Did you mean {{suggestions}}?',
    unknownNoSuggestion: '`{{path}}` is not a resource of the AWS provider {{target}}: {{fails}}, so nothing deploys. Find the resource that manages this in the provider\'s API docs.',
    newerOnly: '`{{path}}` exists only in the AWS provider {{other}}.x and this answer targets {{target}}: {{fails}}. Raise the pinned provider version or use a resource that exists in {{major}}.x.',
    configModule: '`{{path}}` is not a resource: `aws.config` holds the provider\'s own settings (`region`, `profile`), so calling it fails. AWS Config resources are in `aws.cfg`: use {{suggestions}}.',
    configModuleNoSuggestion: '`{{path}}` is not a resource: `aws.config` holds the provider\'s own settings (`region`, `profile`), so calling it fails. AWS Config resources are in `aws.cfg`.',
  },
  title: {
    unknown: 'Nonexistent resource type {{path:code}}[[ (meant {{suggestions}}?)]]',
    unknownNoSuggestion: 'Nonexistent resource type {{path:code}}',
    newerOnly: 'Resource type {{path:code}} exists only in AWS provider {{other}}.x',
    configModule: '{{path:code}} used as a resource (AWS Config resources are in `aws.cfg`)',
    configModuleNoSuggestion: '{{path:code}} used as a resource (AWS Config resources are in `aws.cfg`)',
  },
  fixHint: 'Use the class the provider defines (e.g. `aws.iam.InstanceProfile`, `aws.s3.BucketReplicationConfig`, `aws.cfg.Recorder`); the API docs list every resource per module.',
  docs: {
    summary: 'A constructor of the `aws` package that the AWS provider does not have (an invented class, a class in the wrong module, a module that does not exist).',
    why: 'Models invent resource classes that look plausible (`aws.ec2.InstanceProfile`, `aws.s3.BucketReplicationConfiguration`, CloudFormation-style modules such as `aws.elasticloadbalancing`). TypeScript refuses to compile, Python fails with AttributeError at `pulumi up`; either way nothing deploys. The check uses the provider schema of the version the answer targets (its package.json / requirements.txt pin, else the newest).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });\nconst profile = new aws.ec2.InstanceProfile('profile', { role: role.name });\nexport const profileName = profile.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("role", assume_role_policy="{}")\nprofile = aws.ec2.InstanceProfile("profile", role=role.name)\npulumi.export("profile_name", profile.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });\nconst profile = new aws.iam.InstanceProfile('profile', { role: role.name });\nexport const profileName = profile.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("role", assume_role_policy="{}")\nprofile = aws.iam.InstanceProfile("profile", role=role.name)\npulumi.export("profile_name", profile.name)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/iam/instanceprofile/',
    ],
    notes: 'Resources that exist in the other major version are handled apart: one removed in 7.x (deprecated in 6.x) is reported by aws/deprecated-resource; one added in 7.x used by an answer pinned to 6.x is reported here. Unknown data-source functions (`aws.ec2.getSubnetz`) are not reported yet: the model does not record invokes of functions the schema does not know.',
  },
  check(ctx) {
    for (const r of ctx.model.resources) checkResource(ctx, r);
    checkConfigModule(ctx);
  },
});

function checkResource(ctx: RuleContext, r: Resource): void {
  if (r.pkg !== 'aws' || r.isProvider || awsResourceSchema(ctx.model, r)) return;
  // Elided excerpts are often pseudo-code (`aws.Resource("b", # ... properties ...)`).
  if (ctx.fileOf(r.at)?.snippetKind === 'elided') return;
  const { schema, major } = ctx.model.aws;
  // Enums (`aws.ec2.InstanceType("t3.micro")` in Python) and TypeScript helpers (`CallbackFunction`).
  if (schema.members(r.module, r.lang).includes(r.className)) return;
  const path = pathIn(r.module, r.className, r.lang);
  const data = { path, target: targetText(ctx.model), fails: FAILS[r.lang] };
  if (otherSchema(ctx.model).resourceByPath(r.typePath)) {
    // Removed in 7.x: aws/deprecated-resource reports it with the 6.x deprecation notice.
    if (major === 7) return;
    ctx.report({ messageId: 'newerOnly', data: { ...data, other: 7, major }, resource: r });
    return;
  }
  const suggestions = bestFits(ctx, r, suggestMembers(schema, r.module, r.className, r.lang));
  if (suggestions.length > 0) ctx.report({ messageId: 'unknown', data: { ...data, suggestions: quoteAll(suggestions) }, resource: r });
  else ctx.report({ messageId: 'unknownNoSuggestion', data, resource: r });
}

/** Of several candidate classes, those that accept the most of the arguments the program gives. */
function bestFits(ctx: RuleContext, r: Resource, candidates: string[]): string[] {
  if (candidates.length < 2) return candidates;
  const keys = [...r.args.props.keys()];
  const score = (path: string) => {
    const inputs = ctx.model.aws.schema.resourceByPath(path)?.inputs;
    return inputs ? keys.filter((k) => inputs.property(k)).length : 0;
  };
  const scores = candidates.map(score);
  const best = Math.max(...scores);
  return candidates.filter((_, i) => scores[i] === best);
}

/**
 * `aws.config.ConfigurationRecorder(...)`: the model reads `aws.config.<Name>` as a provider setting.
 * Provider settings are camelCase; a capitalised name is a class looked for in the wrong module.
 */
function checkConfigModule(ctx: RuleContext): void {
  const { schema } = ctx.model.aws;
  const providerSettings = schema.resourceByPath('aws.Provider')?.inputs;
  for (const read of ctx.model.configReads) {
    if (read.method !== 'provider-config' || read.namespace !== 'aws') continue;
    const name = read.key.slice('aws:'.length);
    // `aws.config.RuleSourceArgs(...)` inside such a call is the same mistake, reported once with the resource.
    if (!/^[A-Z]/.test(name) || /Args(Dict)?$/.test(name) || providerSettings?.property(name)) continue;
    const lang = langOf(ctx, read.at);
    const suggestions = suggestMembers(schema, 'cfg', name, lang);
    const data = { path: `aws.config.${name}`, suggestions: quoteAll(suggestions) };
    ctx.report({ messageId: suggestions.length ? 'configModule' : 'configModuleNoSuggestion', data, at: read.at });
  }
}

function langOf(ctx: RuleContext, at: At): Lang {
  return ctx.fileOf(at)?.language === 'python' ? 'py' : 'ts';
}
