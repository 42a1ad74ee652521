import type { Lang } from '../../core/ir.js';
import { closest } from '../../core/text.js';
import type { At } from '../../ir/values.js';
import { normalizeModule, packageOfImport } from '../../model/packages.js';
import type { ResourceModel, SdkRead } from '../../model/types.js';
import type { SchemaIndex } from '../../schema/index.js';
import { otherSchema, quoteAll, suggestMembers } from '../_shared/aws-schema-names.js';
import { insteadOf, pulumiMember, spellingOf } from '../_shared/pulumi-sdk.js';
import { textOf } from '../_shared/fixes.js';
import { answerHasModule } from '../_shared/local-modules.js';
import { spanKey } from '../_shared/spans.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** AWS service names as CloudFormation and the AWS SDKs spell them, and the provider module that holds them. */
const MODULE_ALIASES: Record<string, string> = {
  logs: 'cloudwatch',
  cloudwatchlogs: 'cloudwatch',
  events: 'cloudwatch',
  eventbridge: 'cloudwatch',
  elbv2: 'lb',
  elasticloadbalancingv2: 'lb',
  elasticloadbalancing: 'elb',
  stepfunctions: 'sfn',
  states: 'sfn',
  cognitoidp: 'cognito',
  certificatemanager: 'acm',
  firehose: 'kinesis',
  kinesisfirehose: 'kinesis',
  apigw: 'apigateway',
  dynamo: 'dynamodb',
  ssmparameter: 'ssm',
  route53resolver: 'route53',
  elasticsearchservice: 'opensearch',
  secretmanager: 'secretsmanager',
  cloudwatchevents: 'cloudwatch',
};

/** Root names of the AWS package besides its modules and functions. */
const AWS_ROOT = new Set(['config', 'types', 'provider', 'outputs', 'utilities', 'ARN', 'Tags']);

const FAILS: Record<Lang, string> = {
  ts: 'TypeScript does not compile the import, so nothing is deployed',
  py: 'Python stops at this line with ImportError before creating anything',
};

