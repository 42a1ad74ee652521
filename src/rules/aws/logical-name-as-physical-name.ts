import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { isEnvironmentPart } from '../_shared/name-provenance.js';
import { carriesSuffix } from '../_shared/suffix.js';
import { nameKey, STABLE, STABLE_IN_RUN } from '../_shared/urns.js';
import { shownName } from '../_shared/name-display.js';
import { definitelyAbsent, isObj } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import { defineRule } from '../define-rule.js';

/** Types Pulumi auto-names when their physical-name argument is left out, and that argument. */
const AUTONAMED: Record<string, string> = {
  'aws:dynamodb/table:Table': 'name',
  'aws:s3/bucket:Bucket': 'bucket',
  'aws:s3/bucketV2:BucketV2': 'bucket',
  'aws:sqs/queue:Queue': 'name',
  'aws:sns/topic:Topic': 'name',
  'aws:lambda/function:Function': 'name',
  'aws:kinesis/stream:Stream': 'name',
  'aws:sfn/stateMachine:StateMachine': 'name',
  'aws:secretsmanager/secret:Secret': 'name',
  'aws:ssm/parameter:Parameter': 'name',
  'aws:cloudwatch/logGroup:LogGroup': 'name',
  'aws:ecs/cluster:Cluster': 'name',
};

/**
 * Where each auto-named type's physical name sits in its ARNs, URLs and host names, as a pattern
 * around `NAME` (the name as the program builds it, escaped). The name must end where AWS ends it:
 * a following `*` (or `-*`) matches the generated suffix too, and is not reported.
 */
const EMBEDDINGS: Record<string, { re: string; attr: string }[]> = {
  'aws:dynamodb/table:Table': [{ re: '^arn:aws[a-z-]*:dynamodb:[^:]*:[^:]*:table/NAME(?:/|$)', attr: 'arn' }],
  'aws:s3/bucket:Bucket': [
    { re: '^arn:aws[a-z-]*:s3:::NAME(?:/|$)', attr: 'arn' },
    { re: '^(?:https?://)?NAME\\.s3(?:[.-][a-z0-9-]+)*\\.amazonaws\\.com(?:/|$)', attr: 'bucketRegionalDomainName' },
    { re: '^s3://NAME(?:/|$)', attr: 'bucket' },
  ],
  'aws:sqs/queue:Queue': [
    { re: '^arn:aws[a-z-]*:sqs:[^:]*:[^:]*:NAME$', attr: 'arn' },
    { re: '^https://(?:sqs\\.[a-z0-9-]+|[a-z0-9-]+\\.queue)\\.amazonaws\\.com/[^/]+/NAME$', attr: 'url' },
  ],
  'aws:sns/topic:Topic': [{ re: '^arn:aws[a-z-]*:sns:[^:]*:[^:]*:NAME$', attr: 'arn' }],
  'aws:lambda/function:Function': [{ re: '^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:NAME(?::[^*]*)?$', attr: 'arn' }],
  'aws:kinesis/stream:Stream': [{ re: '^arn:aws[a-z-]*:kinesis:[^:]*:[^:]*:stream/NAME$', attr: 'arn' }],
  'aws:sfn/stateMachine:StateMachine': [{ re: '^arn:aws[a-z-]*:states:[^:]*:[^:]*:stateMachine:NAME$', attr: 'arn' }],
  'aws:secretsmanager/secret:Secret': [{ re: '^arn:aws[a-z-]*:secretsmanager:[^:]*:[^:]*:secret:NAME(?:-\\?{6})?$', attr: 'arn' }],
  'aws:cloudwatch/logGroup:LogGroup': [{ re: '^arn:aws[a-z-]*:logs:[^:]*:[^:]*:log-group:NAME(?::log-stream:[^*]*)?$', attr: 'arn' }],
  'aws:ecs/cluster:Cluster': [{ re: '^arn:aws[a-z-]*:ecs:[^:]*:[^:]*:cluster/NAME$', attr: 'arn' }],
};

