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
    if (spans.some(([s, e]) => taken.some(([ts, te]) => s < te && ts < e && !(s === e && (s === ts || s === te)) ))) continue;
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

/** Whether a fixed state is safe compared with the state before: nothing newly broken, no new finding. */
function safe(before: State, after: State, fixed: Finding[]): string | undefined {
  const broken = (s: State) => s.findings.filter((f) => BROKEN.has(f.ruleId)).length;
  if (broken(after) > broken(before)) return 'the fixed program no longer parses';
  const had = new Map<string, number>();
  for (const f of before.findings) had.set(identity(f), (had.get(identity(f)) ?? 0) + 1);
  for (const f of fixed) had.set(identity(f), (had.get(identity(f)) ?? 0) - 1);
  for (const f of after.findings) {
    const k = identity(f);
    const n = had.get(k) ?? 0;
    if (n <= 0) return `it would cause a new finding (${f.ruleId}: ${f.message.slice(0, 120)})`;
    had.set(k, n - 1);
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
    const why = safe(state, next, batch);
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
