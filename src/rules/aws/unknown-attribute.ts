import type { AttributeRead, Resource } from '../../model/types.js';
import type { PropertySchema, ResourceSchema } from '../../schema/index.js';
import { awsResourceSchema, resourceById } from '../_shared/aws-schema-args.js';
import { otherSchema, resourcePath, suggestProperty, targetText } from '../_shared/aws-schema-names.js';
import { textOf } from '../_shared/fixes.js';
import type { Report, RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Members every Pulumi resource object has besides its outputs. */
const RESOURCE_MEMBERS = new Set(['urn', 'id', 'getProvider', 'get_provider', 'getResource', 'get', 'isInstance', 'constructor']);

/**
 * Event-subscription methods the TypeScript SDK adds to some resource classes (`*Mixins.d.ts` in
 * @pulumi/aws: Bucket, Queue, Topic, Table, Stream, EventRule, LogGroup); Python has none.
 */
const TS_MIXINS = new Set(['onEvent', 'onObjectCreated', 'onObjectRemoved', 'onDecodedEvent']);

const FAILS = {
  ts: 'TypeScript reports that the property does not exist, and at run time the read is `undefined`',
  py: 'Python raises AttributeError when the program runs',
};

export default defineRule({
  id: 'aws/unknown-attribute',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unknown: '`{{written}}` is not an attribute of `{{owner}}` in the AWS provider {{target}}: {{fails}}. Did you mean `{{suggestion}}`?',
    unknownNoSuggestion: '`{{written}}` is not an attribute of `{{owner}}` in the AWS provider {{target}}: {{fails}}. Read one of the outputs the resource has (see its API docs).',
    spelling: 'Attribute `{{written}}` must be written `{{suggestion}}` here: {{fails}}.',
    newerOnly: '`{{written}}` is an attribute of `{{owner}}` only in the AWS provider {{other}}.x, and this answer targets {{target}}: {{fails}}.',
  },
  title: {
    unknown: 'Nonexistent attribute {{written:code}} of {{owner:code}}[[ (meant {{suggestion:code}}?)]]',
    unknownNoSuggestion: 'Nonexistent attribute {{written:code}} of {{owner:code}}',
    spelling: 'Attribute {{written:code}} must be spelled {{suggestion:code}}',
    newerOnly: 'Attribute {{written:code}} of {{owner:code}} exists only in AWS provider {{other}}.x',
  },
  fixHint: 'Read an output the resource has: `aws.elasticache.ServerlessCache.endpoints` (a list), `aws.rds.Instance.masterUserSecrets[0].secretArn`, `aws.apigateway.Stage.invokeUrl`.',
  fixable: true,
  docs: {
    summary: 'A read of a resource attribute that the resource does not have in the AWS provider schema (`method.execution_arn`, `cache.endpoint`, `api.api_endpoint`).',
    why: 'Models read attributes by analogy (`endpoint` where the resource exposes `endpoints`, `execution_arn` on a Method rather than the RestApi, `api_endpoint` of an HTTP API on a REST API). TypeScript refuses to compile; Python fails with AttributeError during `pulumi up`, usually after some resources were already created. Python must use the snake_case attribute names.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api', { name: 'orders' });\nexport const url = api.apiEndpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncache = aws.elasticache.ServerlessCache("cache", engine="redis", name="cache")\npulumi.export("endpoint", cache.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api', { name: 'orders' });\nexport const executionArn = api.executionArn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ncache = aws.elasticache.ServerlessCache("cache", engine="redis", name="cache")\npulumi.export("endpoints", cache.endpoints)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/', 'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/'],
    notes: 'Only the first attribute of a read is checked (`cache.endpoints` but not `.address` below it); reads of resources the schema does not know are left to aws/unknown-resource-type. In Python a program may set attributes of its own on a resource object (`vpc.private_subnet_ids = [...]`) and the model does not record such assignments, so Python reads are reported only when the name is close to a real attribute (or exists in the other major version).',
    fix: 'a read spelled for the other language is renamed (`bucket.bucketDomainName` → `bucket.bucket_domain_name` in Python, `bucket.bucket_domain_name` → `bucket.bucketDomainName` in TypeScript), as is one that differs from exactly one output only in case and underscores (`queue.ARN` → `queue.arn`), when every read at that place (a helper called with several resources) needs the same rename. Guesses are not applied.',
  },
  check(ctx) {
    const reports: { read: AttributeRead; report: Report; rename?: string }[] = [];
    for (const read of ctx.model.attributeReads) {
      const r = resourceById(ctx.model, read.resource);
      const schema = r && awsResourceSchema(ctx.model, r);
      // `_name`, `__pulumiType`: private members of the SDK's Resource class.
      if (!r || !schema || RESOURCE_MEMBERS.has(read.written) || read.written.startsWith('_')) continue;
      if (r.lang === 'ts' && TS_MIXINS.has(read.written)) continue;
      checkRead(ctx, r, schema, read, (report, rename) => reports.push(rename ? { read, report, rename } : { read, report }));
    }
    // A rename edits the one member access every read there comes from (a helper called with several
    // resources): only when each of them is misspelled the same way.
    const site = (at: { f: string; s: number; e: number }) => `${at.f}\u0000${at.s}\u0000${at.e}`;
    const reads = new Map<string, number>();
    for (const read of ctx.model.attributeReads) reads.set(site(read.at), (reads.get(site(read.at)) ?? 0) + 1);
    const renames = new Map<string, string[]>();
    for (const x of reports) if (x.rename) (renames.get(site(x.read.at)) ?? renames.set(site(x.read.at), []).get(site(x.read.at))!).push(x.rename);
    const agreed = (at: AttributeRead['at']) => {
      const names = renames.get(site(at)) ?? [];
      return names.length === reads.get(site(at)) && new Set(names).size === 1;
    };
    for (const x of reports) {
      const edit = x.rename && agreed(x.read.at) ? renameAttribute(ctx, x.read, x.rename) : undefined;
      ctx.report(edit ? { ...x.report, fix: { description: `Read \`${x.rename}\``, edits: [edit] } } : x.report);
    }
  },
});