export default defineRule({
  id: 'code/unknown-sdk-import',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    module: 'The import names the module `{{module}}`, which the AWS provider does not have: {{fails}}.{{suggestion}}',
    member: 'The import takes `{{name}}` from `{{module}}`, which has no such member: {{fails}}.{{suggestion}}',
    package: 'The import names `{{module}}`, which is not how the Pulumi package is spelt in {{language}}: {{fails}}. Import `{{instead}}`.',
    classPath: 'The import names `{{module}}` as a module, but `{{name}}` is a class of `{{parent}}`, not a module: {{fails}}. Import it from its module: {{instead}}.',
    aliasModule: 'The import names `{{module}}`, but `{{alias}}` is only the name this file gives `{{pkg}}` (`{{binding}}`): imports look modules up by their real names ({{error}}), so {{fails}}. Import from `{{fixed}}`.',
    defaultImport: '`{{module}}` has no default export: without esModuleInterop TypeScript rejects the import (TS1192), and with it the name is `undefined` at run time, so the first read of a member throws TypeError before anything is deployed. Use `import * as {{local}} from \'{{module}}\'`.',
  },
  title: {
    module: 'Import of nonexistent AWS provider module {{module:code}}',
    member: 'Import of nonexistent {{name:code}} from {{module:code}}',
    package: 'Import of misspelt Pulumi package {{module:code}}',
    classPath: 'Class {{name:code}} imported as a module',
    defaultImport: 'Default import of {{module:code}}, which has no default export',
    aliasModule: 'Import through the alias {{alias:code}} of {{pkg:code}}',
  },
  fixHint: 'Import the modules and names the SDK defines: CloudWatch Logs and EventBridge are in `cloudwatch` (`aws.cloudwatch.LogGroup`, `aws.cloudwatch.EventRule`), load balancers in `lb`, Step Functions in `sfn`; stack outputs are `pulumi.export` in Python and `export const` in TypeScript.',
  docs: {
    summary: 'An import of an SDK module or name that does not exist: `from pulumi_aws import logs`, `import * as events from "@pulumi/aws/events"`, `from pulumi import get_account_id`.',
    why: 'Models name AWS provider modules after CloudFormation or the AWS SDKs (`logs`, `events`, `elbv2`, `stepfunctions`), or import helpers from `pulumi` that only exist in the other language\'s SDK. The import itself fails: Python raises ImportError at start-up, TypeScript does not compile, so nothing is deployed. The AWS modules and members come from the provider schema of the version the answer targets.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as logs from '@pulumi/aws/logs';\nconst group = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });\nexport const groupName = group.name;\nexport const unused = logs;\n`,
      py: `import pulumi\nfrom pulumi_aws import ec2, logs\nvpc = ec2.Vpc("main", cidr_block="10.0.0.0/16")\ngroup = logs.LogGroup("app", retention_in_days=14)\npulumi.export("vpc_id", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst group = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });\nexport const groupName = group.name;\n`,
      py: `import pulumi\nfrom pulumi_aws import cloudwatch, ec2\nvpc = ec2.Vpc("main", cidr_block="10.0.0.0/16")\ngroup = cloudwatch.LogGroup("app", retention_in_days=14)\npulumi.export("vpc_id", vpc.id)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/', 'https://www.pulumi.com/docs/reference/pkg/python/pulumi/'],
    notes: 'An import that names a module through the alias the file gives a Pulumi package (`from aws import s3` after `import pulumi_aws as aws`, `"aws/s3"` after `import * as aws from "@pulumi/aws"`) is reported unless the answer has a module of that name. AWS imports are judged against the provider schema (a module or name that exists only in the other major version is left to the version rules); core SDK imports against the names `pulumi` / `@pulumi/pulumi` export at the root, in `asset` and in `log` (TypeScript type-only names may be imported). Python lowercase names taken from an AWS module may be its submodule files and are not judged. Using an unknown module without importing it (`aws.logs.LogGroup`) is reported by aws/unknown-resource-type. Also reported: a provider named the other language\'s way or as a module of the core SDK (`pulumi-aws` in TypeScript, `import pulumi.aws`, `from pulumi import awsx`), a class imported as a module (`import pulumi_aws.s3.Bucket`), and a default import of a Pulumi package (`import aws from \'@pulumi/aws\'`) unless the answer\'s package.json makes the program an ES module (`"type": "module"`), where Node gives CommonJS packages a default export.',
  },
  check(ctx) {
    const model = ctx.model;
    const importAt = new Map(model.imports.map((i) => [spanKey(i.at), i.module]));
    const seen = new Set<string>();
    const once = (at: At, what: string) => {
      const key = `${spanKey(at)}\u0000${what}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    // `import pulumi_aws as aws` / `import * as aws from '@pulumi/aws'`: the aliases each file gives Pulumi packages.
    const aliases = new Map<string, Map<string, { pkg: string; binding: string }>>();
    for (const imp of model.imports) {
      const text = textOf(ctx, imp.at)?.trim() ?? '';
      const m = /^import\s+((?:pulumi|pulumi_\w+)(?:\.\w+)*)\s+as\s+(\w+)$/.exec(text) ?? /^import\s+\*\s+as\s+(\w+)\s+from\s+['"](@pulumi\/[\w-]+)['"];?$/.exec(text);
      if (!m) continue;
      const [pkg, alias] = text.startsWith('import *') ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      if (pkg === alias) continue;
      if (!aliases.has(imp.at.f)) aliases.set(imp.at.f, new Map());
      aliases.get(imp.at.f)!.set(alias, { pkg, binding: text.replace(/;$/, '') });
    }
    for (const imp of model.imports) {
      const lang = langOf(ctx, imp.at);
      const root = lang === 'py' ? imp.module.split('.')[0]! : imp.module.split('/')[0]!;
      const aliased = aliases.get(imp.at.f)?.get(root);
      if (aliased && !answerHasModule(model, root, lang === 'py') && once(imp.at, imp.module)) {
        const fixed = `${aliased.pkg}${imp.module.slice(root.length)}`;
        const error = lang === 'py' ? `ModuleNotFoundError: No module named '${root}'` : `"Cannot find module '${imp.module}'"`;
        const fails = lang === 'py' ? 'Python stops at this line before creating anything' : 'TypeScript does not compile the import, so nothing is deployed';
        ctx.report({ messageId: 'aliasModule', data: { module: imp.module, alias: root, pkg: aliased.pkg, binding: aliased.binding, fails, error, fixed }, at: imp.at });
        continue;
      }
      const misspelt = packageSpelling(imp.module, lang);
      if (misspelt && once(imp.at, imp.module)) {
        ctx.report({ messageId: 'package', data: { module: imp.module, language: lang === 'py' ? 'Python' : 'TypeScript', fails: FAILS[lang], instead: misspelt }, at: imp.at });
        continue;
      }
      const ref = packageOfImport(imp.module, lang);
      const cls = ref && ref !== 'pulumi' ? ref.path.findIndex((p) => /^[A-Z]/.test(p)) : -1;
      if (ref && ref !== 'pulumi' && cls >= 0 && once(imp.at, imp.module)) {
        const sep = lang === 'py' ? '.' : '/';
        const parts = imp.module.split(sep);
        const parent = parts.slice(0, cls + 1).join(sep);
        const name = parts[cls + 1]!;
        const instead = lang === 'py' ? `\`from ${parent} import ${name}\`` : `\`import { ${name} } from '${parent}'\``;
        ctx.report({ messageId: 'classPath', data: { module: imp.module, name, parent, fails: FAILS[lang], instead }, at: imp.at });
        continue;
      }
      if (!ref || ref === 'pulumi' || ref.pkg !== 'aws' || ref.path.length === 0) continue;
      const mod = ref.path[0]!;
      if (isAwsModule(model, mod) || !once(imp.at, mod)) continue;
      ctx.report({ messageId: 'module', data: { module: imp.module, fails: FAILS[lang], suggestion: moduleSuggestion(model.aws.schema, mod, lang) }, at: imp.at });
    }
    if (!esmProject(ctx)) {
      for (const e of model.events) {
        if (e.kind !== 'default-import' || !e.detail || !isPulumiPackage(e.detail) || !once(e.at, 'default')) continue;
        if (/\.m[jt]s$/.test(e.at.f) || ctx.fileOf(e.at)?.language !== 'typescript') continue;
        ctx.report({ messageId: 'defaultImport', data: { module: e.detail, local: localOf(ctx, e.at) }, at: e.at });
      }
    }
    for (const read of model.sdkReads) {
      const module = importAt.get(spanKey(read.at));
      if (module === undefined || read.name === '*' || read.name === 'default' || !once(read.at, read.name)) continue;
      const problem = read.pkg === 'pulumi' ? pulumiProblem(read) : read.pkg === 'aws' ? awsProblem(model, read) : undefined;
      if (problem === undefined) continue;
      ctx.report({ messageId: problem.module ? 'module' : 'member', data: { module: problem.module ?? module, name: read.name, fails: FAILS[read.lang], suggestion: problem.suggestion }, at: read.at });
    }
  },
});

