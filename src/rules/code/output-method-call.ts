import type { Lang } from '../../core/ir.js';
import { awsResourceSchema, resourceById } from '../_shared/aws-schema-args.js';
import { certainOutput } from '../_shared/output-receiver.js';
import type { RuleContext } from '../context.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

/**
 * What an Output (or a resource) answers itself: its own methods in each SDK, the Python class's
 * static helpers (callable through an instance), and the methods of resources and StackReference.
 */
const OWN: Record<Lang, ReadonlySet<string>> = {
  ts: new Set(['apply', 'get', 'isKnown', 'isSecret', 'resources', 'allResources', 'toString', 'toJSON', 'valueOf', 'then', 'getProvider', 'getOutput', 'requireOutput', 'getOutputValue', 'requireOutputValue', 'getOutputDetails']),
  py: new Set(['apply', 'future', 'is_known', 'is_secret', 'resources', 'get', 'all', 'concat', 'format', 'from_input', 'secret', 'unsecret', 'json_dumps', 'json_loads', 'get_provider', 'translate_output_property', 'translate_input_property', 'get_output', 'require_output', 'get_output_details']),
};

const FAILS: Record<Lang, string> = {
  ts: 'an Output lifts the properties of the value it holds, not its methods, so TypeScript does not compile the call (Property does not exist on type \'Output<…>\')',
  py: 'the attribute of an Output is another Output, and calling it raises TypeError: \'Output\' object is not callable before anything is deployed',
};

const INSTEAD: Record<Lang, string> = {
  ts: 'Call the method inside `apply` (`x.apply(v => v.{{method}}(…))`) or build strings with `pulumi.interpolate`',
  py: 'Call the method inside `apply` (`x.apply(lambda v: v.{{method}}(…))`) or build strings with `pulumi.Output.concat` / `Output.format`',
};

export default defineRule({
  id: 'code/output-method-call',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    ts: '`{{method}}()` is called on the Output `{{source}}`: ' + FAILS.ts + '. ' + INSTEAD.ts + '.',
    py: '`{{method}}()` is called on the Output `{{source}}`: ' + FAILS.py + '. ' + INSTEAD.py + '.',
  },
  title: '{{method:code}} called on the Output {{source:code}}',
  fixHint: 'Move the string or list operation into `.apply(...)`, e.g. `bucket.arn.apply(a => a.split(":")[4])` / `bucket.arn.apply(lambda a: a.split(":")[4])`; a resource attribute is a value to read, not a function to call.',
  docs: {
    summary: 'A string or list method called directly on an Output (`bucket.bucket.toUpperCase()`, `role.arn.split(":")`, `subnet_ids.append(x)`), or a resource attribute called as a function (`vpc.id()`).',
    why: 'A resource attribute is an Output: a value the deployment fills in later. An Output gives access to the properties of the value it will hold (`Output<string>.length`), but not to its methods. In TypeScript the call does not compile; in Python the attribute read gives another Output, and calling it raises `TypeError: \'Output\' object is not callable`, so the program stops before deploying. The method has to run on the resolved value, inside `apply`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('site');\nconst param = new aws.ssm.Parameter('site-name', { type: 'String', value: bucket.bucket.toUpperCase() });\nexport const paramName = param.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("worker", assume_role_policy="{}")\naccount = role.arn.split(":")[4]\npulumi.export("account", account)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('site');\nconst param = new aws.ssm.Parameter('site-name', { type: 'String', value: bucket.bucket.apply((b) => b.toUpperCase()) });\nexport const paramName = param.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nrole = aws.iam.Role("worker", assume_role_policy="{}")\naccount = role.arn.apply(lambda a: a.split(":")[4])\npulumi.export("account", account)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/inputs-outputs/apply/#accessing-properties-of-an-output-by-lifting'],
    notes: 'Reported when the receiver is known to be an Output: an attribute of a provider resource, a secret, an `apply`/`interpolate`/`pulumi.output` result. Invoke results that are Promises, Output methods (`apply`, `isSecret`, `toString`, …) and attributes of component packages such as awsx (whose plain arrays do have methods) are not reported.',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-method-call' || e.detail === undefined) continue;
      const lang: Lang = ctx.fileOf(e.at)?.language === 'python' ? 'py' : 'ts';
      if (OWN[lang].has(e.detail) || e.detail.startsWith('_')) continue;
      if (!certainOutput(ctx.model, e)) continue;
      const source = (e.source ?? 'output').replace(new RegExp(`\\.${e.detail}$`), '');
      if (methodOfResource(ctx, e.resource, source, e.detail)) continue;
      const key = spanKey(e.at);
      if (seen.has(key)) continue;
      seen.add(key);
      ctx.report({ messageId: lang, data: { method: e.detail, source }, at: e.at });
    }
  },
});

/**
 * A member read straight off a resource object (`bucket.onObjectCreated(...)`) that is not one of its
 * attributes is a method of the resource class (the SDK's event mixins) or an unknown member, which
 * other rules report; only an attribute called as a function (`vpc.id()`) fails as an Output would.
 */
function methodOfResource(ctx: RuleContext, id: number | undefined, source: string, member: string): boolean {
  if (id === undefined || !source.endsWith(')')) return false;
  const r = resourceById(ctx.model, id);
  const schema = r && awsResourceSchema(ctx.model, r);
  if (!schema) return true;
  const name = r.lang === 'py' ? ctx.model.aws.schema.camelName(member) : member;
  return !(schema.outputs.property(name) ?? schema.inputs.property(name));
}
