// PROMPT.md → typed requirements. The Markdown structure gives sentences, their sections and the
// text introducing their lists; hand-written patterns per family of kinds (extract/*.ts) read each
// sentence. Sections that do not state requirements (background, tests, code examples, optional
// extras) are skipped, and so are conditional advice and descriptions of the current state.

import { KINDS } from './kinds.js';
import { promptSentences, type Sentence } from './sentences.js';
import type { Requirement } from './types.js';
import { extractArchitecture, extractConcurrency, extractLambdaVpc, extractMemory, extractRetries, extractRuntime, extractSnapStart, extractTimeout } from './extract/lambda.js';
import { extractConfigKeys, extractEnvVars, extractOutputs, extractStages } from './extract/config.js';
import { extractCapacity, extractInstanceType } from './extract/compute.js';
import {
  extractBackupRetention, extractBackupWindow, extractBilling, extractDbMonitoring, extractDbParameters, extractDynamoGsi, extractDynamoStreams, extractDynamoTtl,
  extractDeletionProtection, extractEngine, extractKeys, extractMultiAzDb, extractPitr, extractReplication, extractDbSnapshotRestore,
} from './extract/database.js';
import { eventCondition, extractApiType, extractEventWiring } from './extract/events.js';
import type { Clause, Extractor, Found } from './extract/found.js';
import { extractDestroyable } from './extract/lifecycle.js';
import { extractLogRetention, extractServiceLogging, extractTracing } from './extract/logging.js';
import { extractDlq } from './extract/messaging.js';
import { extractAlarmMetrics, extractContainerInsights, extractErrorRateAlarm } from './extract/monitoring.js';
import { extractNaming } from './extract/naming.js';
import { extractAzCount, extractCidr, extractNat, extractTrafficShifting, extractVpcEndpoints } from './extract/network.js';
import { extractComponent, extractPlatform } from './extract/platform.js';
import { extractRegion } from './extract/region.js';
import { extractSecretsManager, extractSsmParameter } from './extract/secrets.js';
import { extractEncryptionAtRest, extractExistingKmsKey, extractIamExplicitDeny, extractImdsv2, extractKeyRotation, extractLeastPrivilege, extractManagedPoliciesOnly, extractIamMfa, extractManagedPolicy, extractPermissionsBoundary, extractPublicAccessBlock, extractRolePerFunction, extractTls } from './extract/security.js';
import { extractServices } from './extract/services.js';
import { extractLifecycle, extractVersioning } from './extract/storage.js';
import { extractTags } from './extract/tagging.js';
import { DIRECTIVE } from './extract/text.js';

const EXTRACTORS: Extractor[] = [
  extractPlatform, extractComponent, extractRegion, extractNaming, extractDestroyable,
  extractLogRetention, extractServiceLogging, extractTracing, extractErrorRateAlarm, extractAlarmMetrics, extractContainerInsights,
  extractAzCount, extractNat, extractVpcEndpoints, extractCidr, extractTrafficShifting,
  extractRuntime, extractMemory, extractTimeout, extractConcurrency, extractArchitecture, extractRetries, extractSnapStart, extractLambdaVpc,
  extractTags,
  extractEncryptionAtRest, extractExistingKmsKey, extractKeyRotation, extractTls, extractPublicAccessBlock, extractLeastPrivilege, extractManagedPoliciesOnly, extractIamExplicitDeny, extractPermissionsBoundary, extractRolePerFunction, extractManagedPolicy, extractIamMfa, extractImdsv2,
  extractPitr, extractBackupRetention, extractBackupWindow, extractMultiAzDb, extractDeletionProtection, extractEngine, extractBilling, extractKeys, extractDbParameters, extractDbMonitoring,
  extractDynamoGsi, extractDynamoTtl, extractDynamoStreams, extractReplication, extractDbSnapshotRestore,
  extractVersioning, extractLifecycle, extractDlq, extractSecretsManager, extractSsmParameter,
  extractEnvVars, extractConfigKeys, extractOutputs, extractStages, extractEventWiring, extractApiType, extractInstanceType, extractCapacity, extractServices,
];

const SKIPPED_SECTION =
  /\b(tests?|testing|code examples?|reference|subject labels?|task id|difficulty|subtask|tips|optional|nice[- ]to[- ]have|background|context|thinking guidance|output format|delivery format|file constraints|implementation notes)\b/i;
