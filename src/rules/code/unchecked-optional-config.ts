import { textOf } from '../_shared/fixes.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

/** `"strict": false` without `"strictNullChecks": true`, or `"strictNullChecks": false`, in a tsconfig of the answer. */
const LOOSE = /"strictNullChecks"\s*:\s*false|"strict"\s*:\s*false/;

export default defineRule({
  id: 'code/unchecked-optional-config',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    argument: '`config.{{method}}(\'{{key}}\')` gives `undefined` when the key is not set, and is passed directly to `{{fn}}`, which takes a string: with strict null checks (the setting of Pulumi TypeScript projects) the program does not compile ("Argument of type \'string | undefined\' is not assignable to parameter of type \'string\'"), so nothing is deployed. Use `config.{{required}}(\'{{key}}\')` if the setting must be given, or a default: `config.{{method}}(\'{{key}}\') ?? <default>`.',
    member: '`config.{{method}}(\'{{key}}\')` gives `undefined` when the key is not set, and `.{{prop}}` is read on it directly: with strict null checks (the setting of Pulumi TypeScript projects) the program does not compile ("Object is possibly \'undefined\'"), so nothing is deployed. Use `config.{{required}}(\'{{key}}\')` if the setting must be given, or a default: `(config.{{method}}(\'{{key}}\') ?? <default>).{{prop}}`.',
  },
  title: {
    argument: 'Optional {{method:code}} result passed to {{fn:code}}',
    member: '{{prop:code}} read on optional {{method:code}} result',
  },
  fixHint: 'Read a setting that must be given with `config.require*`; give an optional one a default with `??` before using it.',
  docs: {
    summary: 'A member read or method called directly on the result of an optional Config getter in TypeScript (`config.get("env").toLowerCase()`, `config.getObject<string[]>("azs").map(...)`, `config.getSecret("token").apply(...)`), or passed directly to `JSON.parse` / `parseInt`, which take a string.',
    why: 'The `get*` getters of `pulumi.Config` return `T | undefined` (the key may not be set), unlike `require*`. Pulumi TypeScript projects compile with `strict`, so using the result without a check or default is a compile error (TS18048 / TS2532 "Object is possibly \'undefined\'"), and nothing is deployed; where it compiles, it throws a TypeError whenever the key is missing.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst env = config.get('environment').toLowerCase();\nexport const queue = new aws.sqs.Queue(\`jobs-\${env}\`).url;\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst env = (config.get('environment') ?? 'dev').toLowerCase();\nexport const queue = new aws.sqs.Queue(\`jobs-\${env}\`).url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nenv = (config.get("environment") or "dev").lower()\npulumi.export("queue", aws.sqs.Queue(f"jobs-{env}").url)\n`,
    },
    references: ['https://www.pulumi.com/docs/reference/pkg/nodejs/pulumi/pulumi/classes/Config.html', 'https://www.typescriptlang.org/tsconfig/#strictNullChecks'],
    notes: 'Judged: a member read written right after the getter call (`config.get(...).x`) and the getter call as the first argument of `JSON.parse` / `parseInt`, on a Config known to the program. Not reported: non-null assertions (`config.get("x")!.y`) and casts, values first stored in a variable (a check may narrow them), `require*` getters, JavaScript and Python files, and answers whose tsconfig turns `strict` or `strictNullChecks` off.',
  },
  check(ctx) {
    if (ctx.model.input.files.some((f) => /(^|\/)tsconfig[^/]*\.json$/.test(f.path) && LOOSE.test(f.text))) return;
    const reads = new Map(ctx.model.configReads.filter((r) => !r.required && r.method !== 'provider-config').map((r) => [`${r.at.f}\u0000${r.at.s}`, r] as const));
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'optional-config-member' || !e.detail || seen.has(spanKey(e.at))) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.language !== 'typescript') continue;
      const read = reads.get(`${e.at.f}\u0000${e.at.s}`);
      if (!read || !/^get/.test(read.method)) continue;
      const key = read.key.includes(':') ? read.key.slice(read.key.indexOf(':') + 1) : read.key;
      const required = read.method.replace(/^get/, 'require');
      if (e.detail.startsWith('arg:')) {
        // The argument is the call itself: not `config.get('x')!` or `config.get('x') as string`.
        const after = textOf(ctx, { f: e.at.f, s: read.at.e, e: read.at.e + 2 });
        if (read.method.includes('Secret') || after === undefined || !/^\s*[,)]/.test(after)) continue;
        seen.add(spanKey(e.at));
        ctx.report({ messageId: 'argument', data: { method: read.method, key, fn: e.detail.slice(4), required }, at: e.at });
        continue;
      }
      // The member must follow the call itself: not `config.get('x')!.y` or `(config.get('x') as string).y`.
      const after = textOf(ctx, { f: e.at.f, s: read.at.e, e: e.at.e });
      if (after === undefined || !/^\s*\.\s*[A-Za-z_$][\w$]*$/.test(after)) continue;
      seen.add(spanKey(e.at));
      ctx.report({ messageId: 'member', data: { method: read.method, key, prop: e.detail, required }, at: e.at });
    }
  },
});
