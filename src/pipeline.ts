// The one place that knows the stage order: load → parse → evaluate → rules → requirements →
// findings (→ review).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Module } from './core/ir.js';
import type { Diagnostic, ProgramInput } from './core/program.js';
import { compareFindings, type ProgramResult } from './core/result.js';
import type { SourceFile } from './core/source.js';
import { emptyModule, initFrontends, isStackOverflow, parseFile, tooDeepDiagnostic } from './frontends/index.js';
import { loadInput } from './loaders/index.js';
import { buildModel } from './model/build.js';
import { dumpModel } from './model/dump.js';
import type { ResourceModel } from './model/types.js';
import type { Finding, Severity } from './core/finding.js';
import { globToRegExp } from './core/text.js';
import type { RuleDefinition } from './rules/define-rule.js';
import { RULES } from './rules/index.js';
import { runRules } from './rules/run.js';
import { applySuppressions } from './rules/suppressions.js';
import { type AnswerAnalysis, buildReview, type RequirementLine, type Review } from './review/review.js';
import {
  checkRequirements,
  extractRequirements,
  failureRecords,
  type Requirement,
  type RequirementResult,
  requirementsFromYaml,
  toFindings,
} from './requirements/index.js';

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
}

/** The requirements of a request or spec file (throws RequirementsSpecError on a bad spec). */
export function loadRequirements(options: AnalyzeOptions): Requirement[] | undefined {
  if (options.requirements) return requirementsFromYaml(readFileSync(options.requirements, 'utf8'), options.requirements);
  if (options.prompt) return extractRequirements(readFileSync(options.prompt, 'utf8'), options.prompt);
  return undefined;
}

let ready: Promise<void> | undefined;

/** Initialise parsers once per process (or worker). */
export function prepare(): Promise<void> {
  ready ??= initFrontends();
  return ready;
}

export async function analyzePath(path: string, options: AnalyzeOptions = {}): Promise<ProgramResult> {
  await prepare();
  const input = await loadInput(path);
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
export function analyzeModel(input: ProgramInput, options: AnalyzeOptions = {}): Analysis {
  const model = evaluate(input);
  const enabled = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const { findings: raw, errors } = runRules(model, enabled, options.severity);
  const reqs = loadRequirements(options);
  const verdicts = reqs ? checkRequirements(reqs, model) : undefined;
  if (verdicts) {
    const records = failureRecords(verdicts);
    toFindings(records, model).forEach((f, i) => {
      const id = records[i]!.resourceId;
      if (id !== undefined) f.resourceId = id;
      raw.push(f);
    });
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
  const analysis: Analysis = { model, findings, errors, suppressed, ignored: raw.length - notIgnored.length };
  if (verdicts) analysis.requirements = verdicts;
  return analysis;
}

/** Evaluate a loaded input; requires `prepare()` to have completed. */
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

export function evaluate(input: ProgramInput): ResourceModel {
  const all = input.files.filter((f) => f.role === 'program');
  const complete = all.filter((f) => !(f.snippet && f.nameSource === 'unnamed'));
  const model = build(input, parseAll(complete));
  // Unnamed fragments (explanatory excerpts, often the "before" code of a fix) repeat resources the
  // complete files define, so they are left out, unless the complete files create nothing at all:
  // then the fragments are the program, analysed leniently.
  if (model.resources.length > 0 || complete.length === all.length) return model;
  return build(input, parseAll(all));
}

interface Parsed {
  modules: Module[];
  /** `parse/too-deep` diagnostics of files that are not analysed. */
  diagnostics: Diagnostic[];
}

function parseAll(files: SourceFile[]): Parsed {
  const out: Parsed = { modules: [], diagnostics: [] };
  for (const f of files) {
    const { module, diagnostic } = parseFile(f);
    if (module) out.modules.push(module);
    if (diagnostic) out.diagnostics.push(diagnostic);
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
  await prepare();
  let requirements: RequirementLine[] | undefined;
  const analyse = async (p: string, withPrompt: boolean): Promise<AnswerAnalysis> => {
    const input = await loadInput(p);
    const a = analyzeModel(input, withPrompt && paths.prompt ? { ...options, prompt: paths.prompt } : options);
    if (a.requirements) {
      requirements = a.requirements.map((v) => {
        const line: RequirementLine = { sentence: v.requirement.sentence, line: v.requirement.line, kind: v.requirement.kind, status: v.status };
        const detail = v.status === 'fail' ? (v.message ?? v.evidence.detail) : v.evidence.detail;
        if (detail) line.detail = detail;
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