interface Problem {
  /** Set when the name is a module the package does not have. */
  module?: string;
  suggestion: string;
}

function pulumiProblem(read: SdkRead): Problem | undefined {
  const kind = pulumiMember(read.lang, read.path, read.name);
  // TypeScript imports may take type-only names (`import { ResourceOptions } from '@pulumi/pulumi'`).
  if (kind !== 'missing') return undefined;
  const spelled = spellingOf(read.lang, read.path, read.name);
  const instead = insteadOf(read.lang, [...read.path, read.name].join('.'));
  if (instead) return { suggestion: ` ${instead}` };
  if (read.path.length === 0 && PROVIDERS.has(read.name)) {
    const spelled = read.lang === 'py' ? `\`import pulumi_${read.name} as ${read.name}\`` : `\`import * as ${read.name} from '@pulumi/${read.name.replace(/_/g, '-')}'\``;
    return { suggestion: ` Providers are packages of their own: ${spelled}.` };
  }
  return { suggestion: spelled ? ` The ${read.lang === 'py' ? 'Python' : 'TypeScript'} SDK spells it \`${spelled}\`.` : '' };
}

function awsProblem(model: ResourceModel, read: SdkRead): Problem | undefined {
  const schema = model.aws.schema;
  if (read.name.startsWith('_')) return undefined;
  if (read.path.length === 0) {
    if (/^[a-z]/.test(read.name) && !/^get[_A-Z]/.test(read.name)) {
      if (isAwsModule(model, read.name) || AWS_ROOT.has(read.name)) return undefined;
      const module = read.lang === 'py' ? `pulumi_aws.${read.name}` : `@pulumi/aws/${read.name}`;
      return { module, suggestion: moduleSuggestion(schema, read.name, read.lang) };
    }
    return memberExists(model, '', read) ? undefined : { suggestion: memberSuggestion(schema, '', read) };
  }
  if (read.path.length !== 1) return undefined;
  const mod = read.path[0]!;
  // An unknown module is reported once, on the import that names it.
  if (!isAwsModule(model, mod) || mod === 'types' || mod === 'config') return undefined;
  // Python modules are packages whose submodule files are lowercase (`from pulumi_aws.s3 import bucket_v2`).
  if (!/^[A-Z]/.test(read.name) && !/^get[_A-Z]/.test(read.name)) return undefined;
  return memberExists(model, mod, read) ? undefined : { suggestion: memberSuggestion(schema, mod, read) };
}

