import type { Component, Resource } from '../../model/types.js';
import { fix, FixingReporter, moveToOptions, renameKey } from '../_shared/fixes.js';
import { resourceRef } from '../_shared/labels.js';
import { keySpan } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/depends-on-in-args',
  class: 'PULUMI-DEPENDS-ON',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    inArgs: '`{{written}}` is passed among the resource arguments of {{resource}}, not in its options. No resource has such an argument: TypeScript rejects the object literal and Python raises TypeError (unexpected keyword argument), and even where it slips through the dependency is ignored. Move it to the options: `{ dependsOn: [...] }` / `opts=ResourceOptions(depends_on=[...])`.',
    misspeltOption: 'The resource option is written `{{written}}`, which is not an option (the name is `{{expected}}`). The options object rejects it (TypeError in Python, an excess property in TypeScript) or drops it, so the dependency is never recorded. Write `{{fix}}`.',
  },
  title: {
    inArgs: '{{written:code}} passed as an argument of {{counted}} instead of as an option',
    misspeltOption: 'Misspelt resource option {{written:code}} on {{counted}} (meant {{expected:code}})',
  },
  fixHint: "new aws.x.Y(name, { ...args }, { dependsOn: [other] }) / aws.x.Y(name, ..., opts=pulumi.ResourceOptions(depends_on=[other]))",
  fixable: true,
  docs: {
    summary: '`dependsOn` / `depends_on` (or a misspelling such as `depends_on_`) written among the resource arguments instead of the resource options, or misspelt in the options.',
    why: '`dependsOn` is a resource option, the third constructor argument in TypeScript and `opts=ResourceOptions(...)` in Python. Written in the arguments object or as a keyword argument it is not an option: TypeScript reports an excess property, Python fails with `TypeError: __init__() got an unexpected keyword argument \'depends_on\'`, and the ordering the author wanted (log group before function, permission before notification) never exists.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });\nconst queue = new aws.sqs.Queue('q', { dependsOn: [logs] } as any);\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)\nqueue = aws.sqs.Queue("q", visibility_timeout_seconds=60, depends_on=[logs])\npulumi.export("url", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('fn-logs', { name: '/aws/lambda/fn', retentionInDays: 14 });\nconst queue = new aws.sqs.Queue('q', {}, { dependsOn: [logs] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)\nqueue = aws.sqs.Queue("q", visibility_timeout_seconds=60, opts=pulumi.ResourceOptions(depends_on=[logs]))\npulumi.export("url", queue.url)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/resources/options/dependson/'],
    notes: 'No AWS resource has a top-level `dependsOn` argument (ECS container definitions have one, nested inside the JSON), so the key is always misplaced. In the options, the key must be spelled as the SDK of the language spells it: `dependsOn` in TypeScript, `depends_on` in Python (`ResourceOptions(dependsOn=...)` raises TypeError).',
    fix: '`dependsOn` / `depends_on` written among the arguments moves, as written, into the options: a new options argument (`{ dependsOn: [...] }` / `opts=pulumi.ResourceOptions(depends_on=[...])`) or the options object written in the call; a misspelt option key is respelt (`depends_on_=` → `depends_on=`). Options that already name dependencies, and arguments held in a variable, are left to the author.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const r of [...ctx.resources(), ...ctx.model.components]) {
      if ('args' in r) checkArgs(ctx, out, r);
      checkOptions(ctx, out, r);
    }
    out.flush();
  },
});

/** `dependsOn`, `depends_on`, and the misspellings that mean it (`depends_on_`, `dependson`). */
const DEPENDS_ON = /^depends_?on_?$/i;

function checkArgs(ctx: RuleContext, out: FixingReporter, r: Resource): void {
  // A name that is an object means the call lost an argument (`new X(..., {...}, opts)` in an
  // excerpt): the options were read as the arguments.
  if (r.isProvider || r.name.kind === 'obj' || r.name.kind === 'list') return;
  const key = [...r.args.props.keys()].find((k) => DEPENDS_ON.test(k) && r.args.props.get(k)?.kind !== 'absent');
  if (key === undefined) return;
  const written = r.args.keys?.get(key)?.written ?? key;
  out.report({ messageId: 'inArgs', data: { written, resource: resourceRef(r) }, at: keySpan(r.args, key) ?? r.args.props.get(key)?.at, resource: r }, moveToOptions(ctx, r, key, 'dependsOn'));
}

/** An option key that is not the SDK's spelling of `dependsOn` (`depends_on_=`, `dependsOn=` in Python). */
function checkOptions(ctx: RuleContext, out: FixingReporter, r: Resource | Component): void {
  for (const [key, meta] of r.opts.keys ?? []) {
    if (!DEPENDS_ON.test(key) && !DEPENDS_ON.test(meta.written)) continue;
    const expected = r.lang === 'py' ? 'depends_on' : 'dependsOn';
    if (meta.written === expected) continue;
    const rename = fix(`Rename \`${meta.written}\` to \`${expected}\``, [renameKey(ctx, r, r.opts, key, expected)]);
    out.report({ messageId: 'misspeltOption', data: { written: meta.written, expected, fix: r.lang === 'py' ? 'depends_on=[...]' : 'dependsOn: [...]' }, at: meta.at, resource: r }, rename);
  }
}
