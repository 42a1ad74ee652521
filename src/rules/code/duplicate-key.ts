import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/duplicate-key',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    typescript: 'The key `{{key}}` is written twice in this object literal. TypeScript rejects the program (TS1117: An object literal cannot have multiple properties with the same name), so `pulumi up` fails before anything is deployed; keep one of the two entries.',
    dynamic: 'The key `{{key}}` is written twice in this {{what}}. The later value silently replaces the earlier one, so one of the two settings is lost ({{linter}} reports it); keep one entry, merged as intended.',
  },
  title: {
    typescript: 'Key {{key:code}} written twice in an object literal',
    dynamic: 'Key {{key:code}} written twice in a {{what}}',
  },
  fixHint: 'Remove one of the duplicated keys, or merge their values into one entry.',
  docs: {
    summary: 'A key written twice in one object literal or dict display.',
    why: 'Generated code often repeats a key when it adds a setting to an existing block (two `tags`, two `environment` entries, a `Statement` written twice). In TypeScript the program does not compile (TS1117), which stops `pulumi up` (the Node.js runtime type-checks the program). In Python and JavaScript the last value wins without a word, so the first setting is lost; pylint (W0109 duplicate-key) and ESLint (no-dupe-keys) report it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data', {\n  forceDestroy: true,\n  tags: { Team: 'data' },\n  forceDestroy: false,\n});\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data", tags={"Team": "data", "Owner": "ops", "Team": "platform"})\npulumi.export("name", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst bucket = new aws.s3.BucketV2('data', {\n  forceDestroy: true,\n  tags: { Team: 'data' },\n});\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data", tags={"Team": "platform", "Owner": "ops"})\npulumi.export("name", bucket.bucket)\n`,
    },
    references: [
      'https://pylint.readthedocs.io/en/stable/user_guide/messages/warning/duplicate-key.html',
      'https://eslint.org/docs/latest/rules/no-dupe-keys',
    ],
    notes: 'Reported from the model\'s `duplicate-key` events, at the second occurrence of the key. Severity follows the language: high in TypeScript (a compile error), medium in Python and JavaScript (a silent overwrite). Keys inside CloudWatch dashboard bodies are reported too: the duplicate is a fault of the code whatever the object describes; a dashboard rule may additionally judge the body\'s content. Keyword arguments repeated in a Python call are syntax errors and are reported by code/syntax-error.',
  },
  check(ctx) {
    for (const e of ctx.model.events) {
      if (e.kind !== 'duplicate-key') continue;
      const language = ctx.fileOf(e.at)?.language;
      const key = e.detail ?? '?';
      if (language === 'typescript') {
        ctx.report({ messageId: 'typescript', data: { key }, at: e.at });
        continue;
      }
      const python = language === 'python';
      const data = { key, what: python ? 'dict display' : 'object literal', linter: python ? 'pylint W0109 duplicate-key' : 'ESLint no-dupe-keys' };
      ctx.report({ messageId: 'dynamic', data, at: e.at, severity: 'medium' });
    }
  },
});
