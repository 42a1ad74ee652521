// Databases: point-in-time recovery, backup retention, Multi-AZ, engine and version, DynamoDB
// billing mode and keys.

import { knownString } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, items, num, str } from '../../rules/_shared/values.js';
import { projectRegion, providerRegion } from '../../rules/_shared/regions.js';
import { walk } from '../../rules/_shared/walk.js';
import { andOthers, fail, given, label, nothingToCheck, pass, referencedResource, resourcesOf, siblings, TYPES, unknown, type Check, type CheckContext } from './context.js';

export const checkPitr: Check<'pitr'> = (req, ctx) => {
  const tables = resourcesOf(ctx, TYPES.table);
  if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  const off = tables.filter((t) => bool(arg(t, 'pointInTimeRecovery.enabled')) === false || definitelyAbsent(t, 'pointInTimeRecovery.enabled'));
  if (off.length > 0) return fail(req, `${andOthers(off)} has no point-in-time recovery`, off[0], arg(off[0]!, 'pointInTimeRecovery')?.at);
  return tables.every((t) => bool(arg(t, 'pointInTimeRecovery.enabled')) === true) ? pass('point-in-time recovery is on', tables[0], arg(tables[0]!, 'pointInTimeRecovery')?.at) : unknown('point-in-time recovery is not known statically');
};

const RDS = /^aws:rds\/(instance|cluster):(Instance|Cluster)$/;

export const checkBackupRetention: Check<'backup-retention'> = (req, ctx) => {
  const want = req.params.days;
  const dbs = resourcesOf(ctx, RDS).filter((r) => !arg(r, 'replicateSourceDb'));
  const plans = resourcesOf(ctx, /^aws:backup\/plan:/);
  if (dbs.length + plans.length === 0) return nothingToCheck(ctx, 'databases or backup plans');
  let unresolved = false;
  for (const db of dbs) {
    const v = arg(db, 'backupRetentionPeriod');
    // RDS keeps automated backups one day unless told otherwise.
    const days = num(v) ?? (definitelyAbsent(db, 'backupRetentionPeriod') ? 1 : undefined);
    if (days === undefined) unresolved = true;
    else if (days < want) return fail(req, `${label(db)} keeps backups ${days} day${days === 1 ? '' : 's'}${v ? '' : ' (the default)'}`, db, v?.at);
  }
  for (const p of plans) {
    const kept: (number | undefined)[] = [];
    walk(arg(p, 'rules') ?? p.args, ({ key, value }) => {
      if (key === 'deleteAfter') kept.push(num(value));
    });
    const short = kept.find((d) => d !== undefined && d < want);
    if (short !== undefined) return fail(req, `the backup plan ${label(p)} deletes backups after ${short} days`, p);
    if (kept.includes(undefined)) unresolved = true;
  }
  return unresolved ? unknown('backup retention is not known statically') : pass(`backups are kept at least ${want} days`, dbs[0] ?? plans[0], dbs[0] ? arg(dbs[0], 'backupRetentionPeriod')?.at : undefined);
};

function clusterInstances(ctx: CheckContext, cluster: Resource): number {
  return resourcesOf(ctx, TYPES.clusterInstance).filter((i) => referencedResource(arg(i, 'clusterIdentifier')) === cluster.id).length;
}

