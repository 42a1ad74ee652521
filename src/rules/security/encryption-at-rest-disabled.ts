import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { arg, bool, definitelyAbsent, isAbsent, items, keySpan, str } from '../_shared/values.js';
import { projectRegion, providerRegion } from '../_shared/regions.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { inFragment, knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const RDS_INSTANCE = 'aws:rds/instance:Instance';
const RDS_CLUSTER = 'aws:rds/cluster:Cluster';
const EBS_VOLUME = 'aws:ebs/volume:Volume';
const EC2_INSTANCE = 'aws:ec2/instance:Instance';
const LAUNCH_TEMPLATE = 'aws:ec2/launchTemplate:LaunchTemplate';
const LAUNCH_CONFIGURATION = 'aws:ec2/launchConfiguration:LaunchConfiguration';
const EBS_DEFAULT_ENCRYPTION = 'aws:ebs/encryptionByDefault:EncryptionByDefault';
const EFS = 'aws:efs/fileSystem:FileSystem';
const REPLICATION_GROUP = 'aws:elasticache/replicationGroup:ReplicationGroup';
const KINESIS = 'aws:kinesis/stream:Stream';
const REDSHIFT = 'aws:redshift/cluster:Cluster';
const SNS_TOPIC = 'aws:sns/topic:Topic';
const SQS_QUEUE = 'aws:sqs/queue:Queue';
const SEARCH_DOMAINS = ['aws:opensearch/domain:Domain', 'aws:elasticsearch/domain:Domain'];
const DOC_CLUSTERS = ['aws:docdb/cluster:Cluster', 'aws:neptune/cluster:Cluster'];
const DAX = 'aws:dax/cluster:Cluster';
const FIREHOSE = 'aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream';
const GLOBAL_CLUSTER = 'aws:rds/globalCluster:GlobalCluster';

// Arguments with which encryption is decided by something else than `storageEncrypted`: a copy
// (replica, snapshot, point-in-time restore, S3 import, global cluster member) inherits it from
// its source, and a `kmsKeyId` shows encryption is intended.
const RDS_INSTANCE_DERIVED = ['replicateSourceDb', 'snapshotIdentifier', 'restoreToPointInTime', 's3Import', 'kmsKeyId'];
const RDS_CLUSTER_DERIVED = ['replicationSourceIdentifier', 'snapshotIdentifier', 'restoreToPointInTime', 's3Import', 'globalClusterIdentifier', 'kmsKeyId'];
const DOC_CLUSTER_DERIVED = ['snapshotIdentifier', 'globalClusterIdentifier', 'replicationSourceIdentifier', 'restoreToPointInTime', 'kmsKeyId'];

function given(r: Resource, path: string): boolean {
  return !definitelyAbsent(r, path);
}

function reportDisabled(ctx: RuleContext, r: Resource, path: string, v: Value, owner: Value = r.args): void {
  const key = path.split('.').pop()!;
  ctx.report({ messageId: 'disabled', data: { resource: resourceRef(r, true), path }, at: v.at ?? keySpan(owner, key), resource: r });
}

function reportAbsent(ctx: RuleContext, r: Resource, path: string): void {
  ctx.report({ messageId: 'absent', data: { resource: resourceRef(r, true), path }, resource: r });
}

/** A boolean flag whose AWS default is "unencrypted": explicit false and absence are both reported. */
function flagDefaultOff(ctx: RuleContext, r: Resource, path: string): void {
  const v = arg(r, path);
  if (v && bool(v) === false) reportDisabled(ctx, r, path, v);
  else if (knownAbsent(ctx, r, path)) reportAbsent(ctx, r, path);
}

/** A flag whose default is "encrypted" (or depends on the account): only explicit false is reported. */
function flagExplicitOff(ctx: RuleContext, r: Resource, path: string, owner: Value = r.args, shown = path): void {
  const key = path.split('.').pop()!;
  const v = owner.kind === 'obj' ? owner.props.get(key) : undefined;
  if (v && bool(v) === false) reportDisabled(ctx, r, shown, v, owner);
}

function checkRdsInstance(ctx: RuleContext, r: Resource): void {
  const engine = str(arg(r, 'engine'));
  // Aurora instances store nothing themselves: the cluster's setting applies.
  if (engine?.startsWith('aurora')) return;
  if (RDS_INSTANCE_DERIVED.some((k) => given(r, k)) && bool(arg(r, 'storageEncrypted')) !== false) return;
  flagDefaultOff(ctx, r, 'storageEncrypted');
}

