// Databases: point-in-time recovery, backup retention, Multi-AZ, engine and version, DynamoDB billing
// mode and key schema.

import { found, type Extractor, type Found } from './found.js';
import { DATABASE, daysIn } from './text.js';

export const extractPitr: Extractor = (c) =>
  /\bpoint[- ]in[- ]time[- ]recovery\b|\bpitr\b/.test(c.low) ? [found('pitr', {}, 0.85)] : [];

export const extractBackupRetention: Extractor = (c) => {
  const { text, low } = c;
  if (!/\bbackups?\b|\bbackup_retention_period\b/.test(low) || !/\bretention|retain|retained|kept|keep\b|\bbackup_retention_period\b/.test(low)) return [];
  const assigned = /backup_?retention_?period\s*[=:]\s*(\d+)/i.exec(text);
  const days = assigned ? [Number(assigned[1])] : daysIn(text.replace(/\bevery\s+\d+\s+\w+/gi, ''));
  if (days.length === 0) return [];
  return [found('backup-retention', { days: Math.min(...days) }, 0.8)];
};

export const extractMultiAzDb: Extractor = (c) => {
  const { low } = c;
  if (!/\bmulti[- ]?az\b|\bmultiple availability zones\b/.test(low)) return [];
  if (!DATABASE.test(low) && !DATABASE.test(c.lead)) return [];
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
const NOT_ENGINE_CHOICE = /\bport\b|\btraffic\b|\bconnections? from\b|\ballow\w*\b|\bsecurity groups?\b|\bclient\b|\brow-level\b|\brls\b|\bdriver\b|\bsyntax\b/i;

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
