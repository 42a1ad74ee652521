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

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sa = new Set(a);
  const sb = new Set(b);
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

function argSimilarity(a: Resource, b: Resource): number {
  const keys = new Set([...a.args.props.keys(), ...b.args.props.keys()]);
  if (keys.size === 0) return 1;
  let same = 0;
  for (const k of keys) {
    const x = a.args.props.get(k);
    const y = b.args.props.get(k);
    if (x && y) same += describe(x) === describe(y) ? 1 : 0.5;
  }
  return same / keys.size;
}

/** Similarity in [0, 1] of two resources of the same type. */
export function similarity(a: Resource, b: Resource): number {
  if (a.type !== b.type) return 0;
  const names = jaccard(nameTokens(a.name), nameTokens(b.name));
  const file = a.at.f.split('/').pop() === b.at.f.split('/').pop() ? 1 : 0;
  return 0.6 * names + 0.3 * argSimilarity(a, b) + 0.1 * file;
}

/** Pair resources greedily by similarity; pairs below `threshold` are left unmatched. */
export function matchResources(model: readonly Resource[], ideal: readonly Resource[], threshold = 0.25): Match[] {
  const candidates: Match[] = [];
  const byType = new Map<string, Resource[]>();
  for (const r of ideal) {
    const list = byType.get(r.type) ?? [];
    list.push(r);
    byType.set(r.type, list);
  }
  for (const m of model) {
    const pool = byType.get(m.type) ?? [];
    // One candidate of a type per side matches even with unrelated names: it is the same resource.
    const alone = pool.length === 1 && model.filter((x) => x.type === m.type).length === 1;
    for (const i of pool) {
      const score = similarity(m, i);
      if (score >= threshold || alone) candidates.push({ model: m, ideal: i, score });
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