// A section about requirements inside one that is not ("## Additional Context" / "### Constraints
// and Requirements") states requirements.
const REQUIREMENT_SECTION = /\b(requirements?|constraints?|deliverables?|specifications?|success criteria|mandatory)\b/i;

function skippedSection(headings: string[]): boolean {
  for (let i = headings.length - 1; i >= 0; i--) {
    if (SKIPPED_SECTION.test(headings[i]!)) return !(i < headings.length - 1 && headings.slice(i + 1).some((h) => REQUIREMENT_SECTION.test(h)));
  }
  return false;
}

const ENVIRONMENT_SECTION = /^\s*((deployment |target |aws )?environment( setup)?|(target |deployment |aws )?region( configuration)?)\s*$/i;

const ADVICE = /^(if|when|unless|prefer|note|tip|cost warning|cost consideration|rationale|alternative|examples?|e\.g|wrong|correct|warning|optional)\b/i;
// What a program under test or a scanner checks ("Verify server-side encryption is configured") is
// not what the stack must contain.
const INSPECTION = /^(check|checks|verify|verifies|validate|validates|detect|detects|identify|scan|scans|audit|assert|test|locate|discover|enumerate|inventory)\b/i;
const INSPECTION_LIST = /\b(compliance )?checks?\b|\bverif\w*|\bscan\w*|\bvalidat\w*|\btests?\b|\bassert\w*/i;
// Relationship diagrams ("VPC Flow Logs → S3 Bucket → Lifecycle"), file lists ("vpc_stack.py - VPC,
// subnets") and alternatives describe structure, not requirements.
const NOT_A_STATEMENT = /\((if|when|where) (applicable|possible|needed|required|available)\)|\(optional\)|^`?\S+\.(py|ts|js|yaml|json)`?\s*[-–:]|\bas (an )?alternative\b|\balternative option\b|\boptionally\b/i;
// Examples illustrate a requirement stated elsewhere; they are not requirements themselves.
const EXAMPLE = /\(\s*(e\.g\.?|for example|such as)[^)]*\)/gi;
const CURRENT_STATE = /\b(currently|current|existing|already|right now|legacy|over-provisioned|is kept|are kept|piling up|ha(s|ve) accumulated|today)\b/i;
// A parenthetical that negates ("(db.t3.small is not compatible)") would read as a requirement.
const NEGATED_PARENTHETICAL = /\([^)]*\b(not|no|instead|except|wrong)\b[^)]*\)/gi;

/** Kinds whose list parameters gather the items of a list introduced by the sentence. */
const LIST_PARAM: Partial<Record<Requirement['kind'], string>> = {
  'required-tags': 'keys',
  'vpc-endpoints': 'services',
  'stack-outputs': 'outputs',
  'env-vars': 'names',
  'pipeline-stages': 'stages',
  'multi-region': 'regions',
  'config-keys': 'keys',
  'alarm-metrics': 'metrics',
};

function clauseOf(s: Sentence): Clause | undefined {
  const text = s.text
    .replace(/^\s*\d{1,2}[.)]\s+/, '')
    .replace(NEGATED_PARENTHETICAL, '')
    .replace(EXAMPLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A bold label opening a bullet ("**Lambda Trigger**: …") is context, not the start of the sentence.
  const body = text.replace(/^[A-Z][\w\s/&()-]{0,40}:\s+/, '');
  // "When a file lands in the bucket, invoke the function" states event wiring, not advice.
  const advice = (t: string) => ADVICE.test(t) && !eventCondition(t);
  if (!text || advice(text) || advice(body) || INSPECTION.test(body) || NOT_A_STATEMENT.test(text)) return undefined;
  // A chain of arrows is a diagram; one arrow inside a sentence that asks for something is prose
  // ("Enable global replication so prod → staging is replicated").
  const arrows = (text.match(/→|->/g) ?? []).length;
  if (arrows >= 2 || (arrows === 1 && !DIRECTIVE.test(body.split(/→|->/)[0]!))) return undefined;
  if (s.lead && /:\s*$/.test(s.lead.text) && INSPECTION_LIST.test(s.lead.text)) return undefined;
  if (s.lead && /^\s*examples?\b/i.test(s.lead.text)) return undefined;
  const low = text.toLowerCase();
  // A description of the current state counts only if it also asks for something ("cannot deploy" does not).
  const asks = low.replace(/\b(use|uses|using)\b|\b(cannot|can't|not|don't|do not)( just)? \w+/g, '');
  if (CURRENT_STATE.test(low) && !DIRECTIVE.test(asks)) return undefined;
  return { sentence: s, text, low, lead: s.lead?.text.toLowerCase() ?? '', headings: s.headings.map((h) => h.toLowerCase()) };
}

