import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { FUNCTION, LAMBDA_PREFIX, LOG_GROUP, literal, logGroupFor, segments } from '../_shared/lambda-log-groups.js';
import { refersTo } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, str } from '../_shared/values.js';
import { knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Ways to create Lambda functions that the model does not see as `aws.lambda.Function` resources. */
const OTHER_FUNCTION_TYPES = /^aws:lambda\/callbackFunction:|^awsx:|^aws-native:lambda/;
/** `bucket.onObjectCreated(...)`, `topic.onEvent(...)`, `queue.onEvent(...)`: functions created by magic. */
const EVENT_HANDLER = /^on[A-Z]/;

/** The function's name as shown in the message: its `name`, or `<logical>-<random>` when auto-named. */
function shownName(fn: Resource): string {
  const name = arg(fn, 'name');
  if (name) return str(name) ?? describe(name).replace(/^"|"$/g, '');
  const logical = str(fn.name) ?? describe(fn.name).replace(/^"|"$/g, '');
  return `${logical}-<random suffix>`;
}

const shown = (v: Value): string => str(v) ?? describe(v).replace(/^"|"$/g, '');

/** Some function names this group explicitly through `loggingConfig.logGroup` (or may). */
function namedByLoggingConfig(ctx: RuleContext, lg: Resource, functions: Resource[], text: string | undefined): boolean {
  return functions.some((fn) => {
    if (definitelyAbsent(fn, 'loggingConfig.logGroup')) return false;
    const v = arg(fn, 'loggingConfig.logGroup');
    if (!v) return true;
    const s = str(v);
    if (s !== undefined) return text === undefined || s === text;
    return refersTo(ctx.model, v, lg) !== 'no';
  });
}

/**
 * A group written as `new LogGroup("/aws/lambda/x", { retentionInDays })`: the path is the logical name
 * and the group is auto-named with a random suffix, unless a function picks it by `loggingConfig`.
 */
function checkLogicalName(ctx: RuleContext, lg: Resource): void {
  const logical = str(lg.name) ?? (lg.name.kind === 'str' ? describe(lg.name) : undefined);
  const head = lg.name.kind === 'str' ? lg.name.parts[0] : lg.name;
  const text = head && head.kind === 'known' && typeof head.value === 'string' ? head.value : undefined;
  if (!logical || !text?.startsWith(LAMBDA_PREFIX) || text.length <= LAMBDA_PREFIX.length) return;
  if (!knownAbsent(ctx, lg, 'name') || !knownAbsent(ctx, lg, 'namePrefix')) return;
  const pickedBy = ctx.model.resources.some((fn) => fn.type === FUNCTION && refersTo(ctx.model, arg(fn, 'loggingConfig.logGroup'), lg) !== 'no');
  if (pickedBy) return;
  ctx.report({ messageId: 'logicalOnly', data: { logical: logical.replace(/\$\{(config:|env:|param:)?([^}]*)\}/g, '${$2}') }, at: lg.name.at, resource: lg });
}

function checkLogGroup(ctx: RuleContext, lg: Resource, functions: Resource[]): void {
  if (lg.args.open || !lg.argsKnown) return;
  const nameV = lg.args.props.get('name');
  const segs = nameV ? segments(nameV) : undefined;
  const head = segs?.[0];
  if (!nameV || !segs || !head || !('lit' in head) || !head.lit.startsWith(LAMBDA_PREFIX) || head.lit.length <= LAMBDA_PREFIX.length) return;
  // Lambda@Edge replicas log to `/aws/lambda/<region>.<function name>` in the edge regions.
  if (/^[a-z]{2}(-[a-z]+)+-\d\./.test(head.lit.slice(LAMBDA_PREFIX.length))) return;
  if (functions.some((fn) => logGroupFor(nameV, fn) !== 'no')) return;
  const text = literal(segs);
  if (namedByLoggingConfig(ctx, lg, functions, text)) return;
  const wanted = shown(nameV).slice(LAMBDA_PREFIX.length);
  const at = nameV.at && nameV.at.f === lg.at.f && nameV.at.s >= lg.at.s && nameV.at.e <= lg.at.e ? nameV.at : undefined;
  // The usual near miss: named after the logical name of a function that has no `name`.
  const autoNamed = functions.find((fn) => definitelyAbsent(fn, 'name') && str(fn.name) === wanted);
  if (autoNamed) {
    ctx.report({ messageId: 'autoNamed', data: { name: shown(nameV), logical: wanted }, at, resource: lg });
    return;
  }
  const names = functions.map(shownName);
  const list = names.slice(0, 4).map((n) => `\`${n}\``).join(', ') + (names.length > 4 ? `, and ${names.length - 4} more` : '');
  ctx.report({ messageId: 'noSuchFunction', data: { name: shown(nameV), wanted, functions: list }, at, resource: lg });
}

