import { describe, type At, type Value } from '../../ir/values.js';
import type { Component, Resource } from '../../model/types.js';
import { keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** Arguments that set a resource's physical name; changing any of them replaces the resource. */
const NAME_ARGS = [
  'name',
  'namePrefix',
  'bucket',
  'bucketPrefix',
  'functionName',
  'roleName',
  'tableName',
  'queueName',
  'topicName',
  'clusterIdentifier',
  'identifier',
  'identifierPrefix',
  'alarmName',
  'repositoryName',
  'streamName',
  'stateMachineName',
  'dashboardName',
  'secretName',
  'replicationGroupId',
  'clusterName',
  'serviceName',
  'family',
];

/**
 * The kind of non-determinism a value carries: the evaluator tags clock and RNG results. A
 * configuration value whose fallback is a timestamp is not reported (the fallback may never run).
 */
function volatility(v: Value, depth = 0): 'time' | 'random' | undefined {
  if (depth > 8) return undefined;
  const labels = [...(v.taint ?? []), ...(v.kind === 'unknown' ? [v.why] : [])];
  for (const label of labels) {
    if (label === 'time' || label.startsWith('time:')) return 'time';
    if (label === 'random' || label.startsWith('random:')) return 'random';
  }
  const inner = v.kind === 'str' ? v.parts : v.kind === 'output' ? [v.inner] : v.kind === 'unknown' ? (v.alts ?? []) : [];
  for (const x of inner) {
    const found = volatility(x, depth + 1);
    if (found) return found;
  }
  return undefined;
}

const SOURCE = { time: 'the current time', random: 'a random number' } as const;

function shown(v: Value): string {
  const s = v.kind === 'output' ? describe(v.inner) : describe(v);
  return s.length > 70 ? s.slice(0, 67) + '...' : s;
}

export default defineRule({
  id: 'naming/non-deterministic-name',
  class: 'NAME-GLOBAL-UNIQUE',
  severity: 'high',
  category: 'naming',
  resourceTypes: [],
  messages: {
    logical: 'The logical name {{value}} of this {{type}} contains {{source}}, so it is different on every `pulumi up`: Pulumi deletes the old resource and creates a new one each time (data in it is lost). Use a stable name, e.g. one built from the environment suffix.',
    physical: '`{{arg}}` of this {{type}} ({{value}}) contains {{source}}, so it changes on every `pulumi up` and the resource is replaced each time. Use a stable unique part instead: the account id, the stack name, or a `random.RandomId` resource, whose value is kept in the state.',
  },
  title: {
    logical: 'Logical name {{value}} of {{counted}} changes on every deployment ({{source}})',
    physical: '{{arg:arg:code}} of {{counted}} changes on every deployment ({{source}})',
  },
  fixHint: 'Replace Date.now()/Math.random()/uuid/datetime.now() in names with a stable value: the environment suffix, the stack name, or a @pulumi/random resource (random.RandomId, random.RandomString).',
  docs: {
    summary: 'Resource names (logical or physical) built from the clock or a random number generator.',
    why: 'A Pulumi program runs on every preview and update. A name containing `Date.now()`, `new Date()`, `Math.random()`, `uuid`, `datetime.now()`, `random.*` or `time.time()` is different each time, so every update replaces the resource (a new logical name deletes and recreates it; a new physical name forces replacement), losing its data and breaking references. Random suffixes must come from a `@pulumi/random` resource, whose value is stored in the state and stays the same.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst bucket = new aws.s3.BucketV2('data', {\n  bucket: \`data-\${pulumi.getStack()}-\${Date.now()}\`,\n});\nexport const bucketName = bucket.bucket;\n`,
      py: `import time\nimport pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue(f"jobs-{int(time.time())}")\npulumi.export("queue", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nimport * as random from '@pulumi/random';\nconst suffix = new random.RandomId('suffix', { byteLength: 4 });\nconst bucket = new aws.s3.BucketV2('data', {\n  bucket: pulumi.interpolate\`data-\${pulumi.getStack()}-\${suffix.hex}\`,\n});\nexport const bucketName = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue(f"jobs-{pulumi.get_stack()}")\npulumi.export("queue", queue.url)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/resources/names/',
      'https://www.pulumi.com/registry/packages/random/',
    ],
    notes: 'Only names are checked (the logical name, the component name and the physical-name arguments); a timestamp in a tag or a description changes the resource in place and is not reported. Values from `@pulumi/random` resources are stable and never reported.',
  },
  check(ctx) {
    // One finding per resource: the logical name when it is volatile, else the first volatile physical name.
    const check = (x: Resource | Component, type: string, names: [string, Value, At | undefined][]) => {
      for (const [arg, v, at] of names) {
        const source = volatility(v);
        if (!source) continue;
        const messageId = arg === '' ? 'logical' : 'physical';
        ctx.report({ messageId, data: { type, arg, value: shown(v), source: SOURCE[source] }, at: at ?? x.at, resource: x });
        return;
      }
    };
    for (const r of ctx.resources()) {
      const physical = NAME_ARGS.flatMap((arg): [string, Value, At | undefined][] => {
        const v = r.args.props.get(arg);
        return v && v.kind !== 'absent' ? [[arg, v, v.at ?? keySpan(r.args, arg)]] : [];
      });
      check(r, r.typePath, [['', r.name, r.name.at], ...physical]);
    }
    for (const c of ctx.model.components) check(c, c.className, [['', c.name, c.name.at]]);
  },
});
