import { defineRule } from '../define-rule.js';

/** The getters of `pulumi.Config` in each SDK (`@pulumi/pulumi` 3.x, `pulumi` 3.x for Python). */
const TS_METHODS = new Set(
  ['', 'Boolean', 'Number', 'Object'].flatMap((t) => ['get', 'require'].flatMap((b) => [`${b}${t}`, `${b}Secret${t}`])),
);
const PY_METHODS = new Set(
  ['', '_bool', '_int', '_float', '_object'].flatMap((t) => ['get', 'require'].flatMap((b) => [`${b}${t}`, `${b}_secret${t}`])),
);

/** The getter the other spelling means, in the file's language; undefined when the words are not a getter's. */
function suggest(method: string, py: boolean): string[] | undefined {
  const words = method.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter(Boolean);
  const base = words.shift();
  if (base !== 'get' && base !== 'require') return undefined;
  let secret = false;
  let kinds: string[] = [''];
  for (const w of words) {
    if (w === 'secret') secret = true;
    else if (w === 'string' || w === 'str' || w === 'value') continue;
    else if (w === 'bool' || w === 'boolean') kinds = [py ? '_bool' : 'Boolean'];
    else if (w === 'int' || w === 'integer' || w === 'long') kinds = [py ? '_int' : 'Number'];
    else if (w === 'float' || w === 'double' || w === 'decimal') kinds = [py ? '_float' : 'Number'];
    else if (w === 'number' || w === 'num' || w === 'numeric') kinds = py ? ['_int', '_float'] : ['Number'];
    else if (w === 'object' || w === 'obj' || w === 'dict' || w === 'json' || w === 'list' || w === 'array' || w === 'map') kinds = [py ? '_object' : 'Object'];
    else return undefined;
  }
  const names = kinds.map((k) => (py ? `${base}${secret ? '_secret' : ''}${k}` : `${base}${secret ? 'Secret' : ''}${k}`));
  const known = py ? PY_METHODS : TS_METHODS;
  return names.every((n) => known.has(n) && n !== method) ? names : undefined;
}

export default defineRule({
  id: 'pulumi/unknown-config-method',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    typescript: '`config.{{method}}` is not a method of `pulumi.Config` in the TypeScript SDK: the program does not compile ("Property \'{{method}}\' does not exist on type \'Config\'"), so nothing is deployed. {{instead}}',
    python: '`config.{{method}}` is not a method of `pulumi.Config` in the Python SDK: Python raises AttributeError when this line runs, and the deployment stops. {{instead}}',
    javascript: '`config.{{method}}` is not a method of `pulumi.Config`: it is `undefined`, so the program throws a TypeError when this line runs, and the deployment stops. {{instead}}',
  },
  title: {
    typescript: 'Unknown Config method {{method:code}}',
    python: 'Unknown Config method {{method:code}}',
    javascript: 'Unknown Config method {{method:code}}',
  },
  fixHint: 'TypeScript getters are `get`, `getNumber`, `getBoolean`, `getObject` and their `Secret` and `require` forms; Python spells them `get`, `get_int`, `get_float`, `get_bool`, `get_object` and their `_secret` and `require` forms.',
  docs: {
    summary: 'A getter called on a `pulumi.Config` that the SDK of the file\'s language does not have: the other language\'s spelling (`config.get_secret` in TypeScript, `config.getSecret` or `config.get_number` in Python) or an invented one (`getString`, `requireInt` in TypeScript, `get_boolean` in Python).',
    why: 'The two SDKs name their typed getters differently (TypeScript `getNumber`/`getBoolean`, Python `get_int`/`get_float`/`get_bool`), and answers carry one language\'s names, or a third invented one, into the other. TypeScript does not compile the program; Python raises AttributeError when the line runs. Either way nothing is deployed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst retention = config.get_number('retentionDays') ?? 14;\nexport const group = new aws.cloudwatch.LogGroup('app', { retentionInDays: retention }).name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nretention = config.getNumber("retentionDays") or 14\npulumi.export("group", aws.cloudwatch.LogGroup("app", retention_in_days=retention).name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst retention = config.getNumber('retentionDays') ?? 14;\nexport const group = new aws.cloudwatch.LogGroup('app', { retentionInDays: retention }).name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nretention = config.get_int("retentionDays") or 14\npulumi.export("group", aws.cloudwatch.LogGroup("app", retention_in_days=retention).name)\n`,
    },
    references: ['https://www.pulumi.com/docs/reference/pkg/nodejs/pulumi/pulumi/classes/Config.html', 'https://www.pulumi.com/docs/reference/pkg/python/pulumi/#pulumi.Config', 'https://www.pulumi.com/docs/iac/concepts/config/'],
    notes: 'Judged: methods whose name starts with `get` or `require` called on a value known to be a `pulumi.Config` (created in the program, possibly passed around). Other members (`name`, `full_key`) and Config objects whose origin is unknown (a parameter nothing calls) are not judged.',
  },
  check(ctx) {
    for (const read of ctx.model.configReads) {
      if (read.method === 'provider-config') continue;
      const file = ctx.fileOf(read.at);
      if (!file || file.snippetKind === 'elided') continue;
      const py = file.language === 'python';
      if ((py ? PY_METHODS : TS_METHODS).has(read.method)) continue;
      const names = suggest(read.method, py);
      const instead = names
        ? `Use \`config.${names.join('` or `config.')}\`${names.length > 1 ? ' (whole or decimal numbers)' : ''}.`
        : `The getters are ${py ? '`get`, `get_int`, `get_float`, `get_bool`, `get_object` and their `_secret` and `require` forms' : '`get`, `getNumber`, `getBoolean`, `getObject` and their `Secret` and `require` forms'}.`;
      ctx.report({ messageId: py ? 'python' : file.language === 'javascript' ? 'javascript' : 'typescript', data: { method: read.method, instead }, at: read.at });
    }
  },
});
