// SARIF 2.1.0: rule descriptors from the catalogue, one result per finding, regions with 1-based
// lines and columns, and partialFingerprints that stay stable when code moves.

import type { Finding, Severity } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { fingerprints } from './fingerprint.js';
import { positionFindings } from './positions.js';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { displayPath } from './paths.js';

export interface SarifOptions {
  /** Base URI of the rule documentation (`<base>/<rule-id>.md`). */
  docsBaseUri: string;
  /** Paths are shown relative to this directory when they are inside it. */
  cwd: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
// GitHub code scanning reads `security-severity` (0.1–10) to rank security results.
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '7.5', medium: '5.0', low: '2.0' };

export function renderSarif(results: ProgramResult[], rules: readonly RuleDefinition[], opts: SarifOptions): string {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const catalog = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const descriptors = catalog.map((r) => ({
    id: r.id,
    name: r.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: r.docs.summary },
    fullDescription: { text: r.docs.why },
    help: { text: `${r.docs.summary}\n\nFix: ${r.fixHint}`, markdown: `${r.docs.summary}\n\n**Why:** ${r.docs.why}\n\n**Fix:** ${r.fixHint}` },
    helpUri: `${opts.docsBaseUri.replace(/\/$/, '')}/${r.id}.md`,
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: [r.class, r.category], class: r.class, severity: r.severity, 'security-severity': SECURITY_SEVERITY[r.severity] },
  }));
  const index = new Map(catalog.map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((r) => {
    const prints = fingerprints(r.findings, r.sources, (f) => displayPath(f.location.hostPath, opts.cwd));
    return positionFindings(r.findings, r.sources).map(({ finding, line, column, endLine, endColumn }, i) => result(finding, { line, column, endLine, endColumn }, prints[i]!, index.get(finding.ruleId), opts));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: opts.docsBaseUri.replace(/\/rules\/?$/, ''),
            rules: descriptors,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(opts.cwd.endsWith(sep) ? opts.cwd : opts.cwd + sep).href } },
        results: sarifResults,
        properties: { rulesWithFindings: [...used].sort() },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/**
 * Where a finding's file is: relative to `%SRCROOT%` (the working directory) when inside it, which is
 * what code scanning resolves against the repository; otherwise an absolute `file:` URI with no base.
 */
function artifactLocation(hostPath: string, cwd: string): { uri: string; uriBaseId?: string } {
  const abs = resolve(cwd, hostPath);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(abs).href };
}

const SRCROOT = '%SRCROOT%';

function result(
  f: Finding,
  pos: { line: number; column: number; endLine: number; endColumn: number },
  fingerprint: string,
  ruleIndex: number | undefined,
  opts: SarifOptions,
): object {
  const region: Record<string, number> = { startLine: pos.line, startColumn: pos.column, endLine: pos.endLine, endColumn: Math.max(pos.endColumn, pos.endLine === pos.line ? pos.column : 1) };
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: artifactLocation(f.location.hostPath, opts.cwd), region },
        ...(f.location.virtualPath ? { logicalLocations: [{ name: f.location.virtualPath, kind: 'module' }] } : {}),
      },
    ],
    partialFingerprints: { 'stacklint/v1': fingerprint },
    properties: { class: f.class, severity: f.severity, ...(f.resource ? { resource: f.resource } : {}) },
  };
  return out;
}
