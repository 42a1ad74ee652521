// Databases: point-in-time recovery, backup retention, Multi-AZ, engine and version, DynamoDB billing
// mode and key schema.

import type { ParamsOf } from '../kinds.js';
import { found, type Clause, type Extractor, type Found } from './found.js';
import { DATABASE, daysIn, negatedAt } from './text.js';

// "point-in-time recovery", "point in time restore", "PITR", DynamoDB "continuous backups".
const PITR = /\bpoint[- ]in[- ]time[- ](recovery|restore|restores|backups?)\b|\bpitr\b/;
// Continuous backups are DynamoDB's name for it; AWS Backup's continuous backups are plans.
const CONTINUOUS = /\bcontinuous backups?\b/;

export const extractPitr: Extractor = (c) => {
  const m = PITR.exec(c.low) ?? (/\bdynamo\s?db\b|\btables?\b/.test(`${c.low} ${c.lead}`) ? CONTINUOUS.exec(c.low) : null);
  if (!m || negatedAt(c.low, m.index) || /^[^.;]*?\b(disabled|not (required|needed))\b/.test(c.low.slice(m.index))) return [];
  return [found('pitr', {}, 0.85)];
};

// Backups stated with their length and no retention word: "Automated backups: 7 days",
// "automated backups: dev (7 days), prod (30 days)", "14 days of automated backups". Lifecycle moves
// ("backups older than 30 days go to Glacier") and schedules ("every 7 days") are not it.
const BACKUP_DAYS = /\bbackups?\b\s*(:|\(|for|of|=)\s*[^.;]{0,40}?\b\d+\+?[-\s]?days?\b|\b\d+\+?[-\s]?days?\b( of)?( automated| automatic| database| db)? backups?\b/;
const NOT_RETENTION = /\b(older than|after|every|transition\w*|glacier|expire\w*|frequency|schedule\w*|window)\b/;

export const extractBackupRetention: Extractor = (c) => {
  const { low } = c;
  // "7+ days" is at least seven days.
  const text = c.text.replace(/(\d)\+(?=[-\s]?days?\b)/gi, '$1');
  const plain = text.toLowerCase();
  const retention = /\bretention|retain\w*|kept|keep|keeps|keeping|stored for|preserved? for|held for\b|\bbackup_retention_period\b/.test(low);
  const shaped = !retention && BACKUP_DAYS.test(plain) && !NOT_RETENTION.test(plain)
    && (/\bautomated backups?\b/.test(plain) || DATABASE.test(`${plain} ${c.lead} ${c.headings[c.headings.length - 1] ?? ''}`));
  if (!/\bbackups?\b|\bbackup_retention_period\b|\bsnapshots?\b/.test(low) || !(retention || shaped)) return [];
  // Snapshots are a database's automated backups only in a database sentence (not EBS or AMI ones).
  if (!/\bbackups?\b|\bbackup_retention_period\b/.test(low) && (!DATABASE.test(`${low} ${c.lead}`) || /\bebs\b|\bami\b|\bvolumes?\b/.test(low))) return [];
  const assigned = /backup_?retention_?period\s*[=:]\s*(\d+)/i.exec(text);
  const days = assigned ? [Number(assigned[1])] : daysIn(text.replace(/\bevery\s+\d+\s+\w+/gi, ''));
  if (days.length === 0) return [];
  return [found('backup-retention', { days: Math.min(...days) }, 0.8)];
};

export const extractMultiAzDb: Extractor = (c) => {
  const { low } = c;
  // "Multi-AZ", "across multiple AZs", "a standby in another availability zone".
  const multi = /\bmulti[- ]?az\b|\bmultiple availability zones\b/.test(low);
  // A database "across multiple AZs" or with "a standby in another availability zone": the database
  // must be named next to it, not elsewhere in the sentence.
  const spread = /\b(rds|databases?|db|aurora|postgres(ql)?|mysql|mariadb)\b[^.;,]{0,50}\b(across|in|over) multiple (availability zones|azs)\b|\bstandby\b[^.;]*\b(another|a second|a different|a separate|other) (az|availability zone)\b/.test(low);
  if (!multi && !spread) return [];
  // A settings row ("| Multi-AZ | yes |") is about the database its section is about.
  const section = c.sentence.inList ? (c.headings[c.headings.length - 1] ?? '') : '';
  if (!DATABASE.test(low) && !DATABASE.test(c.lead) && !DATABASE.test(section)) return [];
  if (/\bsingle[- ]az\b/.test(low) && !/\bmulti[- ]az for\b/.test(low)) return [];
  return [found('multi-az-db', {}, 0.8)];
};

const ENGINES: [string, RegExp][] = [
  ['aurora-mysql', /\baurora[- ](?:serverless(?: v2)?[- ])?mysql\b/i],
  ['aurora-postgresql', /\baurora[- ](?:serverless(?: v2)?[- ])?postgres(?:ql)?\b/i],
  ['postgres', /\bpostgres(?:ql)?\b/i],
  ['mysql', /\bmysql\b/i],
  ['mariadb', /\bmariadb\b/i],
  ['sqlserver', /\bsql server\b/i],
  ['redis', /\bredis\b/i],
  ['memcached', /\bmemcached\b/i],
];

// Mentions of an engine that are about traffic or data access, not about which engine to run.
const NOT_ENGINE_CHOICE = /\bport\b|\bowned by\b|\btraffic\b|\bconnections? from\b|\ballow\w*\b|\bsecurity groups?\b|\bclient\b|\brow-level\b|\brls\b|\bdriver\b|\bsyntax\b/i;

export const extractEngine: Extractor = (c) => {
  const { text, low } = c;
  if (NOT_ENGINE_CHOICE.test(low)) return [];
  const out: Found[] = [];
  for (const [engine, re] of ENGINES) {
    const ms = [...text.matchAll(new RegExp(re.source, 'gi'))];
    if (ms.length === 0) continue;
    out.push(found('db-engine', { engine }, 0.8));
    for (const m of ms) {
      const after = text.slice(m.index + m[0].length);
      const version = /^\s*(?:version\s*)?(\d+(?:\.\d+)?)(?:\.x)?\b/i.exec(after) ?? /^[^.]*?\bversion\s+(?:must be\s+|of\s+)?(\d+(?:\.\d+)?)(?:\.x)?\b/i.exec(after);
      if (version) {
        out.push(found('db-engine-version', { engine, version: version[1]! }, 0.8));
        break;
      }
    }
    break;
  }
  return out;
};

export const extractBilling: Extractor = (c) => {
  const { low } = c;
  // "On-demand billing" names DynamoDB's mode even when the table is named in the section title.
  const billing = /\bon[- ]demand (billing|capacity|mode)\b|\bpay[-_ ]per[-_ ]request\b/.test(low);
  if (!billing && !/\bdynamo\s?db\b|\btables?\b/.test(low) && !/\bdynamo\s?db\b/.test(c.lead)) return [];
  if (billing || /\bon[- ]demand\b/.test(low)) return [found('dynamodb-billing', { mode: 'PAY_PER_REQUEST' }, 0.85)];
  if (/\bprovisioned (capacity|billing|throughput|mode)\b/.test(low) && !/\b(not|no|never)\b[^.]*\bprovisioned\b/.test(low)) {
    return [found('dynamodb-billing', { mode: 'PROVISIONED' }, 0.7)];
  }
  return [];
};

const KEY_NAME = String.raw`['"\`]?([A-Za-z_][\w]*)['"\`]?`;
const NOT_KEY_NAME = /^(an?|the|and|or|to|for|with|that|which|appropriate|proper|composite|suitable|unique|partition|sort|hash|range|key|string|number)$/i;

function keyName(text: string, role: 'partition|hash' | 'sort|range'): string | undefined {
  const named =
    new RegExp(String.raw`${KEY_NAME}\s+(?:\([^)]*\)\s+)?as\s+(?:the\s+|its\s+|a\s+)?(?:${role})\s+key\b`, 'i').exec(text) ??
    new RegExp(String.raw`\b(?:${role})\s+key\s*(?:of|named|is|:|=)?\s*${KEY_NAME}`, 'i').exec(text);
  const name = named?.[1];
  return name && !NOT_KEY_NAME.test(name) ? name : undefined;
}

export const extractKeys: Extractor = (c) => {
  const hashKey = keyName(c.text, 'partition|hash');
  if (!hashKey) return [];
  const rangeKey = keyName(c.text, 'sort|range');
  return [found('dynamodb-keys', rangeKey ? { hashKey, rangeKey } : { hashKey }, 0.85)];
};

// "Enable deletion protection on the production database", "Deletion protection: enabled", "RDS with
// deletion protection". Negated wording ("no deletion protection", "deletion_protection=False") asks
// for a destroyable stack, which is another kind.
const DELETION_PROTECTION = /\bdeletion[-_ ]?protection(?:[-_ ]?enabled)?\b|\bdeletionprotection\b/i;
// Negations anywhere before it: "No RemovalPolicy.RETAIN or DeletionProtection", "FORBIDDEN: …".
const PROTECTION_DENIED = /\b(no|not|never|without|forbidden|avoid\w*|prohibit\w*|disallow\w*|disable\w*|remove\w*)\b|n't\b/i;
const PROTECTION_MAYBE = /^[^.;]*?\b(allowed|permitted|optional|where (appropriate|needed|applicable)|if (needed|required|appropriate))\b/i;
const PROTECTION_OFF = /^[^.;]*?(?:[=:]\s*(?:false|off|no|disabled)\b|\b(?:disabled|turned off|off|false)\b)/i;

export const extractDeletionProtection: Extractor = (c) => {
  const { text, low } = c;
  const m = DELETION_PROTECTION.exec(text);
  if (!m || PROTECTION_DENIED.test(text.slice(0, m.index)) || PROTECTION_OFF.test(text.slice(m.index + m[0].length)) || PROTECTION_MAYBE.test(text.slice(m.index))) return [];
  if (/\b(destroy\w*|tear\w* down|teardown|clean ?up|ci\/cd|test(ing)? environments?)\b/.test(low) && !/\bprod(uction)?\b/.test(low)) return [];
  // The stores the sentence (else its list's lead, else its section) is about.
  const named = (t: string) => [
    ...(DATABASE.test(t.replace(/\belasticache|redis|memcached\b/g, '')) ? ['rds'] : []),
    ...(/\bdynamo\s?db\b|\btables?\b/.test(t) ? ['dynamodb'] : []),
    ...(/\bload balancers?\b|\balbs?\b|\bnlbs?\b/.test(t) ? ['lb'] : []),
  ];
  const scope = [low, c.lead, c.headings[c.headings.length - 1] ?? ''].map(named).find((x) => x.length > 0);
  return [found('deletion-protection', scope ? { scope } : {}, 0.8)];
};

export const extractBackupWindow: Extractor = (c) => (/\b(preferred )?backup windows?\b|\bmaintenance windows?\b/.test(c.low) ? [found('backup-window', {}, 0.8)] : []);

// Engine parameters are snake_case names ("max_connections"); Pulumi arguments written that way
// ("skip_final_snapshot") are not database parameters.
const NOT_DB_PARAMETER = /^(skip_final_snapshot|backup_retention_period|deletion_protection|environment_suffix|retain_on_delete|multi_az|storage_encrypted|instance_class|engine_version|final_snapshot_identifier)$/;

export const extractDbParameters: Extractor = (c) => {
  const context = `${c.low} ${c.lead} ${c.sentence.block.toLowerCase()}`;
  if (!/\bparameters?\b|\bvalues for\b/.test(c.low) || !/\bparameter groups?\b|\bdatabases?\b|\brds\b|\bpostgres|\bmysql\b/.test(context)) return [];
  const names = [...new Set(c.text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g) ?? [])].filter((n) => !NOT_DB_PARAMETER.test(n));
  return names.length ? [found('db-parameters', { names }, 0.75)] : [];
};