function isAwsModule(model: ResourceModel, name: string): boolean {
  const mod = normalizeModule(name);
  return mod === 'types' || mod === 'config' || model.aws.schema.modules().includes(mod) || otherSchema(model).modules().includes(mod);
}

/** In either major version: a name only the other one has is the version rules' business. */
function memberExists(model: ResourceModel, module: string, read: SdkRead): boolean {
  return [model.aws.schema, otherSchema(model)].some((s) => hasMember(s, module, read.name, read.lang));
}

function hasMember(schema: SchemaIndex, module: string, name: string, lang: Lang): boolean {
  if (schema.members(module, lang).includes(name)) return true;
  // Argument and state classes: `BucketV2Args`, `SecurityGroupIngressArgs`, `BucketV2ArgsDict`, `GetVpcResult`.
  const base = /^(.+?)(Args|ArgsDict|State|Result|OutputArgs)$/.exec(name)?.[1];
  if (!base) return false;
  const qualified = module ? `${module}.${base}` : base;
  return schema.members(module, lang).includes(base) || !!schema.type(qualified) || !!schema.function(qualified) || !!schema.resourceByPath(qualified);
}

function moduleSuggestion(schema: SchemaIndex, name: string, lang: Lang): string {
  const mod = MODULE_ALIASES[name.toLowerCase()] ?? closest(name, schema.modules());
  if (!mod) return '';
  const spelled = lang === 'py' && mod === 'lambda' ? 'lambda_' : mod;
  return ` The provider module is \`${spelled}\` (${lang === 'py' ? `\`from pulumi_aws import ${spelled}\`` : `\`aws.${spelled}\``}).`;
}

function memberSuggestion(schema: SchemaIndex, module: string, read: SdkRead): string {
  const found = suggestMembers(schema, module, read.name, read.lang);
  return found.length ? ` Did you mean ${quoteAll(found)}?` : '';
}

function langOf(ctx: RuleContext, at: At): Lang {
  return ctx.fileOf(at)?.language === 'python' ? 'py' : 'ts';
}

/** Pulumi packages are `@pulumi/<name>` on npm and `pulumi_<name>` in Python. */
const PROVIDERS = new Set(['aws', 'aws_native', 'awsx', 'random', 'tls', 'command', 'eks', 'docker', 'kubernetes', 'archive', 'gcp', 'azure', 'azure_native', 'cloudflare', 'github', 'datadog']);

/** The spelling the import should use, when it names a Pulumi package the other language's way. */
function packageSpelling(spec: string, lang: Lang): string | undefined {
  if (lang === 'ts') {
    const m = /^pulumi[-_]([a-z][a-z0-9_-]*)(\/.*)?$/.exec(spec);
    if (!m || !PROVIDERS.has(m[1]!.replace(/-/g, '_'))) return undefined;
    return `@pulumi/${m[1]!.replace(/_/g, '-')}${m[2] ?? ''}`;
  }
  // `import pulumi.aws`: the providers are packages of their own, not modules of the core SDK.
  const m = /^pulumi\.([a-z][a-z0-9_]*)(\..*)?$/.exec(spec);
  if (!m || !PROVIDERS.has(m[1]!)) return undefined;
  return `pulumi_${m[1]}${m[2] ?? ''}`;
}

function isPulumiPackage(spec: string): boolean {
  return /^@pulumi\/[a-z0-9-]+$/.test(spec);
}

/** An answer whose package.json makes the program an ES module, where Node gives CommonJS packages a default export. */
function esmProject(ctx: RuleContext): boolean {
  return ctx.model.input.files.some((f) => /(^|\/)package\.json$/.test(f.path) && /"type"\s*:\s*"module"/.test(f.text));
}

/** The local name of a default import, as written (`import aws from ...`). */
function localOf(ctx: RuleContext, at: At): string {
  const text = ctx.fileOf(at)?.text.slice(at.s, at.e) ?? '';
  return /import\s+([A-Za-z_$][\w$]*)/.exec(text)?.[1] ?? 'pkg';
}
