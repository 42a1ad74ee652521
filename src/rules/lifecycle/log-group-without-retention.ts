import type { Resource } from '../../model/types.js';
import { fix, FixingReporter, insertEntry } from '../_shared/fixes.js';
import { FUNCTION, LOG_GROUP, logGroupFor } from '../_shared/lambda-log-groups.js';
import { arg, definitelyAbsent, keySpan, num, str } from '../_shared/values.js';
import { knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** The retention the fix sets when the program's other log groups do not agree on one. */
const DEFAULT_RETENTION_DAYS = 30;

/**
 * The retention a log group without one gets: the one every other log group of the program that
 * sets a retention sets (the program's own choice), else 30 days.
 */
function retentionFor(logGroups: Resource[]): number {
  const set = new Set(logGroups.map((lg) => num(arg(lg, 'retentionInDays'))).filter((d): d is number => d !== undefined && d > 0));
  return set.size === 1 ? [...set][0]! : DEFAULT_RETENTION_DAYS;
}

function checkLogGroup(ctx: RuleContext, out: FixingReporter, r: Resource, days: number): void {
  // DELIVERY-class log groups have a fixed two-day retention.
  if (str(arg(r, 'logGroupClass'))?.toUpperCase() === 'DELIVERY') return;
  const retention = arg(r, 'retentionInDays');
  // An explicit 0 is a choice written down: which finite retention replaces it is the owner's.
  if (retention && num(retention) === 0) out.report({ messageId: 'neverExpire', at: retention.at ?? keySpan(r.args, 'retentionInDays'), resource: r });
  else if (knownAbsent(ctx, r, 'retentionInDays')) {
    out.report({ messageId: 'noRetention', resource: r }, fix(`Keep the log events ${days} days`, [insertEntry(ctx, r, r.args, 'retentionInDays', days)]));
  }
}

function checkFunction(ctx: RuleContext, fn: Resource, logGroups: Resource[]): void {
  if (!definitelyAbsent(fn, 'loggingConfig.logGroup')) return;
  if (logGroups.some((lg) => lg.args.open || !lg.argsKnown || logGroupFor(lg.args.props.get('name'), fn) !== 'no')) return;
  const name = str(arg(fn, 'name')) ?? str(fn.name);
  ctx.report({ messageId: 'implicitLambdaLogGroup', data: { name: name === undefined ? '' : ` \`${name}\`` }, resource: fn, severity: 'low' });
}

export default defineRule({
  id: 'lifecycle/log-group-without-retention',
  class: 'LOG-RETENTION',
  severity: 'medium',
  category: 'lifecycle',
  resourceTypes: [LOG_GROUP, FUNCTION],
  messages: {
    noRetention: 'Log group without `retentionInDays`: CloudWatch keeps its events forever, so storage cost grows without bound and data is kept longer than any retention policy allows. Set `retentionInDays` (e.g. 14, 30 or 90).',
    neverExpire: '`retentionInDays: 0` means the log events never expire: storage cost grows without bound. Set a finite retention (e.g. 14, 30 or 90 days).',
    implicitLambdaLogGroup: 'Lambda function{{name}} has no log group in the program (no `aws.cloudwatch.LogGroup` named `/aws/lambda/<function name>` and no `loggingConfig.logGroup`). Lambda creates one on first invocation that never expires and that `pulumi destroy` leaves behind; create it in the program with `retentionInDays`.',
  },
  title: {
    noRetention: 'No retention on {{counted}}: logs kept forever',
    neverExpire: 'Retention 0 (never expire) on {{counted}}',
    implicitLambdaLogGroup: 'No log group with retention for {{counted}}: Lambda creates one that keeps logs forever',
  },
  fixable: true,
  fixHint: 'Give every log group `retentionInDays`; for a Lambda function create `new aws.cloudwatch.LogGroup(..., { name: pulumi.interpolate`/aws/lambda/${fn.name}`, retentionInDays: 14 })` or set `loggingConfig.logGroup`.',
  docs: {
    summary: 'CloudWatch log groups that keep their events forever, and Lambda functions whose log group is left for Lambda to create (also with no expiry).',
    why: 'A log group without retention never deletes events: the cost grows every month and logs outlive the retention rules of most compliance regimes. Lambda writes to `/aws/lambda/<function name>` and creates that group on first invocation when it does not exist, with no retention, outside the stack (so `pulumi destroy` does not remove it either). Declaring every log group, the Lambda ones included, with a retention keeps cost and data lifetime bounded.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('app-logs', { name: '/app/orders' });\nconst fn = new aws.lambda.Function('worker', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/worker',\n});\nexport const names = [logs.name, fn.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("app-logs", name="/app/orders", retention_in_days=0)\npulumi.export("name", logs.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('worker', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/worker',\n});\nconst logs = new aws.cloudwatch.LogGroup('worker-logs', { name: pulumi.interpolate\`/aws/lambda/\${fn.name}\`, retentionInDays: 14 });\nexport const names = [logs.name, fn.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("worker-logs", name="/aws/lambda/worker", retention_in_days=14)\nfn = aws.lambda_.Function("worker", name="worker", runtime="python3.12", handler="index.handler",\n    role="arn:aws:iam::123456789012:role/worker")\npulumi.export("names", [logs.name, fn.name])\n`,
    },
    references: [
      'node_modules/@pulumi/aws/cloudwatch/logGroup.d.ts: retentionInDays "If you select 0, the events in the log group are always retained and never expire"',
      'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    ],
    fix: 'a log group written without `retentionInDays` gets `retentionInDays: 30` (`retention_in_days=30`), or the retention that every other log group of the program sets when they all set the same one. Check the value against the retention the request or your policy asks for. `retentionInDays: 0` is left as it is (which finite retention replaces it is your choice), and so are Lambda functions without a log group (creating one is not mechanical).',
    notes: 'A function is matched to a log group by name: a literal `/aws/lambda/<name>`, or a name built from the function\'s `name` output (`pulumi.interpolate`, `Output.concat`, `.apply`), or from the same values the function name is built from. Any log group whose name cannot be compared keeps the rule silent for every function, and so does a program the model did not see whole (missing modules, fragments, cut-off answers). Log groups of the DELIVERY class are skipped (their retention is fixed).',
  },
  check(ctx) {
    const logGroups = ctx.resources().filter((r) => r.type === LOG_GROUP);
    const out = new FixingReporter(ctx);
    const days = retentionFor(logGroups);
    for (const lg of logGroups) checkLogGroup(ctx, out, lg, days);
    out.flush();
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) if (fn.type === FUNCTION) checkFunction(ctx, fn, logGroups);
  },
});
