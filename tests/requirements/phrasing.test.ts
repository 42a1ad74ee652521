// Requirements as infrastructure requests phrase them in general: bullets, tables, settings lists,
// "must / should / ensure / configure / enable" sentences. Each positive case reads one requirement
// from a snippet written for this test and checks it against TypeScript and Python programs; each
// negative case is a sentence that mentions the thing without asking for it.
import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract.js';
import type { RequirementKind } from '../../src/requirements/kinds.js';
import type { Status } from '../../src/requirements/types.js';
import { checkRequirements } from '../../src/requirements/check.js';
import { initFrontends, parseSource } from '../../src/frontends/index.js';
import { buildModel } from '../../src/model/build.js';
import { programOf } from '../helpers/program.js';
import { verdict, type Lang } from './helpers.js';

interface Positive {
  name: string;
  markdown: string;
  kind: RequirementKind;
  params: Record<string, unknown>;
  /** Programs per language and the verdict each gets. */
  programs?: Partial<Record<Status, Record<Lang, string>>>;
}

interface Negative {
  name: string;
  markdown: string;
  /** Kinds the snippet must not yield. */
  kinds: RequirementKind[];
}

const TAGGED_TS = (tags: string) => `new aws.s3.BucketV2('data', { tags: ${tags} });\nnew aws.sns.Topic('alerts', { tags: ${tags} });`;
const TAGGED_PY = (tags: string) => `aws.s3.BucketV2("data", tags=${tags})\naws.sns.Topic("alerts", tags=${tags})`;
/** Programs whose resources carry the given tags, in both languages. */
const tagged = (tags: Record<string, string>) => ({ ts: TAGGED_TS(JSON.stringify(tags)), py: TAGGED_PY(JSON.stringify(tags)) });
/** A tagging case: the request snippet, the requirement it states, tags that meet it and tags that do not. */
function tagCase(name: string, markdown: string, params: Record<string, unknown>, meets: Record<string, string>, misses: Record<string, string>): Positive {
  return { name, markdown, kind: 'required-tags', params, programs: { pass: tagged(meets), fail: tagged(misses) } };
}

