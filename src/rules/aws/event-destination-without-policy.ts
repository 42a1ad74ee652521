import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { isPublicPrincipal, parsePolicy } from '../_shared/iam-policy.js';
import { resourceLabel } from '../_shared/labels.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, items, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const TOPIC_SUBSCRIPTION = 'aws:sns/topicSubscription:TopicSubscription';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const TOPIC = 'aws:sns/topic:Topic';
const QUEUE = 'aws:sqs/queue:Queue';
const TOPIC_POLICY = 'aws:sns/topicPolicy:TopicPolicy';
const QUEUE_POLICY = 'aws:sqs/queuePolicy:QueuePolicy';

interface Source {
  service: string;
  principal: string;
}

const S3: Source = { service: 'S3', principal: 's3.amazonaws.com' };
const SNS: Source = { service: 'SNS', principal: 'sns.amazonaws.com' };
const EVENTS: Source = { service: 'EventBridge', principal: 'events.amazonaws.com' };

/** The policy documents that apply to a topic or queue: its own `policy` and the policy resources naming it. */
function policiesOf(model: ResourceModel, dest: Resource): { policies: Value[]; unsure: boolean } {
  const policies: Value[] = [];
  let unsure = !dest.argsKnown;
  const own = arg(dest, 'policy');
  if (own) policies.push(own);
  else if (!definitelyAbsent(dest, 'policy')) unsure = true;
  const [type, key] = dest.type === TOPIC ? [TOPIC_POLICY, 'arn'] : [QUEUE_POLICY, 'queueUrl'];
  for (const p of model.resources) {
    if (p.type !== type) continue;
    const to = refersTo(model, arg(p, key), dest);
    if (to === 'yes') policies.push(arg(p, 'policy') ?? { kind: 'unknown', why: 'policy' });
    else if (to === 'unknown' || p.args.open) unsure = true;
  }
  return { policies, unsure };
}

/** 'yes' when some policy may let the service principal in, 'no' when every one is known not to. */
function allows(policy: Value, principal: string): 'yes' | 'no' {
  const doc = parsePolicy(policy);
  if (!doc || doc.open) return 'yes';
  for (const st of doc.statements) {
    if (st.effect !== undefined && st.effect !== 'Allow') continue;
    if (!st.principals.present || st.principals.open) return 'yes';
    for (const p of st.principals.entries) {
      if (p.entry.text === undefined || isPublicPrincipal(p)) return 'yes';
      if (p.type === 'Service' && p.entry.text === principal) return 'yes';
    }
  }
  return 'no';
}

