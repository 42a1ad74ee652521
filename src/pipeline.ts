// The one place that knows the stage order: load → parse → evaluate → rules → requirements →
// findings (→ review).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Module } from './core/ir.js';
import type { Diagnostic, ProgramInput } from './core/program.js';
import { compareFindings, type ProgramResult } from './core/result.js';
import { type SourceFile, toHostOffset } from './core/source.js';
import { assetNotes, emptyModule, initFrontends, isStackOverflow, parseFile, type ParsedFile, tooDeepDiagnostic } from './frontends/index.js';
import { collectIfGrown } from './core/heap.js';
import { loadInput } from './loaders/index.js';
import { buildModel } from './model/build.js';
import { assetNoteDiagnostics } from './model/parse-diagnostics.js';
import { filesOutsideProgram } from './model/outside-program.js';
import { dumpModel } from './model/dump.js';
import type { ResourceModel } from './model/types.js';
import type { Finding, Severity } from './core/finding.js';
import { globToRegExp } from './core/text.js';
import type { RuleDefinition } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { forgetDerived } from './rules/_shared/derived.js';
import { runRules } from './rules/run.js';
import { ValueBudget, withBudget } from './ir/budget.js';
import { applySuppressions } from './rules/suppressions.js';
import { type AnswerAnalysis, buildReview, excerpt, type RequirementLine, type Review } from './review/review.js';
import {
  checkRequirements,
  extractRequirements,
  failureRecords,
  type Requirement,
  type RequirementResult,
  requirementsFromYaml,
  toFindings,
} from './requirements/index.js';
import { honourMandatedValues } from './requirements/mandated.js';

function withSeverity(rule: RuleDefinition, overrides: Record<string, Severity> | undefined): RuleDefinition {
  const sev = overrides?.[rule.id];
  return sev ? { ...rule, severity: sev } : rule;
}

/** Plain data (it crosses worker threads). */
export interface AnalyzeOptions {
  dumpModel?: boolean;
  /** Ids of the rules to run (default: the whole catalogue). */
  rules?: string[];
  /** Per-rule severity overrides from the configuration. */
  severity?: Record<string, Severity>;
  /** Globs of host or code-block paths whose findings are dropped. */
  ignore?: string[];
  /** A request (PROMPT.md) to check the program against, or an edited requirements spec (YAML). */
  prompt?: string;
  requirements?: string;
  /** Seconds of analysis allowed per MB of input, and for any smaller input (default 5); 0: no limit. */
  timeLimit?: number;
}

/** The requirements of a request or spec file (throws RequirementsSpecError on a bad spec). */
export function loadRequirements(options: AnalyzeOptions): Requirement[] | undefined {
  if (options.requirements) return requirementsFromYaml(readFileSync(options.requirements, 'utf8'), options.requirements);
  if (options.prompt) return extractRequirements(readFileSync(options.prompt, 'utf8'), options.prompt);
  return undefined;
}

let ready: Promise<void> | undefined;

/** Initialise every parser once per process (or worker). */
export function prepare(): Promise<void> {
  ready ??= initFrontends();
  return ready;
}

/** Initialise the parsers a loaded input needs (the Python grammar only when it has Python code). */
export function prepareFor(input: ProgramInput): Promise<void> {
  return initFrontends(input.files.filter((f) => f.role === 'program').map((f) => f.language));
}

export async function analyzePath(path: string, options: AnalyzeOptions = {}): Promise<ProgramResult> {
  const input = await loadInput(path);
  await prepareFor(input);
  return analyzeInput(input, options);
}

export interface Analysis {
  model: ResourceModel;
  findings: Finding[];
  errors: string[];
  suppressed: number;
  ignored: number;
  /** Verdicts on the request's requirements, when a request or spec was given. */
  requirements?: RequirementResult[];
}

