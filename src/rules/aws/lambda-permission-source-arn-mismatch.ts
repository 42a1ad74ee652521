import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { awsResourceSchema } from '../_shared/aws-schema-args.js';
import { resourceById } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const PERMISSION = 'aws:lambda/permission:Permission';

interface Expected {
  service: string;
  /** Resource types whose `arn` the event source presents. */
  types: string[];
  source: string;
  /** The shape of the ARN, for literal text. */
  arn: RegExp;
  /** What happens when the permission never matches. */
  effect: string;
}

const BUCKETS = ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'];
const EXPECTED: Readonly<Record<string, Expected>> = {
  's3.amazonaws.com': { service: 'S3', types: BUCKETS, source: 'the bucket ARN (`arn:aws:s3:::<bucket>`)', arn: /^arn:aws[a-z-]*:s3:::[^/]+$/, effect: 'S3 cannot validate the notification destination, so the bucket notification fails to deploy ("Unable to validate the following destination configurations")' },
  'events.amazonaws.com': { service: 'EventBridge', types: ['aws:cloudwatch/eventRule:EventRule'], source: 'the rule ARN', arn: /^arn:aws[a-z-]*:events:[^:]*:[^:]*:rule\/.+$/, effect: 'every invocation by the rule is denied and the events are dropped' },
  'sns.amazonaws.com': { service: 'SNS', types: ['aws:sns/topic:Topic'], source: 'the topic ARN', arn: /^arn:aws[a-z-]*:sns:[^:]*:[^:]*:[^:/]+$/, effect: 'every delivery from the topic is denied and the messages are dropped' },
};

/** A source ARN as parts: resource attributes and literal text, in order; undefined when some part is not known. */
type Part = { resource: Resource; attr: string; at?: At } | { text: string };

function partsOf(model: ResourceModel, v: Value | undefined, out: Part[] = [], depth = 0): Part[] | undefined {
  if (!v || depth > 6) return undefined;
  switch (v.kind) {
    case 'known':
      if (typeof v.value !== 'string') return undefined;
      out.push({ text: v.value });
      return out;
    case 'output': {
      const r = resourceById(model, v.resource);
      if (r && v.attr) {
        out.push(v.at ? { resource: r, attr: v.attr, at: v.at } : { resource: r, attr: v.attr });
        return out;
      }
      return partsOf(model, v.inner, out, depth + 1);
    }
    case 'unknown': {
      const r = v.ref ? resourceById(model, v.ref.resource) : undefined;
      if (!r || !v.ref) return undefined;
      out.push({ resource: r, attr: v.ref.attr });
      return out;
    }
    case 'str':
      for (const p of v.parts) if (!partsOf(model, p, out, depth + 1)) return undefined;
      return out;
    default:
      return undefined;
  }
}

function spelled(r: Resource, attr: string): string {
  return `${r.typePath}.${r.lang === 'py' ? attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : attr}`;
}

export default defineRule({
  id: 'aws/lambda-permission-source-arn-mismatch',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PERMISSION],
  messages: {
    suffix: 'The permission lets {{service}} invoke the function only for the source ARN `{{what}}` followed by `{{suffix}}`, but {{service}} presents {{source}} itself: the condition never matches, so {{effect}}. Use `{{what}}` alone.',
    wrongResource: 'The permission for {{service}} names `{{what}}` as its source ARN, but {{service}} presents {{source}}: the condition never matches, so {{effect}}. Set `sourceArn` to {{source}}.',
    notArn: 'The permission for {{service}} uses `{{what}}` as its source ARN, which is not an ARN: Lambda rejects it or the condition never matches, so {{effect}}. Set `sourceArn` to {{source}}.',
    text: 'The permission for {{service}} names `{{what}}` as its source ARN, which is not the form of {{source}}: the condition never matches, so {{effect}}.',
  },
  title: {
    suffix: '{{service}} invoke permission limited to {{what:code}} + {{suffix:code}}, which never matches',
    wrongResource: '{{service}} invoke permission names the wrong source ARN {{what:code}}',
    notArn: '{{service}} invoke permission with source ARN {{what:code}}, not an ARN',
    text: '{{service}} invoke permission with source ARN {{what:code}} of the wrong form',
  },
  fixHint: 'new aws.lambda.Permission("s3-invoke", { action: "lambda:InvokeFunction", function: fn.name, principal: "s3.amazonaws.com", sourceArn: bucket.arn, sourceAccount: accountId }).',
  docs: {
    summary: 'A Lambda permission for S3, EventBridge or SNS whose `sourceArn` cannot match what the service presents: the bucket ARN with an object path appended, another resource\'s ARN, a name or id instead of an ARN.',
    why: 'When S3, EventBridge or SNS invokes a function, the request carries the ARN of the bucket, rule or topic, and the `sourceArn` of the permission must equal it. Generated code often writes the object ARN (`${bucket.arn}/*`, as in IAM policies), the bucket\'s name, or the ARN of the wrong resource. The permission then exists but never applies: S3 refuses to save the notification, and EventBridge and SNS invocations are denied silently.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.Permission('s3-invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: pulumi.interpolate\`\${bucket.arn}/*\` });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\nbus = aws.cloudwatch.EventBus("orders")\naws.lambda_.Permission("events-invoke", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com", source_arn=bus.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('uploads');\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nnew aws.lambda.Permission('s3-invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\nbus = aws.cloudwatch.EventBus("orders")\nrule = aws.cloudwatch.EventRule("orders", event_bus_name=bus.name, event_pattern='{"source": ["app.orders"]}')\naws.lambda_.Permission("events-invoke", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com", source_arn=rule.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions',
    ],
    notes: 'Only permissions whose principal is S3, EventBridge or SNS and whose source ARN is built from known parts are judged; the ARN of another resource is reported only when the provider has that resource type (an invented type is left to aws/unknown-resource-type); API Gateway permissions are aws/apigw-permission-source-arn\'s. A source ARN with wildcards (`arn:aws:s3:::logs-*`) is accepted.',
  },
  check(ctx) {
    for (const p of ctx.resources()) {
      const expected = EXPECTED[str(arg(p, 'principal')) ?? ''];
      const v = arg(p, 'sourceArn');
      if (!expected || !v) continue;
      const parts = partsOf(ctx.model, v);
      const head = parts?.[0];
      if (!parts || !head) continue;
      const data = { service: expected.service, source: expected.source, effect: expected.effect };
      if ('text' in head) {
        const text = parts.every((x) => 'text' in x) ? parts.map((x) => (x as { text: string }).text).join('') : undefined;
        if (text !== undefined && /^arn:/.test(text) && !text.includes('*') && !expected.arn.test(text)) ctx.report({ messageId: 'text', data: { ...data, what: text }, at: v.at, resource: p });
        continue;
      }
      const what = spelled(head.resource, head.attr);
      const rest = parts.slice(1).map((x) => ('text' in x ? x.text : '…')).join('');
      if (expected.types.includes(head.resource.type)) {
        if (head.attr !== 'arn') ctx.report({ messageId: 'notArn', data: { ...data, what }, at: v.at, resource: p });
        else if (rest !== '') ctx.report({ messageId: 'suffix', data: { ...data, what, suffix: rest }, at: v.at, resource: p });
      } else if (awsResourceSchema(ctx.model, head.resource) && /arn$/i.test(head.attr) && rest === '') {
        // Only a type the provider has is known to be another kind of resource: one it does not
        // have (an invented `aws.events.Rule`) may well be meant as the expected source.
        ctx.report({ messageId: 'wrongResource', data: { ...data, what }, at: v.at, resource: p });
      }
    }
  },
});