export default defineRule({
  id: 'aws/event-destination-without-policy',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [BUCKET_NOTIFICATION, TOPIC_SUBSCRIPTION, EVENT_TARGET],
  messages: {
    missing: '{{service}} is wired to deliver to the {{kind}} {{dest}}, but no {{policyType}} grants `{{principal}}` the `{{action}}` action on it: {{effect}} Add a {{policyType}} with a statement that allows `{{principal}}` to `{{action}}`, conditioned on the source ARN.',
    denied: '{{service}} is wired to deliver to the {{kind}} {{dest}}, but its policy does not name `{{principal}}`: {{effect}} Add a statement that allows `{{principal}}` to `{{action}}`, conditioned on the source ARN.',
  },
  title: {
    missing: '{{service}} delivers to {{kind}} {{dest}} without a {{policyType:code}} allowing it',
    denied: 'Policy of {{kind}} {{dest}} does not allow {{principal}}',
  },
  fixHint: 'new aws.sqs.QueuePolicy("allow-sns", { queueUrl: queue.id, policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "sns.amazonaws.com" }, Action: "sqs:SendMessage", Resource: queue.arn, Condition: { ArnEquals: { "aws:SourceArn": topic.arn } } }] }) }).',
  docs: {
    summary: 'An S3 bucket notification, SNS subscription or EventBridge target that delivers to an SNS topic or SQS queue whose resource policy does not let that service publish or send to it.',
    why: 'SNS topics and SQS queues only accept messages from other AWS services that their resource policy allows. S3 checks this when the notification is saved and rejects it ("Unable to validate the following destination configurations"); SNS and EventBridge deliver anyway and the messages are dropped without a trace in the stack. Generated stacks wire the notification or subscription and forget the `aws.sns.TopicPolicy` / `aws.sqs.QueuePolicy`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst topic = new aws.sns.Topic('orders');\nconst queue = new aws.sqs.Queue('orders');\nnew aws.sns.TopicSubscription('orders', { topic: topic.arn, protocol: 'sqs', endpoint: queue.arn });\n`,
      py: `import pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\ntopic = aws.sns.Topic("uploads")\naws.s3.BucketNotification("uploads", bucket=bucket.id, topics=[{"topic_arn": topic.arn, "events": ["s3:ObjectCreated:*"]}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst topic = new aws.sns.Topic('orders');\nconst queue = new aws.sqs.Queue('orders');\nnew aws.sqs.QueuePolicy('orders', {\n  queueUrl: queue.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: queue.arn, Condition: { ArnEquals: { 'aws:SourceArn': topic.arn } } }] }),\n});\nnew aws.sns.TopicSubscription('orders', { topic: topic.arn, protocol: 'sqs', endpoint: queue.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads")\ntopic = aws.sns.Topic("uploads")\npolicy = aws.sns.TopicPolicy("uploads", arn=topic.arn, policy=pulumi.Output.json_dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "SNS:Publish", "Resource": topic.arn}]}))\naws.s3.BucketNotification("uploads", bucket=bucket.id, topics=[{"topic_arn": topic.arn, "events": ["s3:ObjectCreated:*"]}], opts=pulumi.ResourceOptions(depends_on=[policy]))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
      'https://docs.aws.amazon.com/sns/latest/dg/subscribe-sqs-queue-to-sns-topic.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html',
    ],
    notes: 'Judged only for destinations created by the program and only when the whole program was read. A destination counts as allowed when any of its policies may admit the service (a policy whose structure or principals are not known, a public principal). Lambda destinations are aws/missing-invoke-permission\'s; encrypted topics and queues also need the KMS key to admit the service, which is not checked here.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const r of ctx.resources()) {
      for (const { dest, at, source } of destinations(ctx, r)) {
        const { policies, unsure } = policiesOf(ctx.model, dest);
        const topic = dest.type === TOPIC;
        const action = topic ? 'sns:Publish' : 'sqs:SendMessage';
        const effect = source === S3 ? 'S3 rejects the notification configuration ("Unable to validate the following destination configurations"), so the deployment fails.' : `${source.service} is refused on every delivery and the messages are dropped without an error in the stack.`;
        const data = { service: source.service, principal: source.principal, kind: topic ? 'topic' : 'queue', dest: resourceLabel(dest), policyType: topic ? 'aws.sns.TopicPolicy' : 'aws.sqs.QueuePolicy', action, effect };
        const severity = source === S3 ? 'critical' : 'high';
        if (policies.length === 0) {
          if (!unsure) ctx.report({ messageId: 'missing', data, at, resource: r, severity });
        } else if (!unsure && policies.every((p) => allows(p, source.principal) === 'no')) {
          ctx.report({ messageId: 'denied', data, at, resource: r, severity });
        }
      }
    }
  },
});

/** The program's topics and queues a resource sends events to, with where each is named. */
function destinations(ctx: RuleContext, r: Resource): { dest: Resource; at: At | undefined; source: Source }[] {
  const out: { dest: Resource; at: At | undefined; source: Source }[] = [];
  const add = (v: Value | undefined, source: Source, type?: string): void => {
    const dest = referencedResource(ctx.model, v);
    if (dest && (dest.type === TOPIC || dest.type === QUEUE) && (!type || dest.type === type)) out.push({ dest, at: v?.at, source });
  };
  const each = (list: string, key: string, type: string) => {
    for (const n of items(arg(r, list))?.items ?? []) if (n.kind === 'obj') add(n.props.get(key), S3, type);
  };
  if (r.type === BUCKET_NOTIFICATION) {
    each('topics', 'topicArn', TOPIC);
    each('queues', 'queueArn', QUEUE);
  } else if (r.type === TOPIC_SUBSCRIPTION) {
    if (str(arg(r, 'protocol')) === 'sqs') add(arg(r, 'endpoint'), SNS, QUEUE);
  } else add(arg(r, 'arn'), EVENTS);
  return out;
}
