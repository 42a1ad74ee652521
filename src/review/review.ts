// The failure report of a model answer against its corrected (ideal) answer: every finding on the
// model becomes a failure; a failure is fixed when the ideal's matching resource no longer raises it.
// Plain data; the Markdown and JSON forms are rendered from it.

import { type Finding, SEVERITIES, type Severity } from '../core/finding.js';
import { buildLineIndex, lineColumn, toHostOffset } from '../core/source.js';
import type { ProgramInput } from '../core/program.js';
import type { Resource, ResourceModel } from '../model/types.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { diffPrograms, type ProgramDiff } from './diff.js';
import { type Match, matchResources } from './match.js';
import { trainingValue, type TrainingValue } from './score.js';

export interface AnswerAnalysis {
  input: ProgramInput;
  model: ResourceModel;
  findings: Finding[];
}

export interface CodeExcerpt {
  /** The code block / file path (virtual), and the host file and 1-based line. */
  file: string;
  host: string;
  line: number;
  lang: string;
  code: string;
}

export type FailureStatus = 'fixed' | 'still-present' | 'removed-in-ideal' | 'no-ideal';

export interface Failure {
  title: string;
  severity: Severity;
  class: string;
  ruleId: string;
  message: string;
  resource?: { type: string; name: string | null };
  status: FailureStatus;
  modelCode?: CodeExcerpt;
  fix: { source: 'ideal'; code: CodeExcerpt } | { source: 'hint'; text: string };
  why: string;
}

export interface IdealFinding {
  title: string;
  severity: Severity;
  class: string;
  ruleId: string;
  message: string;
  code?: CodeExcerpt;
  /** Also raised on the model (not fixed), or new in the ideal. */
  origin: 'not-fixed' | 'new';
}

export interface RequirementLine {
  sentence: string;
  line: number;
  kind: string;
  status: 'pass' | 'fail' | 'unknown';
  detail?: string;
}

export interface Review {
  model: string;
  ideal?: string;
  prompt?: string;
  summary: {
    failures: number;
    bySeverity: Record<Severity, number>;
    fixedBySeverity: Record<Severity, number>;
    fixed: number;
    stillPresent: number;
    idealFindings: number;
  };
  failures: Failure[];
  idealFindings: IdealFinding[];
  requirements?: RequirementLine[];
  gotRight: string[];
  diff?: ProgramDiff;
  score: TrainingValue;
}

const MAX_EXCERPT_LINES = 18;

function languageOf(input: ProgramInput, virtualPath: string): string {
  const f = input.files.find((x) => x.path === virtualPath);
  return f?.language === 'python' ? 'python' : f?.language === 'javascript' ? 'javascript' : f?.language === 'yaml' ? 'yaml' : 'typescript';
}

/** The host lines from `start` to `end` (offsets), at most MAX_EXCERPT_LINES, with their position. */
export function excerpt(input: ProgramInput, hostPath: string, start: number, end: number, virtualPath: string | undefined): CodeExcerpt | undefined {
  const text = input.hosts.get(hostPath);
  if (text === undefined) return undefined;
  const idx = buildLineIndex(text);
  const a = lineColumn(idx, start).line;
  const b = Math.min(lineColumn(idx, Math.max(start, end)).line, a + MAX_EXCERPT_LINES - 1);
  const lines = text.split('\n').slice(a - 1, b);
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  const code = lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n').replace(/\s+$/, '');
  const file = virtualPath ?? hostPath;
  return { file, host: hostPath, line: a, lang: languageOf(input, file), code };
}

function resourceExcerpt(a: AnswerAnalysis, r: Resource): CodeExcerpt | undefined {
  const file = a.input.files.find((f) => f.path === r.at.f);
  if (!file) return undefined;
  return excerpt(a.input, file.hostPath, toHostOffset(file, r.at.s), toHostOffset(file, r.at.e), a.input.kind === 'markdown' ? file.path : undefined);
}

function findingExcerpt(a: AnswerAnalysis, f: Finding): CodeExcerpt | undefined {
  const res = f.resourceId !== undefined ? a.model.resources.find((r) => r.id === f.resourceId) : undefined;
  const file = res ? a.input.files.find((x) => x.path === res.at.f) : undefined;
  if (res && file) {
    // A finding inside a resource constructor is shown from the constructor's first line, so the
    // reader sees which resource it is, as long as that stays short.
    const start = toHostOffset(file, res.at.s);
    const end = toHostOffset(file, res.at.e);
    if (f.location.start >= start && f.location.start <= end) {
      const text = a.input.hosts.get(f.location.hostPath) ?? '';
      const lines = text.slice(start, f.location.end).split('\n').length;
      if (lines <= 12) return excerpt(a.input, f.location.hostPath, start, Math.max(f.location.end, start), f.location.virtualPath);
    }
  }
  return excerpt(a.input, f.location.hostPath, f.location.start, f.location.end, f.location.virtualPath);
}