export const checkMultiAzDb: Check<'multi-az-db'> = (req, ctx) => {
  const instances = resourcesOf(ctx, TYPES.rdsInstance).filter((r) => !arg(r, 'replicateSourceDb'));
  const clusters = resourcesOf(ctx, TYPES.rdsCluster);
  const caches = resourcesOf(ctx, /^aws:elasticache\/replicationGroup:/);
  if (instances.length + clusters.length + caches.length === 0) return nothingToCheck(ctx, 'databases');
  let unresolved = false;
  for (const db of instances) {
    const v = arg(db, 'multiAz');
    if (bool(v) === false || definitelyAbsent(db, 'multiAz')) return fail(req, `${label(db)} is a single-AZ instance (multiAz is ${v ? 'false' : 'not set'})`, db, v?.at);
    if (bool(v) === undefined) unresolved = true;
  }
  for (const c of clusters) {
    // An Aurora cluster is Multi-AZ when it has a replica in a second zone.
    const n = clusterInstances(ctx, c);
    const inLoop = resourcesOf(ctx, TYPES.clusterInstance).some((i) => i.inLoop && referencedResource(arg(i, 'clusterIdentifier')) === c.id);
    if (n === 1 && !inLoop && !str(arg(c, 'engineMode'))) return fail(req, `${label(c)} has a single instance, so it has no standby in another zone`, c);
  }
  for (const g of caches) {
    const v = arg(g, 'multiAzEnabled') ?? arg(g, 'automaticFailoverEnabled');
    if (bool(v) === false || (definitelyAbsent(g, 'multiAzEnabled') && definitelyAbsent(g, 'automaticFailoverEnabled'))) return fail(req, `${label(g)} has no Multi-AZ failover`, g, v?.at);
  }
  return unresolved ? unknown('Multi-AZ settings are not known statically') : pass('databases are Multi-AZ', instances[0] ?? clusters[0] ?? caches[0], instances[0] ? arg(instances[0], 'multiAz')?.at : undefined);
};

/** Where each store keeps its deletion protection. */
const PROTECTION: { scope: string; type: RegExp; path: string }[] = [
  { scope: 'rds', type: RDS, path: 'deletionProtection' },
  { scope: 'dynamodb', type: TYPES.table, path: 'deletionProtectionEnabled' },
  { scope: 'lb', type: /^aws:(lb|alb)\/loadBalancer:LoadBalancer$/, path: 'enableDeletionProtection' },
];

export const checkDeletionProtection: Check<'deletion-protection'> = (req, ctx) => {
  const scope = req.params.scope ?? PROTECTION.map((p) => p.scope);
  const rs = PROTECTION.filter((p) => scope.includes(p.scope)).flatMap((p) => resourcesOf(ctx, p.type).filter((r) => !arg(r, 'replicateSourceDb')).map((r) => ({ r, path: p.path })));
  if (rs.length === 0) return nothingToCheck(ctx, scope.length === 1 && scope[0] === 'lb' ? 'load balancers' : 'databases');
  // All of them off is clear; off on some may be the environments the request does not protect.
  const off = rs.filter(({ r, path }) => bool(arg(r, path)) === false || definitelyAbsent(r, path));
  const on = rs.find(({ r, path }) => bool(arg(r, path)) === true);
  if (off.length > 0 && !on) return fail(req, `${andOthers(off.map((x) => x.r))} ${off.length > 1 ? 'have' : 'has'} no deletion protection (${off[0]!.path} is ${arg(off[0]!.r, off[0]!.path) ? 'false' : 'not set'})`, off[0]!.r, arg(off[0]!.r, off[0]!.path)?.at);
  if (off.length === 0 && rs.every(({ r, path }) => bool(arg(r, path)) === true)) return pass('deletion protection is on', on!.r, arg(on!.r, on!.path)?.at);
  return unknown('deletion protection is not known statically, or is on for some of the stores only');
};

const CACHE_ENGINES = /^(redis|valkey|memcached)$/;

/** Engines of the databases the requirement is about (RDS for SQL engines, ElastiCache for caches). */
function engines(ctx: CheckContext, engine: string): { r: Resource; engine: string | undefined }[] {
  if (CACHE_ENGINES.test(engine)) {
    return resourcesOf(ctx, /^aws:elasticache\/(replicationGroup|cluster|serverlessCache):/).map((r) => ({ r, engine: str(arg(r, 'engine')) ?? (definitelyAbsent(r, 'engine') ? 'redis' : undefined) }));
  }
  // A cluster without an engine is Aurora MySQL.
  return resourcesOf(ctx, RDS).map((r) => ({ r, engine: str(arg(r, 'engine')) ?? (TYPES.rdsCluster.test(r.type) && definitelyAbsent(r, 'engine') ? 'aurora-mysql' : undefined) }));
}

function sameEngine(got: string, want: string): boolean {
  const norm = (e: string) => e.replace(/^aurora$/, 'aurora-mysql').replace(/^postgresql$/, 'postgres').replace(/^valkey$/, 'redis');
  return norm(got) === norm(want);
}