export const extractDbMonitoring: Extractor = (c) => {
  const enhanced = /\benhanced monitoring\b/.test(c.low);
  const insights = /\bperformance insights\b/.test(c.low);
  if (!enhanced && !insights) return [];
  const params: { enhanced?: boolean; performanceInsights?: boolean } = {};
  if (enhanced) params.enhanced = true;
  if (insights) params.performanceInsights = true;
  return [found('db-monitoring', params, 0.8)];
};

/** The sentence, its list's lead or its section is about DynamoDB. */
function aboutDynamo(c: Clause): boolean {
  const re = /\bdynamo\s?db\b/;
  return re.test(c.low) || re.test(c.lead) || c.headings.some((h) => re.test(h));
}

const VIEW_TYPES = ['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'] as const;

export const extractDynamoStreams: Extractor = (c) => {
  const { text, low } = c;
  const m = /\bdynamo\s?db\s+streams?\b|\bstreams?\s+(?:is\s+|are\s+)?(?:enabled|turned on)\b|\b(?:enable|with)\s+(?:table\s+)?streams?\b|\bstream\s+(?:view\s+type|specification)\b/i.exec(text);
  if (!m || negatedAt(low, m.index) || !aboutDynamo(c) || /\bkinesis\b/.test(low)) return [];
  const view = VIEW_TYPES.find((v) => text.includes(v));
  return [found('dynamodb-streams', view ? { viewType: view } : {}, 0.8)];
};