const PROVIDER_TS = (region: string) => `const p = new aws.Provider('main', { region: '${region}' });\nnew aws.s3.BucketV2('b', {}, { provider: p });`;
const PROVIDER_PY = (region: string) => `p = aws.Provider("main", region="${region}")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`;
const REGION_PROGRAMS = (want: string, other: string) => ({
  pass: { ts: PROVIDER_TS(want), py: PROVIDER_PY(want) },
  fail: { ts: PROVIDER_TS(other), py: PROVIDER_PY(other) },
  unknown: {
    ts: `const p = new aws.Provider('main', { region: config.require('region') });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
    py: `p = aws.Provider("main", region=config.require("region"))\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`,
  },
});

const DB_TS = (props: string) => `new aws.rds.Instance('orders', { engine: 'mysql', instanceClass: 'db.t3.small', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, ${props} });`;
const DB_PY = (props: string) => `aws.rds.Instance("orders", engine="mysql", instance_class="db.t3.small", allocated_storage=20, username="app", manage_master_user_password=True, ${props})`;
const TABLE_TS = (props: string) => `new aws.dynamodb.Table('sessions', { attributes: [{ name: 'sid', type: 'S' }], hashKey: 'sid', billingMode: 'PAY_PER_REQUEST', ${props} });`;
const TABLE_PY = (props: string) => `aws.dynamodb.Table("sessions", attributes=[{"name": "sid", "type": "S"}], hash_key="sid", billing_mode="PAY_PER_REQUEST", ${props})`;

const QUEUE_TS = (props: string) => `const k = new aws.kms.Key('k', { enableKeyRotation: true });\nnew aws.sqs.Queue('jobs', { ${props} });`;
const QUEUE_PY = (props: string) => `k = aws.kms.Key("k", enable_key_rotation=True)\naws.sqs.Queue("jobs", ${props})`;
const ROLE_TS = (extra: string) => `const r = new aws.iam.Role('app', { assumeRolePolicy: '{}'${extra} });`;
const ROLE_PY = (extra: string) => `r = aws.iam.Role("app", assume_role_policy="{}"${extra})`;

const ALARM_TS = (metric: string, ns: string) => `new aws.sqs.Queue('q');\nnew aws.cloudwatch.MetricAlarm('a', { metricName: '${metric}', namespace: '${ns}', comparisonOperator: 'GreaterThanThreshold', threshold: 1, evaluationPeriods: 1, period: 60, statistic: 'Maximum' });`;
const ALARM_PY = (metric: string, ns: string) => `aws.sqs.Queue("q")\naws.cloudwatch.MetricAlarm("a", metric_name="${metric}", namespace="${ns}", comparison_operator="GreaterThanThreshold", threshold=1, evaluation_periods=1, period=60, statistic="Maximum")`;

const YAML_SPEC = '## Specification\n\n```yaml\nregion: eu-west-3\ntags:\n  CostCenter: "4410"\ndatabase:\n  engine: mysql\n  multi_az: true\n  backup_retention_days: 10\n  deletion_protection: true\n  publicly_accessible: false\n```\n';

const POSITIVE: Positive[] = [
  {
    name: 'a Multi-AZ row in a database section table',
    markdown: '### Database\n\n| Setting | Value |\n|---|---|\n| Engine | MySQL 8.0 |\n| Multi-AZ | yes |\n',
    kind: 'multi-az-db',
    params: {},
    programs: { pass: { ts: DB_TS(`multiAz: true`), py: DB_PY(`multi_az=True`) }, fail: { ts: DB_TS(''), py: DB_PY(`multi_az=False`) } },
  },
  // ------------------------------------------------------------------ configuration
  {
    name: 'a setting to make configurable',
    markdown: '- Make the log retention period configurable.',
    kind: 'config-keys',
    params: {},
    programs: {
      pass: { ts: `new aws.cloudwatch.LogGroup('app', { retentionInDays: config.getNumber('retentionDays') ?? 14 });`, py: `aws.cloudwatch.LogGroup("app", retention_in_days=config.get_int("retention_days") or 14)` },
      fail: { ts: `new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });`, py: `aws.cloudwatch.LogGroup("app", retention_in_days=14)` },
    },
  },
  {
    name: 'environment-specific settings from Pulumi config, not only the environment name',
    markdown: '- Read the environment-specific settings (instance sizes, retention) from Pulumi config.',
    kind: 'config-keys',
    params: { settings: true },
    programs: {
      pass: {
        ts: `const env = config.require('environment');\nnew aws.cloudwatch.LogGroup(\`app-\${env}\`, { retentionInDays: config.requireNumber('logRetentionDays') });`,
        py: `env = config.require("environment")\naws.cloudwatch.LogGroup(f"app-{env}", retention_in_days=config.require_int("log_retention_days"))`,
      },
      fail: {
        ts: `const env = config.require('environment');\nconst sizes: Record<string, number> = { dev: 7, prod: 90 };\nnew aws.cloudwatch.LogGroup(\`app-\${env}\`, { retentionInDays: sizes[env] });`,
        py: `env = config.require("environment")\nsizes = {"dev": 7, "prod": 90}\naws.cloudwatch.LogGroup(f"app-{env}", retention_in_days=sizes.get(env, 7))`,
      },
      unknown: {
        ts: `import { more } from './more';\nconst env = config.require('environment');\nnew aws.cloudwatch.LogGroup(\`app-\${env}\`, { retentionInDays: more(env) });`,
        py: `from .more import more\nenv = config.require("environment")\naws.cloudwatch.LogGroup(f"app-{env}", retention_in_days=more(env))`,
      },
    },
  },
  {
    name: 'a value passed to the function as a named variable',
    markdown: '- Pass the table name to the function as `ORDERS_TABLE`.',
    kind: 'env-vars',
    params: { names: ['ORDERS_TABLE'] },
    programs: {
      pass: {
        ts: `new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'r', environment: { variables: { ORDERS_TABLE: 'orders' } } });`,
        py: `aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="r", environment={"variables": {"ORDERS_TABLE": "orders"}})`,
      },
      fail: {
        ts: `new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'r', environment: { variables: { TABLE: 'orders' } } });`,
        py: `aws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="r")`,
      },
    },
  },
  { name: 'variables in its environment', markdown: '- The worker needs QUEUE_URL and RESULTS_BUCKET in its environment.', kind: 'env-vars', params: { names: ['QUEUE_URL', 'RESULTS_BUCKET'] } },
  { name: 'values to parameterize', markdown: '- Instance types should be parameterized per environment.', kind: 'config-keys', params: {} },
  {
    name: 'a setting provided as a parameter',
    markdown: '- The S3 bucket name should be provided as a parameter.',
    kind: 'config-keys',
    params: {},
    programs: {
      pass: { ts: `new aws.s3.BucketV2('logs', { bucket: config.get('bucketName') });`, py: `aws.s3.BucketV2("logs", bucket=config.get("bucket_name"))` },
      fail: { ts: `new aws.s3.BucketV2('logs', { bucket: 'app-logs' });`, py: `aws.s3.BucketV2("logs", bucket="app-logs")` },
      unknown: { ts: `import { bucketName } from './settings';\nnew aws.s3.BucketV2('logs', { bucket: bucketName });`, py: `from .settings import bucket_name\naws.s3.BucketV2("logs", bucket=bucket_name)` },
    },
  },
  { name: 'keys named as configuration inputs', markdown: '- Accept `vpcCidr` and `instanceType` as configuration inputs.', kind: 'config-keys', params: { keys: ['vpcCidr', 'instanceType'] } },

  // ------------------------------------------------------------------ a YAML specification
  { name: 'YAML spec: region', markdown: YAML_SPEC, kind: 'region', params: { region: 'eu-west-3' }, programs: REGION_PROGRAMS('eu-west-3', 'eu-west-1') },
  { name: 'YAML spec: tags under tags:', markdown: YAML_SPEC, kind: 'required-tags', params: { keys: ['CostCenter'], values: { CostCenter: '4410' } } },
  { name: 'YAML spec: Multi-AZ under database:', markdown: YAML_SPEC, kind: 'multi-az-db', params: {} },
  {
    name: 'YAML spec: backup retention days',
    markdown: YAML_SPEC,
    kind: 'backup-retention',
    params: { days: 10 },
    programs: { pass: { ts: DB_TS(`backupRetentionPeriod: 10`), py: DB_PY(`backup_retention_period=14`) }, fail: { ts: DB_TS(`backupRetentionPeriod: 7`), py: DB_PY('') } },
  },
  { name: 'YAML spec: deletion protection', markdown: YAML_SPEC, kind: 'deletion-protection', params: { scope: ['rds'] } },
  { name: 'YAML spec: engine', markdown: YAML_SPEC, kind: 'db-engine', params: { engine: 'mysql' } },

  // ------------------------------------------------------------------ services
  {
    name: 'a service named in the passive ("authenticated with a Cognito user pool")',
    markdown: '## Architecture\n\n- Requests are authenticated with a Cognito user pool.',
    kind: 'required-service',
    params: { service: 'cognito' },
    programs: {
      pass: { ts: `new aws.cognito.UserPool('users');`, py: `aws.cognito.UserPool("users")` },
      fail: { ts: `new aws.s3.BucketV2('b');`, py: `aws.s3.BucketV2("b")` },
      unknown: { ts: `import { Auth } from './auth';\nnew Auth('a');\nnew aws.s3.BucketV2('b');`, py: `from .auth import Auth\nAuth("a")\naws.s3.BucketV2("b")` },
    },
  },
  { name: 'orchestrated by Step Functions', markdown: '- The workflow is orchestrated by Step Functions.', kind: 'required-service', params: { service: 'step-functions' } },
  {
    name: 'the destination data is streamed to',
    markdown: '- Stream application logs to OpenSearch.',
    kind: 'required-service',
    params: { service: 'opensearch' },
    programs: {
      pass: { ts: `new aws.opensearch.Domain('search', { engineVersion: 'OpenSearch_2.11' });`, py: `aws.opensearch.Domain("search", engine_version="OpenSearch_2.11")` },
      fail: { ts: `new aws.cloudwatch.LogGroup('app');`, py: `aws.cloudwatch.LogGroup("app")` },
    },
  },
  { name: 'files persisted to a shared file system', markdown: '- Persist uploads to an EFS volume shared by the tasks.', kind: 'required-service', params: { service: 'efs' } },

  // ------------------------------------------------------------------ monitoring
  {
    name: 'an alert when messages wait too long',
    markdown: '- Monitor the queue and alert if messages are older than 5 minutes.',
    kind: 'alarm-metrics',
    params: { metrics: ['queue-depth'] },
    programs: {
      pass: { ts: ALARM_TS('ApproximateAgeOfOldestMessage', 'AWS/SQS'), py: ALARM_PY('ApproximateAgeOfOldestMessage', 'AWS/SQS') },
      fail: { ts: ALARM_TS('NumberOfMessagesSent', 'AWS/SQS'), py: ALARM_PY('NumberOfMessagesSent', 'AWS/SQS') },
    },
  },
  { name: 'email someone when a metric misbehaves', markdown: '- Email the on-call team when the load balancer returns 5xx errors.', kind: 'alarm-metrics', params: { metrics: ['5xx'] } },

  // ------------------------------------------------------------------ secrets
  {
    name: 'the database password in Secrets Manager',
    markdown: '## Security\n\n- RDS master credentials must be kept in AWS Secrets Manager, never in code.',
    kind: 'secrets-manager',
    params: { database: true },
    programs: {
      pass: {
        ts: `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'app', manageMasterUserPassword: true });`,
        py: `aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", username="app", manage_master_user_password=True)`,
      },
      fail: {
        ts: `new aws.secretsmanager.Secret('other');\nnew aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'app', password: 'hunter2hunter2' });`,
        py: `import os\naws.secretsmanager.Secret("other")\naws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", username="app", password=os.environ["DB_PASSWORD"])`,
      },
    },
  },
  {
    name: 'a password hidden as a Pulumi secret is still written in the code',
    markdown: '## Security\n\n- RDS master credentials must be kept in AWS Secrets Manager, never in code.',
    kind: 'secrets-manager',
    params: { database: true },
    programs: {
      fail: {
        ts: `const env = config.require('env');\nnew aws.secretsmanager.Secret('db-secret');\nnew aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', username: 'app', password: pulumi.secret(\`Temp-Pass-123!\${env}\`) });`,
        py: `env = config.require("env")\naws.secretsmanager.Secret("db-secret")\naws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", username="app", password=pulumi.Output.secret(f"TempPassword123!{env}"))`,
      },
    },
  },
  { name: 'database credentials rotated every N days', markdown: '- Database credentials in Secrets Manager rotate every 45 days.', kind: 'secrets-manager', params: { rotation: true, rotationDays: 45, database: true } },

  // ------------------------------------------------------------------ encryption and IAM
  {
    name: 'a dedicated KMS key for a store',
    markdown: '- Use a dedicated KMS key for the SQS queue.',
    kind: 'encryption-at-rest',
    params: { customerManaged: true, scope: ['sqs'] },
    programs: {
      pass: { ts: QUEUE_TS(`kmsMasterKeyId: k.arn`), py: QUEUE_PY(`kms_master_key_id=k.arn`) },
      fail: { ts: QUEUE_TS(`sqsManagedSseEnabled: true`), py: QUEUE_PY(`sqs_managed_sse_enabled=True`) },
    },
  },
  { name: 'a key named in an encryption table row', markdown: '| Service | Encryption |\n|---|---|\n| RDS | KMS CMK |\n', kind: 'encryption-at-rest', params: { customerManaged: true, scope: ['rds'] } },
  { name: 'a KMS key we control', markdown: '- CloudWatch log groups must be encrypted with a KMS key we control.', kind: 'encryption-at-rest', params: { customerManaged: true, scope: ['logs'] } },
  { name: 'customer managed policies instead of inline ones', markdown: '- Use customer managed policies instead of inline policies.', kind: 'managed-policies-only', params: {} },
  {
    name: 'managed policies only, with "(no inline policies)" in parentheses',
    markdown: '- Use customer-managed IAM policies only (no inline policies).',
    kind: 'managed-policies-only',
    params: {},
    programs: {
      pass: {
        ts: `const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nconst p = new aws.iam.Policy('p', { policy: '{}' });\nnew aws.iam.RolePolicyAttachment('a', { role: role.name, policyArn: p.arn });`,
        py: `role = aws.iam.Role("r", assume_role_policy="{}")\np = aws.iam.Policy("p", policy="{}")\naws.iam.RolePolicyAttachment("a", role=role.name, policy_arn=p.arn)`,
      },
      fail: {
        ts: `const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nnew aws.iam.RolePolicy('inline', { role: role.id, policy: '{}' });`,
        py: `aws.iam.Role("r", assume_role_policy="{}", inline_policies=[{"name": "inline", "policy": "{}"}])`,
      },
      unknown: { ts: `new aws.s3.BucketV2('b');`, py: `aws.s3.BucketV2("b")` },
    },
  },
  { name: 'only managed policies', markdown: '- Roles get their permissions from standalone managed policies only.', kind: 'managed-policies-only', params: {} },
  {
    name: 'no role shared between functions',
    markdown: '- Roles must be scoped to a single service; no shared roles between Lambda functions.',
    kind: 'role-per-function',
    params: {},
    programs: {
      pass: {
        ts: `const a = new aws.iam.Role('a', { assumeRolePolicy: '{}' });\nconst b = new aws.iam.Role('b', { assumeRolePolicy: '{}' });\nnew aws.lambda.Function('f1', { runtime: 'nodejs20.x', handler: 'index.h', role: a.arn, code: new pulumi.asset.AssetArchive({}) });\nnew aws.lambda.Function('f2', { runtime: 'nodejs20.x', handler: 'index.h', role: b.arn, code: new pulumi.asset.AssetArchive({}) });`,
        py: `a = aws.iam.Role("a", assume_role_policy="{}")\nb = aws.iam.Role("b", assume_role_policy="{}")\naws.lambda_.Function("f1", runtime="python3.12", handler="index.h", role=a.arn, code=pulumi.AssetArchive({}))\naws.lambda_.Function("f2", runtime="python3.12", handler="index.h", role=b.arn, code=pulumi.AssetArchive({}))`,
      },
      fail: {
        ts: `const r = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nnew aws.lambda.Function('f1', { runtime: 'nodejs20.x', handler: 'index.h', role: r.arn, code: new pulumi.asset.AssetArchive({}) });\nnew aws.lambda.Function('f2', { runtime: 'nodejs20.x', handler: 'index.h', role: r.arn, code: new pulumi.asset.AssetArchive({}) });`,
        py: `r = aws.iam.Role("r", assume_role_policy="{}")\naws.lambda_.Function("f1", runtime="python3.12", handler="index.h", role=r.arn, code=pulumi.AssetArchive({}))\naws.lambda_.Function("f2", runtime="python3.12", handler="index.h", role=r.arn, code=pulumi.AssetArchive({}))`,
      },
      unknown: {
        ts: `new aws.lambda.Function('f1', { runtime: 'nodejs20.x', handler: 'index.h', role: config.require('roleArn'), code: new pulumi.asset.AssetArchive({}) });\nnew aws.lambda.Function('f2', { runtime: 'nodejs20.x', handler: 'index.h', role: config.require('otherRoleArn'), code: new pulumi.asset.AssetArchive({}) });`,
        py: `aws.lambda_.Function("f1", runtime="python3.12", handler="index.h", role=config.require("role_arn"), code=pulumi.AssetArchive({}))\naws.lambda_.Function("f2", runtime="python3.12", handler="index.h", role=config.require("other_role_arn"), code=pulumi.AssetArchive({}))`,
      },
    },
  },
  { name: 'functions must not share a role', markdown: '- Lambda functions must not share an IAM role.', kind: 'role-per-function', params: {} },
  {
    name: 'a permissions boundary on every role',
    markdown: '## Security\n\n- All IAM roles must have a permissions boundary attached.',
    kind: 'permissions-boundary',
    params: {},
    programs: {
      pass: { ts: ROLE_TS(`, permissionsBoundary: config.require('boundary')`), py: ROLE_PY(`, permissions_boundary="arn:aws:iam::111122223333:policy/Cap"`) },
      fail: { ts: ROLE_TS(''), py: ROLE_PY('') },
    },
  },
  {
    name: 'an AWS managed policy by name',
    markdown: '- The function role should use the AWSLambdaBasicExecutionRole managed policy.',
    kind: 'managed-policy',
    params: { names: ['AWSLambdaBasicExecutionRole'] },
    programs: {
      pass: {
        ts: ROLE_TS('') + `\nnew aws.iam.RolePolicyAttachment('logs', { role: r.name, policyArn: aws.iam.ManagedPolicy.AWSLambdaBasicExecutionRole });`,
        py: ROLE_PY('') + `\naws.iam.RolePolicyAttachment("logs", role=r.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")`,
      },
      fail: { ts: ROLE_TS(`, managedPolicyArns: ['arn:aws:iam::aws:policy/AWSXRayDaemonWriteAccess']`), py: ROLE_PY('') },
    },
  },
  { name: 'MFA required for an action', markdown: '- Deleting backups must require MFA.', kind: 'iam-mfa', params: {} },
  { name: 'grant only what is needed', markdown: '- Grant only the permissions each function needs.', kind: 'least-privilege', params: {} },
  { name: 'no administrator access', markdown: '- Do not use AdministratorAccess on any role.', kind: 'least-privilege', params: {} },

  // ------------------------------------------------------------------ databases
  {
    name: 'deletion protection on the production database',
    markdown: '## Database\n\n- Enable deletion protection on the production database.',
    kind: 'deletion-protection',
    params: { scope: ['rds'] },
    programs: {
      pass: { ts: DB_TS(`deletionProtection: true`), py: DB_PY(`deletion_protection=True`) },
      fail: { ts: DB_TS(`deletionProtection: false`), py: DB_PY(`skip_final_snapshot=True`) },
      unknown: { ts: DB_TS(`deletionProtection: config.requireBoolean('protect')`), py: DB_PY(`deletion_protection=config.require_bool("protect")`) },
    },
  },
  {
    name: 'deletion protection in a settings table (all stores)',
    markdown: '| Setting | Value |\n|---|---|\n| Deletion protection | enabled |\n',
    kind: 'deletion-protection',
    params: {},
    programs: {
      pass: { ts: TABLE_TS(`deletionProtectionEnabled: true`), py: TABLE_PY(`deletion_protection_enabled=True`) },
      fail: { ts: TABLE_TS(`ttl: { attributeName: 'exp', enabled: true }`), py: TABLE_PY(`deletion_protection_enabled=False`) },
    },
  },
  {
    name: 'continuous backups on a DynamoDB table',
    markdown: '- Enable continuous backups on the DynamoDB table.',
    kind: 'pitr',
    params: {},
    programs: {
      pass: { ts: TABLE_TS(`pointInTimeRecovery: { enabled: true }`), py: TABLE_PY(`point_in_time_recovery={"enabled": True}`) },
      fail: { ts: TABLE_TS(''), py: TABLE_PY(`point_in_time_recovery={"enabled": False}`) },
    },
  },
  { name: 'point in time restore', markdown: '- Turn on point in time restore for the orders table.', kind: 'pitr', params: {} },
  {
    name: 'a database across multiple AZs',
    markdown: '- The RDS instance must be deployed across multiple AZs for high availability.',
    kind: 'multi-az-db',
    params: {},
    programs: {
      pass: { ts: DB_TS(`multiAz: true`), py: DB_PY(`multi_az=True`) },
      fail: { ts: DB_TS(`multiAz: false`), py: DB_PY(`backup_retention_period=7`) },
    },
  },
  { name: 'a standby in another availability zone', markdown: '- Use a database with a standby replica in another availability zone.', kind: 'multi-az-db', params: {} },
  {
    name: 'a backup plan that keeps backups N days',
    markdown: '- Set up AWS Backup with a daily plan that keeps backups for 30 days.',
    kind: 'backup-retention',
    params: { days: 30 },
    programs: {
      pass: { ts: DB_TS(`backupRetentionPeriod: 30`), py: DB_PY(`backup_retention_period=35`) },
      fail: { ts: DB_TS(`backupRetentionPeriod: 7`), py: DB_PY(`multi_az=True`) },
    },
  },
  { name: 'database snapshots kept N days', markdown: '- Database snapshots should be retained for 14 days.', kind: 'backup-retention', params: { days: 14 } },
  {
    name: 'automated backups with their length and no retention word ("Automated backups: 7 days")',
    markdown: '### Database\n\n- Automated backups: 7 days for production, 3 days for staging and dev',
    kind: 'backup-retention',
    params: { days: 3 },
    programs: {
      pass: { ts: DB_TS(`backupRetentionPeriod: 7`), py: DB_PY(`backup_retention_period=3`) },
      fail: { ts: DB_TS(`backupRetentionPeriod: 1`), py: DB_PY(`backup_retention_period=0`) },
      unknown: { ts: DB_TS(`backupRetentionPeriod: config.requireNumber('backupDays')`), py: DB_PY(`backup_retention_period=config.require_int("backup_days")`) },
    },
  },
  { name: 'automated backups per environment in parentheses', markdown: '- Configure automated backups: dev (7 days), staging (30 days), prod (90 days)', kind: 'backup-retention', params: { days: 7 } },
  { name: 'N days of automated backups', markdown: '- The RDS instance needs 14 days of automated backups.', kind: 'backup-retention', params: { days: 14 } },
  {
    name: 'at least N days ("7+ days backup retention")',
    markdown: "- Use 'gp2' storage type with 7+ days backup retention",
    kind: 'backup-retention',
    params: { days: 7 },
    programs: {
      pass: { ts: DB_TS(`backupRetentionPeriod: 14`), py: DB_PY(`backup_retention_period=7`) },
      fail: { ts: DB_TS(`backupRetentionPeriod: 5`), py: DB_PY(`backup_retention_period=1`) },
      unknown: { ts: DB_TS(`backupRetentionPeriod: config.requireNumber('backupDays')`), py: DB_PY(`backup_retention_period=config.require_int("backup_days")`) },
    },
  },

  // ------------------------------------------------------------------ HTTPS and TLS
  {
    name: 'redirect HTTP to HTTPS',
    markdown: '- Redirect all HTTP traffic to HTTPS on the load balancer.',
    kind: 'tls',
    params: { httpsOnly: true, scope: ['load-balancers', 'cloudfront'] },
    programs: {
      pass: {
        ts: `new aws.lb.Listener('http', { loadBalancerArn: 'lb', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', statusCode: 'HTTP_301' } }] });`,
        py: `aws.lb.Listener("http", load_balancer_arn="lb", port=80, protocol="HTTP", default_actions=[{"type": "redirect", "redirect": {"port": "443", "protocol": "HTTPS", "status_code": "HTTP_301"}}])`,
      },
      fail: {
        ts: `new aws.lb.Listener('http', { loadBalancerArn: 'lb', port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: 'tg' }] });`,
        py: `aws.lb.Listener("http", load_balancer_arn="lb", port=80, protocol="HTTP", default_actions=[{"type": "forward", "target_group_arn": "tg"}])`,
      },
      unknown: { ts: `new aws.s3.BucketV2('b');`, py: `aws.s3.BucketV2("b")` },
    },
  },
  { name: 'HTTP-to-HTTPS redirects', markdown: '- Set up HTTP-to-HTTPS redirects.', kind: 'tls', params: { httpsOnly: true, scope: ['load-balancers', 'cloudfront'] } },
  { name: 'a viewer protocol policy value', markdown: '- Viewer protocol policy: redirect-to-https', kind: 'tls', params: { httpsOnly: true, scope: ['load-balancers', 'cloudfront'] } },
  { name: 'a listener that must require HTTPS', markdown: '- The ALB listener must require HTTPS.', kind: 'tls', params: { httpsOnly: true, scope: ['load-balancers', 'cloudfront'] } },
  { name: 'a CloudFront security policy name ("TLSv1.2_2021")', markdown: '- The distribution must use TLSv1.2_2021.', kind: 'tls', params: { minVersion: '1.2' } },
  { name: 'minimum TLS version N', markdown: '- Minimum TLS version 1.2 on the distribution.', kind: 'tls', params: { minVersion: '1.2' } },

  // ------------------------------------------------------------------ region
  { name: 'a region by its name ("in the Oregon region")', markdown: '## Requirements\n\n- Build the stack in the Oregon region.', kind: 'region', params: { region: 'us-west-2' }, programs: REGION_PROGRAMS('us-west-2', 'us-east-1') },
  { name: 'a region by its console name ("US West (Oregon) region")', markdown: 'Host the application in the US West (Oregon) region.', kind: 'region', params: { region: 'us-west-2' } },
  { name: 'a settings line with a region name ("Region: Frankfurt")', markdown: '### Environment\n\n- Region: Frankfurt', kind: 'region', params: { region: 'eu-central-1' }, programs: REGION_PROGRAMS('eu-central-1', 'eu-west-1') },
  { name: 'deploy to a city', markdown: '- Deploy in Tokyo.', kind: 'region', params: { region: 'ap-northeast-1' } },
  { name: 'two regions by name', markdown: '- Deploy the application in the Oregon region and the Ireland region.', kind: 'multi-region', params: { regions: ['us-west-2', 'eu-west-1'] } },
  { name: 'a region and the one not to use', markdown: '- Deploy to us-west-2, not us-east-1.', kind: 'region', params: { region: 'us-west-2' }, programs: REGION_PROGRAMS('us-west-2', 'us-east-1') },
  { name: 'nothing outside a region', markdown: '- No resources may be created outside eu-west-1.', kind: 'region', params: { region: 'eu-west-1' } },
  {
    name: 'the stack region beside the CloudFront certificate region',
    markdown: '- The ACM certificate for CloudFront must be requested in us-east-1; everything else goes to eu-west-2.',
    kind: 'region',
    params: { region: 'eu-west-2' },
  },
  { name: 'a region in a settings table', markdown: '| Setting | Value |\n|---|---|\n| Region | ap-south-1 |\n', kind: 'region', params: { region: 'ap-south-1' } },

  // ------------------------------------------------------------------ tagging
  {
    name: 'tags a stack transformation adds are not known to be missing',
    markdown: '- Every resource must carry `Team` and `Service` tags.',
    kind: 'required-tags',
    params: { keys: ['Team', 'Service'] },
    programs: {
      unknown: {
        ts: `pulumi.runtime.registerStackTransformation((a) => ({ props: { ...a.props, tags: { ...a.props.tags, Team: 't', Service: 's' } }, opts: a.opts }));\nnew aws.s3.BucketV2('b');`,
        py: `def add_tags(a):\n    return pulumi.ResourceTransformationResult({**a.props, "tags": {"Team": "t", "Service": "s"}}, a.opts)\npulumi.runtime.register_stack_transformation(add_tags)\naws.s3.BucketV2("b")`,
      },
      fail: tagged({ Team: 't' }),
    },
  },
  {
    name: 'tags every resource with backticked keys',
    markdown: '## Requirements\n\n- Tag every resource with `Project`, `Owner` and `Environment`.',
    kind: 'required-tags',
    params: { keys: ['Project', 'Owner', 'Environment'] },
    programs: {
      pass: tagged({ Project: 'atlas', Owner: 'data', Environment: 'dev' }),
      fail: tagged({ Project: 'atlas', Owner: 'data' }),
      unknown: { ts: TAGGED_TS(`config.requireObject('tags')`), py: TAGGED_PY(`config.require_object("tags")`) },
    },
  },
  tagCase('tags written as an object in the sentence', '- Attach tags { Service: "ledger", Tier: "backend" } to all resources.', { keys: ['Service', 'Tier'], values: { Service: 'ledger', Tier: 'backend' } }, { Service: 'ledger', Tier: 'backend' }, { Service: 'ledger', Tier: 'web' }),
  tagCase('a tagging scheme after a colon, scoped after the keys', '- Use a uniform tagging scheme: Application, Stage, and Contact on every resource.', { keys: ['Application', 'Stage', 'Contact'] }, { Application: 'a', Stage: 'dev', Contact: 'x' }, { Application: 'a', Stage: 'dev' }),
  tagCase('keys right after "tags"', '- Apply chargeback tags BusinessUnit and Budget to all resources.', { keys: ['BusinessUnit', 'Budget'] }, { BusinessUnit: 'retail', Budget: 'b1' }, { BusinessUnit: 'retail' }),
  tagCase('keys named before "tags" and a scope after them', '- Put Stage, Service and Contact tags on every resource.', { keys: ['Stage', 'Service', 'Contact'] }, { Stage: 'dev', Service: 's', Contact: 'c' }, { Stage: 'dev', Service: 's' }),
  tagCase('keys named one by one ("an Owner tag and a CostCenter tag")', '- Every resource needs an Owner tag and a CostCenter tag.', { keys: ['Owner', 'CostCenter'] }, { Owner: 'ops', CostCenter: '42' }, { Owner: 'ops' }),
  tagCase('resources that must carry the tags K=v and K2', '- All taggable resources must carry the tags Application=ledger and Environment=<env>.', { keys: ['Application', 'Environment'], values: { Application: 'ledger' } }, { Application: 'ledger', Environment: 'dev' }, { Application: 'billing', Environment: 'dev' }),
  {
    name: 'default tags listed after a colon',
    markdown: '- Apply default tags via the provider: Project, ManagedBy.',
    kind: 'required-tags',
    params: { keys: ['Project', 'ManagedBy'] },
    programs: {
      pass: {
        ts: `const p = new aws.Provider('p', { region: 'us-west-2', defaultTags: { tags: { Project: 'x', ManagedBy: 'pulumi' } } });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
        py: `p = aws.Provider("p", region="us-west-2", default_tags={"tags": {"Project": "x", "ManagedBy": "pulumi"}})\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`,
      },
      fail: tagged({ Project: 'x' }),
    },
  },
  tagCase('tagged for a purpose with lower-case keys', '- Resources should be tagged for chargeback with `cost-center` and `team`.', { keys: ['cost-center', 'team'] }, { CostCenter: '1', Team: 'a' }, { Team: 'a' }),
  tagCase('a tag table (Tag | Value)', '### Tags\n\n| Tag | Value |\n|---|---|\n| Owner | web-team |\n', { keys: ['Owner'], values: { Owner: 'web-team' } }, { Owner: 'web-team' }, { Team: 'web-team' }),
  tagCase('a table of tag keys introduced by a sentence; its example column states no values', 'Every resource must have these tags:\n\n| Key | Example |\n|---|---|\n| CostCenter | 1234 |\n| Project | atlas |\n', { keys: ['CostCenter', 'Project'] }, { CostCenter: '9', Project: 'p' }, { CostCenter: '9' }),
  {
    name: 'the resources include the tags `env` and `owner`',
    markdown: '- Ensure all resources include the tags `env` and `owner`.',
    kind: 'required-tags',
    params: { keys: ['env', 'owner'] },
  },
  {
    name: 'one tag with its value in quotes',
    markdown: '- Tag resources consistently with the tag "Service: checkout".',
    kind: 'required-tags',
    params: { keys: ['Service'], values: { Service: 'checkout' } },
  },
  // ------------------------------------------------------------------ event wiring and outputs (widened)
  { name: 'a when-clause naming the source and an imperative naming the target', markdown: '- When a report is uploaded to the intake bucket, invoke the parser function.', kind: 'event-wiring', params: { source: 's3', target: 'lambda' } },
  { name: 'a queue consumed by a function', markdown: 'Jobs placed on the work queue are consumed by the worker Lambda.', kind: 'event-wiring', params: { source: 'sqs', target: 'lambda' } },
  { name: 'table changes streamed into a function', markdown: 'Item changes in the ledger DynamoDB table stream into the projector Lambda.', kind: 'event-wiring', params: { source: 'dynamodb', target: 'lambda' } },
  { name: 'an output item under an Outputs heading', markdown: '## Outputs\n\n- Load balancer DNS name\n', kind: 'stack-outputs', params: { outputs: ['Load balancer DNS name'] } },
  { name: 'outputs that should include values', markdown: 'Stack outputs should include the queue URL and the cluster endpoint.', kind: 'stack-outputs', params: { outputs: ['queue URL', 'cluster endpoint'] } },
  { name: 'settings read from the stack configuration files', markdown: '- Per-environment sizes are loaded from the Pulumi stack configuration files (Pulumi.dev.yaml, Pulumi.prod.yaml).', kind: 'config-keys', params: {} },
];

const NEGATIVE: Negative[] = [
  { name: 'a when-clause that is advice', markdown: '- When deploying to production, review the change set first.', kinds: ['event-wiring'] },
  { name: 'an Expected Output section describing the deliverable', markdown: '## Expected Output\n\n- A complete program with a README naming each file\n', kinds: ['stack-outputs'] },
  { name: 'secrets encrypted with a key are not data stores', markdown: '- Secrets Manager secrets must be encrypted with a customer-managed key.', kinds: ['encryption-at-rest'] },
  { name: 'S3 MFA Delete is a bucket setting', markdown: '- Enable MFA delete on the audit bucket.', kinds: ['iam-mfa'] },
  { name: 'MFA in a Cognito user pool', markdown: '- The Cognito user pool must require MFA.', kinds: ['iam-mfa'] },
  { name: 'a tag whose value says encryption labels a key', markdown: '- Tag the KMS key with Purpose=encryption.', kinds: ['encryption-at-rest'] },
  { name: 'functions excluded from a cleanup are not out of scope', markdown: 'Lambda functions tagged with `keep=true` are excluded from cleanup.', kinds: ['forbidden-service'] },
  { name: 'configurable through environment variables', markdown: '- The handler should be configurable through environment variables.', kinds: ['config-keys'] },
  { name: 'a CI workflow in YAML is not a stack specification', markdown: '```yaml\nname: deploy\non: [push]\njobs:\n  deploy:\n    env:\n      AWS_REGION: ap-south-1\n```\n', kinds: ['region'] },
  { name: 'a YAML setting switched off', markdown: '```yaml\ndatabase:\n  multi_az: false\n  deletion_protection: false\n```\n', kinds: ['multi-az-db', 'deletion-protection'] },
  { name: 'a service the program only writes to', markdown: '- The function writes results to S3.', kinds: ['required-service'] },
  { name: 'a passive sentence about the past', markdown: '- Reports were stored in Redshift until last year.', kinds: ['required-service'] },
  { name: 'Config rules about encryption', markdown: '- Enable AWS Config rules to check encryption compliance.', kinds: ['encryption-at-rest'] },
  { name: 'a notification about a deployment is not an alarm', markdown: '- Email the team when a deployment finishes.', kinds: ['alarm-metrics'] },
  { name: 'an encrypted SSM parameter is not a data store', markdown: '- Put the Stripe API key in an encrypted SSM parameter.', kinds: ['encryption-at-rest'] },
  { name: 'customer managed IAM policies are not keys', markdown: '- Use customer managed policies instead of inline policies.', kinds: ['encryption-at-rest'] },
  { name: 'a permissions boundary that is optional', markdown: '- Permission boundaries are optional for service roles.', kinds: ['permissions-boundary'] },
  { name: 'a broad managed policy is not asked for', markdown: '- Never attach AmazonS3FullAccess or AdministratorAccess policies.', kinds: ['managed-policy'] },
  { name: 'no deletion protection (a destroyable stack)', markdown: '- No RemovalPolicy.RETAIN or DeletionProtection on any resource.', kinds: ['deletion-protection'] },
  { name: 'deletion protection switched off', markdown: '- Deletion protection: disabled (test environment)', kinds: ['deletion-protection'] },
  { name: 'deletion protection where appropriate', markdown: '- Use deletion protection where appropriate.', kinds: ['deletion-protection'] },
  { name: 'AWS Backup continuous backups', markdown: '- AWS Backup plans may use continuous backups for S3.', kinds: ['pitr'] },
  { name: 'EBS snapshots', markdown: '- EBS volume snapshots are kept for 7 days by DLM.', kinds: ['backup-retention'] },
  { name: 'a value passed to a function, not a setting', markdown: '- The handler receives the event and the context from Lambda.', kinds: ['config-keys'] },
  { name: 'HTTPS not required', markdown: '- Do not require HTTPS for the health check endpoint.', kinds: ['tls'] },
  { name: 'managed policies only where possible, hedged as a negation', markdown: '- Do not use only managed policies; inline policies are fine for small grants.', kinds: ['managed-policies-only'] },
  { name: 'a role shared on purpose', markdown: '- The Lambda functions share one execution role.', kinds: ['role-per-function'] },
  { name: 'backups moved to Glacier after N days', markdown: '- Database backups older than 30 days move to Glacier.', kinds: ['backup-retention'] },
  { name: 'a backup schedule', markdown: '- Take database backups every 7 days.', kinds: ['backup-retention'] },
  { name: 'backups with a length outside a database', markdown: '- Backups: 7 days', kinds: ['backup-retention'] },
  { name: 'subnets across multiple AZs beside a database', markdown: '- Spread the private subnets across multiple AZs; the database goes in them.', kinds: ['multi-az-db'] },
  { name: 'a region not to deploy to', markdown: '- Do not deploy to us-east-1.', kinds: ['region', 'multi-region'] },
  { name: 'the CloudFront certificate region', markdown: '- CloudFront certificates must be issued in us-east-1.', kinds: ['region', 'multi-region'] },
  { name: 'cities that are not where the stack goes', markdown: '- We have an office in London and customers in Tokyo.', kinds: ['region', 'multi-region'] },
  { name: 'a region as an example', markdown: '- The code should be region-agnostic, e.g. us-east-1.', kinds: ['region'] },
  { name: 'image tags', markdown: '- Container image tags must be immutable.', kinds: ['required-tags'] },
  { name: 'tags as a selector', markdown: '- The cleanup job only stops instances tagged with AutoStop=true.', kinds: ['required-tags'] },
  { name: 'tags from the component args', markdown: '- Tag everything with `props.tags`.', kinds: [] },
  { name: 'a region is not a tag key', markdown: '- Compliance: data residency in eu-west-3, required tags', kinds: [] },
];

// Code references and region codes are never keys.
test('a code reference or a region is not a tag key', () => {
  for (const md of ['- Tag everything with `props.tags`.', '- Compliance: data residency in eu-west-3, required tags', '- Include common tags on all resources.', '- Apply centralized tags to every resource.']) {
    for (const r of extractRequirements(md).filter((x) => x.kind === 'required-tags')) expect(r.params).toEqual({ keys: [] });
  }
});

describe('positive', () => {
  describe.each(POSITIVE)('$name', (c) => {
    test('extracts', () => {
      const found = extractRequirements(c.markdown).filter((r) => r.kind === c.kind);
      expect(found.map((r) => r.params)).toContainEqual(c.params);
    });
    for (const lang of ['ts', 'py'] as const) {
      test.runIf(!!c.programs)(`${lang} programs`, async () => {
        const reqs = extractRequirements(c.markdown).filter((r) => r.kind === c.kind);
        for (const [status, code] of Object.entries(c.programs ?? {}) as [Status, Record<Lang, string>][]) {
          const r = await verdict(reqs, lang, code[lang]);
          expect(r.status, `${status}: ${r.evidence.detail}`).toBe(status);
        }
      });
    }
  });
});

describe('negative', () => {
  test.each(NEGATIVE.filter((n) => n.kinds.length > 0))('$name', (n) => {
    const found = extractRequirements(n.markdown).filter((r) => n.kinds.includes(r.kind));
    expect(found).toEqual([]);
  });
});

// A project file's config block gives the region as its default.
test('the region of a Pulumi.yaml config default', async () => {
  const reqs = extractRequirements('- Deploy to ap-southeast-2.');
  const project = (region: string) => `name: app\nruntime: nodejs\nconfig:\n  aws:region:\n    default: ${region}\n`;
  const program = `import * as aws from '@pulumi/aws';\nnew aws.s3.BucketV2('b');\n`;
  for (const [region, status] of [['ap-southeast-2', 'pass'], ['us-east-1', 'fail']] as const) {
    await initFrontends();
    const input = programOf({ 'index.ts': program, 'Pulumi.yaml': project(region) }, 'index.ts');
    for (const f of input.files) if (f.path === 'Pulumi.yaml') Object.assign(f, { role: 'context' });
    const model = buildModel(input, input.files.filter((f) => f.role === 'program').map(parseSource).filter((m) => m !== undefined));
    expect(checkRequirements(reqs, model).find((r) => r.requirement.kind === 'region')?.status).toBe(status);
  }
});