function requirementOf(f: Found, s: Sentence, source: string | undefined): Requirement {
  const prose = s.inList ? 1 : 0.9;
  const r = {
    kind: f.kind,
    params: f.params,
    class: f.class ?? KINDS[f.kind].class,
    sentence: s.text.replace(/\s+/g, ' ').trim(),
    line: s.line,
    confidence: Math.round(f.confidence * prose * 100) / 100,
  } as Requirement;
  if (source) r.source = source;
  return r;
}

/** Fold a list item's requirement into the one its introducing sentence stated ("tagged with:"). */
function mergeInto(target: Requirement, item: Requirement): boolean {
  const key = LIST_PARAM[target.kind];
  if (!key || target.kind !== item.kind) return false;
  const t = target.params as Record<string, unknown>;
  const i = item.params as Record<string, unknown>;
  for (const k of target.kind === 'config-keys' ? [key, 'optional'] : [key]) {
    const union = [...new Set([...((t[k] as string[]) ?? []), ...((i[k] as string[]) ?? [])])];
    if (union.length > 0 || k === key) t[k] = union;
  }
  if (target.kind === 'required-tags' && item.kind === 'required-tags' && item.params.values) {
    target.params.values = { ...target.params.values, ...item.params.values };
  }
  target.alsoAt = [...(target.alsoAt ?? []), item.line];
  return true;
}

function canonical(r: Requirement): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? [...v].map(sorted).sort() : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort().map(([k, x]) => [k, sorted(x)])) : v;
  return `${r.kind}\u0000${JSON.stringify(sorted(r.params))}`;
}

/** One requirement per kind and parameters; the lines that repeat it go to `alsoAt`. */
function dedupe(reqs: Requirement[]): Requirement[] {
  const byKey = new Map<string, Requirement>();
  for (const r of reqs) {
    const key = canonical(r);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, r);
      continue;
    }
    const lines = new Set([...(first.alsoAt ?? []), r.line, ...(r.alsoAt ?? [])]);
    lines.delete(first.line);
    if (lines.size > 0) first.alsoAt = [...lines].sort((a, b) => a - b);
    first.confidence = Math.max(first.confidence, r.confidence);
  }
  return [...byKey.values()];
}

/**
 * A request states its platform once in full and elsewhere in parts ("Language: py", "do not change
 * the platform"); a multi-region request names its primary region apart from the secondary one.
 * Complete the parts from the whole document.
 */
function completeFromDocument(reqs: Requirement[]): void {
  const tools = reqs.flatMap((r) => (r.kind === 'platform' && r.params.tool ? [r.params.tool] : []));
  const langs = reqs.flatMap((r) => (r.kind === 'platform' && r.params.language ? [r.params.language] : []));
  const tool = mostCommon(tools);
  const language = mostCommon(langs);
  const primary = reqs.find((r) => r.kind === 'region');
  for (const r of reqs) {
    if (r.kind === 'platform') {
      if (!r.params.tool && tool) r.params.tool = tool;
      if (!r.params.language && language) r.params.language = language;
    }
    if (r.kind === 'multi-region' && primary?.kind === 'region' && r.params.regions.length === 1 && r.params.regions[0] !== primary.params.region) {
      r.params.regions = [primary.params.region, ...r.params.regions];
    }
  }
}

/**
 * In a multi-region request, "alarms in eu-central-1" says where one thing goes, not the stack's
 * region: regions mentioned in passing are dropped when the request lists several regions.
 */
function dropPassingRegions(reqs: Requirement[]): Requirement[] {
  const multi = reqs.some((r) => r.kind === 'multi-region' && r.params.regions.length > 1);
  // "multi-region" without region names says nothing more than a list of regions does.
  return multi ? reqs.filter((r) => !(r.kind === 'region' && r.confidence < 0.8) && !(r.kind === 'multi-region' && r.params.regions.length === 0)) : reqs;
}

/**
 * A requirement that says less than another of its kind elsewhere ("S3 replication" beside
 * "cross-account S3 replication", "Lambda in private subnets" beside "all Lambda functions in private
 * subnets", "error rate above 1%" beside "Lambda error rate above 1%") is the same one stated twice.
 */
