import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { policyStructure } from '../_shared/iam-policy.js';
import { checkingFixes, replaceValue } from '../_shared/fixes.js';
import { isObj, keySpan, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const EVENT_RULE = 'aws:cloudwatch/eventRule:EventRule';

/** Top-level fields of an EventBridge event (https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html). */
const EVENT_FIELDS = ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail', 'replay-name'];

/** `"$or": [pattern, pattern]` combines alternative patterns at any level. */
const OR = '$or';

/** Content-filter matchers, which are written as objects inside the value array. */
const MATCHERS = new Set(['exists', 'prefix', 'suffix', 'anything-but', 'numeric', 'cidr', 'equals-ignore-case', 'wildcard']);

const RATE = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/;

export default defineRule({
  id: 'aws/event-pattern-invalid',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [EVENT_RULE],
  messages: {
    unknownField: '`{{key}}` is not a field of EventBridge events ({{fields}}){{hint}}. A pattern on a field no event has never matches, so the rule never fires; use `{{suggest}}`.',
    matcherNotInArray: 'The pattern applies the `{{matcher}}` matcher to `{{path}}` without an array; EventBridge requires matchers inside the value array and rejects the rule ("Event pattern is not valid"). Write `{{key}}: [{ {{matcher}}: ... }]`.',
    notArray: 'The pattern gives `{{path}}` a single value ({{value}}); EventBridge requires every value in a pattern to be an array (or an object of nested fields) and rejects the rule ("Event pattern is not valid"). Write `{{key}}: [{{value}}]`.',
    rateUnit: '`{{expr}}` is not a valid rate expression: {{reason}}. EventBridge rejects the rule ("Parameter ScheduleExpression is not valid"); write `{{fix}}`.',
    rateFormat: '`{{expr}}` is not a valid rate expression; the form is `rate(<positive integer> minute|minutes|hour|hours|day|days)`. EventBridge rejects the rule.',
    cronFields: '`{{expr}}` has {{count}} fields; EventBridge cron expressions have six (minutes hours day-of-month month day-of-week year), so the rule is rejected. Add the missing fields, e.g. `cron(0 12 * * ? *)`.',
    cronDays: '`{{expr}}` sets both day-of-month and day-of-week; EventBridge requires `?` in one of them and rejects the rule. Write `?` in the field you do not use, e.g. `cron(0 12 * * ? *)`.',
    cronBothUnset: '`{{expr}}` has `?` in both day-of-month and day-of-week; EventBridge requires exactly one of them to be `?` and rejects the rule. Write `*` (or a value) in the day field you mean, e.g. `cron(0 12 * * ? *)`.',
    unknownMatcher: 'The pattern gives `{{path}}` an object with `{{matcher}}`, which is not an EventBridge matcher ({{matchers}}); EventBridge rejects the rule ("Event pattern is not valid"). Use one of the matchers{{hint}}.',
    emptyArray: 'The pattern gives `{{path}}` an empty array; EventBridge requires at least one value per field and rejects the rule ("Event pattern is not valid"). List the values to match, or drop the field.',
    emptyPattern: 'The event pattern is empty; EventBridge rejects a pattern without fields ("Event pattern is not valid"). Match at least `source` (e.g. `{ source: ["aws.ec2"] }`).',
    noTrigger: 'This rule has neither `eventPattern` nor `scheduleExpression`; EventBridge rejects it ("Parameter(s) EventPattern or ScheduleExpression must be specified"), so nothing ever triggers its targets. Add the event pattern or the schedule it should fire on.',
    patternNotString: 'The event pattern is given as an object, but `eventPattern` takes the pattern as JSON text: TypeScript does not compile it and the provider rejects it at deployment ("expected string"). Wrap it: `JSON.stringify({...})` / `json.dumps({...})`.',
  },
  title: {
    unknownField: 'Event pattern field {{key:code}} that no event has{{hint}}',
    matcherNotInArray: 'Event pattern matcher `{{matcher}}` on {{path:code}} outside an array',
    notArray: 'Event pattern value of {{path:code}} not in an array',
    rateUnit: 'Invalid rate expression {{expr:code}}',
    rateFormat: 'Invalid rate expression {{expr:code}}',
    cronFields: 'Cron expression {{expr:code}} with {{count}} fields instead of six',
    cronDays: 'Cron expression {{expr:code}} sets both day fields',
    cronBothUnset: 'Cron expression {{expr:code}} with `?` in both day fields',
    unknownMatcher: 'Event pattern matcher {{matcher:code}} that EventBridge does not have',
    emptyArray: 'Event pattern field {{path:code}} with an empty array',
    emptyPattern: 'Empty event pattern',
    noTrigger: 'EventBridge rule without an event pattern or a schedule',
    patternNotString: 'Event pattern given as an object instead of JSON text',
  },
  fixHint: 'eventPattern: JSON.stringify({ source: ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], detail: { state: ["stopped"] } }); scheduleExpression: "rate(5 minutes)" / "cron(0 12 * * ? *)".',
  fixable: true,
  docs: {
    summary: 'An EventBridge rule whose event pattern uses fields events do not have or values that are not arrays, or whose schedule expression is malformed.',
    why: 'Event patterns match the JSON of events field by field: `detailType` (instead of `detail-type`) never matches anything, so the rule silently never fires, and a bare value (`source: "aws.s3"` instead of `["aws.s3"]`) makes EventBridge reject the rule. Schedule expressions are just as strict: `rate(1 minutes)`, `rate(5 minute)`, five-field cron expressions and cron expressions with both day fields set are refused at deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.EventRule('console-logins', {\n  eventPattern: JSON.stringify({ source: ['aws.signin'], detailType: ['AWS Console Sign In via CloudTrail'] }),\n});\nnew aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * *)' });\n`,
      py: `import json\nimport pulumi_aws as aws\naws.cloudwatch.EventRule("stopped", event_pattern=json.dumps({"source": "aws.ec2", "detail-type": ["EC2 Instance State-change Notification"]}))\naws.cloudwatch.EventRule("poll", schedule_expression="rate(5 minute)")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.cloudwatch.EventRule('console-logins', {\n  eventPattern: JSON.stringify({ source: ['aws.signin'], 'detail-type': ['AWS Console Sign In via CloudTrail'] }),\n});\nnew aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * ? *)' });\n`,
      py: `import json\nimport pulumi_aws as aws\naws.cloudwatch.EventRule("stopped", event_pattern=json.dumps({"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}))\naws.cloudwatch.EventRule("poll", schedule_expression="rate(5 minutes)")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html',
      'https://docs.aws.amazon.com/eventbridge/latest/ref/events-structure.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-scheduled-rule-pattern.html',
    ],
    notes: 'Patterns whose structure is not known (built with f-strings or concatenation) are not checked; field names inside `detail` depend on the event source and are not checked.',
    fix: 'a rate expression whose unit has the wrong number is rewritten (`rate(1 minutes)` → `rate(1 minute)`, `rate(5 minute)` → `rate(5 minutes)`). Patterns are not rewritten: which field or shape was meant is the author\'s call.',
  },
  check(ctx) {
    checkingFixes(ctx, (ctx) => {
      for (const r of ctx.resources()) {
        const raw = r.args.props.get('eventPattern');
        if (raw && raw.kind === 'obj' && !raw.cls) ctx.report({ messageId: 'patternNotString', at: keySpan(r.args, 'eventPattern') ?? raw.at, resource: r });
        const pattern = policyStructure(raw);
        if (isObj(pattern)) checkPattern(ctx, r, pattern);
        if (knownAbsent(ctx, r, 'eventPattern') && knownAbsent(ctx, r, 'scheduleExpression')) ctx.report({ messageId: 'noTrigger', resource: r });
        const schedule = r.args.props.get('scheduleExpression');
        const expr = str(schedule);
        if (expr !== undefined) checkSchedule(ctx, r, expr.trim(), schedule?.at);
      }
    });
  },
});

function checkPattern(ctx: RuleContext, r: Resource, pattern: ObjV): void {
  if (pattern.props.size === 0 && !pattern.open) ctx.report({ messageId: 'emptyPattern', at: pattern.at, resource: r });
  for (const [key, value] of pattern.props) {
    const at = pattern.keys?.get(key)?.at ?? value.at ?? pattern.at;
    if (key === OR) continue;
    if (!EVENT_FIELDS.includes(key)) {
      const suggest = closest(key);
      const hint = suggest ? `; \`${key}\` looks like \`${suggest}\`` : '';
      ctx.report({ messageId: 'unknownField', data: { key, fields: EVENT_FIELDS.join(', '), hint, suggest: suggest ?? 'one of these fields' }, at, resource: r });
      continue;
    }
    checkValue(ctx, r, key, key, value, at);
  }
}

