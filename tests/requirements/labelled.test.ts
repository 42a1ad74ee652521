// Extraction precision and recall on requirement sentences labelled by hand (labelled/README.md).
// A match is the same line (or one of the lines the requirement was also stated on) and kind, with
// equal parameters where the label gives them; kinds added later count only in files labelled for them. The thresholds sit a little below the measured values
// so that a regression fails the test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { extractRequirements } from '../../src/requirements/extract.js';
import { isKind, KINDS } from '../../src/requirements/kinds.js';
import type { Requirement } from '../../src/requirements/types.js';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const LABELLED = join(__dirname, 'labelled');

interface Label {
  line: number;
  kind: string;
  params?: Record<string, unknown>;
}

const specs = readdirSync(LABELLED)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, ...(parse(readFileSync(join(LABELLED, f), 'utf8')) as { task: string; labels: Label[]; later?: 'all' }) }));

// Kinds and services added to the vocabulary after the files were labelled. A file's extractions of
// them count only when the file says its prompt was read again for them (`later: all`); the others
// never labelled them, so their extractions are neither right nor wrong there.
const LATER_KINDS = new Set(['lambda-vpc', 'managed-policies-only', 'dynamodb-gsi', 'dynamodb-ttl', 'dynamodb-streams', 'replication', 'alarm-error-rate', 'alarm-metrics', 'config-keys', 'event-wiring', 'api-type']);
const LATER_SERVICES = new Set(['ecs-task-definition', 'ecs-service', 'app-mesh', 'appmesh-virtual-node', 'appmesh-virtual-router', 'appmesh-virtual-service', 'listener-rule', 'api-custom-domain', 'waf-association', 'stack-reference']);

function later(r: Requirement): boolean {
  return LATER_KINDS.has(r.kind) || (r.kind === 'required-service' && LATER_SERVICES.has(r.params.service));
}

function same(want: unknown, got: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(got) && want.length === got.length && want.every((w) => got.map(String).includes(String(w)));
  if (want && typeof want === 'object') return !!got && typeof got === 'object' && Object.entries(want).every(([k, v]) => same(v, (got as Record<string, unknown>)[k]));
  return String(want) === String(got);
}

function matches(r: Requirement, l: Label): boolean {
  return r.kind === l.kind && [r.line, ...(r.alsoAt ?? [])].includes(l.line) && (!l.params || same(l.params, r.params));
}

test('the labels name known kinds and parameters', () => {
  expect(new Set(specs.map((s) => s.task)).size).toBeGreaterThanOrEqual(40);
  for (const { file, labels } of specs) {
    for (const l of labels) {
      expect(isKind(l.kind), `${file}:${l.line} ${l.kind}`).toBe(true);
      const schema = isKind(l.kind) ? KINDS[l.kind].params : {};
      for (const p of Object.keys(l.params ?? {})) expect(p in schema, `${file}:${l.line} ${l.kind}.${p}`).toBe(true);
    }
  }
});

describe.skipIf(!existsSync(CORPUS))('extraction on the labelled prompts', () => {
  test('precision and recall', () => {
    let extracted = 0;
    let correct = 0;
    let labels = 0;
    let recalled = 0;
    for (const { task, labels: ls, later: reread } of specs) {
      const reqs = extractRequirements(readFileSync(join(CORPUS, task, 'lib', 'PROMPT.md'), 'utf8')).filter((r) => reread === 'all' || !later(r));
      extracted += reqs.length;
      correct += reqs.filter((r) => ls.some((l) => matches(r, l))).length;
      labels += ls.length;
      recalled += ls.filter((l) => reqs.some((r) => matches(r, l))).length;
    }
    const precision = correct / extracted;
    const recall = recalled / labels;
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
