import type { ResourceModel } from '../../model/types.js';
import { type ArgSite, expectedName, otherMajorProperty, schemaArgs, siteAt, type Spelling } from '../_shared/aws-schema-args.js';
import { pathIn, quoteAll, resourcePath, suggestProperty, targetText } from '../_shared/aws-schema-names.js';
import { fix, FixingReporter, moveToOptions, renameKey } from '../_shared/fixes.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FAILS: Record<Spelling, { top: string; nested: string }> = {
  ts: {
    top: 'TypeScript rejects it, and where it slips through (a spread, an untyped variable) the SDK drops it, so the setting never applies',
    nested: 'TypeScript rejects it and the provider refuses unknown keys',
  },
  'py-keywords': {
    top: 'Python raises TypeError (unexpected keyword argument) when the program runs',
    nested: 'Python raises TypeError (unexpected keyword argument) when the program runs',
  },
  'py-dict': { top: 'the provider refuses the unknown key', nested: 'the provider refuses the unknown key' },
};

/** JavaScript is not type-checked: the SDK's constructor copies only the arguments it knows. */
const JS_FAILS = {
  top: 'JavaScript does not check it, and the SDK copies only the arguments it knows, so the setting is silently dropped',
  nested: 'JavaScript does not check it, and the provider ignores or refuses the unknown key, so the setting never applies',
};

/** Resource options, by their TypeScript and Python spellings (`dependsOn` has its own rule). */
const OPTIONS = new Map([
  ['parent', 'parent'],
  ['provider', 'provider'],
  ['providers', 'providers'],
  ['protect', 'protect'],
  ['ignoreChanges', 'ignore_changes'],
  ['ignore_changes', 'ignore_changes'],
  ['deleteBeforeReplace', 'delete_before_replace'],
  ['delete_before_replace', 'delete_before_replace'],
  ['retainOnDelete', 'retain_on_delete'],
  ['retain_on_delete', 'retain_on_delete'],
  ['customTimeouts', 'custom_timeouts'],
  ['custom_timeouts', 'custom_timeouts'],
  ['replaceOnChanges', 'replace_on_changes'],
  ['replace_on_changes', 'replace_on_changes'],
]);

export default defineRule({
  id: 'aws/unknown-argument',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unknown: '`{{written}}` is not {{what}} in the AWS provider {{target}}: {{fails}}. Did you mean `{{suggestion}}`?',
    unknownNoSuggestion: '`{{written}}` is not {{what}} in the AWS provider {{target}}: {{fails}}. Remove it, or set what it was meant to do with an argument the resource has.',
    elsewhere: '`{{written}}` is not {{what}}: {{fails}}. Manage this setting with {{others}}.',
    spelling: '`{{written}}` must be written `{{suggestion}}` here: {{fails}}.',
    newerOnly: '`{{written}}` exists only in the AWS provider 7.x, and this answer targets {{target}}: {{fails}}. Raise the pinned provider version or drop the argument.',
    nameAsKeyword: '`{{written}}=` is not an argument of `{{owner}}`: the resource name is the first positional argument (`{{owner}}("name", ...)`), so Python raises TypeError and the resource has no name. Pass the name positionally.',
    option: '`{{written}}` is a resource option, not {{what}}: {{fails}}. Pass it in the resource options (`{ {{tsOption}}: ... }` / `opts=pulumi.ResourceOptions({{pyOption}}=...)`).',
  },
  title: {
    unknown: 'Invalid argument {{written:code}} on {{counted}}[[ (meant {{suggestion:code}}?)]]',
    unknownNoSuggestion: 'Invalid argument {{written:code}} on {{counted}}',
    elsewhere: '{{written:code}} set on {{counted}} instead of with {{others}}',
    spelling: 'Argument {{written:code}} on {{counted}} must be spelled {{suggestion:code}}',
    newerOnly: '{{written:code}} on {{counted}} exists only in AWS provider 7.x',
    nameAsKeyword: 'Resource name passed as keyword {{written:code}} to {{counted}}',
    option: 'Resource option {{written:code}} passed as an argument of {{counted}}',
  },
  fixHint: 'Use the argument names of the provider version the program targets (`artifactStores`, not `artifactStore`); settings of another resource go on that resource (e.g. aws.s3.BucketPublicAccessBlock).',
  fixable: true,
  docs: {
    summary: 'An argument (at any depth of the argument object) that the resource or nested argument type does not have in the AWS provider schema.',
    why: 'Models invent arguments (`artifactStore` for `artifactStores`, CloudFormation\'s `scheme` on a load balancer, public-access-block flags on a bucket) and write Python keyword names in camelCase. TypeScript refuses to compile, Python raises TypeError at `pulumi up`, and where an unknown key slips through (JavaScript, an object built elsewhere) the SDK drops it, so the setting the author relied on is never applied; in JavaScript the finding is medium, since the resource still deploys. Python keyword arguments and `*Args` classes must use the snake_case names; Python dicts may use either spelling.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst lb = new aws.lb.LoadBalancer('alb', {\n  loadBalancerType: 'application',\n  scheme: 'internet-facing',\n  subnets: ['subnet-a', 'subnet-b'],\n});\nexport const dns = lb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table(\n    f="transactions-dev",\n    hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],\n    billing_mode="PAY_PER_REQUEST",\n)\npulumi.export("table", table.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst lb = new aws.lb.LoadBalancer('alb', {\n  loadBalancerType: 'application',\n  internal: false,\n  subnets: ['subnet-a', 'subnet-b'],\n});\nexport const dns = lb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table(\n    "transactions-dev",\n    hash_key="id",\n    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],\n    billing_mode="PAY_PER_REQUEST",\n)\npulumi.export("table", table.name)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/',
      'https://www.pulumi.com/docs/iac/languages-sdks/python/#inputs-and-outputs',
      'https://www.typescriptlang.org/docs/handbook/2/objects.html#excess-property-checks',
      'https://github.com/pulumi/pulumi-aws/issues/1806',
    ],
    notes: 'Keys of map arguments (tags, environment variables) are data and never checked; keys of an object built from an unknown value are unknown and not reported. An argument that was removed in 7.x is reported by aws/deprecated-argument; `dependsOn` among the arguments by pulumi/depends-on-in-args. A pipeline\'s singular `artifactStore` is also reported by aws/codepipeline-artifact-store-singular, for what it does to the pipeline.',
    fix: 'a key spelled for the other language is renamed (`forceDestroy=` → `force_destroy=` in Python, `force_destroy:` → `forceDestroy:` in TypeScript), as is a key that differs from exactly one property only in case and underscores (`fromport` → `fromPort`); a resource option written among the arguments (`ignoreChanges`, `protect`, ...) moves into the options. Other suggestions are guesses and are not applied, and settings that belong to another resource are not moved.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const site of schemaArgs(ctx.model).args) {
      if (site.prop || (site.topLevel && site.key === 'dependsOn')) continue;
      report(ctx, out, site);
    }
    out.flush();
  },
});