/** Model and findings of a loaded input (what `check` reports and `review` compares). */
export function analyzeModel(input: ProgramInput, options: AnalyzeOptions = {}, cache?: ParseCache): Analysis {
  // Every input gets its own value budget and time limit (src/ir/budget.ts): the evaluation gets the
  // limit, and the rules get it again, so a slow evaluation does not leave the model unchecked.
  const meter = new ValueBudget();
  const seconds = timeLimitFor(input, options.timeLimit);
  meter.setTimeLimit(seconds);
  return withBudget(meter, () => {
    try {
      const model = evaluate(input, cache);
      meter.setTimeLimit(seconds);
      return checkModel(input, model, options, meter);
    } catch (err) {
      return failedAnalysis(input, err, options);
    }
  });
}

/**
 * What is left when analysing an input failed outside the parts that contain their own failures
 * (loading, a parser, the model builder): the input is reported as not analysed, with the reason,
 * and the run goes on with the other inputs.
 */
function failedAnalysis(input: ProgramInput, err: unknown, options: AnalyzeOptions): Analysis {
  const model = buildModel(withSkippedFiles(input), []);
  const file = input.entry ?? input.files.find((f) => f.role === 'program')?.path;
  model.diagnostics.push({
    code: 'eval/internal-error',
    class: 'INCOMPLETE-TRUNCATED',
    severity: 'medium',
    message: `stacklint failed while analysing this input (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}); it was not analysed. This is a bug in stacklint: please report it with the input.`.slice(0, 600),
    ...(file === undefined ? {} : { file, start: 0, end: 0 }),
  });
  const enabled = RULES.filter((r) => r.id === 'code/file-not-analysed' && (!options.rules || options.rules.includes(r.id)));
  const { findings } = runRules(model, enabled, options.severity);
  return { model, findings, errors: [], suppressed: 0, ignored: 0 };
}

/** Seconds an input may take: `perMb` seconds per MB of its text, and at least `perMb`; 0 = no limit. */
export function timeLimitFor(input: ProgramInput, perMb = DEFAULT_TIME_LIMIT): number {
  if (!(perMb > 0)) return 0;
  let chars = 0;
  for (const text of input.hosts.values()) chars += text.length;
  return Math.round(perMb * Math.max(1, chars / 1_000_000) * 100) / 100;
}

export const DEFAULT_TIME_LIMIT = 5;

function checkModel(input: ProgramInput, model: ResourceModel, options: AnalyzeOptions, meter: ValueBudget): Analysis {
  const enabled = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const { findings: raw, errors, stoppedAt } = runRules(model, enabled, options.severity);
  const contained = containedFailures(model, enabled, options, errors, stoppedAt, meter);
  if (contained) {
    for (let i = raw.length - 1; i >= 0; i--) if (contained.ids.has(raw[i]!.ruleId)) raw.splice(i, 1);
    raw.push(...contained.findings);
  }
  const reqs = stoppedAt ? undefined : loadRequirements(options);
  const verdicts = reqs ? checkRequirements(reqs, model) : undefined;
  if (verdicts) {
    const records = failureRecords(verdicts);
    const failed = verdicts.filter((v) => v.status === 'fail');
    toFindings(records, model).forEach((f, i) => {
      const id = records[i]!.resourceId;
      if (id !== undefined) f.resourceId = id;
      // The request sentence travels with the finding (editors show it as related information).
      const req = failed[i]?.requirement;
      if (req) f.data = { ...records[i]!.data, sentence: req.sentence, line: req.line };
      raw.push(f);
    });
    honourMandatedValues(raw, verdicts, options.prompt && !options.requirements ? readFileSync(options.prompt, 'utf8') : undefined);
  }
  const ignore = (options.ignore ?? []).map(globToRegExp);
  const notIgnored = raw.filter((f) => !ignore.some((g) => g.test(f.location.hostPath) || (f.location.virtualPath !== undefined && g.test(f.location.virtualPath))));
  const byId = new Map(enabled.map((r) => [r.id, r]));
  const { kept, suppressed, meta } = applySuppressions(input, notIgnored, {
    known: new Set(RULES.map((r) => r.id)),
    ...(byId.get('code/suppression-without-reason') ? { noReason: withSeverity(byId.get('code/suppression-without-reason')!, options.severity) } : {}),
    ...(byId.get('code/unused-suppression') ? { unused: withSeverity(byId.get('code/unused-suppression')!, options.severity) } : {}),
  });
  const findings = [...kept, ...meta];
  findings.sort(compareFindings);
  forgetDerived();
  const analysis: Analysis = { model, findings, errors: [], suppressed, ignored: raw.length - notIgnored.length };
  if (verdicts) analysis.requirements = verdicts;
  return analysis;
}

