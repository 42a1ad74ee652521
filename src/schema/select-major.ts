// Which provider major version a program targets, from the constraint its package file declares
// (src/loaders/versions.ts): npm ranges (`^6.0.0`, `~6.1`, `6.x`, `>=6 <7`, `a - b`, `||`), PEP 440
// (`~=6.40`, `==6.83`, `>=6.0.0,<7.0.0`) and Poetry carets. Something deprecated only in 7.x is no
// finding for a program pinned to 6.x, so this decides which schema its arguments are checked against.

import type { AwsMajor } from './types.js';

type Version = readonly [number, number, number];

/** A version interval; `hi` undefined is unbounded. */
interface Range {
  readonly lo: Version;
  readonly loOpen: boolean;
  readonly hi?: Version;
  readonly hiOpen: boolean;
}

const ANY: Range = { lo: [0, 0, 0], loOpen: false, hiOpen: true };

/**
 * The newest schema the constraint allows: 7 when it admits any 7.x (or later) release, 6 when it admits
 * only older ones (a 5.x program is closer to 6 than to 7), 7 when absent or unreadable.
 */
export function selectAwsMajor(constraint: string | undefined): AwsMajor {
  if (!constraint?.trim()) return 7;
  const alternatives = constraint.split('||').map(intersection);
  if (alternatives.some((r) => r && intersects(r, { lo: [7, 0, 0], loOpen: false, hiOpen: true }))) return 7;
  return alternatives.some((r) => r !== undefined) ? 6 : 7;
}

/** Whether the constraint admits some release of `major` (or a later one, for 7); true when unreadable. */
export function admitsMajor(constraint: string | undefined, major: AwsMajor): boolean {
  if (!constraint?.trim()) return true;
  const alternatives = constraint.split('||').map(intersection);
  if (alternatives.every((r) => r === undefined)) return true;
  const range: Range = major === 7 ? { lo: [7, 0, 0], loOpen: false, hiOpen: true } : { lo: [major, 0, 0], loOpen: false, hi: [major + 1, 0, 0], hiOpen: true };
  return alternatives.some((r) => r && intersects(r, range));
}

/** All comparators of one alternative, intersected; undefined when they exclude every version. */
function intersection(alternative: string): Range | undefined {
  const text = alternative.trim().replace(/([<>=!~^]+)\s+/g, '$1');
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(text);
  if (hyphen) {
    const lo = partial(hyphen[1]!);
    const hi = partial(hyphen[2]!);
    return lo && hi ? { lo: lo.version, loOpen: false, hi: hi.version, hiOpen: false } : ANY;
  }
  let range: Range | undefined = ANY;
  for (const comparator of text.split(/[\s,]+/).filter(Boolean)) {
    range = range && intersect(range, comparatorRange(comparator));
  }
  return range;
}

/** `6.83` → 6.83.0 with two parts given; `6.x` / `6.*` count the wildcard as absent. */
function partial(text: string): { version: Version; parts: number } | undefined {
  const m = /^v?(\d+)(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:[-+.].*)?$/.exec(text);
  if (!m) return undefined;
  const nums = [m[1], m[2], m[3]].filter((p): p is string => p !== undefined && /^\d+$/.test(p)).map(Number);
  const parts = m[2] === undefined || !/^\d+$/.test(m[2]) ? 1 : m[3] === undefined || !/^\d+$/.test(m[3]) ? 2 : 3;
  return { version: [nums[0] ?? 0, parts > 1 ? nums[1]! : 0, parts > 2 ? nums[2]! : 0], parts };
}

/** The versions `6`, `6.x` or `6.83` stand for when used as an exact version. */
function prefixRange(v: Version, parts: number): Range {
  if (parts === 3) return { lo: v, loOpen: false, hi: v, hiOpen: false };
  const hi: Version = parts === 1 ? [v[0] + 1, 0, 0] : [v[0], v[1] + 1, 0];
  return { lo: v, loOpen: false, hi, hiOpen: true };
}

function comparatorRange(comparator: string): Range {
  const m = /^(===|==|~=|!=|>=|<=|>|<|=|\^|~)?(.*)$/.exec(comparator)!;
  const op = m[1] ?? '';
  const p = partial(m[2]!);
  if (!p || op === '!=') return ANY;
  const { version: v, parts } = p;
  switch (op) {
    case '>=':
      return { lo: v, loOpen: false, hiOpen: true };
    case '>':
      // `>6` excludes every 6.x: it starts where the prefix range `6` ends.
      if (parts === 3) return { lo: v, loOpen: true, hiOpen: true };
      return { lo: prefixRange(v, parts).hi!, loOpen: false, hiOpen: true };
    case '<=':
      if (parts === 3) return { ...ANY, hi: v, hiOpen: false };
      return { ...ANY, hi: prefixRange(v, parts).hi!, hiOpen: true };
    case '<':
      return { ...ANY, hi: v, hiOpen: true };
    case '^':
      return { lo: v, loOpen: false, hi: caretCeiling(v), hiOpen: true };
    case '~':
      return { lo: v, loOpen: false, hi: parts === 1 ? [v[0] + 1, 0, 0] : [v[0], v[1] + 1, 0], hiOpen: true };
    case '~=':
      // PEP 440 compatible release: `~=6.40` is >=6.40,<7; `~=6.40.1` is >=6.40.1,<6.41.
      return { lo: v, loOpen: false, hi: parts <= 2 ? [v[0] + 1, 0, 0] : [v[0], v[1] + 1, 0], hiOpen: true };
    default:
      return prefixRange(v, parts);
  }
}

function caretCeiling(v: Version): Version {
  if (v[0] > 0) return [v[0] + 1, 0, 0];
  return v[1] > 0 ? [0, v[1] + 1, 0] : [0, 0, v[2] + 1];
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function intersect(a: Range, b: Range): Range | undefined {
  const loCmp = compare(a.lo, b.lo);
  const lo = loCmp > 0 || (loCmp === 0 && a.loOpen) ? a : b;
  let hi: Range;
  if (a.hi === undefined) hi = b;
  else if (b.hi === undefined) hi = a;
  else {
    const hiCmp = compare(a.hi, b.hi);
    hi = hiCmp < 0 || (hiCmp === 0 && a.hiOpen) ? a : b;
  }
  const range: Range = { lo: lo.lo, loOpen: lo.loOpen, ...(hi.hi && { hi: hi.hi }), hiOpen: hi.hiOpen };
  return isEmpty(range) ? undefined : range;
}

function intersects(a: Range, b: Range): boolean {
  return intersect(a, b) !== undefined;
}

function isEmpty(r: Range): boolean {
  if (r.hi === undefined) return false;
  const c = compare(r.lo, r.hi);
  return c > 0 || (c === 0 && (r.loOpen || r.hiOpen));
}
