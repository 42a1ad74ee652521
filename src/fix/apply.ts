// `check --fix`: apply the mechanical fixes rules attach to their findings, and keep only the ones
// that prove safe. Fixes are taken in order of position and never overlap; the fixed program is
// analysed again, and a fix is rolled back when the program no longer parses where it did, or when a
// finding appears that was not there before. Markdown answers are rewritten in place: only the code
// block text a fix replaces changes, the prose and the other blocks stay byte for byte.

import type { Finding } from '../core/finding.js';
import type { ProgramInput } from '../core/program.js';
import { loadInput, type Overlay } from '../loaders/index.js';
import { type AnalyzeOptions, analyzeModel, type ParseCache } from '../pipeline.js';

export interface FixedFile {
  host: string;
  before: string;
  after: string;
  /** The findings whose fixes were applied, as they were reported before fixing. */
  applied: Finding[];
}

export interface FixReport {
  files: FixedFile[];
  /** Fixes that were not applied, with the reason. */
  skipped: { finding: Finding; reason: string }[];
  /** The findings that remain after fixing. */
  remaining: Finding[];
}

const MAX_PASSES = 5;

interface State {
  texts: Map<string, string>;
  findings: Finding[];
  input: ProgramInput;
}

/** A finding's identity that survives edits elsewhere: rule, message, resource (not position). */
function identity(f: Finding): string {
  return `${f.ruleId}\u0000${f.message}\u0000${f.resource?.type ?? ''}\u0000${f.resource?.name ?? ''}`;
}

const BROKEN = new Set(['code/syntax-error', 'code/truncated-code-block', 'code/file-not-analysed']);

async function analyse(path: string, overlay: Overlay, options: AnalyzeOptions, cache?: ParseCache): Promise<State> {
  const input = await loadInput(path, overlay);
  const a = analyzeModel(input, options, cache);
  return { texts: new Map(input.hosts), findings: a.findings, input };
}

/** Non-overlapping fixes of one host file, in order of position (the first of two overlapping ones wins). */
function pick(findings: Finding[], host: string): Finding[] {
  const out: Finding[] = [];
  const taken: [number, number][] = [];
  const fixable = findings.filter((f) => f.fix && f.location.hostPath === host).sort((a, b) => a.fix!.edits[0]!.start - b.fix!.edits[0]!.start);
  for (const f of fixable) {
    const edits = f.fix!.edits;
    // Two edits of one fix overlapping each other make it unusable.
    const spans = edits.map((e) => [e.start, e.end] as [number, number]).sort((a, b) => a[0] - b[0]);
    if (spans.some((s, i) => i > 0 && s[0] < spans[i - 1]![1])) continue;
    // Two insertions at one point overlap too: which text comes first would be arbitrary.
    if (spans.some(([s, e]) => taken.some(([ts, te]) => (s < te && ts < e && !(s === e && (s === ts || s === te))) || (s === e && ts === te && s === ts)))) continue;
    taken.push(...spans);
    out.push(f);
  }
  return out;
}

/** The text with the fixes' edits applied (edits do not overlap). */
function applyEdits(text: string, fixes: Finding[]): string {
  const edits = fixes.flatMap((f) => f.fix!.edits).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Maps an offset of the fixed host text back to the text before the edits (non-overlapping, in
 * before-coordinates); undefined inside text an edit wrote. A span's end may touch the start of an
 * edit's text, its start the end of it.
 */
function mapBack(edits: readonly { start: number; end: number; text: string }[], at: number, end: boolean): number | undefined {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const s = e.start + delta;
    if (at < s || (end && at === s)) break;
    if (at < s + e.text.length || (end && at === s + e.text.length && e.text.length > 0)) return undefined;
    delta += e.text.length - (e.end - e.start);
  }
  return at - delta;
}

/**
 * A finding's rule, message and place as it would be written before the fix (its span mapped back
 * through the edits), without the resource's name: a fix that renames a resource leaves the other
 * findings about that resource the same findings.
 */
function placed(f: Finding, host: string, edits: readonly { start: number; end: number; text: string }[] | undefined): string | undefined {
  const same = f.location.hostPath !== host || !edits;
  const s = same ? f.location.start : mapBack(edits, f.location.start, false);
  const e = same ? f.location.end : mapBack(edits, f.location.end, true);
  if (s === undefined || e === undefined) return undefined;
  return `${f.ruleId}\u0000${f.message}\u0000${f.location.hostPath}\u0000${s}\u0000${e}`;
}