/**
 * Rules that failed, and rules the time limit stopped, become diagnostics of the input; the rules
 * that report them run once more to turn them into findings (their first findings are replaced).
 */
function containedFailures(
  model: ResourceModel,
  enabled: readonly RuleDefinition[],
  options: AnalyzeOptions,
  errors: string[],
  stoppedAt: string | undefined,
  meter: ValueBudget,
): { ids: Set<string>; findings: Finding[] } | undefined {
  if (errors.length === 0 && !stoppedAt) return undefined;
  const file = model.input.entry ?? model.input.files.find((f) => f.role === 'program')?.path;
  const where = file === undefined ? {} : { file, start: 0, end: 0 };
  for (const e of errors) {
    model.diagnostics.push({
      code: 'rule/internal-error',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'medium',
      message: `stacklint failed while checking this program (${e.slice(0, 200)}); that check's findings are missing. This is a bug in stacklint: please report it with the input.`,
      ...where,
    });
  }
  if (stoppedAt) {
    model.diagnostics.push({
      code: 'eval/time-limit',
      class: 'INCOMPLETE-TRUNCATED',
      severity: 'medium',
      message: `Checking stopped after ${meter.timeLimit} s, the time limit for an input of this size; the checks from \`${stoppedAt}\` on did not run. Give a higher limit with --time-limit if the program is meant to be this large.`,
      ...where,
    });
  }
  const ids = new Set(['code/file-not-analysed']);
  meter.setTimeLimit(0);
  const again = runRules(model, enabled.filter((r) => ids.has(r.id)), options.severity);
  return { ids, findings: again.findings };
}

/** Evaluate a loaded input; requires `prepare()` or `prepareFor(input)` to have completed. */
export function analyzeInput(input: ProgramInput, options: AnalyzeOptions = {}): ProgramResult {
  const t0 = performance.now();
  const { model, findings, errors, suppressed, ignored, requirements } = analyzeModel(input, options);
  const sources: Record<string, string> = {};
  for (const f of findings) {
    const text = input.hosts.get(f.location.hostPath);
    if (text !== undefined) sources[f.location.hostPath] = text;
  }
  const result: ProgramResult = {
    root: input.root,
    kind: input.kind,
    findings,
    errors,
    suppressed,
    ignored,
    sources,
    stats: {
      files: input.files.length,
      resources: model.resources.length,
      steps: model.stats.steps,
      ms: Math.round(performance.now() - t0),
    },
  };
  if (options.dumpModel) result.model = dumpModel(model);
  if (requirements) {
    const n = (st: string) => requirements.filter((r) => r.status === st).length;
    result.requirements = { pass: n('pass'), fail: n('fail'), unknown: n('unknown') };
  }
  return result;
}

/**
 * Program files analysed per input. Each file costs a few kilobytes whatever its size (its module,
 * scope and model entries), so an answer of tens of thousands of one-line code blocks would need
 * gigabytes; real programs have at most a few hundred files.
 */
export const MAX_PROGRAM_FILES = 5000;

export function evaluate(input: ProgramInput, cache?: ParseCache): ResourceModel {
  const all = input.files.filter((f) => f.role === 'program');
  const complete = all.filter((f) => !(f.snippet && f.nameSource === 'unnamed'));
  const assets = assetDiagnostics(input);
  const parsed = parseAll(complete, cache);
  parsed.diagnostics.push(...assets);
  const model = build(input, parsed);
  // Unnamed fragments (explanatory excerpts, often the "before" code of a fix) repeat resources the
  // complete files define, so they are left out, unless the complete files create nothing at all:
  // then the fragments are the program, analysed leniently.
  if (model.resources.length > 0 || complete.length === all.length) return withoutFilesOutsideProgram(input, model, parsed);
  const fragments = parseAll(all, cache);
  fragments.diagnostics.push(...assets);
  return build(input, fragments);
}