/** The rename of a key to the spelling the language wants, or to the one property it only misspells in case or underscores. */
function renamed(ctx: RuleContext, site: ArgSite, name: string) {
  return fix(`Rename \`${site.written}\` to \`${name}\``, [renameKey(ctx, site.resource, site.holder, site.key, name)]);
}

function report(ctx: RuleContext, out: FixingReporter, site: ArgSite): void {
  const r = site.resource;
  const owner = resourcePath(r);
  const what = site.topLevel ? `an argument of \`${owner}\`` : `a field of \`${site.path.replace(/\.[^.]+$/, '')}\` (${site.type.name}) in \`${owner}\``;
  const js = site.spelling === 'ts' && ctx.fileOf(r.at)?.language === 'javascript';
  const fails = (js ? JS_FAILS : FAILS[site.spelling])[site.topLevel ? 'top' : 'nested'];
  const data = { written: site.written, what, owner, fails, target: targetText(ctx.model) };
  // In JavaScript nothing fails: the resource deploys without the setting.
  const base = { at: siteAt(site), resource: r, ...(js ? { severity: 'medium' as const } : {}) };
  if (site.misspelled) {
    const suggestion = expectedName(site.misspelled, site);
    out.report({ messageId: 'spelling', data: { ...data, suggestion }, ...base }, renamed(ctx, site, suggestion));
    return;
  }
  if (otherMajorProperty(ctx.model, site)) {
    // Removed in 7.x: aws/deprecated-argument reports it with the 6.x notice.
    if (ctx.model.aws.major === 6) out.report({ messageId: 'newerOnly', data, ...base });
    return;
  }
  const option = site.topLevel ? OPTIONS.get(site.written) : undefined;
  if (option) {
    const move = site.holder === r.args ? moveToOptions(ctx, r, site.key, option.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())) : undefined;
    out.report({ messageId: 'option', data: { ...data, tsOption: site.key, pyOption: option }, ...base }, move);
    return;
  }
  if (site.topLevel && r.lang === 'py' && r.name.kind === 'unknown' && r.name.why === 'resource-name') {
    out.report({ messageId: 'nameAsKeyword', data, ...base });
    return;
  }
  const names = site.type.properties.map((p) => expectedName(p, site));
  const suggestion = suggestProperty(site.written, names, r.className);
  if (suggestion) {
    // A guess is not a fix, unless the key differs from one property only in case and underscores.
    const norm = (x: string) => x.toLowerCase().replace(/_/g, '');
    const only = names.filter((n) => norm(n) === norm(site.written));
    out.report({ messageId: 'unknown', data: { ...data, suggestion }, ...base }, only.length === 1 && only[0] === suggestion ? renamed(ctx, site, suggestion) : undefined);
    return;
  }
  const others = site.topLevel ? resourcesWith(ctx.model, site) : [];
  if (others.length > 0) out.report({ messageId: 'elsewhere', data: { ...data, others: quoteAll(others) }, ...base });
  else out.report({ messageId: 'unknownNoSuggestion', data, ...base });
}

/**
 * Resources of the same module that manage what the argument was meant to set: one named after it
 * (`lifecycle_policy` → `LifecyclePolicy`, `public_access_block` → `BucketPublicAccessBlock`), or a
 * companion of the owner that has the argument (`Secret` + `rotationRules` → `SecretRotation`).
 */
function resourcesWith(model: ResourceModel, site: ArgSite): string[] {
  const { schema } = model.aws;
  const r = site.resource;
  const pascal = site.key.charAt(0).toUpperCase() + site.key.slice(1).replace(/s$/, '');
  const ranked: { path: string; score: number }[] = [];
  for (const name of schema.members(r.module, r.lang)) {
    if (name === r.className || !/^[A-Z]/.test(name)) continue;
    const other = schema.resourceByPath(pathIn(r.module, name, 'ts'));
    if (!other || other.deprecated) continue;
    const named = pascal.length >= 6 && name.endsWith(pascal);
    // Generic keys (`name`, `tags`) are arguments of most resources and say nothing.
    const companion = name.startsWith(r.className) && site.key.length >= 8 && other.inputs.property(site.key) !== undefined;
    if (named || companion) ranked.push({ path: pathIn(r.module, name, r.lang), score: (named ? 1 : 0) + (name.startsWith(r.className) ? 1 : 0) });
  }
  const best = Math.max(0, ...ranked.map((x) => x.score));
  return ranked.filter((x) => x.score === best).map((x) => x.path).slice(0, 2);
}
