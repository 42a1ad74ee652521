import { describe, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { functionOf, hasInvokePermission } from '../_shared/lambda-permissions.js';
import { arg, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const TOPIC_SUBSCRIPTION = 'aws:sns/topicSubscription:TopicSubscription';

const SOURCES: Readonly<Record<string, { service: string; principal: string }>> = {
  [EVENT_TARGET]: { service: 'EventBridge', principal: 'events.amazonaws.com' },
  [BUCKET_NOTIFICATION]: { service: 'S3', principal: 's3.amazonaws.com' },
  [TOPIC_SUBSCRIPTION]: { service: 'SNS', principal: 'sns.amazonaws.com' },
};

export default defineRule({
  id: 'aws/missing-invoke-permission',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(SOURCES),
  messages: {
    missing: '{{service}} is wired to invoke `{{fn}}`, but no `aws.lambda.Permission` lets `{{principal}}` invoke it: {{effect}} Add a Permission with `principal: "{{principal}}"` and `sourceArn` set to the {{source}}.',
  },
  title: '{{service}} wired to invoke {{fn:code}} without a Lambda permission',
  fixHint: 'new aws.lambda.Permission("allow-source", { action: "lambda:InvokeFunction", function: fn.name, principal: "events.amazonaws.com", sourceArn: rule.arn }).',
  docs: {
    summary: 'An EventBridge target, S3 bucket notification or SNS subscription that invokes a Lambda function the program never grants that service permission to invoke.',
    why: 'Event sources that push to Lambda (EventBridge, S3, SNS) need a statement in the function\'s resource policy, created with `aws.lambda.Permission`. Without it, EventBridge and SNS invocations fail silently (the events are dropped), and S3 refuses to save the notification configuration ("Unable to validate the following destination configurations"). Generated stacks often create the rule and target but forget the permission.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });\nnew aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: fn.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=fn.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });\nnew aws.lambda.Permission('nightly', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn });\nnew aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: fn.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.lambda_.Permission("alerts", action="lambda:InvokeFunction", function=fn.name, principal="sns.amazonaws.com", source_arn=topic.arn)\naws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=fn.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-lambda-as-subscriber.html',
    ],
    notes: 'Skipped when some Permission in the program names a function or principal that cannot be resolved (it may be the missing one). The ordering of a bucket notification after its permission (`dependsOn`) is a separate concern (PULUMI-DEPENDS-ON) and is not checked here.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const { fn, at } of targets(ctx, r)) {
        const src = SOURCES[r.type]!;
        if (hasInvokePermission(ctx.model, fn, src.principal) !== false) continue;
        const effect = r.type === BUCKET_NOTIFICATION ? 'S3 rejects the notification configuration ("Unable to validate the following destination configurations"), so the deployment fails.' : 'every invocation is denied and the events are dropped without an error in the stack.';
        const source = r.type === EVENT_TARGET ? 'rule ARN' : r.type === BUCKET_NOTIFICATION ? 'bucket ARN' : 'topic ARN';
        ctx.report({ messageId: 'missing', data: { service: src.service, principal: src.principal, fn: describe(fn.name).replace(/^"|"$/g, ''), effect, source }, at, resource: r, severity: r.type === BUCKET_NOTIFICATION ? 'critical' : 'high' });
      }
    }
  },
});

/** The program's Lambda functions a resource sends events to, with where each is named. */
function targets(ctx: RuleContext, r: Resource): { fn: Resource; at: At | undefined }[] {
  const out: { fn: Resource; at: At | undefined }[] = [];
  const add = (v: Value | undefined): void => {
    const fn = functionOf(ctx.model, v);
    if (fn) out.push({ fn, at: v?.at });
  };
  if (r.type === EVENT_TARGET) add(arg(r, 'arn'));
  else if (r.type === TOPIC_SUBSCRIPTION) {
    if (str(arg(r, 'protocol')) === 'lambda') add(arg(r, 'endpoint'));
  } else {
    for (const n of items(arg(r, 'lambdaFunctions'))?.items ?? []) if (n.kind === 'obj') add(n.props.get('lambdaFunctionArn'));
  }
  return out;
}