/**
 * The model again without the project's files that the entry point never runs (src/model/outside-program.ts):
 * they become role `other`, so no rule judges them as the program.
 */
function withoutFilesOutsideProgram(loaded: ProgramInput, model: ResourceModel, parsed: Parsed): ResourceModel {
  const outside = filesOutsideProgram(model);
  if (outside.size === 0) return model;
  const input: ProgramInput = {
    ...loaded,
    files: loaded.files.map((f) => (outside.has(f.path) ? { ...f, role: 'other' as const } : f)),
  };
  return build(input, {
    modules: parsed.modules.filter((m) => !outside.has(m.path)),
    diagnostics: parsed.diagnostics.filter((d) => d.file === undefined || !outside.has(d.file)),
  });
}

/** What the parser shows about Lambda handler files, which are shipped rather than evaluated. */
function assetDiagnostics(input: ProgramInput): Diagnostic[] {
  return input.files.flatMap((f) => {
    const notes = assetNotes(f);
    return notes.length > 0 ? assetNoteDiagnostics(input, f, notes) : [];
  });
}

interface Parsed {
  modules: Module[];
  /** `parse/too-deep` diagnostics of files that are not analysed, `parse/budget` and `parse/file-budget` of parts that are not. */
  diagnostics: Diagnostic[];
}

/**
 * Parsed files by path, language and content, for a process that analyses the same program again
 * and again (the language server): an unchanged file is not parsed twice. The IR is never changed
 * by evaluation, so a cached module can be evaluated again.
 */
export class ParseCache {
  private readonly entries = new Map<string, ParsedFile>();
  constructor(private readonly max = 4000) {}

  get(f: SourceFile): ParsedFile {
    const key = `${f.path}\u0000${f.language}\u0000${createHash('sha1').update(f.text).digest('hex')}`;
    let hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest entries go first.
      this.entries.delete(key);
    } else {
      hit = parseFile(f);
      if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, hit);
    return hit;
  }

  get size(): number {
    return this.entries.size;
  }
}

function parseAll(files: SourceFile[], cache?: ParseCache): Parsed {
  const out: Parsed = { modules: [], diagnostics: [] };
  const over = files.length - MAX_PROGRAM_FILES;
  for (const [i, f] of files.entries()) {
    if (i >= MAX_PROGRAM_FILES) {
      // Past the budget a file is known to exist (imports of it resolve) but not what it defines.
      out.modules.push(emptyModule(f.path, f.language === 'python'));
      if (i === MAX_PROGRAM_FILES) {
        out.diagnostics.push({
          code: 'load/file-count',
          class: 'INCOMPLETE-TRUNCATED',
          severity: 'medium',
          message: `This input has ${files.length.toLocaleString('en-US')} program files; stacklint analyses the first ${MAX_PROGRAM_FILES.toLocaleString('en-US')}, so the ${over.toLocaleString('en-US')} from here on were not analysed: their resources are not checked and what other files import from them is unknown.`,
          file: f.path,
          start: 0,
          end: 0,
        });
      }
      continue;
    }
    const { module, diagnostic, diagnostics } = cache ? cache.get(f) : parseFile(f);
    collectIfGrown();
    if (module) out.modules.push(module);
    if (diagnostic) out.diagnostics.push(diagnostic);
    if (diagnostics) out.diagnostics.push(...diagnostics);
  }
  return out;
}

/**
 * Build the model; a file parsed within the depth limits may still be too deep for the evaluator's
 * recursion on this thread. Then the deepest module is set aside as too deep and the rest evaluated
 * again, so one such file never costs the whole input.
 */
