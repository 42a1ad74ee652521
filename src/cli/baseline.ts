// Baselines: the fingerprints of known findings, so that a run reports only new ones. Fingerprints
// hash the finding's rule, file, resource and line text (not its line number), so moving code does
// not make old findings look new.

import { writeFileSync } from 'node:fs';
import type { ProgramResult } from '../core/result.js';
import { fingerprints } from '../reporters/fingerprint.js';
import { displayPath } from '../reporters/paths.js';
import { escapeControl } from '../reporters/escape.js';
import { UsageError } from './args.js';
import { fsReason, readTextFileSync, shown } from './files.js';

interface BaselineFile {
  tool: 'stacklint';
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string }[];
}

function printsOf(r: ProgramResult, cwd: string): string[] {
  return fingerprints(r.findings, r.sources, (f) => displayPath(f.location.hostPath, cwd));
}

export function writeBaseline(path: string, results: ProgramResult[], cwd: string): void {
  const findings = results.flatMap((r) => {
    const fps = printsOf(r, cwd);
    return r.findings.map((f, i) => ({ fingerprint: fps[i]!, ruleId: f.ruleId, file: displayPath(f.location.hostPath, cwd) }));
  });
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.fingerprint < b.fingerprint ? -1 : 1));
  const data: BaselineFile = { tool: 'stacklint', version: 1, findings };
  try {
    writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
  } catch (err) {
    throw new UsageError(`cannot write baseline ${shown(path)}: ${fsReason(err)}`);
  }
}

export function readBaseline(path: string): Set<string> {
  const text = readTextFileSync(path, 'baseline');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // JSON.parse quotes the text: escape it, never echo raw bytes.
    throw new UsageError(`cannot read baseline ${shown(path)}: ${escapeControl((err as Error).message.split('\n')[0]!, false)}`);
  }
  const d = data as Partial<BaselineFile>;
  if (d?.tool !== 'stacklint' || d.version !== 1 || !Array.isArray(d.findings)) throw new UsageError(`baseline ${path} is not a stacklint baseline (expected {"tool": "stacklint", "version": 1, "findings": [...]})`);
  return new Set(d.findings.map((f) => f.fingerprint));
}

/** Drop findings whose fingerprint is in the baseline; returns how many were dropped. */
export function applyBaseline(results: ProgramResult[], known: Set<string>, cwd: string): number {
  let dropped = 0;
  for (const r of results) {
    const fps = printsOf(r, cwd);
    const keep = r.findings.filter((_, i) => !known.has(fps[i]!));
    dropped += r.findings.length - keep.length;
    r.findings = keep;
  }
  return dropped;
}