/** Encrypted storage is stated: `storageEncrypted: true` or a KMS key. */
function encryptedCluster(r: Resource): boolean {
  return bool(arg(r, 'storageEncrypted')) === true || !definitelyAbsent(r, 'kmsKeyId');
}

/** The region of a resource's provider (explicit, else the project's), when known. */
function regionOf(ctx: RuleContext, r: Resource): string | undefined {
  return r.provider === undefined ? projectRegion(ctx.model) : providerRegion(ctx.model, r)?.region;
}

/**
 * Is `a` deployed in another Region than `b`? Known regions decide; otherwise two different
 * explicit providers are taken for two Regions, and anything else is not known.
 */
function otherRegion(ctx: RuleContext, a: Resource, b: Resource): boolean | undefined {
  if (a.provider === b.provider) return false;
  const ra = regionOf(ctx, a);
  const rb = regionOf(ctx, b);
  if (ra !== undefined && rb !== undefined) return ra !== rb;
  return typeof a.provider === 'number' && typeof b.provider === 'number' ? true : undefined;
}

/**
 * A cluster that joins a global database in another Region than an encrypted member, without a KMS
 * key of its own: KMS keys are regional, and AWS refuses to create the encrypted cross-region
 * replica unless it names one ("For encrypted cross-region replica, kmsKeyId should be explicitly
 * specified").
 */
function checkGlobalSecondary(ctx: RuleContext, r: Resource): boolean {
  const global = referencedResource(ctx.model, arg(r, 'globalClusterIdentifier'));
  if (global?.type !== GLOBAL_CLUSTER || !knownAbsent(ctx, r, 'kmsKeyId')) return false;
  const members = ctx.model.resources.filter((m) => m.type === RDS_CLUSTER && m !== r && referencedResource(ctx.model, arg(m, 'globalClusterIdentifier')) === global);
  // The primary lives in the global cluster's Region; when that is not known, it is the member
  // written before this one in another Region (secondaries are declared after their primary).
  const vsGlobal = global.provider === undefined && regionOf(ctx, global) === undefined ? undefined : otherRegion(ctx, r, global);
  const primaries = vsGlobal === undefined ? members.filter((m) => m.id < r.id && otherRegion(ctx, r, m) === true) : vsGlobal ? members.filter((m) => otherRegion(ctx, m, global) === false) : [];
  if (vsGlobal === false || (primaries.length === 0 && vsGlobal !== true)) return false;
  if (bool(arg(global, 'storageEncrypted')) !== true && !primaries.some(encryptedCluster)) return false;
  // The message names what is missing: the key always, `storageEncrypted: true` only when unset.
  const encrypted = bool(arg(r, 'storageEncrypted')) === true;
  const data = encrypted ? { alsoUnset: '', set: '`kmsKeyId`' } : { alsoUnset: ' (and does not set `storageEncrypted: true`)', set: '`storageEncrypted: true` and `kmsKeyId`' };
  ctx.report({ messageId: 'globalSecondary', data, at: arg(r, 'storageEncrypted')?.at, resource: r });
  return true;
}

function checkRdsCluster(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'storageEncrypted');
  if (checkGlobalSecondary(ctx, r)) return;
  if (v && bool(v) === false) return reportDisabled(ctx, r, 'storageEncrypted', v);
  if (!knownAbsent(ctx, r, 'storageEncrypted') || RDS_CLUSTER_DERIVED.some((k) => given(r, k))) return;
  const engine = str(arg(r, 'engine'));
  const mode = str(arg(r, 'engineMode'));
  if (engine === undefined || mode === 'serverless') return;
  if (engine.startsWith('aurora')) ctx.report({ messageId: 'auroraDefault', resource: r, severity: 'low' });
  else reportAbsent(ctx, r, 'storageEncrypted');
}

/**
 * Does the program switch on EBS encryption by default (`aws.ebs.EncryptionByDefault`, `enabled`
 * true or not written)? The setting is per region; any such resource is taken to cover every
 * provider, since the regions of providers are rarely known.
 */