/**
 * Whether a fixed state is safe compared with the state before: nothing newly broken, no new finding.
 * A finding after the fix is new unless a finding before it (other than the fixed ones, which must
 * go) has the same identity, or the same rule, message and place once mapped back through the edits.
 */
function safe(before: State, after: State, fixed: Finding[], host: string): string | undefined {
  const broken = (s: State) => s.findings.filter((f) => BROKEN.has(f.ruleId)).length;
  if (broken(after) > broken(before)) return 'the fixed program no longer parses';
  const edits = fixed.flatMap((f) => f.fix!.edits);
  const gone = new Set(fixed);
  const rest = before.findings.filter((f) => !gone.has(f));
  const byIdentity = new Map<string, Finding[]>();
  const byPlace = new Map<string, Finding[]>();
  const add = (m: Map<string, Finding[]>, k: string | undefined, f: Finding) => k !== undefined && (m.get(k) ?? m.set(k, []).get(k)!).push(f);
  for (const f of rest) {
    add(byIdentity, identity(f), f);
    add(byPlace, placed(f, host, undefined), f);
  }
  const used = new Set<Finding>();
  const take = (list: Finding[] | undefined) => {
    const f = list?.find((x) => !used.has(x));
    if (f) used.add(f);
    return f;
  };
  const unmatched: Finding[] = [];
  for (const f of after.findings) if (!take(byIdentity.get(identity(f)))) unmatched.push(f);
  for (const f of unmatched) {
    if (!take(byPlace.get(placed(f, host, edits) ?? ''))) return `it would cause a new finding (${f.ruleId}: ${f.message.slice(0, 120)})`;
  }
  return undefined;
}

export interface FixOptions extends AnalyzeOptions {
  /** Apply only these rules' fixes (all rules still analyse the fixed program). */
  fixRules?: readonly string[];
}

export async function fixPath(path: string, options: FixOptions = {}, cache?: ParseCache): Promise<FixReport> {
  const only = options.fixRules && new Set(options.fixRules);
  const overlay = new Map<string, string>();
  let state = await analyse(path, overlay, options, cache);
  const original = new Map(state.texts);
  const applied = new Map<string, Finding[]>();
  const skipped: FixReport['skipped'] = [];
  const rejected = new Set<string>();
  const attempt = async (host: string, batch: Finding[]): Promise<{ next: State; text: string; why?: string }> => {
    const text = applyEdits(state.texts.get(host)!, batch);
    const next = await analyse(path, new Map([...overlay, [host, text]]), options, cache);
    const why = safe(state, next, batch, host);
    return why ? { next, text, why } : { next, text };
  };
  const accept = (host: string, batch: Finding[], r: { next: State; text: string }) => {
    overlay.set(host, r.text);
    state = r.next;
    applied.set(host, [...(applied.get(host) ?? []), ...batch]);
  };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let progress = false;
    for (const host of [...state.texts.keys()]) {
      const candidates = pick(state.findings.filter((f) => !rejected.has(identity(f)) && (!only || only.has(f.ruleId))), host);
      if (candidates.length === 0) continue;
      const all = await attempt(host, candidates);
      if (!all.why) {
        accept(host, candidates, all);
        progress = true;
        continue;
      }
      // Not safe together: try each on its own, reject the unsafe ones, then apply the rest together.
      const good: Finding[] = [];
      for (const f of candidates) {
        const one = candidates.length === 1 ? all : await attempt(host, [f]);
        if (one.why) {
          rejected.add(identity(f));
          skipped.push({ finding: f, reason: one.why });
        } else good.push(f);
      }
      if (good.length === 0) continue;
      const together = await attempt(host, good);
      if (!together.why) accept(host, good, together);
      else accept(host, [good[0]!], await attempt(host, [good[0]!]));
      progress = true;
    }
    if (!progress) break;
  }
  const files: FixedFile[] = [];
  for (const [host, fixes] of applied) files.push({ host, before: original.get(host)!, after: overlay.get(host)!, applied: fixes });
  return { files, skipped, remaining: state.findings };
}