/** A string as a comparable text (see nameKey), with a mark for each part that may differ. */
function textKey(v: Value, stable: RegExp): string | undefined {
  const s = v.kind === 'output' ? v.inner : v;
  if ((s.kind !== 'known' && s.kind !== 'str') || s.json) return undefined;
  return nameKey(s, stable, '\uFFFC');
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


/**
 * The key under which a name is compared. In code no entry point reaches, parameters stand for the
 * same value within one component's run; a parameter that is the environment suffix or name
 * (`args.environmentSuffix`) is the same program-wide value in every component.
 */
function keyOf(v: Value, r: Resource): string | undefined {
  const plain = nameKey(v);
  if (plain !== undefined) return plain;
  const inRun = r.reached ? undefined : nameKey(v, STABLE_IN_RUN);
  if (inRun === undefined) return undefined;
  const params = (v.kind === 'str' ? v.parts : [v]).filter((p) => p.kind === 'unknown' && p.why.startsWith('param:'));
  return params.every((p) => carriesSuffix(p) || isEnvironmentPart(p)) ? inRun : `run:${r.component ?? ''}\u0000${inRun}`;
}

/** Environment variables a resource passes to its code: Lambda `environment.variables`, ECS container `environment`. */
function environmentValues(r: Resource): { name: string; value: Value; at: At | undefined }[] {
  const out: { name: string; value: Value; at: At | undefined }[] = [];
  if (r.type === 'aws:lambda/function:Function') {
    const env = r.args.props.get('environment');
    const vars = isObj(env) ? env.props.get('variables') : undefined;
    const inner = vars?.kind === 'output' ? vars.inner : vars;
    if (isObj(inner)) for (const [name, value] of inner.props) out.push({ name, value, at: value.at ?? inner.keys?.get(name)?.at });
  }
  if (r.type === 'aws:ecs/taskDefinition:TaskDefinition') {
    const defs = r.args.props.get('containerDefinitions');
    const json = defs && (defs.kind === 'known' || defs.kind === 'str') ? defs.json : undefined;
    const containers = json?.kind === 'list' ? json.items : [];
    for (const c of containers) {
      const env = isObj(c) ? c.props.get('environment') : undefined;
      for (const e of env?.kind === 'list' ? env.items : []) {
        const name = isObj(e) ? e.props.get('name') : undefined;
        const value = isObj(e) ? e.props.get('value') : undefined;
        if (name?.kind === 'known' && value) out.push({ name: String(name.value), value, at: value.at ?? defs!.at });
      }
    }
  }
  return out;
}

export default defineRule({
  id: 'aws/logical-name-as-physical-name',
  class: 'HARDCODED-VALUES',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    envVar: '`{{variable}}` passes `{{value}}` to the code of {{resource}} as the name of {{target}}, but that is only its logical name: {{target}} sets no `{{arg}}`, so Pulumi creates it under a generated name (`{{value}}-` plus random characters). At run time the code looks up a resource that does not exist; pass the resource\'s real name (`{{ref}}`) instead.',
    embedded: '`{{path}}` builds {{what}} of {{target}} from its logical name `{{value}}`, but {{target}} sets no `{{arg}}`, so Pulumi creates it under a generated name (`{{value}}-` plus random characters). The text names a resource that does not exist, so what uses it (a policy grant, a client, an origin) fails; use `{{ref}}` instead.',
  },
  title: {
    envVar: 'Logical name `{{value}}` passed as the physical name in {{variable:code}}',
    embedded: 'Logical name `{{value}}` used as the physical name in {{path:arg:code}}',
  },
  fixHint: 'Reference the created resource\'s attribute (`table.name`, `bucket.bucket`, `queue.url`) instead of rebuilding its name, or give the resource that explicit name.',
  docs: {
    summary: 'A Lambda or container environment variable holding the logical name of an auto-named resource, as if it were the resource\'s real name.',
    why: 'Pulumi appends a random suffix to the physical name of a resource created without an explicit name (`orders-dev` becomes `orders-dev-3f2a91c`). Code that rebuilds the name from the same pattern as the logical name (`TABLE_NAME: \\`orders-${environmentSuffix}\\``) points at a table, bucket or queue that does not exist, and every call fails at run time with ResourceNotFoundException or NoSuchBucket, although the deployment succeeded. The resource\'s own attribute (`table.name`) is always right.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst suffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst table = new aws.dynamodb.Table(\`licenses-\${suffix}\`, { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });\nconst fn = new aws.lambda.Function('api', {\n  role: 'arn:aws:iam::111122223333:role/api',\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  code: new pulumi.asset.FileArchive('./app'),\n  environment: { variables: { LICENSES_TABLE: \`licenses-\${suffix}\` } },\n});\nexport const tableName = table.name;\nexport const fnName = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads-dev")\nfn = aws.lambda_.Function("api", role="arn:aws:iam::111122223333:role/api", runtime="python3.12", handler="index.handler",\n    code=pulumi.FileArchive("./app"), environment=aws.lambda_.FunctionEnvironmentArgs(variables={"BUCKET": "uploads-dev"}))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst suffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst table = new aws.dynamodb.Table(\`licenses-\${suffix}\`, { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });\nconst fn = new aws.lambda.Function('api', {\n  role: 'arn:aws:iam::111122223333:role/api',\n  runtime: 'nodejs20.x',\n  handler: 'index.handler',\n  code: new pulumi.asset.FileArchive('./app'),\n  environment: { variables: { LICENSES_TABLE: table.name } },\n});\nexport const fnName = fn.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("uploads-dev", bucket="uploads-dev")\nfn = aws.lambda_.Function("api", role="arn:aws:iam::111122223333:role/api", runtime="python3.12", handler="index.handler",\n    code=pulumi.FileArchive("./app"), environment=aws.lambda_.FunctionEnvironmentArgs(variables={"BUCKET": "uploads-dev"}))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/resources/names/#autonaming', 'https://www.pulumi.com/docs/iac/concepts/inputs-outputs/'],
    notes: 'Names are compared whole, as the program builds them: literal parts and values from configuration, environment variables, the stack name and data sources must match, and within a component that no entry point instantiates its parameters too. Tables, buckets, queues, topics, functions, streams, state machines, secrets, parameters, log groups and ECS clusters created without their physical-name argument are taken as auto-named; resources whose arguments come from an unknown spread may set the name and are skipped.',
  },
  check(ctx) {
    const autonamed = new Map<string, Resource>();
    for (const r of ctx.model.resources) {
      const arg = AUTONAMED[r.type];
      if (!arg || r.inApply || !definitelyAbsent(r, arg) || !definitelyAbsent(r, `${arg}Prefix`)) continue;
      const key = keyOf(r.name, r);
      if (key !== undefined && !autonamed.has(key)) autonamed.set(key, r);
    }
    if (autonamed.size === 0) return;
    // Resources by the way their names appear in ARNs, URLs and host names.
    const embedded: { target: Resource; key: string; re: RegExp; attr: string; run?: string }[] = [];
    for (const [key, target] of autonamed) {
      const run = key.startsWith('run:') ? key.slice(4, key.indexOf('\u0000')) : undefined;
      const name = run === undefined ? key : key.slice(key.indexOf('\u0000') + 1);
      for (const e of EMBEDDINGS[target.type] ?? []) embedded.push({ target, key: name, re: new RegExp(e.re.replace('NAME', escapeRe(name))), attr: e.attr, ...(run !== undefined ? { run } : {}) });
    }
    const reported = new Set<string>();
    for (const r of ctx.resources()) {
      if (embedded.length === 0) break;
      const look = (v: Value, path: string, at: At | undefined) => {
        const plain = textKey(v, STABLE);
        if (plain === undefined || !/arn:|amazonaws\.com|s3:\/\//.test(plain)) return;
        const inRun = r.reached ? undefined : textKey(v, STABLE_IN_RUN);
        for (const e of embedded) {
          if (e.target.id === r.id) continue;
          const text = e.run !== undefined ? (e.run === (r.component ?? '') ? inRun : undefined) : plain;
          const hit = (text !== undefined && e.re.test(text)) || (e.run === undefined && inRun !== undefined && e.re.test(inRun));
          if (!hit) continue;
          const where = at ?? v.at ?? r.at;
          const seen = `${r.id}:${where ? `${where.f}:${where.s}` : path}`;
          if (reported.has(seen)) continue;
          reported.add(seen);
          const arg = AUTONAMED[e.target.type]!;
          const ref = `${e.target.className.charAt(0).toLowerCase()}${e.target.className.slice(1)}.${e.attr}`;
          const what = e.attr === 'arn' ? 'the ARN' : e.attr === 'url' ? 'the URL' : e.attr === 'bucket' ? 'the S3 URI' : 'the host name';
          ctx.report({ messageId: 'embedded', data: { path, what, value: shownName(e.target.name), target: `the ${e.target.typePath}`, arg, ref }, at: where, resource: r });
          return;
        }
      };
      walk(r.args, ({ path, value, keyAt }) => {
        if (value.kind === 'list') value.items.forEach((it, i) => look(it, `${path}.${i}`, it.at ?? keyAt));
        else look(value, path, value.at ?? keyAt);
      });
    }
    for (const r of ctx.resources()) {
      for (const { name, value, at } of environmentValues(r)) {
        const key = keyOf(value, r);
        const target = key === undefined ? undefined : autonamed.get(key);
        if (!target || target.id === r.id) continue;
        const arg = AUTONAMED[target.type]!;
        const ref = `${target.className.charAt(0).toLowerCase()}${target.className.slice(1)}.${arg}`;
        ctx.report({ messageId: 'envVar', data: { variable: name, value: shownName(value), resource: resourceRef(r), target: `the ${target.typePath}`, arg, ref }, at: at ?? r.at, resource: r });
      }
    }
  },
});