export const checkEngine: Check<'db-engine'> = (req, ctx) => {
  const dbs = engines(ctx, req.params.engine);
  if (dbs.length === 0) return nothingToCheck(ctx, CACHE_ENGINES.test(req.params.engine) ? 'caches' : 'RDS databases');
  // Several engines may be asked for (PostgreSQL for one database, MySQL for another).
  const wanted = siblings(ctx, 'db-engine').map((r) => r.params.engine);
  const running = dbs.find((d) => d.engine && sameEngine(d.engine, req.params.engine));
  if (running) return pass(`${label(running.r)} runs ${req.params.engine}`, running.r, arg(running.r, 'engine')?.at);
  const wrong = dbs.find((d) => d.engine && !wanted.some((w) => sameEngine(d.engine!, w)));
  if (wrong) return fail(req, `${label(wrong.r)} runs ${wrong.engine}`, wrong.r, arg(wrong.r, 'engine')?.at);
  return unknown('database engines are not known statically');
};

export const checkEngineVersion: Check<'db-engine-version'> = (req, ctx) => {
  const dbs = engines(ctx, req.params.engine).filter((d) => d.engine && sameEngine(d.engine, req.params.engine));
  if (dbs.length === 0) return nothingToCheck(ctx, `${req.params.engine} databases`);
  const versions = dbs.map((d) => ({ ...d, version: str(arg(d.r, 'engineVersion')) }));
  const matches = (v: string) => v === req.params.version || v.startsWith(`${req.params.version}.`);
  const wrong = versions.find((d) => d.version !== undefined && !matches(d.version));
  if (wrong) return fail(req, `${label(wrong.r)} runs ${req.params.engine} ${wrong.version}`, wrong.r, arg(wrong.r, 'engineVersion')?.at);
  return versions.every((d) => d.version !== undefined) ? pass(`${req.params.engine} ${req.params.version}`, versions[0]!.r, arg(versions[0]!.r, 'engineVersion')?.at) : unknown('the engine version is left to AWS or not known statically');
};

export const checkBilling: Check<'dynamodb-billing'> = (req, ctx) => {
  const tables = resourcesOf(ctx, TYPES.table);
  if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  // Provisioned capacity with auto scaling is what "on-demand or auto-scaling" requests accept too.
  const scaled = resourcesOf(ctx, /^aws:appautoscaling\/target:/).some((t) => knownString(arg(t, 'serviceNamespace')) === 'dynamodb');
  for (const t of tables) {
    const v = arg(t, 'billingMode');
    const mode = str(v) ?? (definitelyAbsent(t, 'billingMode') ? 'PROVISIONED' : undefined);
    if (mode && mode !== req.params.mode && !(mode === 'PROVISIONED' && scaled)) return fail(req, `${label(t)} uses ${mode} billing${v ? '' : ' (the default)'}`, t, v?.at);
  }
  return tables.every((t) => str(arg(t, 'billingMode')) || definitelyAbsent(t, 'billingMode')) ? pass(`tables bill ${req.params.mode}`, tables[0], arg(tables[0]!, 'billingMode')?.at) : unknown('the billing mode is not known statically');
};

export const checkKeys: Check<'dynamodb-keys'> = (req, ctx) => {
  const tables = resourcesOf(ctx, TYPES.table);
  if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  const { hashKey, rangeKey } = req.params;
  const fits = (t: Resource) => str(arg(t, 'hashKey')) === hashKey && (rangeKey === undefined || str(arg(t, 'rangeKey')) === rangeKey);
  const keyed = tables.find(fits);
  if (keyed) return pass(`${label(keyed)} is keyed by ${hashKey}`, keyed, arg(keyed, 'hashKey')?.at);
  if (tables.some((t) => str(arg(t, 'hashKey')) === undefined)) return unknown('table keys are not known statically');
  const t = tables[0]!;
  return fail(req, `its tables are keyed by ${tables.map((x) => [str(arg(x, 'hashKey')), str(arg(x, 'rangeKey'))].filter(Boolean).join('/')).join(', ')}`, t, arg(t, 'hashKey')?.at);
};