export const extractDynamoTtl: Extractor = (c) => {
  const { text, low } = c;
  const m = /\bttl\b|\btime[- ]to[- ]live\b/i.exec(text);
  if (!m || negatedAt(low, m.index) || !aboutDynamo(c)) return [];
  // TTLs of caches, DNS records and CDN objects are durations, not DynamoDB's expiry attribute.
  if (/\bcache\b|\bdns\b|\bcloud\s?front\b|\bredis\b|\belasticache\b|\broute\s?53\b|\brecords?\b|\b\d+[- ]?(s|sec|seconds?|minutes?)\b/i.test(text)) return [];
  const attr =
    /\b(?:ttl|time[- ]to[- ]live)\b[^.]*?\b(?:on|using|with)\s+(?:the\s+)?['"`]?([A-Za-z_]\w*)['"`]?\s+(?:attribute|field)\b/i.exec(text) ??
    /\b(?:attribute|field)\s+['"`]([A-Za-z_]\w*)['"`]/i.exec(text) ??
    /\b(?:ttl|time[- ]to[- ]live)\b[^.]*?['"`]([A-Za-z_]\w*)['"`]/i.exec(text);
  const attribute = attr?.[1] && !/^(ttl|enabled|true)$/i.test(attr[1]) ? attr[1] : undefined;
  return [found('dynamodb-ttl', attribute ? { attribute } : {}, 0.8)];
};

export const extractDynamoGsi: Extractor = (c) => {
  const { text, low } = c;
  const m = /\bglobal secondary ind(ex|exes|ices)\b|\bgsis?\b/i.exec(text);
  if (!m || negatedAt(low, m.index) || /\bunnecessary\b|\bproject only\b|\bcapacity\b/.test(low)) return [];
  if (!aboutDynamo(c) && !/\btables?\b/.test(low)) return [];
  const after = text.slice(m.index);
  const name = /`([\w.-]+-(?:index|idx|gsi))`|\b(?:named|called)\s+['"`]?([\w.-]+)['"`]?/i.exec(after);
  const key = /\b(?:on|keyed by|with (?:partition|hash) key)\s+['"`]([A-Za-z_]\w*)['"`]/i.exec(after) ?? /\bon\s+(?:the\s+)?`([A-Za-z_]\w*)`/i.exec(after);
  const params: ParamsOf<'dynamodb-gsi'> = {};
  if (name) params.name = (name[1] ?? name[2])!;
  else if (key) params.key = key[1]!;
  return [found('dynamodb-gsi', params, 0.8)];
};

// Replication mentions that are about something else: monitoring, DMS, traffic, permissions.
const NOT_REPLICATION = /^\s*(target|destination|source|lag|instances?|tasks?|traffic|subnet|security|roles?|polic|permissions?|metrics?|health|status|slots?|users?|endpoints?|time control|monitoring|alarms?)\b/i;

export const extractReplication: Extractor = (c) => {
  const { text, low } = c;
  const out: Found[] = [];
  if (/\bdms\b|\bdatabase migration service\b|\bparameter store\b|\bsecrets?\b|\bif needed\b|\bin (the )?future\b|\bdocument\w*\b|\btrade-?offs?\b/.test(low)) return out;
  const crossRegion = (s: string) => /\bcross[- ]region\b|\bmulti[- ]region\b|\b(another|second|secondary|dr|other|target) region\b|\b(?:us|eu|ap|sa|ca|me|af)-[a-z]+-\d\b|\bacross (both |all |the )?regions\b|\bboth regions\b/.test(s);
  const crossAccount = (s: string) => /\bcross[- ]account\b|\b(another|target|destination) account\b/.test(s);
  // Each clause names what it replicates: "Aurora Global Database for cross-region replication, S3
  // for backup synchronization" replicates Aurora, not S3. A clause without a service takes the lead's.
  const clauses = text.split(/[,;]\s+|\s+and\s+(?=\w+\s+(?:for|with)\b)/);
  for (const clause of clauses) {
    const cl = clause.toLowerCase();
    // "code that replicates these requirements" is not data replication.
    const mentions = [...clause.matchAll(/\breplication\b|\breplicas?\b|\breplicated\b|\breplicat(?:es?|ing)\s+(?=data|objects?|items?|to\b|across|between|into|buckets?|tables?)|\bglobal tables?\b|\bglobal databases?\b|\bglobal clusters?\b|\bread replicas?\b/gi)].filter(
      (m) => !negatedAt(cl, m.index) && !NOT_REPLICATION.test(clause.slice(m.index + m[0].length)),
    );
    if (mentions.length === 0) continue;
    const words = mentions.map((m) => m[0].toLowerCase()).join(' ');
    const named = /\bdynamo\s?db\b|\bs3\b|\bbuckets?\b|\brds\b|\baurora\b|\bpostgres(ql)?\b|\bmysql\b|\bdatabases?\b/.test(cl);
    const subject = named ? cl : `${cl} ${c.lead}`;
    const region = crossRegion(`${low} ${c.lead}`);
    if (/\bdynamo\s?db\b/.test(subject) && /global table|replicat/.test(words)) out.push(found('replication', { service: 'dynamodb', scope: 'cross-region' }, 0.8));
    if (/\bs3\b|\bbuckets?\b/.test(subject) && /replicat/.test(words)) {
      const scope = crossRegion(subject) || (region && !crossAccount(subject)) ? 'cross-region' : crossAccount(`${low} ${c.lead}`) ? 'cross-account' : 'any';
      out.push(found('replication', { service: 's3', scope }, 0.8, scope === 'cross-region' ? 'MULTI-REGION-DR' : 'STORAGE-VERSIONING-LIFECYCLE'));
    }
    // Read replicas are a database's; a global database or cluster is one in a database sentence.
    const rds = /\brds\b|\baurora\b|\bpostgres(ql)?\b|\bmysql\b|\bdatabases?\b/.test(subject);
    if ((rds && /global database|global cluster/.test(words)) || (/read replica/.test(words) && region && !/\b(dynamo\s?db|s3|buckets?|redis|elasticache)\b/.test(cl))) out.push(found('replication', { service: 'rds', scope: 'cross-region' }, 0.8));
  }
  return out;
};

// "Restore the database from a snapshot", "RDS instance imported from snapshot", "use the snapshot
// method": the database starts from a snapshot. Final snapshots taken on deletion, snapshots of
// volumes or images and backup schedules are something else.
const FROM_SNAPSHOT =
  /\b(?:restor\w*|import\w*|creat\w*|migrat\w*|seed\w*|initiali[sz]\w*|launch\w*|provision\w*)\b[^.;]*?\bfrom\b[^.;]*?\bsnapshots?\b|\bsnapshot[- ](?:imports?|restores?|method|migration)\b|\bsnapshot_?identifier\b/i;
const NOT_SNAPSHOT_RESTORE = /\bfinal snapshot|\bskip_?final|\bebs\b|\bami\b|\bvolumes?\b|\bdlm\b|\bpoint[- ]in[- ]time\b|\bif (needed|required|necessary)\b|\boptional(ly)?\b|\bmanual(ly)?\b|\bdocument\w*\b|\brunbook\b/i;

export const extractDbSnapshotRestore: Extractor = (c) => {
  const { text, low } = c;
  const m = FROM_SNAPSHOT.exec(text);
  if (!m || negatedAt(low, m.index) || NOT_SNAPSHOT_RESTORE.test(low)) return [];
  if (!DATABASE.test(low) && !DATABASE.test(c.lead) && !c.headings.some((h) => DATABASE.test(h))) return [];
  return [found('db-snapshot-restore', {}, 0.75)];
};
