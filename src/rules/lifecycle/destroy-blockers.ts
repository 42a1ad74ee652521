import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { resourceRef } from '../_shared/labels.js';
import { refersTo } from '../_shared/resource-refs.js';
import { arg, bool, definitelyAbsent, items, num, opt, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const BUCKETS = ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'];
const SECRET = 'aws:secretsmanager/secret:Secret';
const RDS_INSTANCE = 'aws:rds/instance:Instance';
/** Databases whose delete takes a final snapshot unless `skipFinalSnapshot` is true. */
const FINAL_SNAPSHOT = [RDS_INSTANCE, 'aws:rds/cluster:Cluster', 'aws:docdb/cluster:Cluster', 'aws:neptune/cluster:Cluster', 'aws:redshift/cluster:Cluster'];

/** Arguments that make AWS refuse the delete call, and the value that switches them on. */
const PROTECTION_FLAGS: { key: string; on: boolean | string }[] = [
  { key: 'deletionProtection', on: true }, // RDS, Aurora, DocumentDB, Neptune, global clusters
  { key: 'deletionProtection', on: 'ACTIVE' }, // Cognito user pools
  { key: 'deletionProtectionEnabled', on: true }, // DynamoDB
  { key: 'enableDeletionProtection', on: true }, // load balancers
  { key: 'disableApiTermination', on: true }, // EC2 instances
];

/** What blocks the destroy, in a sentence, and its cause in a few words (for titles). */
interface Blocker {
  text: string;
  cause: string;
}

function protectionFlags(r: Resource): Blocker[] {
  const out: Blocker[] = [];
  for (const { key, on } of PROTECTION_FLAGS) {
    const v = arg(r, key);
    const isOn = typeof on === 'boolean' ? bool(v) === on : str(v)?.toUpperCase() === on;
    if (isOn) out.push({ text: `\`${key}: ${typeof on === 'boolean' ? on : `"${on}"`}\` makes AWS refuse the delete`, cause: `\`${key}\` on` });
  }
  return out;
}

function finalSnapshot(ctx: RuleContext, r: Resource): Blocker[] {
  if (!FINAL_SNAPSHOT.includes(r.type)) return [];
  // A read replica is deleted without a final snapshot (AWS rejects one).
  if (r.type === RDS_INSTANCE && !definitelyAbsent(r, 'replicateSourceDb')) return [];
  const skip = arg(r, 'skipFinalSnapshot');
  const skipOff = skip ? bool(skip) === false : knownAbsent(ctx, r, 'skipFinalSnapshot');
  if (!skipOff || !knownAbsent(ctx, r, 'finalSnapshotIdentifier')) return [];
  return [
    {
      text: '`skipFinalSnapshot` is not true and there is no `finalSnapshotIdentifier`, so the provider refuses to delete it ("final_snapshot_identifier is required when skip_final_snapshot is false")',
      cause: '`skipFinalSnapshot` not true',
    },
  ];
}

function bucketContents(ctx: RuleContext, r: Resource): Blocker[] {
  if (!BUCKETS.includes(r.type)) return [];
  const force = arg(r, 'forceDestroy');
  const off = force ? bool(force) === false : knownAbsent(ctx, r, 'forceDestroy');
  return off ? [{ text: 'without `forceDestroy: true` the bucket cannot be deleted while it holds objects or object versions (BucketNotEmpty)', cause: 'no `forceDestroy`' }] : [];
}

const ECR_REPOSITORY = 'aws:ecr/repository:Repository';
const BACKUP_VAULT = 'aws:backup/vault:Vault';
const BACKUP_PLAN = 'aws:backup/plan:Plan';

/** Containers AWS refuses to delete while they hold content: ECR images, Backup recovery points. */
function containerContents(ctx: RuleContext, r: Resource): Blocker[] {
  if (r.type === ECR_REPOSITORY) {
    const force = arg(r, 'forceDelete');
    const off = force ? bool(force) === false : knownAbsent(ctx, r, 'forceDelete');
    return off ? [{ text: 'without `forceDelete: true` the repository cannot be deleted once it holds images (RepositoryNotEmptyException)', cause: 'no `forceDelete`' }] : [];
  }
  if (r.type !== BACKUP_VAULT) return [];
  // Only a vault that a plan of the program writes to ever holds recovery points.
  const targeted = ctx.model.resources.some((p) => p.type === BACKUP_PLAN && (items(arg(p, 'rules'))?.items ?? []).some((rule) => rule.kind === 'obj' && refersTo(ctx.model, rule.props.get('targetVaultName'), r) === 'yes'));
  const force = arg(r, 'forceDestroy');
  const off = force ? bool(force) === false : knownAbsent(ctx, r, 'forceDestroy');
  return targeted && off
    ? [{ text: 'without `forceDestroy: true` the vault cannot be deleted while it holds the recovery points its backup plan writes ("Backup vault cannot be deleted because it contains recovery points")', cause: 'no `forceDestroy`' }]
    : [];
}

function secretRecoveryWindow(ctx: RuleContext, r: Resource): Blocker[] {
  // Only a fixed name collides: an auto-named secret gets a new random suffix on every deploy.
  if (r.type !== SECRET || definitelyAbsent(r, 'name')) return [];
  const window = arg(r, 'recoveryWindowInDays');
  const days = window ? num(window) : knownAbsent(ctx, r, 'recoveryWindowInDays') ? 30 : undefined;
  if (days === undefined || days === 0) return [];
  return [
    {
      text: `a deleted secret stays scheduled for deletion for ${days} days (\`recoveryWindowInDays\`${window ? '' : ' defaults to 30'}), so redeploying with the same name fails; set \`recoveryWindowInDays: 0\``,
      cause: `${days}-day recovery window`,
    },
  ];
}

function resourceOptions(r: Resource): Blocker[] {
  const out: Blocker[] = [];
  if (bool(opt(r, 'protect')) === true) out.push({ text: 'the `protect: true` option makes `pulumi destroy` fail until it is removed', cause: '`protect`' });
  if (bool(opt(r, 'retainOnDelete')) === true) {
    out.push({ text: 'the `retainOnDelete: true` option leaves the resource in AWS after destroy, where a fixed name collides with the next deployment', cause: '`retainOnDelete`' });
  }
  return out;
}

export default defineRule({
  id: 'lifecycle/destroy-blockers',
  class: 'DESTROY-BLOCKERS',
  severity: 'low',
  category: 'lifecycle',
  resourceTypes: [],
  messages: {
    blockers: '{{resource}} blocks a clean `pulumi destroy`: {{blockers}}. Stacks are expected to be deployable and destroyable repeatedly (test and per-branch environments); keep such protection behind configuration for production only.',
  },
  title: '`pulumi destroy` blocked on {{counted}}: {{causes:arg:full}}',
  fixHint: 'Drop `protect`/`retainOnDelete` and deletion protection (or make them depend on a production flag), set `skipFinalSnapshot: true`, `forceDestroy: true` on buckets and `recoveryWindowInDays: 0` on named secrets.',
  docs: {
    summary: 'Resources that make `pulumi destroy` fail or leave something behind: deletion protection, `protect`/`retainOnDelete`, RDS without `skipFinalSnapshot`, buckets without `forceDestroy`, ECR repositories without `forceDelete`, backup vaults written by a plan without `forceDestroy`, named secrets with a recovery window.',
    why: 'Stacks for test and per-PR environments must be torn down and redeployed, and each of these stops that: AWS refuses to delete resources with deletion protection, the provider refuses to delete an RDS database that must take a final snapshot but has no snapshot name, S3 refuses to delete a non-empty bucket, `protect` fails the destroy, `retainOnDelete` orphans the resource, and a deleted Secrets Manager secret keeps its name reserved for the recovery window (30 days by default) so the next deployment collides. One finding per resource lists all of its blockers.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  deletionProtection: true,\n});\nconst secret = new aws.secretsmanager.Secret('api-key', { name: 'app/api-key' });\nexport const ids = [db.id, secret.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.Bucket("data", opts=pulumi.ResourceOptions(protect=True))\npulumi.export("bucket", bucket.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  deletionProtection: false,\n  skipFinalSnapshot: true,\n});\nconst secret = new aws.secretsmanager.Secret('api-key', { name: 'app/api-key', recoveryWindowInDays: 0 });\nexport const ids = [db.id, secret.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.Bucket("data", force_destroy=True)\npulumi.export("bucket", bucket.id)\n`,
    },
    references: [
      'node_modules/@pulumi/aws/rds/instance.d.ts: skipFinalSnapshot "Default is `false`"; finalSnapshotIdentifier "Must be provided if `skipFinalSnapshot` is set to `false`"',
      'terraform-provider-aws internal/service/rds: "final_snapshot_identifier is required when skip_final_snapshot is false" on delete',
      'node_modules/@pulumi/aws/s3/bucket.d.ts: forceDestroy',
      'node_modules/@pulumi/aws/secretsmanager/secret.d.ts: recoveryWindowInDays "The default value is `30`"',
      'https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-secret.html',
      'https://www.pulumi.com/docs/iac/concepts/options/protect/',
      'https://www.pulumi.com/docs/iac/concepts/options/retainondelete/',
    ],
    notes: 'Values that depend on configuration (`protect: env === "prod"`, `deletionProtection: isProd`) are unknown and not reported. KMS keys are not reported (their deletion window does not block a destroy or a redeploy). Auto-named secrets are not reported for their recovery window. RDS read replicas are not reported for the final snapshot.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.isProvider) continue;
      const blockers = [...protectionFlags(r), ...finalSnapshot(ctx, r), ...bucketContents(ctx, r), ...containerContents(ctx, r), ...secretRecoveryWindow(ctx, r), ...resourceOptions(r)];
      if (blockers.length > 0) {
        ctx.report({ messageId: 'blockers', data: { resource: resourceRef(r, true), blockers: blockers.map((b) => b.text).join('; '), causes: blockers.map((b) => b.cause).join(', ') }, resource: r });
      }
    }
  },
});
