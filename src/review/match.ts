// Matching the resources of two programs (a model answer and its corrected version). Resources of the
// same type are paired by how alike their logical names and arguments are; names are compared with
// their unknown parts (the environment suffix, a parameter) blanked out, since those are what
// corrections typically change.

import { describe, type Value } from '../ir/values.js';
import type { Resource } from '../model/types.js';

export interface Match {
  model: Resource;
  ideal: Resource;
  score: number;
}

function nameTokens(v: Value): string[] {
  const text = v.kind === 'known' ? String(v.value) : v.kind === 'str' ? v.parts.map((p) => (p.kind === 'known' ? String(p.value) : ' ')).join('') : describe(v);
  return text
    .toLowerCase()
    .replace(/\$\{[^}]*\}/g, ' ')
    .split(/[^a-z]+/)
    .filter((t) => t.length > 1 && !['dev', 'prod', 'stage', 'staging', 'test', 'qa', 'env'].includes(t));
}

/** What similarity compares, computed once per resource. */
interface Profile {
  tokens: Set<string>;
  args: Map<string, string>;
  file: string | undefined;
}

const profiles = new WeakMap<Resource, Profile>();

function profileOf(r: Resource): Profile {
  let p = profiles.get(r);
  if (!p) {
    p = { tokens: new Set(nameTokens(r.name)), args: new Map([...r.args.props].map(([k, v]) => [k, describe(v)])), file: r.at.f.split('/').pop() };
    profiles.set(r, p);
  }
  return p;
}

function jaccard(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

function argSimilarity(a: Map<string, string>, b: Map<string, string>): number {
  let keys = a.size;
  for (const k of b.keys()) if (!a.has(k)) keys++;
  if (keys === 0) return 1;
  let same = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) same += x === y ? 1 : 0.5;
  }
  return same / keys;
}

/** Similarity in [0, 1] of two resources of the same type. */
export function similarity(a: Resource, b: Resource): number {
  if (a.type !== b.type) return 0;
  const pa = profileOf(a);
  const pb = profileOf(b);
  return 0.6 * jaccard(pa.tokens, pb.tokens) + 0.3 * argSimilarity(pa.args, pb.args) + 0.1 * (pa.file === pb.file ? 1 : 0);
}

/**
 * Pairs of one type compared in full. Past it (thousands of resources of one type on each side)
 * each model resource is compared with the ideal resources of the same logical name and those
 * near its own place in creation order, so matching stays linear in the program's size.
 */
const MAX_PAIRS = 20_000;
const WINDOW = 50;

function labelOf(r: Resource): string | undefined {
  return r.name.kind === 'known' ? String(r.name.value) : undefined;
}

function groupBy<T>(items: readonly T[], key: (x: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** The ideal resources `m`, the `rank`-th of `mine`, is compared with. */
function comparedWith(m: Resource, rank: number, mine: readonly Resource[], pool: readonly Resource[], byLabel: Map<string, Resource[]>): Iterable<Resource> {
  if (mine.length * pool.length <= MAX_PAIRS) return pool;
  const at = Math.round((rank * pool.length) / mine.length);
  const near = new Set(pool.slice(Math.max(0, at - WINDOW), at + WINDOW));
  const label = labelOf(m);
  for (const i of (label === undefined ? undefined : byLabel.get(label)) ?? []) near.add(i);
  return near;
}

/** Pair resources greedily by similarity; pairs below `threshold` are left unmatched. */
export function matchResources(model: readonly Resource[], ideal: readonly Resource[], threshold = 0.25): Match[] {
  const candidates: Match[] = [];
  const byType = groupBy(ideal, (r) => r.type);
  for (const [type, mine] of groupBy(model, (r) => r.type)) {
    const pool = byType.get(type) ?? [];
    // One candidate of a type per side matches even with unrelated names: it is the same resource.
    const alone = pool.length === 1 && mine.length === 1;
    const byLabel = groupBy(pool, labelOf);
    for (const [rank, m] of mine.entries()) {
      for (const i of comparedWith(m, rank, mine, pool, byLabel)) {
        const score = similarity(m, i);
        if (score >= threshold || alone) candidates.push({ model: m, ideal: i, score });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.model.id - y.model.id || x.ideal.id - y.ideal.id);
  const usedM = new Set<number>();
  const usedI = new Set<number>();
  const out: Match[] = [];
  for (const c of candidates) {
    if (usedM.has(c.model.id) || usedI.has(c.ideal.id)) continue;
    usedM.add(c.model.id);
    usedI.add(c.ideal.id);
    out.push(c);
  }
  return out.sort((a, b) => a.model.id - b.model.id);
}
