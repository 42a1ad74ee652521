import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, refersTo } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const EVENT_RULE = 'aws:cloudwatch/eventRule:EventRule';
const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';

/** Does some EventTarget name the rule ('unknown' when a target's rule cannot be resolved)? */
function targeted(model: ResourceModel, rule: Resource): 'yes' | 'no' | 'unknown' {
  const name = str(arg(rule, 'name'));
  let result: 'no' | 'unknown' = 'no';
  for (const t of model.resources) {
    if (t.type !== EVENT_TARGET) continue;
    if (t.args.open) return 'unknown';
    const v = arg(t, 'rule');
    const written = str(v);
    if (written !== undefined && name !== undefined && written === name) return 'yes';
    // A written rule name may be this rule's when its `name` is set but not known.
    if (written !== undefined && name === undefined && arg(rule, 'name')) result = 'unknown';
    const rel = refersTo(model, v, rule);
    if (rel === 'yes') return 'yes';
    if (rel === 'unknown') result = 'unknown';
  }
  return result;
}

export default defineRule({
  id: 'aws/event-rule-without-target',
  class: 'EVENT-WIRING',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [EVENT_RULE],
  messages: {
    noTarget: 'EventBridge rule {{name}} has no `aws.cloudwatch.EventTarget`: a rule only matches events{{schedule}}, it delivers them nowhere, so whatever it was meant to trigger never runs. Add an EventTarget with `rule: {{ref}}` and the function, queue or state machine to invoke (and its permission or role).',
  },
  title: 'EventBridge rule {{name}} without a target',
  fixHint: 'new aws.cloudwatch.EventTarget("nightly", { rule: rule.name, arn: fn.arn }) plus aws.lambda.Permission for events.amazonaws.com.',
  docs: {
    summary: 'An EventBridge (CloudWatch Events) rule that no `aws.cloudwatch.EventTarget` names.',
    why: 'A rule is only a filter or a schedule; the targets are separate resources. A rule with no target is accepted by AWS and shows as enabled, but nothing is invoked when it matches, so the scheduled job or the event reaction the program was written for silently never happens.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 3 * * ? *)' });\n`,
      py: `import json\nimport pulumi_aws as aws\naws.cloudwatch.EventRule("ec2-state", event_pattern=json.dumps({"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('jobs');\nconst rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 3 * * ? *)' });\nnew aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: queue.arn });\n`,
      py: `import json\nimport pulumi_aws as aws\ntopic = aws.sns.Topic("ec2-state")\nrule = aws.cloudwatch.EventRule("ec2-state", event_pattern=json.dumps({"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}))\naws.cloudwatch.EventTarget("ec2-state", rule=rule.name, arn=topic.arn)\n`,
    },
    references: ['https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-targets.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/cloudwatch/eventtarget/'],
    notes: 'Judged only when the whole program was read; a target whose rule cannot be resolved may be the missing one and silences the rule. A target naming the rule by its written `name` counts. Rules created in a branch are not reported.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const rule of ctx.resources()) {
      if (rule.conditional || inFragment(ctx, rule) || targeted(ctx.model, rule) !== 'no') continue;
      const schedule = arg(rule, 'scheduleExpression') ? ' or fires on its schedule' : '';
      ctx.report({ messageId: 'noTarget', data: { name: quotedName(rule), schedule, ref: 'rule.name' }, resource: rule });
    }
  },
});