/** The edit of `obj.written` (a member access, not `getattr`) to `obj.name`. */
function renameAttribute(ctx: RuleContext, read: AttributeRead, name: string) {
  const text = textOf(ctx, read.at);
  if (!text?.endsWith(read.written) || text[text.length - read.written.length - 1] !== '.') return undefined;
  return { at: { f: read.at.f, s: read.at.e - read.written.length, e: read.at.e }, text: name };
}

type Emit = (report: Report, rename?: string) => void;

function checkRead(ctx: RuleContext, r: Resource, schema: ResourceSchema, read: AttributeRead, emit: Emit): void {
  const data = { written: read.written, owner: resourcePath(r), target: targetText(ctx.model), fails: FAILS[r.lang] };
  const found = attribute(schema, read.written);
  if (found) {
    const expected = r.lang === 'ts' ? found.name : found.pythonName;
    if (expected !== read.written) emit({ messageId: 'spelling', data: { ...data, suggestion: expected }, at: read.at, resource: r }, expected);
    return;
  }
  const other = otherSchema(ctx.model);
  if (attribute(other.resource(r.type) ?? other.resourceByPath(r.typePath), read.written)) {
    emit({ messageId: 'newerOnly', data: { ...data, other: other.major }, at: read.at, resource: r });
    return;
  }
  const names = schema.outputs.properties.filter((p) => !RESOURCE_MEMBERS.has(p.name)).map((p) => (r.lang === 'ts' ? p.name : p.pythonName));
  const suggestion = suggestProperty(read.written, names, r.className);
  // A guess is not a fix, unless the name differs from one attribute only in case and underscores.
  const norm = (x: string) => x.toLowerCase().replace(/_/g, '');
  const only = names.filter((n) => norm(n) === norm(read.written));
  if (suggestion) emit({ messageId: 'unknown', data: { ...data, suggestion }, at: read.at, resource: r }, only.length === 1 && only[0] === suggestion ? suggestion : undefined);
  // Python programs may set attributes of their own on a resource object (`vpc.private_subnet_ids = [...]`),
  // which the model does not record; a name close to none of the outputs may be one of those.
  else if (r.lang === 'ts') emit({ messageId: 'unknownNoSuggestion', data, at: read.at, resource: r });
}

/** An output of the resource, or an input (a resource object exposes its inputs as outputs too). */
function attribute(schema: ResourceSchema | undefined, name: string): PropertySchema | undefined {
  return schema?.outputs.property(name) ?? schema?.inputs.property(name);
}
