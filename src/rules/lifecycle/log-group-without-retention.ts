import { describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { arg, definitelyAbsent, keySpan, num, str } from '../_shared/values.js';
import { knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const LOG_GROUP = 'aws:cloudwatch/logGroup:LogGroup';
const FUNCTION = 'aws:lambda/function:Function';
const LAMBDA_PREFIX = '/aws/lambda/';

/** A string value as literal text and opaque tokens (one per unknown part, named by its provenance). */
type Segment = { lit: string } | { tok: string };

function segments(v: Value): Segment[] | undefined {
  if (v.kind === 'output') return segments(v.inner) ?? [{ tok: describe(v) }];
  if (v.kind === 'known') return typeof v.value === 'string' ? [{ lit: v.value }] : undefined;
  if (v.kind === 'unknown') return [{ tok: describe(v) }];
  if (v.kind !== 'str') return undefined;
  const out: Segment[] = [];
  for (const p of v.parts) {
    const last = out[out.length - 1];
    if (p.kind === 'known' && last && 'lit' in last) last.lit += String(p.value);
    else out.push(p.kind === 'known' ? { lit: String(p.value) } : { tok: describe(p) });
  }
  return out;
}

const tokens = (s: Segment[]): string[] => s.flatMap((x) => ('tok' in x ? [x.tok] : []));
const literal = (s: Segment[]): string | undefined => (s.length === 1 && 'lit' in s[0]! ? s[0].lit : s.length === 0 ? '' : undefined);
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const glob = (s: Segment[]): RegExp => new RegExp(`^${s.map((x) => ('lit' in x ? escape(x.lit) : '.*')).join('')}$`, 's');
/** A token that is an attribute of some resource: `<output:aws.lambda.Function("fn").name>`. */
const RESOURCE_ATTRIBUTE = /^<output[: ][\w.]+\(.*\)\.\w+>$/;

type Match = 'yes' | 'no' | 'maybe';

/**
 * Could a log group with this name be the function's? Names are compared as sequences of literal
 * text and unknown parts: the same unknowns in the same order with different text between them name
 * different things; a part that is another resource's attribute is never this function's name.
 */
function logGroupFor(lgName: Value | undefined, fn: Resource): Match {
  if (!lgName) return 'no'; // auto-named: `<logical name>-<random>`, never `/aws/lambda/...`
  const lg = segments(lgName);
  if (!lg) return 'maybe';
  const first = lg[0];
  if (first && 'lit' in first && !first.lit.startsWith(LAMBDA_PREFIX) && !LAMBDA_PREFIX.startsWith(first.lit)) return 'no';
  const ownTokens = [`<output:${fn.typePath}(${describe(fn.name)}).`, `<output ${fn.typePath}(${describe(fn.name)}).`];
  const lgTokens = tokens(lg);
  if (lgTokens.some((t) => ownTokens.some((o) => t.startsWith(o)) && /\.(name|id)>$/.test(t))) return 'yes';
  const fnNameV = arg(fn, 'name');
  const fnSegs = fnNameV ? segments(fnNameV) : undefined;
  if (fnNameV && !fnSegs) return 'maybe';
  if (!fnSegs) return autoNamedMatch(lg, fn);
  const lgText = literal(lg);
  const target = prefixed(fnSegs);
  const fnText = literal(target);
  if (lgText !== undefined && fnText !== undefined) return lgText === fnText ? 'yes' : 'no';
  if (lgText !== undefined) return glob(target).test(lgText) ? 'maybe' : 'no';
  if (fnText !== undefined) return glob(lg).test(fnText) ? 'maybe' : 'no';
  if (tokens(target).join('\u0000') === lgTokens.join('\u0000')) return sameText(lg, target) ? 'yes' : 'no';
  return lgTokens.every((t) => RESOURCE_ATTRIBUTE.test(t)) ? 'no' : 'maybe';
}

/**
 * An auto-named function is called `<logical name>-<7 random hex digits>`: only a log group built from
 * its own `name` output, or one whose literal text still fits that shape, can be its log group.
 */
function autoNamedMatch(lg: Segment[], fn: Resource): Match {
  if (tokens(lg).every((t) => RESOURCE_ATTRIBUTE.test(t))) return 'no';
  const logical = str(fn.name);
  if (logical === undefined) return 'maybe';
  return glob(lg).test(`${LAMBDA_PREFIX}${logical}-0a1b2c3`) ? 'maybe' : 'no';
}

/** `/aws/lambda/` followed by the function name. */
function prefixed(fn: Segment[]): Segment[] {
  const head = fn[0];
  if (head && 'lit' in head) return [{ lit: LAMBDA_PREFIX + head.lit }, ...fn.slice(1)];
  return [{ lit: LAMBDA_PREFIX }, ...fn];
}

/** Same literal text around the same unknown parts. */
function sameText(a: Segment[], b: Segment[]): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    return 'lit' in x ? 'lit' in y && y.lit === x.lit : 'tok' in y && y.tok === x.tok;
  });
}