function weaker(r: Requirement, o: Requirement): boolean {
  if (r.kind === 'replication' && o.kind === 'replication') return r.params.service === o.params.service && (r.params.scope ?? 'any') === 'any' && (o.params.scope ?? 'any') !== 'any';
  if (r.kind === 'lambda-vpc' && o.kind === 'lambda-vpc') return !r.params.all && !!o.params.all;
  // "Secrets Manager for database credentials" beside "… with rotation every 30 days": one request.
  if (r.kind === 'secrets-manager' && o.kind === 'secrets-manager') {
    const a = r.params;
    const b = o.params;
    const within = (!a.rotation || !!b.rotation) && (a.rotationDays === undefined || a.rotationDays === b.rotationDays) && (!a.database || !!b.database);
    return within && (!!a.rotation !== !!b.rotation || a.rotationDays !== b.rotationDays || !!a.database !== !!b.database);
  }
  // "Use Pulumi config" beside "no hardcoded values, all settings from stack config": one request.
  if (r.kind === 'config-keys' && o.kind === 'config-keys') return !r.params.keys?.length && !r.params.optional?.length && !r.params.settings && !!o.params.settings && !o.params.keys?.length;
  // "Use ComponentResources" beside "a reusable component for the functions": one request.
  if (r.kind === 'component-resource' && o.kind === 'component-resource') return !r.params.className && !r.params.reusable && !!o.params.reusable;
  if (r.kind === 'alarm-error-rate' && o.kind === 'alarm-error-rate') return r.params.percent === o.params.percent && !r.params.service && !!o.params.service;
  return false;
}

function subsumeUnscoped(reqs: Requirement[]): Requirement[] {
  return reqs.filter((r) => {
    const stronger = reqs.find((o) => o !== r && weaker(r, o));
    if (!stronger) return true;
    const lines = new Set([...(stronger.alsoAt ?? []), r.line, ...(r.alsoAt ?? [])]);
    lines.delete(stronger.line);
    if (lines.size > 0) stronger.alsoAt = [...lines].sort((a, b) => a - b);
    return false;
  });
}

function mostCommon<T>(xs: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A NAT layout ("one NAT gateway per AZ", "no NAT gateways") says more than "a NAT gateway". */
function subsume(fs: Found[]): Found[] {
  if (!fs.some((f) => f.kind === 'nat-gateways')) return fs;
  return fs.filter((f) => !((f.kind === 'required-service' || f.kind === 'forbidden-service') && f.params.service === 'nat-gateway'));
}

export function extractRequirements(promptText: string, promptPath?: string): Requirement[] {
  const all: Requirement[] = [];
  const described = new Set<Requirement>();
  const byLine = new Map<number, Requirement[]>();
  for (const s of promptSentences(promptText)) {
    const skipped = skippedSection(s.headings);
    // "## Additional Context / ### Environment Setup: … deployed in us-east-1 …" and "## Implementation
    // Notes / ### Region Configuration" say where the stack goes even inside sections that otherwise
    // describe rather than ask; only the region is read there.
    if (skipped && !ENVIRONMENT_SECTION.test(s.headings[s.headings.length - 1] ?? '')) continue;
    const clause = clauseOf(s);
    if (!clause) continue;
    const founds = skipped ? extractRegion(clause).filter((f) => f.kind === 'region' || (f.kind === 'multi-region' && f.params.regions.length > 0)) : EXTRACTORS.flatMap((x) => x(clause));
    for (const f of subsume(founds)) {
      const r = requirementOf(f, s, promptPath);
      if (skipped) described.add(r);
      const leadReqs = s.lead ? byLine.get(s.lead.line) : undefined;
      if (leadReqs?.some((t) => mergeInto(t, r))) continue;
      all.push(r);
      byLine.set(s.line, [...(byLine.get(s.line) ?? []), r]);
    }
  }
  // The region of an environment description counts only when the request states none elsewhere.
  const stated = all.some((r) => !described.has(r) && (r.kind === 'region' || r.kind === 'multi-region'));
  if (stated) for (let i = all.length - 1; i >= 0; i--) if (described.has(all[i]!)) all.splice(i, 1);
  completeFromDocument(all);
  return subsumeUnscoped(dedupe(dropPassingRegions(all))).sort((a, b) => a.line - b.line);
}
