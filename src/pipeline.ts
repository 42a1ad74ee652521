// The one place that knows the stage order: load → parse → evaluate → rules → requirements →
// findings (→ review).

import { readFileSync } from 'node:fs';

import type { ProgramInput } from './core/program.js';
import { compareFindings, type ProgramResult } from './core/result.js';
import type { SourceFile } from './core/source.js';
import { initFrontends, parseSource } from './frontends/index.js';
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
  const model = buildModel(input, parseAll(complete));
  // Unnamed fragments (explanatory excerpts, often the "before" code of a fix) repeat resources the
  // complete files define, so they are left out, unless the complete files create nothing at all:
  // then the fragments are the program, analysed leniently.
  if (model.resources.length > 0 || complete.length === all.length) return model;
  return buildModel(input, parseAll(all));
}

function parseAll(files: SourceFile[]) {
  const modules = [];
  for (const f of files) {
    const m = parseSource(f);
    if (m) modules.push(m);
  }
  return modules;
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