function checkLogGroup(ctx: RuleContext, r: Resource): void {
  // DELIVERY-class log groups have a fixed two-day retention.
  if (str(arg(r, 'logGroupClass'))?.toUpperCase() === 'DELIVERY') return;
  const days = arg(r, 'retentionInDays');
  if (days && num(days) === 0) ctx.report({ messageId: 'neverExpire', at: days.at ?? keySpan(r.args, 'retentionInDays'), resource: r });
  else if (knownAbsent(ctx, r, 'retentionInDays')) ctx.report({ messageId: 'noRetention', resource: r });
}

/** The usual near miss: a log group named after the logical name of an auto-named function. */
function nearMiss(fn: Resource, logGroups: Resource[]): { lg: Resource; logical: string } | undefined {
  const logical = str(fn.name);
  if (logical === undefined || !definitelyAbsent(fn, 'name')) return undefined;
  const lg = logGroups.find((g) => str(g.args.props.get('name')) === LAMBDA_PREFIX + logical);
  return lg ? { lg, logical } : undefined;
}

function checkFunction(ctx: RuleContext, fn: Resource, logGroups: Resource[]): void {
  if (!definitelyAbsent(fn, 'loggingConfig.logGroup')) return;
  if (logGroups.some((lg) => lg.args.open || !lg.argsKnown || logGroupFor(lg.args.props.get('name'), fn) !== 'no')) return;
  const miss = nearMiss(fn, logGroups);
  if (miss) {
    ctx.report({ messageId: 'autoNamedFunction', data: { logical: miss.logical }, at: miss.lg.args.props.get('name')?.at, resource: miss.lg, severity: 'low' });
    return;
  }
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
    autoNamedFunction: 'This log group is named after the logical name `{{logical}}`, but that function has no `name`, so Pulumi names it `{{logical}}-<random suffix>` and Lambda logs to a different group that never expires. Build the name from the function: `pulumi.interpolate`/aws/lambda/${fn.name}``, or give the function a fixed `name`.',
  },
  fixHint: 'Give every log group `retentionInDays`; for a Lambda function create `new aws.cloudwatch.LogGroup(..., { name: pulumi.interpolate`/aws/lambda/${fn.name}`, retentionInDays: 14 })` or set `loggingConfig.logGroup`.',
  docs: {
    summary: 'CloudWatch log groups that keep their events forever, and Lambda functions whose log group is left for Lambda to create (also with no expiry).',
    why: 'A log group without retention never deletes events: the cost grows every month and logs outlive the retention rules of most compliance regimes. Lambda writes to `/aws/lambda/<function name>` and creates that group on first invocation when it does not exist, with no retention, outside the stack (so `pulumi destroy` does not remove it either). Reviewers expect every log group, including the Lambda ones, to be declared with a retention.',
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
    notes: 'A function is matched to a log group by name: a literal `/aws/lambda/<name>`, or a name built from the function\'s `name` output (`pulumi.interpolate`, `Output.concat`, `.apply`), or from the same values the function name is built from. Any log group whose name cannot be compared keeps the rule silent for every function, and so does a program the model did not see whole (missing modules, fragments, cut-off answers). Log groups of the DELIVERY class are skipped (their retention is fixed).',
  },
  check(ctx) {
    const logGroups = ctx.resources().filter((r) => r.type === LOG_GROUP);
    for (const lg of logGroups) checkLogGroup(ctx, lg);
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) if (fn.type === FUNCTION) checkFunction(ctx, fn, logGroups);
  },
});
