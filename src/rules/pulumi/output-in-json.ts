import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/output-in-json',
  class: 'PULUMI-OUTPUT-MISUSE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    json: 'Output `{{source}}` is serialised with JSON.stringify / json.dumps outside an `apply`. JSON.stringify writes a placeholder object (Python raises TypeError), so the policy or document is broken. Serialise inside `pulumi.all(...).apply(...)` / `Output.all(...).apply(...)`, or use `pulumi.jsonStringify` / `Output.json_dumps`.',
  },
  title: 'Output {{source:code}} serialised to JSON outside apply',
  fixHint: 'pulumi.jsonStringify({...}) / pulumi.Output.json_dumps({...}), or pulumi.all([a.arn]).apply(([arn]) => JSON.stringify({... arn ...})).',
  docs: {
    summary: 'An Output placed inside a structure serialised with JSON.stringify or json.dumps.',
    why: 'IAM policies, container definitions and dashboards are JSON strings. Serialising a structure that holds an Output does not resolve it: TypeScript writes an empty object or a warning string, Python raises `TypeError: Object of type Output is not JSON serializable` at `pulumi up`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('q');\nconst policy = new aws.iam.Policy('p', { policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue.arn }] }) });\nexport const arn = policy.arn;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("q")\npolicy = aws.iam.Policy("p", policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue.arn}]}))\npulumi.export("arn", policy.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst queue = new aws.sqs.Queue('q');\nconst policy = new aws.iam.Policy('p', { policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue.arn }] }) });\nexport const arn = policy.arn;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("q")\npolicy = aws.iam.Policy("p", policy=queue.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": arn}]})))\npulumi.export("arn", policy.arn)\n`,
    },
    references: ['https://www.pulumi.com/docs/concepts/inputs-outputs/apply/'],
  },
  check(ctx) {
    for (const e of ctx.model.events) if (e.kind === 'output-in-json') ctx.report({ messageId: 'json', data: { source: e.source ?? 'output' }, at: e.at });
  },
});
