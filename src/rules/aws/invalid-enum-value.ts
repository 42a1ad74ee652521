import { closest } from '../../core/text.js';
import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { Kind } from '../../schema/index.js';
import { enumOf, pythonEnumMember } from '../../schema/index.js';
import { schemaArgs, siteAt } from '../_shared/aws-schema-args.js';
import { fix, FixingReporter, replaceValue } from '../_shared/fixes.js';
import { resourcePath } from '../_shared/aws-schema-names.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/**
 * Enums typed `string | Enum` that nevertheless list every value AWS accepts, so another value fails at
 * deployment. Most such enums do not (instance types, record types, storage types, placement strategies
 * keep growing, and the SDK enum lags), and are left alone.
 */
const COMPLETE = new Set(['s3.CannedAcl', 'ssm.ParameterType', 'autoscaling.MetricsGranularity', 'lambda.Runtime']);

/**
 * Lambda adds runtimes faster than a pinned SDK release lists them; a value of a runtime family's form
 * (`python3.15`, `nodejs26.x`) may be newer than the schema, so only malformed names are reported.
 */
/**
 * Values AWS accepts that a closed SDK enum leaves out: `rds.ClusterInstance.engine` is typed
 * `EngineType` (the Aurora engines) although the provider also creates the instances of Multi-AZ DB
 * clusters (`mysql`, `postgres`). TypeScript still rejects them; Python passes them to the provider.
 */
const ACCEPTED_BEYOND_ENUM: Readonly<Record<string, readonly string[]>> = { 'rds.EngineType': ['mysql', 'postgres'] };

const RUNTIME_FORM = /^(nodejs\d+\.x|python\d\.\d+|java\d+(\.al2)?|dotnet\d+|dotnetcore\d\.\d|ruby\d\.\d+|go1\.x|provided(\.al20\d\d)?)$/;

export default defineRule({
  id: 'aws/invalid-enum-value',
  class: 'PULUMI-INVALID-ARG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    value: '`{{path}}` of `{{owner}}` is `{{value}}`, which is not one of the values of {{enum}}: {{fails}}.{{suggestion}}',
    member: '`{{written}}` is not a member of {{enum}}: {{fails}}.{{suggestion}}',
  },
  title: {
    value: '{{path:arg:code}} of {{owner:code}} is {{value:code}}, not a value of {{enum}}',
    member: '{{written:code}} is not a member of {{enum}}',
  },
  fixHint: 'Use one of the enum\'s values (or its members, e.g. `aws.lambda.Runtime.NodeJS20dX`); the provider API docs list them.',
  fixable: true,
  docs: {
    summary: 'A known string that is not among the values of the property\'s enum (a misspelled Lambda runtime, a canned ACL or SSM parameter type AWS does not have), or an enum member that does not exist.',
    why: 'Enum-typed arguments accept a fixed set of values. A value outside it compiles in TypeScript when the property is typed `string | Enum`, and Python never checks, but AWS rejects it when the resource is created (`InvalidParameterValueException: Value nodejs20 at \'runtime\'`). An enum member that does not exist is a compile error in TypeScript and an AttributeError in Python.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: 'nodejs20',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./app'),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nparam = aws.ssm.Parameter("db-host", type="string", value="db.internal")\npulumi.export("param", param.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', {\n  runtime: aws.lambda.Runtime.NodeJS20dX,\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.FileArchive('./app'),\n});\nexport const name = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nparam = aws.ssm.Parameter("db-host", type="String", value="db.internal")\npulumi.export("param", param.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/ssm/parameter/',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
    ],
    notes: `Closed enums (typed as the enum alone) are always checked. Open ones (\`string | Enum\`) only when the enum lists every value AWS accepts: ${[...COMPLETE].join(', ')}; Lambda runtimes only when the name is malformed, since AWS adds runtimes faster than a pinned SDK lists them. Deprecated runtimes are aws/lambda-runtime-deprecated's. \`mysql\` and \`postgres\` as the engine of an \`rds.ClusterInstance\` are not reported in Python: the SDK's enum lists only the Aurora engines, but the provider also creates the instances of Multi-AZ DB clusters. Members of Lambda runtime and EC2 instance type enums that do not exist are not caught: the model decodes their names into values without the schema.`,
    fix: 'a literal that differs from exactly one allowed value only in case, spaces, `-` or `_` is replaced with it (`"string"` → `"String"`, `"Private"` → `"private"`). Other values are left: the nearest allowed value is a guess.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const site of schemaArgs(ctx.model).args) {
      if (site.prop) checkValue(ctx, out, site.resource, site.value, site.prop.kind, site.path, siteAt(site), { holder: site.holder, key: site.key });
    }
    for (const r of ctx.model.resources) if (r.pkg === 'aws') checkMembers(ctx, out, r, r.args, 0);
    out.flush();
  },
});

