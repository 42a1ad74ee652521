import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/wrong-argument-count',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    typescript: '`{{name}}` {{problem}}: TypeScript does not compile the program (TS2554 "Expected N arguments"), so nothing is deployed. Pass the arguments the function declares, or change its parameters.',
    python: '`{{name}}` {{problem}}: Python raises TypeError when this call runs{{when}}. Pass the arguments the function declares, or change its parameters.',
  },
  title: {
    typescript: '{{name:code}} {{problem:full}}',
    python: '{{name:code}} {{problem:full}}',
  },
  fixHint: 'Make the call match the definition: the number of positional arguments, and in Python the keyword names.',
  docs: {
    summary: 'A call of one of the program\'s own functions, methods or classes with arguments its parameters cannot take: too many, too few, or (Python) a keyword it does not have.',
    why: 'Generated programs change a helper\'s signature and not its callers, or call a component with the arguments of another one. TypeScript refuses to compile such a call; Python raises TypeError when it runs, so the deployment stops there.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nfunction makeBucket(name: string, versioned: boolean) {\n  return new aws.s3.BucketV2(name, { tags: { Versioned: String(versioned) } });\n}\nexport const bucket = makeBucket('data').bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\ndef make_bucket(name, versioned):\n    return aws.s3.BucketV2(name, tags={"Versioned": str(versioned)})\n\npulumi.export("bucket", make_bucket("data", versioned=True, encrypted=True).bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nfunction makeBucket(name: string, versioned = false) {\n  return new aws.s3.BucketV2(name, { tags: { Versioned: String(versioned) } });\n}\nexport const bucket = makeBucket('data').bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\n\ndef make_bucket(name, versioned=False, **tags):\n    return aws.s3.BucketV2(name, tags={"Versioned": str(versioned), **tags})\n\npulumi.export("bucket", make_bucket("data", versioned=True, team="data").bucket)\n`,
    },
    references: ['https://www.typescriptlang.org/docs/handbook/2/functions.html#optional-parameters', 'https://docs.python.org/3/reference/expressions.html#calls'],
    notes: 'Only calls of functions, methods and classes the program defines, with a constructor of their own or of a program base class. Not judged: calls with spread arguments (`...args`, `*args`, `**kwargs`), decorated Python functions (static and class methods, wrappers), JavaScript files (extra and missing arguments are allowed there), and Python keyword-only or positional-only markers (their positions are not kept). Python calls in code no entry point reaches are reported with medium severity.',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'wrong-argument-count' || !e.detail) continue;
      const file = ctx.fileOf(e.at);
      if (!file || file.snippet) continue;
      const key = `${e.at.f}\u0000${e.at.s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const [name, problem] = e.detail.split('\u0000');
      const python = file.language === 'python';
      ctx.report({
        messageId: python ? 'python' : 'typescript',
        data: { name: name!, problem: problem!, when: python && !e.reached ? ' (this code runs only if something calls it)' : ', and the deployment stops' },
        at: e.at,
        ...(python && !e.reached ? { severity: 'medium' as const } : {}),
      });
    }
  },
});
