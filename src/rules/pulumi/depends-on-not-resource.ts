import { type At, describe, type Value } from '../../ir/values.js';
import type { Component, Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/**
 * Packages whose resource attributes are plain data. Component packages (awsx, eks) have attributes
 * that hold resources (`awsx.ec2.Vpc.vpc`), which are valid `dependsOn` items.
 */
const DATA_ATTRIBUTES = new Set(['aws', 'random', 'tls']);

type Misuse = { messageId: 'attribute' | 'text' | 'promise' | 'list' | 'plainObject'; what: string };

/** Why an item of `dependsOn` is not a Resource, when it is known not to be one. */
function misuse(model: ResourceModel, v: Value): Misuse | undefined {
  switch (v.kind) {
    case 'output': {
      const owner = referencedResource(model, v);
      if (owner && v.attr && DATA_ATTRIBUTES.has(owner.pkg)) return { messageId: 'attribute', what: `${owner.typePath}.${v.attr}` };
      if (v.promise && v.resource === undefined) return { messageId: 'promise', what: v.src };
      return undefined;
    }
    case 'known':
      return typeof v.value === 'string' ? { messageId: 'text', what: JSON.stringify(v.value) } : undefined;
    case 'str':
      return { messageId: 'text', what: describe(v) };
    case 'list':
      return { messageId: 'list', what: 'a list' };
    case 'obj':
      // Instances of program classes may be components; only plain objects and dicts are known data.
      return v.cls ? undefined : { messageId: 'plainObject', what: 'a plain object' };
    default:
      return undefined;
  }
}

/** The items of a `dependsOn` option: a list's elements, or the single value given. */
function itemsOf(v: Value): Value[] {
  if (v.kind === 'list') return v.items;
  return v.kind === 'absent' ? [] : [v];
}

function inside(inner: At, outer: At): boolean {
  return inner.f === outer.f && inner.s >= outer.s && inner.e <= outer.e;
}

/** Is the resource's argument object written out and empty (`new X('name')`, `X("name")`)? */
function noArguments(r: Resource): boolean {
  return r.argsKnown && !r.args.open && [...r.args.props.values()].every((v) => v.kind === 'absent');
}

/** Resources created inside another resource's `dependsOn` list with no arguments: a second, empty copy. */
function reportInlineResources(ctx: RuleContext, owner: Resource | Component, dependsOn: Value): void {
  const span = dependsOn.at;
  if (!span) return;
  for (const r of ctx.model.resources) {
    if (r.id === owner.id || !inside(r.at, span) || !noArguments(r)) continue;
    const twin = ctx.model.resources.find((x) => x.type === r.type && x.id !== r.id && !inside(x.at, span));
    const meant = twin ? ` The program already creates ${r.typePath} ${describe(twin.name)}; reference that one.` : '';
    ctx.report({ messageId: 'inline', data: { type: r.typePath, name: describe(r.name), meant }, at: r.at, resource: r });
  }
}

export default defineRule({
  id: 'pulumi/depends-on-not-resource',
  class: 'PULUMI-DEPENDS-ON',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    attribute: '`dependsOn` lists `{{what}}`, an Output of a resource attribute, not the resource. Pulumi needs Resource objects here: TypeScript rejects it (Output<string> is not a Resource) and Python fails with "\'depends_on\' was passed a value … that was not a Resource". Pass the resource itself.',
    text: '`dependsOn` lists the string {{what}}. Pulumi needs Resource objects, not names or ids: TypeScript rejects it and Python raises TypeError ("\'depends_on\' was passed a value … that was not a Resource"). Pass the resource object.',
    promise: '`dependsOn` lists `{{what}}`, the Promise of a data source call, which is not a resource: TypeScript rejects it and the dependency cannot be recorded. Data sources need no ordering; remove it, or depend on the resource it reads.',
    list: '`dependsOn` lists a list as one of its items. Each item must be a Resource: TypeScript rejects the nested list and Python raises TypeError ("\'depends_on\' was passed a value … that was not a Resource"). Spread it into the list (`[...subnets]`, `[*subnets]`).',
    plainObject: '`dependsOn` lists a plain object or dict, not a Resource: Pulumi throws "\'dependsOn\' was passed a value that was not a Resource" when the resource is registered (TypeScript rejects it unless cast). Pass the resources it holds (`Object.values(x)`, `list(x.values())`) or the resource itself.',
    inline: '{{type}} {{name}} is constructed inside another resource\'s `dependsOn` list with no arguments. This creates a second, empty resource (which fails on its missing required arguments or duplicates the real one) instead of referring to an existing one.{{meant}}',
  },
  title: {
    attribute: '`dependsOn` of {{counted}} lists the attribute {{what:code}}, not the resource',
    text: '`dependsOn` of {{counted}} lists the string {{what}}, not a resource',
    promise: '`dependsOn` of {{counted}} lists the Promise {{what:code}}, not a resource',
    list: '`dependsOn` of {{counted}} nests a list',
    plainObject: '`dependsOn` of {{counted}} lists a plain object',
    inline: '{{type:code}} {{name}} constructed inside a `dependsOn` list',
  },
  fixHint: 'dependsOn takes resources: `{ dependsOn: [bucket, role] }` / `ResourceOptions(depends_on=[bucket, role])`, never their ids, ARNs, names or new resources.',
  docs: {
    summary: '`dependsOn` items that are not existing resources: attribute Outputs (`sg.id`), strings, data source Promises, nested lists, and resources constructed inside the list.',
    why: '`dependsOn` records an ordering between resources, so it takes Resource objects. Generated code often passes what it has at hand instead: an id or ARN Output, a resource name, a data source result, or a list of resources as one item. TypeScript rejects the program at compile time and the Python SDK raises `TypeError: \'depends_on\' was passed a value … that was not a Resource`. Writing `depends_on=[aws.s3.BucketVersioningV2("versioning")]` does not refer to the versioning resource defined elsewhere: it constructs a second one with no arguments.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst sg = new aws.ec2.SecurityGroup('sg', { description: 'app' });\nconst queue = new aws.sqs.Queue('q', {}, { dependsOn: [sg.id] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nversioning = aws.s3.BucketVersioningV2("data-versioning", bucket=bucket.id,\n    versioning_configuration={"status": "Enabled"})\npolicy = aws.s3.BucketPolicy("data-policy", bucket=bucket.id, policy="{}",\n    opts=pulumi.ResourceOptions(depends_on=[aws.s3.BucketVersioningV2("data-versioning-2")]))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst sg = new aws.ec2.SecurityGroup('sg', { description: 'app' });\nconst queue = new aws.sqs.Queue('q', {}, { dependsOn: [sg] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\nversioning = aws.s3.BucketVersioningV2("data-versioning", bucket=bucket.id,\n    versioning_configuration={"status": "Enabled"})\npolicy = aws.s3.BucketPolicy("data-policy", bucket=bucket.id, policy="{}",\n    opts=pulumi.ResourceOptions(depends_on=[versioning]))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/resources/options/dependson/',
      'https://github.com/pulumi/pulumi/issues/13917',
    ],
    notes: 'Items of unknown value, resources, component instances and Outputs that may hold a resource (`pulumi.output(x)`, attributes of awsx/eks components) are not reported. Only attributes of resources from packages whose attributes are plain data (aws, random, tls) count as attribute Outputs. A resource constructed inside the list is reported only when it has no arguments: creating a resource there with full arguments is an unusual but valid way to depend on it.',
  },
  check(ctx) {
    for (const r of [...ctx.model.resources, ...ctx.model.components]) {
      const dependsOn = r.opts.props.get('dependsOn');
      if (!dependsOn) continue;
      for (const item of itemsOf(dependsOn)) {
        const bad = misuse(ctx.model, item);
        if (!bad) continue;
        // A value read from a variable carries the span where it was made; point at the list instead.
        const at = item.at && dependsOn.at && inside(item.at, dependsOn.at) ? item.at : (dependsOn.at ?? item.at);
        ctx.report({ messageId: bad.messageId, data: { what: bad.what }, at, resource: r });
      }
      reportInlineResources(ctx, r, dependsOn);
    }
  },
});