export default defineRule({
  id: 'aws/lambda-log-group-name-mismatch',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [LOG_GROUP, FUNCTION],
  messages: {
    noSuchFunction: 'Log group `{{name}}` is named for a Lambda function `{{wanted}}`, but no function of the program has that name (they are {{functions}}). Lambda writes to `/aws/lambda/<its own name>`, so this group, with its retention and encryption, stays empty while the function logs to a group Lambda creates itself (no retention, no KMS key). Build the name from the function (`pulumi.interpolate`/aws/lambda/${fn.name}``) or use the same name for both.',
    autoNamed: 'Log group `{{name}}` is named after the logical name `{{logical}}`, but that function has no `name`, so Pulumi calls it `{{logical}}-<random suffix>` and Lambda writes to `/aws/lambda/{{logical}}-<random suffix>`: this group, with its retention and encryption, stays empty. Build the name from the function (`pulumi.interpolate`/aws/lambda/${fn.name}``) or give the function the fixed `name`.',
    logicalOnly: 'Log group `{{logical}}` has no `name`: `{{logical}}` is only its Pulumi logical name, so AWS gets the auto-name `{{logical}}-<random suffix>`, and no Lambda function writes to it (a function logs to `/aws/lambda/<function name>` exactly). The group, with its retention and encryption, stays empty. Set `name` (from the function: `pulumi.interpolate`/aws/lambda/${fn.name}``).',
  },
  title: {
    noSuchFunction: 'Log group{{s}} {{name:code}} named for no function of the program',
    autoNamed: 'Log group{{s}} {{name:code}} misses the generated name of function {{logical:code}}',
    logicalOnly: 'Log group{{s}} {{logical:code}} without a name: Pulumi auto-names it, so no function logs there',
  },
  fixHint: 'name: pulumi.interpolate`/aws/lambda/${fn.name}` (TypeScript) / fn.name.apply(lambda n: f"/aws/lambda/{n}") (Python), or set `loggingConfig.logGroup` on the function to this group.',
  docs: {
    summary: 'A log group named `/aws/lambda/<x>` when no Lambda function of the program is called `<x>`: the group meant for the function stays empty.',
    why: 'A Lambda function writes to the log group `/aws/lambda/<function name>` (unless `loggingConfig.logGroup` names another one). Programs create that group beforehand to give it a retention period and a KMS key, but when its name does not follow the function\'s real name (the function is auto-named `<logical name>-<random suffix>`, or its `name` has a different prefix or suffix) the function logs to a group Lambda creates on first invocation, with no retention and no encryption, and the configured group stays empty.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst fn = new aws.lambda.Function('processor', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/processor',\n});\nconst logs = new aws.cloudwatch.LogGroup('processor-logs', { name: '/aws/lambda/processor', retentionInDays: 14 });\nexport const names = [fn.name, logs.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("processor", name="order-processor", runtime="python3.12", handler="index.handler",\n    role="arn:aws:iam::123456789012:role/processor")\nlogs = aws.cloudwatch.LogGroup("processor-logs", name="/aws/lambda/processor", retention_in_days=14)\npulumi.export("names", [fn.name, logs.name])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('processor', {\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/processor',\n});\nconst logs = new aws.cloudwatch.LogGroup('processor-logs', { name: pulumi.interpolate\`/aws/lambda/\${fn.name}\`, retentionInDays: 14 });\nexport const names = [fn.name, logs.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("processor", name="order-processor", runtime="python3.12", handler="index.handler",\n    role="arn:aws:iam::123456789012:role/processor")\nlogs = aws.cloudwatch.LogGroup("processor-logs", name="/aws/lambda/order-processor", retention_in_days=14)\npulumi.export("names", [fn.name, logs.name])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html ("Lambda sends logs to a log group named /aws/lambda/<function name>")',
      'https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html (loggingConfig.logGroup: a custom log group)',
      'https://www.pulumi.com/docs/iac/concepts/resources/names/#autonaming',
    ],
    notes: 'Names are compared as literal text around unknown parts (config values, the environment suffix): a log group is reported only when its name cannot be the name of any `aws.lambda.Function` of the program, e.g. different literal text around the same unknown parts. The rule stays silent when the program has no Lambda function, when the model did not see the whole program, when functions may be created in other ways (`aws.lambda.CallbackFunction`, `bucket.onObjectCreated(...)` and other event-handler helpers, awsx components), when a function names the group in `loggingConfig.logGroup`, and for Lambda@Edge replica groups (`/aws/lambda/<region>.<name>`). A group whose `/aws/lambda/...` path is only its logical name (no `name`) is reported whatever the functions are, unless a function names it in `loggingConfig.logGroup`. A function without a log group of its own is lifecycle/log-group-without-retention\'s finding.',
  },
  check(ctx) {
    for (const lg of ctx.resources()) if (lg.type === LOG_GROUP) checkLogicalName(ctx, lg);
    if (!programIsComplete(ctx.model)) return;
    if (ctx.model.resources.some((r) => OTHER_FUNCTION_TYPES.test(r.type))) return;
    if (ctx.model.attributeReads.some((a) => EVENT_HANDLER.test(a.attr))) return;
    const functions = ctx.resources().filter((r) => r.type === FUNCTION);
    if (functions.length === 0) return;
    for (const lg of ctx.resources()) if (lg.type === LOG_GROUP) checkLogGroup(ctx, lg, functions);
  },
});