/** Pattern values are arrays of matchers, or objects of nested fields (for `detail`). */
function checkValue(ctx: RuleContext, r: Resource, key: string, path: string, v: Value, keyAt: At | undefined, depth = 0): void {
  if (depth > 8) return;
  if (isObj(v)) {
    // `{ exists: true }` where `[{ exists: true }]` was meant (a nested field named like a matcher
    // with an array value is valid syntax, so only non-array values are taken for a matcher).
    const matcher = [...v.props].find(([k, x]) => MATCHERS.has(k) && x.kind !== 'list')?.[0];
    if (matcher) {
      ctx.report({ messageId: 'matcherNotInArray', data: { path, key: jsKey(key), matcher }, at: keyAt ?? v.at, resource: r });
      return;
    }
    for (const [k, x] of v.props) {
      if (k !== OR) checkValue(ctx, r, k, `${path}.${k}`, x, v.keys?.get(k)?.at ?? x.at ?? keyAt, depth + 1);
    }
    return;
  }
  if (v.kind === 'list') {
    if (v.items.length === 0 && !v.open) ctx.report({ messageId: 'emptyArray', data: { path }, at: v.at ?? keyAt, resource: r });
    for (const item of v.items) {
      if (!isObj(item) || item.open) continue;
      // Objects inside the value array are matchers: `[{ prefix: "a" }]`.
      const unknown = [...item.props.keys()].find((k) => !MATCHERS.has(k));
      if (unknown === undefined) continue;
      const near = closestMatcher(unknown);
      const hint = near ? `; \`${unknown}\` looks like \`${near}\`` : '';
      ctx.report({ messageId: 'unknownMatcher', data: { path, matcher: unknown, matchers: [...MATCHERS].join(', '), hint }, at: item.keys?.get(unknown)?.at ?? item.at ?? keyAt, resource: r });
    }
    return;
  }
  // A string with unknown parts is still a single string.
  if (v.kind !== 'str' && (v.kind !== 'known' || v.json)) return;
  const value = v.kind === 'known' ? JSON.stringify(v.value) : '"…"';
  ctx.report({ messageId: 'notArray', data: { path, key: jsKey(key), value }, at: v.at ?? keyAt, resource: r });
}

