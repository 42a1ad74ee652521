import type { Lang } from '../../core/ir.js';
import type { Resource } from '../../model/types.js';
import { pythonName } from '../../schema/python-names.js';
import { fileIntact } from '../_shared/aws-schema-args.js';
import { resourcePath } from '../_shared/aws-schema-names.js';
import { arg, bool, isAbsent, keySpan, num, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/**
 * Arguments that AWS accepts only together with another one: each entry says when the resource
 * needs the companions (a known value; unknown means not judged), which, and what AWS answers.
 * `when` returns the argument that makes the companion necessary (`key|what it means` when the
 * argument is absent or its value needs words), or undefined.
 */
interface Need {
  /** The message id: each pair is its own failure in a review. */
  id: string;
  type: string;
  when(r: Resource): string | undefined;
  /** Every one of these is needed. */
  needs: readonly string[];
  error: string;
}

const known = (r: Resource, path: string, test: (v: NonNullable<ReturnType<typeof arg>>) => boolean | undefined): boolean => {
  const v = arg(r, path);
  return v !== undefined && !isAbsent(v) && test(v) === true;
};

const NEEDS: readonly Need[] = [
  ...['aws:rds/instance:Instance', 'aws:rds/clusterInstance:ClusterInstance'].map((type) => ({
    id: 'monitoringRole',
    type,
    when: (r: Resource) => (known(r, 'monitoringInterval', (v) => (num(v) ?? 0) > 0) ? 'monitoringInterval' : undefined),
    needs: ['monitoringRoleArn'],
    error: 'RDS rejects the instance: "A MonitoringRoleARN value is required if you specify a MonitoringInterval value other than 0"',
  })),
  ...['aws:rds/instance:Instance', 'aws:rds/clusterInstance:ClusterInstance'].map((type) => ({
    id: 'performanceInsights',
    type,
    when: (r: Resource) => (known(r, 'performanceInsightsRetentionPeriod', (v) => num(v) !== undefined) && !known(r, 'performanceInsightsEnabled', (v) => bool(v) === false) ? 'performanceInsightsRetentionPeriod' : undefined),
    needs: ['performanceInsightsEnabled'],
    error: 'RDS accepts a Performance Insights retention period only with Performance Insights enabled, and rejects the request that sets it alone',
  })),
  {
    id: 'capacity',
    type: 'aws:dynamodb/table:Table',
    // PROVISIONED is the default billing mode.
    when: (r) => {
      const mode = arg(r, 'billingMode');
      if (mode !== undefined && !isAbsent(mode) && str(mode) !== 'PROVISIONED') return undefined;
      return mode === undefined || isAbsent(mode) ? 'billingMode|is a provisioned table (the default billing mode)' : 'billingMode|is a provisioned table';
    },
    needs: ['readCapacity', 'writeCapacity'],
    error: 'DynamoDB rejects a provisioned table without capacities ("ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED")',
  },
  {
    id: 'streamViewType',
    type: 'aws:dynamodb/table:Table',
    when: (r) => (known(r, 'streamEnabled', (v) => bool(v)) ? 'streamEnabled' : undefined),
    needs: ['streamViewType'],
    error: 'DynamoDB rejects a stream without a view type ("StreamViewType is required when StreamEnabled is true")',
  },
  {
    id: 'targetGroup',
    type: 'aws:lb/targetGroup:TargetGroup',
    // `instance` is the default target type; Lambda and ALB targets take no port, protocol or VPC.
    when: (r) => {
      const t = arg(r, 'targetType');
      if (t !== undefined && !isAbsent(t) && !['instance', 'ip'].includes(str(t) ?? '')) return undefined;
      return t === undefined || isAbsent(t) ? 'targetType|is an instance target group (the default target type)' : 'targetType|has instance or IP targets';
    },
    needs: ['port', 'protocol', 'vpcId'],
    error: 'the provider refuses the target group ("port, protocol and vpc_id are required when target_type is instance or ip")',
  },
  {
    id: 'fargateNetwork',
    type: 'aws:ecs/service:Service',
    when: (r) => (known(r, 'launchType', (v) => str(v) === 'FARGATE') ? 'launchType|runs on Fargate' : undefined),
    needs: ['networkConfiguration'],
    error: 'ECS rejects the service: Fargate tasks use the awsvpc network mode, which needs the subnets and security groups of `networkConfiguration`',
  },
  {
    id: 'zipRuntime',
    type: 'aws:lambda/function:Function',
    // Zip is the default package type; container images carry their own runtime and entry point.
    when: (r) => {
      const p = arg(r, 'packageType');
      if (p !== undefined && !isAbsent(p) && str(p) !== 'Zip') return undefined;
      if ((!known(r, 'code', () => true) && !known(r, 's3Bucket', () => true)) || known(r, 'imageUri', () => true)) return undefined;
      return p === undefined || isAbsent(p) ? 'packageType|is a .zip function (the default package type)' : 'packageType|is a .zip function';
    },
    needs: ['runtime', 'handler'],
    error: 'Lambda rejects a .zip function without them ("Runtime and Handler are mandatory parameters for functions created with deployment packages")',
  },
];

function spelled(name: string, lang: Lang): string {
  return lang === 'py' ? pythonName(name) : name;
}

export default defineRule({
  id: 'aws/argument-needs-companion',
  class: 'PULUMI-INVALID-ARG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [...new Set(NEEDS.map((n) => n.type))],
  messages: Object.fromEntries(NEEDS.map((n) => [n.id, '`{{owner}}` {{trigger}} but has no {{names}}: {{error}}. Set {{them}}.'])),
  title: Object.fromEntries(NEEDS.map((n) => [n.id, '{{names}} missing on {{counted}}'])),
  fixHint: 'Give the companion argument: `monitoringRoleArn` with `monitoringInterval`, `readCapacity`/`writeCapacity` for a provisioned table (or `billingMode: "PAY_PER_REQUEST"`), `streamViewType` with `streamEnabled`, `port`/`protocol`/`vpcId` for instance and IP target groups, `networkConfiguration` for Fargate services, `runtime` and `handler` for .zip Lambda functions.',
  docs: {
    summary: 'An argument that AWS accepts only together with another one, given without it: enhanced monitoring without its role, Performance Insights retention without Performance Insights, a provisioned DynamoDB table without capacities, a stream without a view type, an instance or IP target group without port, protocol or VPC, a Fargate service without network configuration, a .zip Lambda function without runtime or handler.',
    why: 'These pairs are not required by the SDK types, so TypeScript compiles and Python runs, but the AWS API (or the provider\'s own validation) rejects the resource when it is created: the deployment stops half-way, with the resources created before it left in place.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t4g.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  monitoringInterval: 60,\n  dbSubnetGroupName: config.require('dbSubnetGroup'),\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")], stream_enabled=True, billing_mode="PAY_PER_REQUEST")\npulumi.export("table", table.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t4g.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  monitoringInterval: 60,\n  monitoringRoleArn: config.require('rdsMonitoringRoleArn'),\n  dbSubnetGroupName: config.require('dbSubnetGroup'),\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntable = aws.dynamodb.Table("orders", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")], stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES", billing_mode="PAY_PER_REQUEST")\npulumi.export("table", table.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/lb/targetgroup/',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
      'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html',
    ],
    notes: 'Only resources written out in full are judged: an argument spread in from an unknown object, or a resource in an elided excerpt, may hold the companion. A trigger whose value is unknown (a monitoring interval read from configuration) is not judged. A DynamoDB table, target group or Lambda function without the argument that selects the default (billing mode, target type, package type) is judged as the default.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (!r.reached || !fileIntact(ctx.model, r)) continue;
      for (const need of NEEDS) {
        if (need.type !== r.type) continue;
        const trigger = need.when(r);
        if (!trigger) continue;
        // A companion written with a value, even an unknown one, is given.
        const missing = need.needs.filter((n) => knownAbsent(ctx, r, n));
        if (missing.length === 0) continue;
        // `key|what it means`: the argument, and how the message says it; a bare key is set.
        const [key, says] = trigger.split('|') as [string, string | undefined];
        const names = missing.map((n) => `\`${spelled(n, r.lang)}\``).join(', ');
        const shown = says ?? `sets \`${spelled(key, r.lang)}\``;
        ctx.report({
          messageId: need.id,
          data: { owner: resourcePath(r), trigger: shown, key: spelled(key, r.lang), names, error: need.error, them: missing.length > 1 ? 'them' : 'it' },
          at: arg(r, key)?.at ?? keySpan(r.args, key) ?? r.at,
          resource: r,
        });
      }
    }
  },
});
