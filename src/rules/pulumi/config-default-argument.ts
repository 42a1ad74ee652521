import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/config-default-argument',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    typescript: '`config.{{method}}` is given a fallback as its second argument, but the TypeScript SDK takes {{takes}} there: the call does not compile, and the value is never a default. Write `config.{{method}}("{{key}}") ?? <fallback>`.',
    python: '`config.{{method}}` takes only the key, so the default passed here makes Python raise TypeError when this line runs, and the deployment stops. Use `config.{{getter}}("{{key}}", <default>)` for an optional setting, or drop the default.',
  },
  title: {
    typescript: 'Fallback passed as the options of {{method:code}}',
    python: 'Default passed to {{method:code}}, which takes only the key',
  },
  fixHint: 'TypeScript: `config.get("key") ?? "fallback"`; Python: `config.get("key", "fallback")` or `config.get("key") or "fallback"`; `require` takes only the key in both.',
  docs: {
    summary: 'A Pulumi config getter called with a fallback value it does not take: `config.get("region", "us-east-1")` in TypeScript (the second parameter is an options object), or a default given to `config.require(...)` in Python.',
    why: 'The two SDKs differ: Python\'s `Config.get(key, default)` takes a default, TypeScript\'s `Config.get(key, opts)` takes validation options (`allowedValues`, `min`, ...) and `getBoolean`/`getObject` take nothing more. Answers carry one language\'s habit into the other. TypeScript does not compile the call; Python\'s `require*` methods take only the key and raise TypeError. Nothing is deployed, and the value the author meant as a default is never used.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst retention = config.getNumber('retentionDays', 14);\nexport const group = new aws.cloudwatch.LogGroup('app', { retentionInDays: retention }).name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nretention = config.require_int("retentionDays", 14)\npulumi.export("group", aws.cloudwatch.LogGroup("app", retention_in_days=retention).name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst retention = config.getNumber('retentionDays') ?? 14;\nexport const group = new aws.cloudwatch.LogGroup('app', { retentionInDays: retention }).name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nretention = config.get_int("retentionDays", 14)\npulumi.export("group", aws.cloudwatch.LogGroup("app", retention_in_days=retention).name)\n`,
    },
    references: ['https://www.pulumi.com/docs/reference/pkg/nodejs/pulumi/pulumi/classes/Config.html', 'https://www.pulumi.com/docs/reference/pkg/python/pulumi/#pulumi.Config'],
    notes: 'TypeScript: reported when the second argument of `get`, `getNumber`, `require`, ... is a plain value (a string, number, boolean, template or list; an options object is what these take), and for any second argument of `getBoolean`, `getObject` and their secret and `require` forms, which take none. Arguments whose value is unknown are not judged.',
  },
  check(ctx) {
    for (const read of ctx.model.configReads) {
      if (!read.strayArgument) continue;
      const file = ctx.fileOf(read.at);
      if (!file || file.snippetKind === 'elided') continue;
      const key = read.key.includes(':') ? read.key.slice(read.key.indexOf(':') + 1) : read.key;
      if (file.language === 'python') {
        const getter = read.method.replace(/^require/, 'get');
        ctx.report({ messageId: 'python', data: { method: read.method, key, getter }, at: read.strayArgument });
      } else {
        const takes = /boolean|object/i.test(read.method) ? 'no second argument' : 'an options object (`allowedValues`, `min`, `max`, ...)';
        ctx.report({ messageId: 'typescript', data: { method: read.method, key, takes }, at: read.strayArgument });
      }
    }
  },
});