function ebsEncryptedByDefault(ctx: RuleContext): boolean {
  return ctx.model.resources.some((d) => d.type === EBS_DEFAULT_ENCRYPTION && bool(arg(d, 'enabled')) !== false);
}

/**
 * An EBS block device: reported when `encrypted` is false (high), or not written in a block that
 * does not restore a snapshot (medium: the account default or the AMI decides).
 */
function checkEbsBlock(ctx: RuleContext, r: Resource, block: Value, shown: string, byDefault: boolean): void {
  if (block.kind !== 'obj') return;
  const v = block.props.get('encrypted');
  if (v && !isAbsent(v)) {
    if (bool(v) === false && !byDefault) reportDisabled(ctx, r, `${shown}.encrypted`, v, block);
    return;
  }
  if (block.open || byDefault || inFragment(ctx, r) || !r.argsKnown) return;
  const snapshot = block.props.get('snapshotId');
  if (snapshot && !isAbsent(snapshot)) return;
  ctx.report({ messageId: 'ebsUnset', data: { resource: resourceRef(r, true), path: shown }, at: block.at ?? r.at, resource: r, severity: 'medium' });
}

/** No root volume settings at all: the AMI and the account default decide (low). */
function reportRootDefault(ctx: RuleContext, r: Resource, path: string): void {
  ctx.report({ messageId: 'ebsRootDefault', data: { resource: resourceRef(r, true), path }, resource: r, severity: 'low' });
}

/** `aws.ec2.Instance` and `aws.ec2.LaunchConfiguration`: `rootBlockDevice` and `ebsBlockDevices` (Checkov CKV_AWS_8). */
function checkEc2Instance(ctx: RuleContext, r: Resource): void {
  const byDefault = ebsEncryptedByDefault(ctx);
  const root = arg(r, 'rootBlockDevice');
  if (root) checkEbsBlock(ctx, r, root, 'rootBlockDevice', byDefault);
  else if (!byDefault && knownAbsent(ctx, r, 'rootBlockDevice') && (r.type !== EC2_INSTANCE || definitelyAbsent(r, 'launchTemplate'))) reportRootDefault(ctx, r, 'rootBlockDevice');
  const ebs = items(arg(r, 'ebsBlockDevices'));
  ebs?.items.forEach((d, i) => checkEbsBlock(ctx, r, d, `ebsBlockDevices[${i}]`, byDefault));
}

function checkLaunchTemplate(ctx: RuleContext, r: Resource): void {
  const byDefault = ebsEncryptedByDefault(ctx);
  const mappings = items(arg(r, 'blockDeviceMappings'));
  if (!mappings) {
    if (!byDefault && knownAbsent(ctx, r, 'blockDeviceMappings')) reportRootDefault(ctx, r, 'blockDeviceMappings');
    return;
  }
  mappings.items.forEach((m, i) => {
    const ebs = m.kind === 'obj' ? m.props.get('ebs') : undefined;
    if (ebs && !isAbsent(ebs)) checkEbsBlock(ctx, r, ebs, `blockDeviceMappings[${i}].ebs`, byDefault);
  });
}

function checkReplicationGroup(ctx: RuleContext, r: Resource): void {
  // A member of a global datastore takes its encryption from the primary.
  if (given(r, 'globalReplicationGroupId')) return;
  const engine = definitelyAbsent(r, 'engine') ? 'redis' : str(arg(r, 'engine'));
  // Valkey encrypts at rest by default; Redis OSS does not.
  if (engine === 'redis') flagDefaultOff(ctx, r, 'atRestEncryptionEnabled');
  else flagExplicitOff(ctx, r, 'atRestEncryptionEnabled');
}

function checkDocCluster(ctx: RuleContext, r: Resource): void {
  if (DOC_CLUSTER_DERIVED.some((k) => given(r, k)) && bool(arg(r, 'storageEncrypted')) !== false) return;
  flagDefaultOff(ctx, r, 'storageEncrypted');
}

/** `aws.ebs.Volume`: false is high; not written (and no snapshot to inherit from) is medium, as for instance disks. */
function checkVolume(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'encrypted');
  if (v) {
    if (bool(v) === false) reportDisabled(ctx, r, 'encrypted', v);
    return;
  }
  if (!knownAbsent(ctx, r, 'encrypted') || given(r, 'snapshotId') || ebsEncryptedByDefault(ctx)) return;
  ctx.report({ messageId: 'volumeUnset', resource: r, severity: 'medium' });
}