export const checkBackupWindow: Check<'backup-window'> = (req, ctx) => {
  const dbs = resourcesOf(ctx, RDS).filter((r) => !arg(r, 'replicateSourceDb'));
  if (dbs.length === 0) return nothingToCheck(ctx, 'databases');
  const path = (r: Resource) => (TYPES.rdsCluster.test(r.type) ? 'preferredBackupWindow' : 'backupWindow');
  const unset = dbs.filter((r) => definitelyAbsent(r, path(r)));
  if (unset.length > 0) return fail(req, `${andOthers(unset)} sets no ${path(unset[0]!)}, so AWS picks one at random`, unset[0]);
  return pass('backup windows are set', dbs[0], arg(dbs[0]!, path(dbs[0]!))?.at);
};

export const checkDbParameters: Check<'db-parameters'> = (req, ctx) => {
  const groups = resourcesOf(ctx, /^aws:rds\/(parameterGroup|clusterParameterGroup):/);
  if (groups.length === 0) {
    return resourcesOf(ctx, RDS).length > 0 ? fail(req, 'its databases use the default parameter group') : nothingToCheck(ctx, 'databases');
  }
  const names = new Set<string>();
  let open = false;
  for (const g of groups) {
    const list = items(arg(g, 'parameters'));
    if (!list || list.open) open = true;
    walk(arg(g, 'parameters') ?? g.args, ({ key, value }) => {
      if (key !== 'name') return;
      const n = knownString(value);
      if (n) names.add(n);
      else open = true;
    });
  }
  const missing = req.params.names.filter((n) => !names.has(n));
  if (missing.length === 0) return pass(`parameter groups set ${req.params.names.join(', ')}`, groups[0], groups[0] ? arg(groups[0], 'parameters')?.at : undefined);
  if (open) return unknown('parameter names are not known statically');
  return fail(req, `no parameter group sets ${missing.join(', ')}`, groups[0]);
};

export const checkDbMonitoring: Check<'db-monitoring'> = (req, ctx) => {
  const dbs = resourcesOf(ctx, /^aws:rds\/(instance|clusterInstance):/);
  if (dbs.length === 0) return nothingToCheck(ctx, 'database instances');
  for (const db of dbs) {
    const interval = num(arg(db, 'monitoringInterval'));
    if (req.params.enhanced && (interval === 0 || definitelyAbsent(db, 'monitoringInterval'))) {
      return fail(req, `${label(db)} has no enhanced monitoring (monitoringInterval is ${interval ?? 'not set'})`, db, arg(db, 'monitoringInterval')?.at);
    }
    if (req.params.performanceInsights && (bool(arg(db, 'performanceInsightsEnabled')) === false || definitelyAbsent(db, 'performanceInsightsEnabled'))) {
      return fail(req, `${label(db)} does not enable Performance Insights`, db, arg(db, 'performanceInsightsEnabled')?.at);
    }
  }
  return pass('database monitoring is on', dbs[0], arg(dbs[0]!, req.params.enhanced ? 'monitoringInterval' : 'performanceInsightsEnabled')?.at);
};

/** Tables that do, do not, or may have a setting; a table built from unknown values may have it. */
function judgeTables(ctx: CheckContext, has: (t: Resource) => boolean | undefined): { tables: Resource[]; yes?: Resource; no: Resource[]; maybe: boolean } {
  const tables = resourcesOf(ctx, TYPES.table);
  const verdicts = tables.map((t) => ({ t, v: has(t) }));
  const yes = verdicts.find((x) => x.v === true)?.t;
  return { tables, ...(yes ? { yes } : {}), no: verdicts.filter((x) => x.v === false).map((x) => x.t), maybe: verdicts.some((x) => x.v === undefined) };
}

