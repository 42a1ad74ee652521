// The requirement vocabulary: every kind a request (PROMPT.md) can state, with the failure class a
// violation maps to, the severity of that failure and the shape of its parameters. The parameter
// schemas are the single source of truth: the TypeScript types are inferred from them and the YAML
// reader validates edited specs against them, so the two cannot drift.

import type { Severity } from '../core/finding.js';
import type { FailureClass } from '../rules/classes.js';

type Scalar = 'number' | 'string' | 'boolean' | 'strings' | 'map';
/** A parameter: a scalar type or an enumeration of strings; optional unless `req`. */
export interface Field {
  readonly t: Scalar | readonly string[];
  readonly req?: true;
}

type TypeOf<T> = T extends 'number'
  ? number
  : T extends 'string'
    ? string
    : T extends 'boolean'
      ? boolean
      : T extends 'strings'
        ? string[]
        : T extends 'map'
          ? Record<string, string>
          : T extends readonly (infer E)[]
            ? E
            : never;

type ParamsFrom<S> = { -readonly [K in keyof S as S[K] extends { req: true } ? K : never]: S[K] extends Field ? TypeOf<S[K]['t']> : never } & {
  -readonly [K in keyof S as S[K] extends { req: true } ? never : K]?: S[K] extends Field ? TypeOf<S[K]['t']> : never;
};

const num = { t: 'number' } as const;
const reqNum = { t: 'number', req: true } as const;
const reqStr = { t: 'string', req: true } as const;
const reqStrs = { t: 'strings', req: true } as const;
const bool = { t: 'boolean' } as const;

const EVENT_SOURCES = ['s3', 'sqs', 'sns', 'dynamodb', 'kinesis', 'schedule', 'eventbridge', 'api-gateway', 'logs'] as const;
const EVENT_TARGETS = ['lambda', 'sqs', 'sns', 'step-functions'] as const;

const LANGUAGES = ['typescript', 'javascript', 'python', 'go', 'java', 'csharp', 'yaml'] as const;
const TOOLS = ['pulumi', 'cdk', 'cdktf', 'terraform', 'cloudformation'] as const;

interface KindSpec {
  readonly class: FailureClass;
  readonly severity: Severity;
  /** What the requirement asks, for docs and the YAML spec's comments. */
  readonly summary: string;
  readonly params: Readonly<Record<string, Field>>;
}