/** Firehose encrypts buffered records only when asked; with a Kinesis or MSK source the source's encryption applies. */
function checkFirehose(ctx: RuleContext, r: Resource): void {
  if (given(r, 'kinesisSourceConfiguration') || given(r, 'mskSourceConfiguration')) return;
  const v = arg(r, 'serverSideEncryption.enabled');
  if (v && bool(v) === false) reportDisabled(ctx, r, 'serverSideEncryption.enabled', v, arg(r, 'serverSideEncryption'));
  else if (knownAbsent(ctx, r, 'serverSideEncryption')) ctx.report({ messageId: 'absent', data: { resource: resourceRef(r, true), path: 'serverSideEncryption' }, resource: r, severity: 'medium' });
}

function checkKinesis(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'encryptionType');
  if (v && str(v)?.toUpperCase() === 'NONE') reportDisabled(ctx, r, 'encryptionType', v);
  else if (knownAbsent(ctx, r, 'encryptionType')) reportAbsent(ctx, r, 'encryptionType');
}

function checkSnsTopic(ctx: RuleContext, r: Resource): void {
  const key = arg(r, 'kmsMasterKeyId');
  if (knownAbsent(ctx, r, 'kmsMasterKeyId') || str(key) === '') ctx.report({ messageId: 'snsTopic', resource: r, severity: 'low' });
}

function checkSqsQueue(ctx: RuleContext, r: Resource): void {
  const v = arg(r, 'sqsManagedSseEnabled');
  // Since 2022 new queues get SSE-SQS unless it is switched off; a KMS key replaces it.
  if (v && bool(v) === false && definitelyAbsent(r, 'kmsMasterKeyId')) reportDisabled(ctx, r, 'sqsManagedSseEnabled', v);
}

function checkSearchDomain(ctx: RuleContext, r: Resource): void {
  const block = arg(r, 'encryptAtRest');
  if (block) flagExplicitOff(ctx, r, 'enabled', block, 'encryptAtRest.enabled');
  else if (knownAbsent(ctx, r, 'encryptAtRest')) reportAbsent(ctx, r, 'encryptAtRest');
}

