// Databases: point-in-time recovery, backup retention, Multi-AZ, engine and version, DynamoDB
// billing mode and keys.

import { knownString } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, definitelyAbsent, items, num, str } from '../../rules/_shared/values.js';
import { walk } from '../../rules/_shared/walk.js';
import { andOthers, fail, label, nothingToCheck, pass, referencedResource, resourcesOf, siblings, TYPES, unknown, type Check, type CheckContext } from './context.js';

export const checkPitr: Check<'pitr'> = (req, ctx) => {
  const tables = resourcesOf(ctx, TYPES.table);
  if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  const off = tables.filter((t) => bool(arg(t, 'pointInTimeRecovery.enabled')) === false || definitelyAbsent(t, 'pointInTimeRecovery.enabled'));
  if (off.length > 0) return fail(req, `${andOthers(off)} has no point-in-time recovery`, off[0], arg(off[0]!, 'pointInTimeRecovery')?.at);
  return tables.every((t) => bool(arg(t, 'pointInTimeRecovery.enabled')) === true) ? pass('point-in-time recovery is on') : unknown('point-in-time recovery is not known statically');
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
  return unresolved ? unknown('backup retention is not known statically') : pass(`backups are kept at least ${want} days`);
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
  return unresolved ? unknown('Multi-AZ settings are not known statically') : pass('databases are Multi-AZ');
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
  if (dbs.some((d) => d.engine && sameEngine(d.engine, req.params.engine))) return pass(`a database runs ${req.params.engine}`);
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
  return versions.every((d) => d.version !== undefined) ? pass(`${req.params.engine} ${req.params.version}`) : unknown('the engine version is left to AWS or not known statically');
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
  return tables.every((t) => str(arg(t, 'billingMode')) || definitelyAbsent(t, 'billingMode')) ? pass(`tables bill ${req.params.mode}`) : unknown('the billing mode is not known statically');
};

export const checkKeys: Check<'dynamodb-keys'> = (req, ctx) => {
  const tables = resourcesOf(ctx, TYPES.table);
  if (tables.length === 0) return nothingToCheck(ctx, 'DynamoDB tables');
  const { hashKey, rangeKey } = req.params;
  const fits = (t: Resource) => str(arg(t, 'hashKey')) === hashKey && (rangeKey === undefined || str(arg(t, 'rangeKey')) === rangeKey);
  if (tables.some(fits)) return pass(`a table is keyed by ${hashKey}`);
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
  return pass('backup windows are set');
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
  if (missing.length === 0) return pass(`parameter groups set ${req.params.names.join(', ')}`);
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
  return pass('database monitoring is on');
};