export const checkDynamoStreams: Check<'dynamodb-streams'> = (req, ctx) => {
  const want = req.params.viewType;
  const j = judgeTables(ctx, (t) => {
    const on = bool(arg(t, 'streamEnabled')) ?? (definitelyAbsent(t, 'streamEnabled') ? false : undefined);
    if (on !== true || !want) return on;
    const view = str(arg(t, 'streamViewType'));
    return view === undefined ? undefined : view === want;
  });
  if (j.tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  if (j.yes) return pass(`${label(j.yes)} has a stream`, j.yes);
  if (j.maybe) return unknown('stream settings are not known statically');
  const t = j.no[0]!;
  const view = str(arg(t, 'streamViewType'));
  return fail(req, bool(arg(t, 'streamEnabled')) && view ? `${label(t)} streams ${view}, not ${want}` : `${andOthers(j.no)} has no stream (streamEnabled is ${arg(t, 'streamEnabled') ? 'false' : 'not set'})`, t, arg(t, 'streamEnabled')?.at);
};

export const checkDynamoTtl: Check<'dynamodb-ttl'> = (req, ctx) => {
  const want = req.params.attribute?.toLowerCase();
  const j = judgeTables(ctx, (t) => {
    if (definitelyAbsent(t, 'ttl')) return false;
    // TTL is off unless `enabled` is true, even with an attribute name.
    const on = bool(arg(t, 'ttl.enabled')) ?? (arg(t, 'ttl') && definitelyAbsent(t, 'ttl.enabled') ? false : undefined);
    if (on !== true || !want) return on;
    const name = str(arg(t, 'ttl.attributeName'));
    return name === undefined ? undefined : name.toLowerCase() === want;
  });
  if (j.tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  if (j.yes) return pass(`${label(j.yes)} expires items by TTL`, j.yes);
  if (j.maybe) return unknown('TTL settings are not known statically');
  const t = j.no[0]!;
  const name = str(arg(t, 'ttl.attributeName'));
  const detail = !arg(t, 'ttl') ? 'has no ttl setting' : bool(arg(t, 'ttl.enabled')) ? `expires items by '${name}', not '${req.params.attribute}'` : 'sets ttl without enabled: true, so TTL stays off';
  return fail(req, `${andOthers(j.no)} ${detail}`, t, arg(t, 'ttl')?.at);
};

export const checkDynamoGsi: Check<'dynamodb-gsi'> = (req, ctx) => {
  const { name, key } = req.params;
  const j = judgeTables(ctx, (t) => {
    if (definitelyAbsent(t, 'globalSecondaryIndexes')) return false;
    const list = items(arg(t, 'globalSecondaryIndexes'));
    if (!list) return undefined;
    if (!name && !key) return list.items.length > 0 ? true : list.open ? undefined : false;
    let open = list.open;
    for (const gsi of list.items) {
      if (gsi.kind !== 'obj') {
        open = true;
        continue;
      }
      const n = str(gsi.props.get('name'));
      const keys = [str(gsi.props.get('hashKey')), str(gsi.props.get('rangeKey'))];
      for (const k of items(gsi.props.get('keySchemas'))?.items ?? []) if (k.kind === 'obj') keys.push(str(k.props.get('attributeName')));
      if (name ? n?.toLowerCase() === name.toLowerCase() : keys.some((k) => k?.toLowerCase() === key!.toLowerCase())) return true;
      if (name ? n === undefined : keys.every((k) => k === undefined)) open = true;
    }
    return open ? undefined : false;
  });
  if (j.tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  const what = name ? `the global secondary index ${name}` : key ? `a global secondary index on ${key}` : 'a global secondary index';
  if (j.yes) return pass(`${label(j.yes)} has ${what}`, j.yes);
  if (j.maybe) return unknown('secondary indexes are not known statically');
  return fail(req, `${andOthers(j.no)} has no ${what.replace(/^(the|a) /, '')}`, j.no[0], arg(j.no[0]!, 'globalSecondaryIndexes')?.at);
};

/** Does the table replicate to a region other than its own? false for replicas in its own region only. */
function tableReplicates(ctx: CheckContext, t: Resource): boolean | undefined {
  if (definitelyAbsent(t, 'replicas')) return false;
  const list = items(arg(t, 'replicas'));
  if (!list) return undefined;
  if (list.items.length === 0) return list.open ? undefined : false;
  const own = providerRegion(ctx.model, t)?.region ?? (t.provider === undefined ? projectRegion(ctx.model) : undefined);
  const regions = list.items.map((it) => (it.kind === 'obj' ? str(it.props.get('regionName')) : undefined));
  if (regions.some((r) => r !== undefined && r !== own)) return true;
  if (own && !list.open && regions.every((r) => r === own)) return false;
  return undefined;
}

const RDS_REPLICA = /^aws:rds\/(instance|cluster):/;

export const checkReplication: Check<'replication'> = (req, ctx) => {
  const { service } = req.params;
  if (service === 'dynamodb') {
    const tables = resourcesOf(ctx, TYPES.table);
    if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
    const replica = resourcesOf(ctx, /^aws:dynamodb\/(tableReplica|globalTable):/)[0];
    if (replica) return pass(`${label(replica)} replicates a table`, replica);
    const verdicts = tables.map((t) => ({ t, v: tableReplicates(ctx, t) }));
    const yes = verdicts.find((x) => x.v === true);
    if (yes) return pass(`${label(yes.t)} has replicas in other regions`, yes.t);
    if (verdicts.some((x) => x.v === undefined) || !ctx.complete) return unknown('table replicas are not known statically');
    const own = verdicts.find((x) => given(x.t, 'replicas'));
    if (own) return fail(req, `${label(own.t)} lists a replica only in its own region, which is no global table`, own.t, arg(own.t, 'replicas')?.at);
    return fail(req, `${andOthers(tables)} has no replicas in another region (no replicas, no aws.dynamodb.TableReplica)`, tables[0]);
  }
  if (service === 's3') {
    const buckets = resourcesOf(ctx, TYPES.bucket);
    if (buckets.length === 0) return nothingToCheck(ctx, 'S3 buckets');
    const config = resourcesOf(ctx, /^aws:s3\/bucketReplicationConfig(uration)?:/)[0] ?? buckets.find((b) => given(b, 'replicationConfiguration') && given(b, 'replicationConfiguration')!.kind !== 'unknown');
    if (config) return pass(`${label(config)} configures replication`, config);
    if (!ctx.complete || buckets.some((b) => !definitelyAbsent(b, 'replicationConfiguration'))) return unknown('replication settings are not known statically');
    return fail(req, `no bucket replicates: it creates no aws.s3.BucketReplicationConfig${req.params.scope === 'cross-account' ? ' to the other account' : ''}`);
  }
  const dbs = resourcesOf(ctx, RDS_REPLICA);
  if (dbs.length === 0) return nothingToCheck(ctx, 'RDS databases');
  const global = resourcesOf(ctx, /^aws:rds\/globalCluster:/)[0];
  if (global) return pass(`${label(global)} is a global database`, global);
  const paths = (d: Resource) => (TYPES.rdsInstance.test(d.type) ? ['replicateSourceDb'] : ['replicationSourceIdentifier', 'globalClusterIdentifier']);
  // A source written as a resource attribute or a literal; one read from config may be unset.
  const replica = dbs.find((d) => paths(d).some((p) => given(d, p) && given(d, p)!.kind !== 'unknown'));
  if (replica) return pass(`${label(replica)} replicates another database`, replica);
  const open = dbs.some((d) => paths(d).some((p) => !definitelyAbsent(d, p)));
  if (open || !ctx.complete) return unknown('replication settings are not known statically');
  return fail(req, `${andOthers(dbs)} is a standalone database: nothing replicates it to another region (no replicateSourceDb, no aws.rds.GlobalCluster)`, dbs[0]);
};

export const checkDbSnapshotRestore: Check<'db-snapshot-restore'> = (req, ctx) => {
  // Read replicas copy their source; they are not restored from a snapshot.
  const dbs = resourcesOf(ctx, RDS).filter((r) => !arg(r, 'replicateSourceDb'));
  if (dbs.length === 0) return nothingToCheck(ctx, 'RDS databases');
  // Any value counts, a config read too: the answer restores from the snapshot it is given.
  const restored = dbs.find((d) => arg(d, 'snapshotIdentifier') || arg(d, 's3Import') || arg(d, 'restoreToPointInTime'));
  if (restored) return pass(`${label(restored)} is created from a snapshot`, restored);
  if (!ctx.complete || dbs.some((d) => !definitelyAbsent(d, 'snapshotIdentifier'))) return unknown('whether the databases start from a snapshot is not known statically');
  // A snapshot set on some paths only (a variable assigned in a branch) may evaluate as absent.
  const writesSnapshot = ctx.model.input.files.some((f) => f.role === 'program' && /\bsnapshot_?identifier\s*[:=]/i.test(f.text));
  if (writesSnapshot) return unknown('the program sets a snapshot identifier on some path');
  return fail(req, `${andOthers(dbs)} is created empty (it sets no snapshotIdentifier)`, dbs[0]);
};