/** "naming/missing-environment-suffix" → "Missing environment suffix". */
function ruleTitle(ruleId: string): string {
  const name = ruleId.split('/').pop() ?? ruleId;
  const t = name.replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function titleOf(f: Finding): string {
  const what = f.resource ? ` — ${f.resource.type.split(':').pop()}${f.resource.name ? ` \`${f.resource.name}\`` : ''}` : '';
  return `${ruleTitle(f.ruleId)}${what}`;
}

/** Same problem on both sides: same rule, and (for resource findings) the matched resource. */
function raisedOnIdeal(f: Finding, ideal: AnswerAnalysis, matchOf: Map<number, Resource>): Finding | undefined {
  if (f.resourceId !== undefined) {
    const m = matchOf.get(f.resourceId);
    if (!m) return undefined;
    return ideal.findings.find((g) => g.ruleId === f.ruleId && g.resourceId === m.id);
  }
  return ideal.findings.find((g) => g.ruleId === f.ruleId && g.resourceId === undefined && g.message === f.message);
}

export function buildReview(model: AnswerAnalysis, ideal: AnswerAnalysis | undefined, rules: readonly RuleDefinition[], requirements?: RequirementLine[]): Review {
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const matches: Match[] = ideal ? matchResources(model.model.resources, ideal.model.resources) : [];
  const matchOf = new Map(matches.map((m) => [m.model.id, m.ideal]));
  const stillRaised = new Set<Finding>();
  const failures: Failure[] = model.findings.map((f) => {
    const rule = ruleOf.get(f.ruleId);
    let status: FailureStatus = 'no-ideal';
    let fix: Failure['fix'] = { source: 'hint', text: f.fixHint ?? rule?.fixHint ?? '' };
    if (ideal) {
      const again = raisedOnIdeal(f, ideal, matchOf);
      if (again) {
        status = 'still-present';
        stillRaised.add(again);
      } else if (f.resourceId !== undefined && !matchOf.has(f.resourceId) && model.model.resources.some((r) => r.id === f.resourceId)) {
        status = 'removed-in-ideal';
      } else {
        status = 'fixed';
        const m = f.resourceId !== undefined ? matchOf.get(f.resourceId) : undefined;
        const code = m ? resourceExcerpt(ideal, m) : undefined;
        if (code) fix = { source: 'ideal', code };
      }
    }
    const failure: Failure = {
      title: titleOf(f),
      severity: f.severity,
      class: f.class,
      ruleId: f.ruleId,
      message: f.message,
      status,
      fix,
      why: rule?.docs.why ?? '',
    };
    if (f.resource) failure.resource = f.resource;
    const code = findingExcerpt(model, f);
    if (code) failure.modelCode = code;
    return failure;
  });
  const sevRank = (s: Severity) => SEVERITIES.indexOf(s);
  failures.sort((a, b) => sevRank(a.severity) - sevRank(b.severity));

  const idealFindings: IdealFinding[] = (ideal?.findings ?? []).map((g) => {
    const out: IdealFinding = { title: titleOf(g), severity: g.severity, class: g.class, ruleId: g.ruleId, message: g.message, origin: stillRaised.has(g) ? 'not-fixed' : 'new' };
    const code = ideal ? findingExcerpt(ideal, g) : undefined;
    if (code) out.code = code;
    return out;
  });
  idealFindings.sort((a, b) => sevRank(a.severity) - sevRank(b.severity));

  const count = (pred: (f: Failure) => boolean) =>
    Object.fromEntries(SEVERITIES.map((s) => [s, failures.filter((f) => f.severity === s && pred(f)).length])) as Record<Severity, number>;
  const review: Review = {
    model: model.input.root,
    summary: {
      failures: failures.length,
      bySeverity: count(() => true),
      fixedBySeverity: count((f) => f.status === 'fixed' || f.status === 'removed-in-ideal'),
      fixed: failures.filter((f) => f.status === 'fixed' || f.status === 'removed-in-ideal').length,
      stillPresent: failures.filter((f) => f.status === 'still-present').length,
      idealFindings: idealFindings.length,
    },
    failures,
    idealFindings,
    gotRight: gotRight(model, failures, rules),
    score: trainingValue(failures, !!ideal),
  };
  if (ideal) {
    review.ideal = ideal.input.root;
    review.diff = diffPrograms(model.model.resources, ideal.model.resources, matches);
  }
  if (requirements) review.requirements = requirements;
  return review;
}

/** What the model did right: checks with no failure, and the size of what it built. */
function gotRight(model: AnswerAnalysis, failures: Failure[], rules: readonly RuleDefinition[]): string[] {
  const out: string[] = [];
  const resources = model.model.resources.filter((r) => !r.isProvider);
  const types = new Set(resources.map((r) => r.typePath));
  if (resources.length) out.push(`Builds ${resources.length} resources of ${types.size} types${model.model.components.length ? ` in ${model.model.components.length} component${model.model.components.length === 1 ? '' : 's'}` : ''}.`);
  const withFindings = new Set(failures.map((f) => f.resource && `${f.resource.type}\u0000${f.resource.name}`).filter(Boolean));
  const clean = resources.filter((r) => !withFindings.has(`${r.type}\u0000${r.name.kind === 'known' ? String(r.name.value) : null}`)).length;
  if (resources.length) out.push(`${clean} of ${resources.length} resources raise no finding.`);
  const failedClasses = new Set(failures.map((f) => f.class));
  const notable: [string, string][] = [
    ['SECRET-HARDCODED', 'no hard-coded secrets'],
    ['IAM-WILDCARD-OVERBROAD', 'no wildcard IAM permissions'],
    ['SG-OPEN-INGRESS', 'no security group open to the internet on sensitive ports'],
    ['PULUMI-OUTPUT-MISUSE', 'Outputs used correctly (no Output in plain strings or JSON)'],
    ['NAME-ENV-SUFFIX', 'resource names carry the environment suffix'],
    ['ENCRYPTION-AT-REST', 'data stores encrypted at rest'],
    ['CODE-TYPE-COMPILE', 'the code parses'],
  ];
  const applicable = new Set(rules.map((r) => r.class));
  const passed = notable.filter(([cls]) => applicable.has(cls as never) && !failedClasses.has(cls)).map(([, text]) => text);
  if (passed.length && resources.length) out.push(`Passes: ${passed.join('; ')}.`);
  if (model.model.exports.length) out.push(`Exports ${model.model.exports.length} stack output${model.model.exports.length === 1 ? '' : 's'}.`);
  return out;
}