export const KINDS = {
  platform: {
    class: 'PLATFORM-WRONG-IAC',
    severity: 'critical',
    summary: 'the IaC tool and language the program must be written in',
    params: { tool: { t: TOOLS }, language: { t: LANGUAGES } },
  },
  'component-resource': {
    class: 'PULUMI-COMPONENT-PATTERN',
    severity: 'medium',
    summary: 'resources grouped in a Pulumi ComponentResource class (optionally of a given name)',
    params: { className: { t: 'string' } },
  },
  region: {
    class: 'REGION-CONFIG',
    severity: 'high',
    summary: 'the AWS region the stack deploys to',
    params: { region: reqStr },
  },
  'multi-region': {
    class: 'MULTI-REGION-DR',
    severity: 'high',
    summary: 'regions that must each receive resources (through providers)',
    params: { regions: reqStrs },
  },
  'naming-pattern': {
    class: 'NAMING-CONVENTION',
    severity: 'low',
    summary: 'a physical-name pattern, for one resource type or for all resources',
    params: { pattern: reqStr, resource: { t: 'string' } },
  },
  'environment-suffix': {
    class: 'NAME-ENV-SUFFIX',
    severity: 'high',
    summary: 'names carry an environment suffix read from config or the environment (the variable the request names)',
    params: { variable: { t: 'string' } },
  },
  destroyable: {
    class: 'DESTROY-BLOCKERS',
    severity: 'medium',
    summary: 'no retain policies, no deletion protection, no final snapshots (and force-destroy buckets)',
    params: { forceDestroy: bool },
  },
  'log-retention': {
    class: 'LOG-RETENTION',
    severity: 'medium',
    summary: 'CloudWatch log groups keep logs a given number of days (or within a range)',
    params: { days: num, min: num, max: num },
  },
  'service-logging': {
    class: 'LOGGING-AUDIT-MISSING',
    severity: 'medium',
    summary: 'a service writes its logs (access logs, log exports, build logs)',
    params: { service: { t: ['api-gateway', 'alb', 'cloudfront', 's3', 'rds', 'codebuild', 'ecs', 'waf', 'eks'], req: true } },
  },
  'az-count': {
    class: 'HA-MULTI-AZ',
    severity: 'high',
    summary: 'subnets spread over a number of availability zones',
    params: { count: reqNum },
  },
  'nat-gateways': {
    class: 'HA-MULTI-AZ',
    severity: 'medium',
    summary: 'one NAT gateway per AZ (HA-MULTI-AZ), or a single one or none (COST-OPTIMIZATION)',
    params: { mode: { t: ['per-az', 'single', 'none'], req: true } },
  },
  'vpc-endpoints': {
    class: 'VPC-ENDPOINTS',
    severity: 'medium',
    summary: 'VPC endpoints for the named services (s3, dynamodb, secretsmanager, …)',
    params: { services: { t: 'strings' } },
  },
  cidr: {
    class: 'NETWORK-ROUTING-CIDR',
    severity: 'medium',
    summary: 'a CIDR block a VPC or subnet must use',
    params: { cidr: reqStr, target: { t: ['vpc', 'subnet'], req: true } },
  },
  'lambda-runtime': {
    class: 'RUNTIME-DEPRECATED',
    severity: 'medium',
    summary: 'Lambda runtime identifier (e.g. python3.11), optionally "or newer"',
    params: { runtime: reqStr, orNewer: bool },
  },
  'lambda-memory': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'Lambda memory in MB, exact or a range',
    params: { mb: num, min: num, max: num },
  },
  'lambda-timeout': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'Lambda timeout in seconds (exact, or an upper bound)',
    params: { seconds: reqNum, atMost: bool },
  },
  'lambda-concurrency': {
    class: 'LAMBDA-SIZING',
    severity: 'medium',
    summary: 'reserved or provisioned concurrency (with an optional count), or none reserved',
    params: { type: { t: ['reserved', 'provisioned', 'none'], req: true }, count: num },
  },
  'lambda-architecture': {
    class: 'COST-OPTIMIZATION',
    severity: 'low',
    summary: 'Lambda instruction set architecture (arm64 for Graviton)',
    params: { arch: { t: ['arm64', 'x86_64'], req: true } },
  },
  'lambda-snapstart': {
    class: 'LAMBDA-CONFIG-OTHER',
    severity: 'low',
    summary: 'Lambda SnapStart on published versions',
    params: {},
  },  'lambda-vpc': {
    class: 'LAMBDA-CONFIG-OTHER',
    severity: 'medium',
    summary: 'Lambda functions attached to the VPC (subnets and security groups): every function when `all`, else at least one',
    params: { all: bool },
  },

  'lambda-retries': {
    class: 'MESSAGING-DLQ-RETRY',
    severity: 'medium',
    summary: 'asynchronous invocation retry attempts of Lambda functions',
    params: { attempts: reqNum },
  },
  'dead-letter-queue': {
    class: 'MESSAGING-DLQ-RETRY',
    severity: 'medium',
    summary: 'dead-letter queues for Lambda functions or SQS queues (optional max receive count)',
    params: { target: { t: ['lambda', 'sqs', 'any'], req: true }, maxReceiveCount: num },
  },
  'required-tags': {
    class: 'TAGGING',
    severity: 'medium',
    summary: 'tag keys (and values) every taggable resource carries; no keys: tags at all',
    params: { keys: reqStrs, values: { t: 'map' } },
  },
  'encryption-at-rest': {
    class: 'ENCRYPTION-AT-REST',
    severity: 'high',
    summary: 'data stores (all, or those in scope: s3, dynamodb, rds, efs, kinesis, elasticache, sqs, sns, logs, lambda) encrypted at rest, with customer-managed KMS keys when required',
    params: { customerManaged: { t: 'boolean', req: true }, scope: { t: 'strings' } },
  },
  'key-rotation': {
    class: 'KMS-KEY-ROTATION',
    severity: 'medium',
    summary: 'automatic rotation on KMS keys',
    params: {},
  },
  tls: {
    class: 'ENCRYPTION-IN-TRANSIT',
    severity: 'high',
    summary: 'HTTPS-only endpoints and/or a minimum TLS version (on load-balancers, cloudfront, caches, or all)',
    params: { httpsOnly: bool, minVersion: { t: 'string' }, scope: { t: 'strings' } },
  },
  'public-access-block': {
    class: 'S3-PUBLIC-ACCESS',
    severity: 'high',
    summary: 'S3 public access blocked on every bucket',
    params: {},
  },
  'least-privilege': {
    class: 'IAM-WILDCARD-OVERBROAD',
    severity: 'high',
    summary: 'IAM policies without wildcard actions or administrator/full-access managed policies',
    params: {},
  },  'managed-policies-only': {
    class: 'IAM-MISC',
    severity: 'medium',
    summary: 'no inline IAM policies (policies embedded in a role, user or group)',
    params: {},
  },

  imdsv2: {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'EC2 instances and launch templates require IMDSv2 tokens',
    params: {},
  },
  'instance-type': {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'EC2 instance types, RDS instance classes or cache node types',
    params: { types: reqStrs, target: { t: ['ec2', 'rds', 'cache'], req: true } },
  },
  'autoscaling-capacity': {
    class: 'AUTOSCALING-COMPUTE',
    severity: 'medium',
    summary: 'Auto Scaling group (or ECS service) minimum, maximum and desired capacity',
    params: { min: num, max: num, desired: num },
  },
  pitr: {
    class: 'DB-BACKUP-PITR',
    severity: 'medium',
    summary: 'point-in-time recovery on DynamoDB tables',
    params: {},
  },
  'backup-retention': {
    class: 'DB-BACKUP-PITR',
    severity: 'medium',
    summary: 'database backups kept at least a number of days',
    params: { days: reqNum },
  },
  'multi-az-db': {
    class: 'HA-MULTI-AZ',
    severity: 'high',
    summary: 'databases deployed Multi-AZ',
    params: {},
  },
  'db-engine': {
    class: 'DB-CONFIG',
    severity: 'high',
    summary: 'database engine (postgres, mysql, aurora-mysql, aurora-postgresql, redis, …)',
    params: { engine: reqStr },
  },
  'db-engine-version': {
    class: 'RDS-ENGINE-VERSION',
    severity: 'medium',
    summary: 'database engine major (or full) version',
    params: { engine: reqStr, version: reqStr },
  },
  'backup-window': {
    class: 'DB-BACKUP-PITR',
    severity: 'low',
    summary: 'databases set their preferred backup (and maintenance) window',
    params: {},
  },
  'db-parameters': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'database parameter group settings the request names (max_connections, …)',
    params: { names: reqStrs },
  },
  'db-monitoring': {
    class: 'MONITORING-MISSING',
    severity: 'medium',
    summary: 'RDS enhanced monitoring and/or Performance Insights',
    params: { enhanced: bool, performanceInsights: bool },
  },
  'dynamodb-billing': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'DynamoDB billing mode',
    params: { mode: { t: ['PAY_PER_REQUEST', 'PROVISIONED'], req: true } },
  },
  'dynamodb-keys': {
    class: 'DB-CONFIG',
    severity: 'high',
    summary: 'DynamoDB partition (and sort) key names',
    params: { hashKey: reqStr, rangeKey: { t: 'string' } },
  },  'dynamodb-gsi': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'a global secondary index on a DynamoDB table (of a given name, or keyed by a given attribute)',
    params: { name: { t: 'string' }, key: { t: 'string' } },
  },
  'dynamodb-ttl': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'time to live on a DynamoDB table (on a given attribute)',
    params: { attribute: { t: 'string' } },
  },
  'dynamodb-streams': {
    class: 'DB-CONFIG',
    severity: 'medium',
    summary: 'a stream on a DynamoDB table (with a given view type)',
    params: { viewType: { t: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] } },
  },
  replication: {
    class: 'MULTI-REGION-DR',
    severity: 'high',
    summary: 'data replicated elsewhere: S3 replication, DynamoDB global tables, RDS or Aurora cross-region replicas',
    params: { service: { t: ['s3', 'dynamodb', 'rds'], req: true }, scope: { t: ['cross-region', 'cross-account', 'any'] } },
  },

  versioning: {
    class: 'STORAGE-VERSIONING-LIFECYCLE',
    severity: 'medium',
    summary: 'S3 bucket versioning (on every bucket when `all`)',
    params: { all: bool },
  },
  lifecycle: {
    class: 'STORAGE-VERSIONING-LIFECYCLE',
    severity: 'medium',
    summary: 'S3 lifecycle rule that transitions or expires objects (after a number of days, when given)',
    params: { days: num, action: { t: ['transition', 'expiration'] }, storageClass: { t: 'string' } },
  },
  xray: {
    class: 'TRACING-XRAY',
    severity: 'medium',
    summary: 'X-Ray active tracing on Lambda functions and API Gateway stages',
    params: { services: { t: 'strings' } },
  },  'alarm-metrics': {
    class: 'MONITORING-MISSING',
    severity: 'medium',
    summary: 'CloudWatch alarms on the metrics the request names (cpu, memory, storage, errors, throttles, latency, 4xx, 5xx, connections, replication-lag, queue-depth, health-checks, unhealthy-hosts, iterator-age, concurrency)',
    params: { metrics: reqStrs },
  },
  'alarm-error-rate': {
    class: 'MONITORING-MISCONFIG',
    severity: 'medium',
    summary: 'alarms on an error rate (errors as a percentage of requests), not on an error count',
    params: { percent: reqNum, service: { t: ['lambda', 'api-gateway', 'alb'] } },
  },

  'secrets-manager': {
    class: 'SECRETS-MGMT',
    severity: 'high',
    summary: 'secrets stored in Secrets Manager, optionally rotated every N days',
    params: { rotation: bool, rotationDays: num },
  },
  'ssm-parameter': {
    class: 'SECRETS-MGMT',
    severity: 'medium',
    summary: 'SSM Parameter Store parameters (SecureString when `secure`)',
    params: { secure: bool },
  },
  'env-vars': {
    class: 'CONFIG-PARAMETERIZATION',
    severity: 'high',
    summary: 'environment variable names functions/containers/builds must receive',
    params: { names: reqStrs },
  },  'config-keys': {
    class: 'CONFIG-PARAMETERIZATION',
    severity: 'medium',
    summary: 'Pulumi config keys the program reads (no keys: settings come from Pulumi config at all); `optional` keys have a default and must not be required',
    params: { keys: { t: 'strings' }, optional: { t: 'strings' } },
  },

  'stack-outputs': {
    class: 'PULUMI-STACK-EXPORTS',
    severity: 'medium',
    summary: 'stack outputs the program must export, as described in the request',
    params: { outputs: reqStrs },
  },
  'pipeline-stages': {
    class: 'CICD-PIPELINE',
    severity: 'medium',
    summary: 'CodePipeline stage names (and/or their number)',
    params: { stages: reqStrs, count: num },
  },  'event-wiring': {
    class: 'EVENT-WIRING',
    severity: 'high',
    summary: 'an event source connected to the target the request names (S3 → Lambda, schedule → Lambda, SNS → SQS, queue or stream → Lambda, …)',
    params: { source: { t: EVENT_SOURCES, req: true }, target: { t: EVENT_TARGETS, req: true } },
  },
  'api-type': {
    class: 'API-GATEWAY-CONFIG',
    severity: 'medium',
    summary: 'the kind of API Gateway API: REST (API Gateway v1), HTTP or WebSocket (v2)',
    params: { type: { t: ['rest', 'http', 'websocket'], req: true } },
  },

  'required-service': {
    class: 'REQ-MISSING-RESOURCE',
    severity: 'high',
    summary: 'a service (resource types of the service catalogue) that must be created',
    params: { service: reqStr },
  },
  'forbidden-service': {
    class: 'REQ-SCOPE-CREEP',
    severity: 'high',
    summary: 'a service the request forbids creating',
    params: { service: reqStr },
  },
} as const satisfies Record<string, KindSpec>;

export type RequirementKind = keyof typeof KINDS;
export type ParamsOf<K extends RequirementKind> = ParamsFrom<(typeof KINDS)[K]['params']>;

export const KIND_NAMES = Object.keys(KINDS) as RequirementKind[];

export function isKind(s: string): s is RequirementKind {
  return Object.hasOwn(KINDS, s);
}