function build(input: ProgramInput, parsed: Parsed): ResourceModel {
  let { modules } = parsed;
  const diagnostics = [...parsed.diagnostics];
  const base = withSkippedFiles(input);
  for (;;) {
    try {
      return buildModel(diagnostics.length ? { ...base, diagnostics: [...base.diagnostics, ...diagnostics] } : base, modules);
    } catch (err) {
      if (!isStackOverflow(err)) throw err;
      const deepest = deepestModule(modules);
      if (!deepest) throw err;
      diagnostics.push(tooDeepDiagnostic(deepest.path, undefined));
      modules = modules.map((m) => (m === deepest ? emptyModule(m.path, m.lang === 'py') : m));
    }
  }
}

/**
 * The input the model sees: files the loader skipped (too large, binary, unreadable) are added as
 * empty files that nothing evaluates, so that each one's finding points at its own path instead of
 * all of them collapsing into one finding on the input's root.
 */
function withSkippedFiles(input: ProgramInput): ProgramInput {
  const paths = new Set(input.files.map((f) => f.path));
  const extra: SourceFile[] = [];
  for (const d of input.diagnostics) {
    if (d.code !== 'load/skipped' || d.file === undefined || paths.has(d.file)) continue;
    paths.add(d.file);
    const hostPath = input.kind === 'directory' ? join(input.root, d.file) : input.root;
    extra.push({ path: d.file, language: 'other', role: 'other', text: '', hostPath, segments: [{ virt: 0, host: 0 }], snippet: false });
  }
  return extra.length ? { ...input, files: [...input.files, ...extra] } : input;
}

/** The module with the deepest IR tree (measured without recursion), if any has a body. */
function deepestModule(modules: Module[]): Module | undefined {
  let best: Module | undefined;
  let bestDepth = 0;
  for (const m of modules) {
    if (m.body.length === 0) continue;
    const d = treeDepth(m.body);
    if (d > bestDepth) {
      best = m;
      bestDepth = d;
    }
  }
  return best;
}

function treeDepth(root: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (Array.isArray(node)) for (const c of node) stack.push([c, depth + 1]);
    else if (node && typeof node === 'object') for (const c of Object.values(node)) if (c && typeof c === 'object') stack.push([c, depth + 1]);
  }
  return max;
}

export interface ReviewPaths {
  model: string;
  ideal?: string;
  prompt?: string;
}

/** Review a model answer against its corrected answer (and the request, when given). */
export async function reviewPaths(paths: ReviewPaths, options: AnalyzeOptions = {}): Promise<Review> {
  let requirements: RequirementLine[] | undefined;
  const analyse = async (p: string, withPrompt: boolean): Promise<AnswerAnalysis> => {
    const input = await loadInput(p);
    await prepareFor(input);
    const a = analyzeModel(input, withPrompt && paths.prompt ? { ...options, prompt: paths.prompt } : options);
    if (a.requirements) {
      requirements = a.requirements.map((v) => {
        const line: RequirementLine = { sentence: v.requirement.sentence, line: v.requirement.line, kind: v.requirement.kind, status: v.status };
        const detail = v.status === 'fail' ? (v.message ?? v.evidence.detail) : v.evidence.detail;
        if (detail) line.detail = detail;
        // A met requirement quotes the code that meets it.
        const at = v.status === 'pass' ? v.evidence.at : undefined;
        const file = at ? input.files.find((f) => f.path === at.f) : undefined;
        const code = at && file ? excerpt(input, file.hostPath, toHostOffset(file, at.s), toHostOffset(file, at.e), input.kind === 'markdown' ? file.path : undefined) : undefined;
        if (code) line.evidence = { ...code, code: code.code.split('\n').slice(0, 3).join('\n') };
        return line;
      });
    }
    return { input, model: a.model, findings: a.findings };
  };
  // The request is checked against both answers; the report lists the model's verdicts.
  const model = await analyse(paths.model, true);
  const modelRequirements = requirements;
  const ideal = paths.ideal ? await analyse(paths.ideal, true) : undefined;
  const enabled = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const review = buildReview(model, ideal, enabled, modelRequirements);
  if (paths.prompt) review.prompt = paths.prompt;
  return review;
}