/** The matcher a misspelt key most likely means (`anything_but`, `Prefix`). */
function closestMatcher(key: string): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  return [...MATCHERS].find((m) => norm(m) === norm(key));
}

function jsKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/** The event field a misspelt key most likely means (`detailType`, `detail_type`, `Source`). */
function closest(key: string): string | undefined {
  const norm = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');
  return EVENT_FIELDS.find((f) => norm(f) === norm(key));
}

/** A rate expression whose unit has the wrong number; the fix writes it with the right one. */
function reportRate(ctx: RuleContext, r: Resource, expr: string, reason: string, right: string, at: At | undefined): void {
  // The fix replaces the whole literal, so only a value written exactly as the expression.
  const edit = str(r.args.props.get('scheduleExpression')) === expr ? replaceValue(ctx, r, r.args, 'scheduleExpression', right) : undefined;
  ctx.report({ messageId: 'rateUnit', data: { expr, reason, fix: right }, at, resource: r, ...(edit ? { fix: { description: `Write \`${right}\``, edits: [edit] } } : {}) });
}

function checkSchedule(ctx: RuleContext, r: Resource, expr: string, at: At | undefined): void {
  if (expr.startsWith('rate(')) {
    const m = RATE.exec(expr);
    if (!m) {
      ctx.report({ messageId: 'rateFormat', data: { expr }, at, resource: r });
      return;
    }
    const n = Number(m[1]);
    const unit = m[2]!;
    const singular = unit.replace(/s$/, '');
    if (n === 0) ctx.report({ messageId: 'rateFormat', data: { expr }, at, resource: r });
    else if (n === 1 && unit !== singular) reportRate(ctx, r, expr, 'a value of 1 takes the singular unit', `rate(1 ${singular})`, at);
    else if (n > 1 && unit === singular) reportRate(ctx, r, expr, 'a value above 1 takes the plural unit', `rate(${n} ${singular}s)`, at);
    return;
  }
  const cron = /^cron\((.*)\)$/.exec(expr);
  if (!cron) return;
  const fields = cron[1]!.trim().split(/\s+/);
  if (fields.length !== 6) {
    ctx.report({ messageId: 'cronFields', data: { expr, count: fields.length }, at, resource: r });
    return;
  }
  if (fields[2] !== '?' && fields[4] !== '?') ctx.report({ messageId: 'cronDays', data: { expr }, at, resource: r });
  else if (fields[2] === '?' && fields[4] === '?') ctx.report({ messageId: 'cronBothUnset', data: { expr }, at, resource: r });
}