/** Where a value is written as the value of a key (list items are not fixed). */
interface Place {
  holder: ObjV;
  key: string;
}

function checkValue(ctx: RuleContext, out: FixingReporter, r: Resource, v: Value, kind: Kind, path: string, fallback: At | undefined, place?: Place): void {
  if (v.kind === 'list') {
    const item = kind.kind === 'array' ? kind : kind.kind === 'union' ? kind.of.find((k) => k.kind === 'array') : undefined;
    if (item?.kind === 'array') for (const x of v.items) checkValue(ctx, out, r, x, item.of, `${path}[]`, x.at ?? fallback);
    return;
  }
  if (v.kind !== 'known' || typeof v.value !== 'string') return;
  const allowed = allowedValues(ctx, kind);
  if (!allowed || allowed.values.has(v.value)) return;
  if (allowed.enum === 'lambda.Runtime' && RUNTIME_FORM.test(v.value)) return;
  if (r.lang !== 'ts' && allowed.enum && ACCEPTED_BEYOND_ENUM[allowed.enum]?.includes(v.value)) return;
  const near = closest(v.value, [...allowed.values]);
  const data = { path, owner: resourcePath(r), value: v.value, enum: allowed.name, fails: failure(r, allowed.closed), suggestion: near ? ` Did you mean \`${near}\`?` : '' };
  const meant = spelledAs(v.value, allowed.values);
  const edit = meant !== undefined && place ? replaceValue(ctx, r, place.holder, place.key, meant) : undefined;
  out.report({ messageId: 'value', data, at: v.at ?? fallback, resource: r }, fix(`Write \`${meant}\``, [edit]));
}

/**
 * The one allowed value that `value` only misspells in case or separators (`string` for `String`,
 * `Secure String` for `SecureString`, `public_read` for `public-read`); a nearer guess is not certain.
 */
function spelledAs(value: string, allowed: ReadonlySet<string>): string | undefined {
  const norm = (x: string) => x.toLowerCase().replace(/[\s_-]+/g, '');
  const matches = [...allowed].filter((a) => norm(a) === norm(value));
  return matches.length === 1 ? matches[0] : undefined;
}

/** The values a kind admits, when the kind is an enum or literal set whose values are all AWS accepts. */
function allowedValues(ctx: RuleContext, kind: Kind): { name: string; enum?: string; values: ReadonlySet<string>; closed: boolean } | undefined {
  const literals = kind.kind === 'literal' ? [kind] : kind.kind === 'union' && kind.of.every((k) => k.kind === 'literal') ? kind.of : undefined;
  if (literals) return { name: 'the allowed literals', values: new Set(literals.map((k) => (k.kind === 'literal' ? k.value : ''))), closed: true };
  const e = enumOf(kind);
  if (!e || (!e.closed && !COMPLETE.has(e.enum))) return undefined;
  const schema = ctx.model.aws.schema.enum(e.enum);
  return schema && { name: `\`aws.${e.enum}\``, enum: e.enum, values: schema.values, closed: e.closed };
}

function failure(r: Resource, closed: boolean): string {
  if (closed && r.lang === 'ts') return 'TypeScript rejects it, and AWS would too';
  return 'AWS rejects it when the resource is created';
}

/**
 * `aws.s3.CannedAcl.PublicReed`: the model leaves a member the schema does not know unknown, with the
 * member's path as provenance. It is a compile error in TypeScript and an AttributeError in Python.
 */
function checkMembers(ctx: RuleContext, out: FixingReporter, r: Resource, v: Value, depth: number): void {
  if (depth > 10) return;
  if (v.kind === 'unknown') {
    const m = /^enum:aws\.(.+)\.(\w+)$/.exec(v.why);
    const e = m && ctx.model.aws.schema.enum(m[1]!);
    if (!m || !e || e.value(m[2]!) !== undefined) return;
    const names = [...e.members.keys()].map((k) => (r.lang === 'py' ? pythonEnumMember(k) : k));
    const near = closest(m[2]!, names);
    const fails = r.lang === 'ts' ? 'TypeScript rejects it and the value is `undefined` at run time' : 'Python raises AttributeError when the program runs';
    const data = { written: m[2]!, enum: `\`aws.${m[1]}\``, fails, suggestion: near ? ` Did you mean \`${near}\`?` : '' };
    out.report({ messageId: 'member', data, at: v.at, resource: r });
  } else if (v.kind === 'list') {
    for (const x of v.items) checkMembers(ctx, out, r, x, depth + 1);
  } else if (v.kind === 'obj' && !v.cls) {
    for (const x of v.props.values()) checkMembers(ctx, out, r, x, depth + 1);
  }
}