export default defineRule({
  id: 'security/encryption-at-rest-disabled',
  class: 'ENCRYPTION-AT-REST',
  severity: 'high',
  category: 'security',
  resourceTypes: [RDS_INSTANCE, RDS_CLUSTER, EBS_VOLUME, EC2_INSTANCE, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION, EFS, REPLICATION_GROUP, KINESIS, REDSHIFT, SNS_TOPIC, SQS_QUEUE, ...SEARCH_DOMAINS, ...DOC_CLUSTERS, DAX, FIREHOSE],
  messages: {
    disabled: '{{resource}} sets `{{path}}` so that its data is stored unencrypted. Disks, snapshots and backups of this resource can be read by anyone who gets hold of them; enable encryption (with a customer managed KMS key where compliance asks for one).',
    absent: '{{resource}} does not set `{{path}}`, and AWS stores this resource unencrypted by default. Its data, snapshots and backups are readable by anyone who gets hold of them; enable it explicitly (for databases, file systems and caches it can only be chosen when the resource is created).',
    auroraDefault: 'Aurora cluster without `storageEncrypted`. Only clusters created since February 2026 are encrypted by default, with an AWS owned key that cannot be audited, rotated or shared; set `storageEncrypted: true` (and `kmsKeyId` for a customer managed key) so the encryption is stated and enforced.',
    ebsUnset: '{{resource}} configures the EBS volume `{{path}}` without `encrypted: true`: the volume is encrypted only if the AMI snapshot is or the account has EBS encryption by default switched on, otherwise its data and snapshots are stored in clear. Set `encrypted: true` (with `kmsKeyId` for a customer managed key).',
    ebsRootDefault: '{{resource}} does not set `{{path}}`, so its root volume takes the AMI\'s and the account\'s defaults, which leave it unencrypted unless EBS encryption by default is switched on for the region. Declare the root volume with `encrypted: true`, or enable `aws.ebs.EncryptionByDefault` in the program.',
    globalSecondary: 'This Aurora cluster joins an encrypted global database in another Region but names no `kmsKeyId`{{alsoUnset}}: KMS keys are regional, so AWS refuses to create the encrypted cross-region member ("For encrypted cross-region replica, kmsKeyId should be explicitly specified"). Create a KMS key with this cluster\'s provider and set {{set}} to it.',
    volumeUnset: 'EBS volume without `encrypted: true`: it is encrypted only if the account has EBS encryption by default switched on in the region, otherwise its data and snapshots are stored in clear. Set `encrypted: true` (with `kmsKeyId` for a customer managed key).',
    snsTopic: 'SNS topic without `kmsMasterKeyId`: its messages are protected only by SNS\'s own disk encryption, with no key policy deciding who can read them and no KMS audit trail (NIST 800-53 SC-28 asks for KMS). Set `kmsMasterKeyId` to a customer managed key whose policy lets the publishers (e.g. cloudwatch.amazonaws.com) use it.',
  },
  title: {
    disabled: 'Encryption at rest switched off ({{path:arg:code}}) on {{counted}}',
    absent: '{{counted}} stored unencrypted ({{path:arg:code}} not set)',
    auroraDefault: 'Storage encryption not stated on Aurora {{counted}}',
    ebsUnset: 'EBS volume {{path:arg:code}} of {{counted}} not marked encrypted',
    ebsRootDefault: 'Root volume encryption not declared on {{counted}}',
    globalSecondary: 'Encrypted global database member {{counted}} without a KMS key of its region',
    volumeUnset: '{{counted}} not marked encrypted',
    snsTopic: 'No KMS key on {{counted}}',
  },
  fixHint: 'Set the resource\'s encryption argument: `storageEncrypted: true`, `encrypted: true`, `atRestEncryptionEnabled: true`, `encryptionType: "KMS"`, `kmsMasterKeyId`, `encryptAtRest: { enabled: true }`.',
  docs: {
    summary: 'Storage and messaging resources whose encryption at rest is switched off, or left at an AWS default that is unencrypted.',
    why: 'Encryption at rest is a baseline control (AWS Foundational Security Best Practices, CIS, PCI DSS): without it, disks, snapshots and backups can be read by whoever obtains them, and the stack fails those audits. For most services it can only be chosen at creation: fixing it later means replacing the database, file system or stream. The rule reports an explicit "off" everywhere, and an omitted setting only where the AWS default is unencrypted: RDS instances and non-Aurora clusters, DocumentDB and Neptune clusters, DAX clusters, EFS, Redis replication groups, Kinesis streams and OpenSearch domains (Firehose delivery streams with direct put, at medium severity); SNS topics without a KMS key are reported at low severity (SNS only applies its own disk encryption; Security Hub retired SNS.1 from its foundational standard in 2024 but NIST 800-53 still asks for KMS). Services that encrypt by default are not reported when the setting is omitted: S3 (SSE-S3 since January 2023), DynamoDB (always encrypted; `serverSideEncryption.enabled: false` only selects the AWS owned key), SQS (SSE-SQS since 2022), Redshift, CloudWatch Logs, Valkey; security/encryption-at-rest-not-configured reports the first three at low severity. EBS volumes follow the AMI snapshot and the account\'s "encryption by default" setting (off unless someone switched it on): an `aws.ebs.Volume` without `encrypted` (and without a snapshot to inherit from) is reported at medium severity, and the disks of instances, launch templates and launch configurations are checked as Checkov\'s CKV_AWS_8 does: a declared volume without `encrypted: true` is reported at medium severity, and a template, launch configuration or instance that does not declare its root volume at all at low severity (most generated programs leave it to the defaults). An enabled `aws.ebs.EncryptionByDefault` in the program makes both clean.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n});\nconst fs = new aws.efs.FileSystem('fs', { encrypted: false });\nexport const ids = [db.id, fs.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True)\nstream = aws.kinesis.Stream("events", shard_count=1)\npulumi.export("ids", [db.id, stream.id])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.kms.Key('key', { enableKeyRotation: true });\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  kmsKeyId: key.arn,\n});\nconst fs = new aws.efs.FileSystem('fs', { encrypted: true, kmsKeyId: key.arn });\nexport const ids = [db.id, fs.id];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", allocated_storage=20,\n    username="app", manage_master_user_password=True, storage_encrypted=True)\nstream = aws.kinesis.Stream("events", shard_count=1, encryption_type="KMS", kms_key_id="alias/aws/kinesis")\npulumi.export("ids", [db.id, stream.id])\n`,
    },
    references: [
      'node_modules/@pulumi/aws/rds/instance.d.ts: storageEncrypted "The default is `false` if not specified"',
      'node_modules/@pulumi/aws/rds/cluster.d.ts: storageEncrypted "The default is `false` for `provisioned` `engineMode` and `true` for `serverless`"',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html (new Aurora clusters encrypted by default since 2026-02-18, AWS owned key)',
      'https://aws.amazon.com/blogs/database/use-default-encryption-at-rest-for-new-amazon-aurora-clusters',
      'node_modules/@pulumi/aws/elasticache/replicationGroup.d.ts: atRestEncryptionEnabled "When `engine` is `redis`, default is `false`. When `engine` is `valkey`, default is `true`"',
      'node_modules/@pulumi/aws/kinesis/stream.d.ts: encryptionType "The default value is `NONE`"',
      'node_modules/@pulumi/aws/redshift/cluster.d.ts: encrypted "Default is `true`"',
      'node_modules/@pulumi/aws/types/input.d.ts: opensearch DomainEncryptAtRest "If the `encryptAtRest` block is not provided then this defaults to `false`"; dynamodb TableServerSideEncryption (AWS owned key when disabled)',
      'https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html (Encrypted: "if true, creates an encrypted file system")',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html (SNS.1: "By default, SNS stores messages and files using disk encryption")',
      'https://aws.amazon.com/blogs/compute/announcing-server-side-encryption-with-amazon-simple-queue-service-managed-encryption-keys-sse-sqs-by-default/',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-encryption.html (volumes restored from a snapshot keep its encryption)',
      'https://www.checkov.io/5.Policy%20Index/terraform.html (CKV_AWS_8: launch configuration / instance EBS encrypted)',
    ],
    notes: 'An Aurora cluster that joins a global database in another Region (another provider) than an encrypted member, without a `kmsKeyId`, is reported at high severity: AWS requires a key of the member\'s own Region. Copies inherit encryption from their source, so RDS read replicas, snapshot and point-in-time restores, S3 imports and global-cluster members are only reported for an explicit `false`; so is an RDS resource that names a `kmsKeyId`. Aurora instances (`aws.rds.Instance` with an `aurora*` engine) are skipped: the cluster decides. An Aurora cluster without the setting is reported at low severity (the 2026 default encrypts it with an AWS owned key); an explicit `false` is reported at high severity everywhere. Replication groups of unknown engine and clusters of unknown engine are not reported for an omitted setting. EBS block devices that restore a snapshot (`snapshotId`) or are instance-store (`virtualName`) are not reported for an omitted `encrypted`; an instance launched from a launch template is judged by the template; any enabled `aws.ebs.EncryptionByDefault` is taken to cover every region of the program.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === RDS_INSTANCE) checkRdsInstance(ctx, r);
      else if (r.type === RDS_CLUSTER) checkRdsCluster(ctx, r);
      else if (r.type === EBS_VOLUME) checkVolume(ctx, r);
      else if (r.type === REDSHIFT) flagExplicitOff(ctx, r, 'encrypted');
      else if (DOC_CLUSTERS.includes(r.type)) checkDocCluster(ctx, r);
      else if (r.type === DAX) flagDefaultOff(ctx, r, 'serverSideEncryption.enabled');
      else if (r.type === FIREHOSE) checkFirehose(ctx, r);
      else if (r.type === EC2_INSTANCE || r.type === LAUNCH_CONFIGURATION) checkEc2Instance(ctx, r);
      else if (r.type === LAUNCH_TEMPLATE) checkLaunchTemplate(ctx, r);
      else if (r.type === EFS) flagDefaultOff(ctx, r, 'encrypted');
      else if (r.type === REPLICATION_GROUP) checkReplicationGroup(ctx, r);
      else if (r.type === KINESIS) checkKinesis(ctx, r);
      else if (r.type === SNS_TOPIC) checkSnsTopic(ctx, r);
      else if (r.type === SQS_QUEUE) checkSqsQueue(ctx, r);
      else if (SEARCH_DOMAINS.includes(r.type)) checkSearchDomain(ctx, r);
    }
  },
});
