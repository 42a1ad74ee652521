// The failure report of a model answer against its corrected (ideal) answer: every finding on the
// model becomes a failure; a failure is fixed when the ideal's matching resource no longer raises it.
// Plain data; the Markdown and JSON forms are rendered from it.

import { basename } from 'node:path';
import { type Finding, SEVERITIES, type Severity } from '../core/finding.js';
import { collectIfGrown } from '../core/heap.js';
import { hostLineIndex } from '../core/locate.js';
import { type LineIndex, lineColumn, toHostOffset } from '../core/source.js';
import type { ProgramInput } from '../core/program.js';
import type { Resource, ResourceModel } from '../model/types.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { diffPrograms, type ProgramDiff } from './diff.js';
import { type Match, matchResources } from './match.js';
import { recompute } from './edit.js';
import { argPathAt, valueAtPath } from './places.js';
import type { TrainingValue } from './score.js';
import { groupTitle, whyOf } from './titles.js';
import { CATEGORY } from './words.js';

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

/** Status of one place: fixed, still present, or not decidable from the corrected answer. */
export type PlaceStatus = 'fixed' | 'still-present' | 'removed-in-ideal' | 'cannot-tell' | 'no-ideal';
export type FailureStatus = PlaceStatus | 'partly-fixed';

/** One place where a failure shows: a resource (or the program), its code, and its own status. */
export interface Place {
  resource?: { type: string; name: string | null };
  message: string;
  severity: Severity;
  status: PlaceStatus;
  /** The model's code at the place. */
  code?: CodeExcerpt;
  /** The corrected answer's code at the same place (same resource, same argument), when it changed. */
  fix?: CodeExcerpt;
}

/**
 * A failure as a reviewer lists it: one problem (rule and message) on one kind of resource (or the
 * program), with every place it shows.
 */
export interface Failure {
  /** Stable within a report: the rule, the message id and the scope (what an edited report keys on). */
  id: string;
  title: string;
  severity: Severity;
  class: string;
  /** The taxonomy section of the class (Security, Naming, ...). */
  category: string;
  ruleId: string;
  message: string;
  count: number;
  places: Place[];
  status: FailureStatus;
  /** The first place's resource and code (kept for consumers of single-place failures). */
  resource?: { type: string; name: string | null };
  modelCode?: CodeExcerpt;
  /**
   * The corrected answer's code at the place; else the rule's advice, with the model's own lines as
   * the rule's mechanical fix rewrites them (`code`) when it has one.
   */
  fix: { source: 'ideal'; code: CodeExcerpt } | { source: 'hint'; text: string; code?: CodeExcerpt };
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
  /** For a met requirement: the code that meets it (its first lines). */
  evidence?: CodeExcerpt;
}

export interface Review {
  model: string;
  ideal?: string;
  prompt?: string;
  summary: {
    /** Failures (grouped, medium impact and above) and the places they show at. */
    failures: number;
    /** Low-impact failures, listed apart. */
    minor: number;
    places: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<string, number>;
    fixedBySeverity: Record<Severity, number>;
    fixed: number;
    partlyFixed: number;
    stillPresent: number;
    /** The corrected answer has no comparable code for these (prose only, unparseable, restructured). */
    cannotTell: number;
    idealFindings: number;
  };
  /** Failures of high impact first, down to medium. */
  failures: Failure[];
  /**
   * Low-impact failures (hygiene, hardening the request did not ask for, values the request mandates):
   * listed after the failures, one line each, and not counted among them.
   */
  minor: Failure[];
  idealFindings: IdealFinding[];
  requirements?: RequirementLine[];
  gotRight: string[];
  diff?: ProgramDiff;
  score: TrainingValue;
}

const MAX_EXCERPT_LINES = 18;

function languageOf(input: ProgramInput, virtualPath: string): string {
  // A code block of an answer by its path; a program file (no virtual path) by its host path.
  const f = input.files.find((x) => x.path === virtualPath) ?? input.files.find((x) => x.hostPath === virtualPath);
  // The answer's own text (prose outside any code block) is Markdown, not program code.
  if (!f && input.kind === 'markdown' && input.hosts.has(virtualPath)) return 'markdown';
  return f?.language === 'python' ? 'python' : f?.language === 'javascript' ? 'javascript' : f?.language === 'yaml' ? 'yaml' : 'typescript';
}

/** The language of the code a finding is in (its code block or file). */
function findingLanguage(a: AnswerAnalysis, f: Finding): string | undefined {
  const { virtualPath, hostPath } = f.location;
  return a.input.files.find((x) => (virtualPath ? x.path === virtualPath : x.hostPath === hostPath))?.language;
}

/** Lines without their common indentation, trailing white space dropped. */
function dedented(lines: readonly string[]): string {
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length));
  return lines.map((l) => l.slice(Number.isFinite(indent) ? indent : 0)).join('\n').replace(/\s+$/, '');
}

/** Host lines `a` to `b` (1-based, inclusive), without their line breaks. */
function hostLines(text: string, idx: LineIndex, a: number, b: number): string[] {
  const starts = idx.lineStarts;
  const out: string[] = [];
  for (let l = a; l <= b && l <= starts.length; l++) out.push(text.slice(starts[l - 1], starts[l] ?? text.length).replace(/\r?\n$|\r$/, ''));
  return out;
}

/** The host lines from `start` to `end` (offsets), at most MAX_EXCERPT_LINES, with their position. */
export function excerpt(input: ProgramInput, hostPath: string, start: number, end: number, virtualPath: string | undefined): CodeExcerpt | undefined {
  const text = input.hosts.get(hostPath);
  if (text === undefined) return undefined;
  const idx = hostLineIndex(input, hostPath)!;
  const a = lineColumn(idx, start).line;
  const b = Math.min(lineColumn(idx, Math.max(start, end)).line, a + MAX_EXCERPT_LINES - 1);
  const file = virtualPath ?? hostPath;
  return { file, host: hostPath, line: a, lang: languageOf(input, file), code: dedented(hostLines(text, idx, a, b)) };
}

function resourceExcerpt(a: AnswerAnalysis, r: Resource): CodeExcerpt | undefined {
  const file = a.input.files.find((f) => f.path === r.at.f);
  if (!file) return undefined;
  return excerpt(a.input, file.hostPath, toHostOffset(file, r.at.s), toHostOffset(file, r.at.e), a.input.kind === 'markdown' ? file.path : undefined);
}

function findingExcerpt(a: AnswerAnalysis, f: Finding): CodeExcerpt | undefined {
  // A finding about the answer as a whole (no program code, nothing analysable) sits at the start of
  // the Markdown: its first line is a heading, not the code at fault, so no excerpt is shown.
  if (a.input.kind === 'markdown' && !f.location.virtualPath && f.location.start === 0) return undefined;
  const res = f.resourceId !== undefined ? a.model.resources.find((r) => r.id === f.resourceId) : undefined;
  const file = res ? a.input.files.find((x) => x.path === res.at.f) : undefined;
  if (res && file) {
    // A finding inside a resource constructor is shown from the constructor's first line, so the
    // reader sees which resource it is, as long as that stays short.
    const start = toHostOffset(file, res.at.s);
    const end = toHostOffset(file, res.at.e);
    if (f.location.start >= start && f.location.start <= end) {
      const idx = hostLineIndex(a.input, f.location.hostPath);
      const lines = idx ? lineColumn(idx, Math.max(start, f.location.end)).line - lineColumn(idx, start).line + 1 : 1;
      if (lines <= 12) return excerpt(a.input, f.location.hostPath, start, Math.max(f.location.end, start), f.location.virtualPath);
    }
  }
  return excerpt(a.input, f.location.hostPath, f.location.start, f.location.end, f.location.virtualPath);
}

/** Same problem on both sides: same rule and message id, and (for resource findings) the matched resource. */
function raisedOnIdeal(f: Finding, ideal: AnswerAnalysis, matchOf: Map<number, Resource>): Finding | undefined {
  const same = (g: Finding) => g.ruleId === f.ruleId && (f.messageId === undefined || g.messageId === undefined || g.messageId === f.messageId);
  if (f.resourceId !== undefined) {
    const m = matchOf.get(f.resourceId);
    if (!m) return undefined;
    return ideal.findings.find((g) => same(g) && g.resourceId === m.id);
  }
  return ideal.findings.find((g) => same(g) && g.resourceId === undefined && (g.message === f.message || g.messageId !== undefined || sameRequest(g, f)));
}

/**
 * Two request checks that fail the same sentence of the request: the same problem, although what the
 * program does instead differs ("none of its exports (a) gives X" and "none of its exports (a, b) gives X").
 */
function sameRequest(a: Finding, b: Finding): boolean {
  if (!a.ruleId.startsWith('requirements/')) return false;
  const request = (m: string) => /^The request says '.*?'(?: \(line \d+\))? but /s.exec(m)?.[0];
  const x = request(a.message);
  return x !== undefined && x === request(b.message);
}

/** Whether the corrected answer has program code the review can compare with at all. */
function comparable(ideal: AnswerAnalysis): boolean {
  return ideal.model.resources.length > 0 && !ideal.findings.some((g) => g.ruleId === 'code/no-program-code');
}

/** A file of the corrected answer whose text was lost to a syntax error or a cut-off code block. */
function brokenFiles(a: AnswerAnalysis): Set<string> {
  return new Set(a.model.diagnostics.filter((d) => (d.code === 'parse/syntax-error' || d.code === 'load/unterminated-fence') && d.file).map((d) => d.file!));
}

interface PlaceContext {
  model: AnswerAnalysis;
  ideal?: AnswerAnalysis;
  matchOf: Map<number, Resource>;
  idealComparable: boolean;
  idealBroken: Set<string>;
  stillRaised: Set<Finding>;
}

function placeOf(f: Finding, c: PlaceContext): Place {
  const place: Place = { message: f.message, severity: f.severity, status: 'no-ideal' };
  if (f.resource) place.resource = f.resource;
  // A further resource a shared value reaches is shown by its own constructor; the first place shows
  // the definition.
  const reached = reachedPlaces.has(f) && f.resourceId !== undefined ? c.model.model.resources.find((r) => r.id === f.resourceId) : undefined;
  const code = reached ? resourceExcerpt(c.model, reached) : findingExcerpt(c.model, f);
  if (code) place.code = code;
  if (!c.ideal) return place;
  if (!c.idealComparable) {
    place.status = 'cannot-tell';
    return place;
  }
  const again = raisedOnIdeal(f, c.ideal, c.matchOf);
  if (again) {
    place.status = 'still-present';
    c.stillRaised.add(expandedFrom.get(again) ?? again);
    return place;
  }
  const own = f.resourceId !== undefined ? c.model.model.resources.find((r) => r.id === f.resourceId) : undefined;
  if (own) {
    const m = c.matchOf.get(own.id);
    if (!m) {
      // No counterpart: removed on purpose only when the ideal has nothing of that type at all.
      place.status = c.ideal.model.resources.some((r) => r.type === own.type) ? 'cannot-tell' : 'removed-in-ideal';
      return place;
    }
    if (c.idealBroken.has(m.at.f)) {
      place.status = 'cannot-tell';
      return place;
    }
    place.status = 'fixed';
    const fix = fixAt(f, own, m, c);
    if (fix) place.fix = fix;
    return place;
  }
  place.status = 'fixed';
  return place;
}

/** The corrected answer's code for the flagged argument of a resource (or the resource, when short). */
function fixAt(f: Finding, own: Resource, match: Resource, c: PlaceContext): CodeExcerpt | undefined {
  const file = c.model.input.files.find((x) => x.path === own.at.f);
  const ideal = c.ideal!;
  const idealFile = ideal.input.files.find((x) => x.path === match.at.f);
  if (!file || !idealFile) return undefined;
  const offset = f.location.start - (toHostOffset(file, own.at.s) - own.at.s);
  const path = argPathAt(own, own.at.f, offset);
  const at = path ? valueAtPath(match, path) : undefined;
  const virt = ideal.input.kind === 'markdown' ? idealFile.path : undefined;
  if (at) {
    const v = at.value.at;
    const inCtor = (x: { f: string; s: number; e: number }) => x.f === match.at.f && x.s >= match.at.s && x.e <= match.at.e;
    // The argument written in the constructor: from its key to the end of its value.
    if (v && inCtor(v)) {
      const from = at.keyAt && at.keyAt.s < v.s ? at.keyAt : v;
      return excerpt(ideal.input, idealFile.hostPath, toHostOffset(idealFile, from.s), toHostOffset(idealFile, v.e), virt);
    }
    // A value built elsewhere (a policy document in a variable): the code that built it.
    const vFile = v ? ideal.input.files.find((x) => x.path === v.f) : undefined;
    if (v && vFile) return excerpt(ideal.input, vFile.hostPath, toHostOffset(vFile, v.s), toHostOffset(vFile, v.e), ideal.input.kind === 'markdown' ? vFile.path : undefined);
    if (at.keyAt) return excerpt(ideal.input, idealFile.hostPath, toHostOffset(idealFile, at.keyAt.s), toHostOffset(idealFile, at.keyAt.e), virt);
  }
  return resourceExcerpt(ideal, match);
}

/** The rule's advice, and the lines of the first place that has a mechanical fix, as it rewrites them. */
function hintFix(a: AnswerAnalysis, group: readonly Finding[], text: string): Failure['fix'] {
  const fix: Failure['fix'] = { source: 'hint', text };
  const f = group.find((x) => x.fix?.edits.length);
  const code = f ? fixedExcerpt(a, f) : undefined;
  if (code) fix.code = code;
  return fix;
}

/** The host lines a finding's mechanical fix touches, with the fix applied. */
export function fixedExcerpt(a: AnswerAnalysis, f: Finding): CodeExcerpt | undefined {
  const text = a.input.hosts.get(f.location.hostPath);
  const edits = [...(f.fix?.edits ?? [])].sort((x, y) => y.start - x.start);
  if (text === undefined || edits.length === 0) return undefined;
  const from = edits[edits.length - 1]!.start;
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lastEnd = Math.max(...edits.map((e) => e.end));
  const after = text.indexOf('\n', lastEnd);
  const lineEnd = after < 0 ? text.length : after;
  // Only the touched lines are rewritten, not the whole host text once per edit.
  let fixed = text.slice(lineStart, lineEnd);
  for (const e of edits) fixed = fixed.slice(0, e.start - lineStart) + e.text + fixed.slice(e.end - lineStart);
  const lines = fixed.split('\n').slice(0, MAX_EXCERPT_LINES);
  const file = f.location.virtualPath ?? f.location.hostPath;
  const line = lineColumn(hostLineIndex(a.input, f.location.hostPath)!, lineStart).line;
  return { file, host: f.location.hostPath, line, lang: languageOf(a.input, file), code: dedented(lines) };
}

function aggregate(places: Place[]): FailureStatus {
  const statuses = new Set(places.map((p) => p.status));
  if (statuses.size === 1) return places[0]!.status;
  const decided = places.filter((p) => p.status !== 'cannot-tell');
  if (decided.length === 0) return 'cannot-tell';
  const fixed = decided.filter((p) => p.status === 'fixed' || p.status === 'removed-in-ideal').length;
  if (fixed === decided.length) return 'fixed';
  return fixed === 0 ? 'still-present' : 'partly-fixed';
}

const isRequestCheck = (f: Finding) => f.ruleId.startsWith('requirements/');

/** Request checks and the rules that find the very same problem in the code alone. */
const SAME_PROBLEM: Record<string, readonly string[]> = {
  'requirements/stack-outputs': ['pulumi/missing-stack-exports'],
  'requirements/environment-suffix': ['naming/missing-environment-suffix'],
  'requirements/required-tags': ['naming/missing-tags'],
  'requirements/key-rotation': ['security/kms-key-rotation-disabled'],
  'requirements/encryption-at-rest': ['security/encryption-at-rest-disabled', 'security/encryption-at-rest-not-configured'],
  'requirements/public-access-block': ['security/s3-public-access-block-missing'],
  'requirements/least-privilege': ['security/iam-wildcard-action', 'security/iam-wildcard-resource'],
};

/**
 * A requirement its check found met, while a rule finds the very same problem in the code (the
 * request asks for the suffix in every name; some names carry it, others do not): not met, and the
 * line says which failure shows it.
 */
function contradicted(q: RequirementLine, failures: readonly Failure[]): RequirementLine {
  if (q.status !== 'pass') return q;
  const rules = SAME_PROBLEM[`requirements/${q.kind}`] ?? [];
  const against = failures.filter((f) => rules.includes(f.ruleId));
  if (against.length === 0) return q;
  const { evidence: _evidence, ...rest } = q;
  const titles = against.slice(0, 2).map((f) => `"${f.title}"`).join(' and ');
  return { ...rest, status: 'fail', detail: `${q.detail ? `${q.detail}, but ` : ''}not everywhere: see ${titles}${against.length > 2 ? ` and ${against.length - 2} more` : ''}` };
}

/** Where a finding shows: its resource, or the program as a whole. */
function whereKey(f: Finding): string {
  return f.resource ? `${f.resource.type}\u0000${f.resource.name ?? ''}` : 'program';
}

/**
 * A request check and a rule that find the same problem on the same kind of resource are one failure
 * for the reader ("no stack outputs" from the code and from the request's sentence): the request
 * check's findings join the rule's failure, after the rule's, so the title and the fix are the rule's.
 * Several sentences of the request that state one requirement give one place per resource (or one
 * for the program), not one per sentence; a place the rule already shows is not repeated.
 */
function joinRequestChecks(groups: Map<string, Finding[]>): void {
  const scope = (ruleId: string, f: Finding) => `${ruleId}\u0000${f.resource?.type ?? ''}`;
  const ruleGroup = new Map<string, Finding[]>();
  for (const g of groups.values()) {
    const k = scope(g[0]!.ruleId, g[0]!);
    if (!isRequestCheck(g[0]!) && !ruleGroup.has(k)) ruleGroup.set(k, g);
  }
  for (const [k, g] of [...groups]) {
    if (!isRequestCheck(g[0]!)) continue;
    const target = (SAME_PROBLEM[g[0]!.ruleId] ?? []).map((id) => ruleGroup.get(scope(id, g[0]!))).find((x) => x);
    if (target) {
      groups.delete(k);
      target.push(...g);
    }
  }
  for (const [k, g] of groups) {
    const seen = new Set(g.filter((f) => !isRequestCheck(f)).map(whereKey));
    const kept = g.filter((f) => {
      if (!isRequestCheck(f)) return true;
      const w = whereKey(f);
      if (seen.has(w)) return false;
      seen.add(w);
      return true;
    });
    if (kept.length !== g.length) groups.set(k, kept);
  }
}

/**
 * Findings of one problem on one kind of resource (or the program) are one failure; findings of one
 * rule with one cause (a value defined once that reaches several resources, one environment word
 * hard-coded in many names) are one failure whatever the kinds of resource.
 */
function groupKey(f: Finding): string {
  if (f.cause !== undefined) return `${f.ruleId}\u0000${f.messageId ?? ''}\u0000cause:${f.cause}`;
  // Services the request asks for and the program lacks have no resource: each is its own failure.
  const service = f.resource ? undefined : f.data?.service;
  const scope = f.resource?.type ?? (typeof service === 'string' ? `service:${service}` : '');
  return `${f.ruleId}\u0000${f.messageId ?? ''}\u0000${scope}`;
}

/** Places that a finding's value reaches besides its own resource (see `Finding.reaches`). */
const reachedPlaces = new WeakSet<Finding>();
/** The finding each expanded copy comes from. */
const expandedFrom = new WeakMap<Finding, Finding>();

/**
 * A finding and one copy per further resource its value reaches, all with one cause: the
 * definition's span, so that they group into one failure shown first at the definition.
 */
function expandReaches(f: Finding): Finding[] {
  if (!f.reaches?.length) return [f];
  const { reaches, ...rest } = f;
  const cause = f.cause ?? `at:${f.location.virtualPath ?? basename(f.location.hostPath)}:${f.location.start}`;
  const copies = reaches.map((r) => {
    const c: Finding = { ...rest, cause, resource: r.resource, resourceId: r.resourceId, message: r.message };
    if (r.data) c.data = r.data;
    reachedPlaces.add(c);
    expandedFrom.set(c, f);
    return c;
  });
  const own: Finding = { ...rest, cause };
  expandedFrom.set(own, f);
  return [own, ...copies];
}

export function buildReview(model: AnswerAnalysis, ideal: AnswerAnalysis | undefined, rules: readonly RuleDefinition[], requirements?: RequirementLine[]): Review {
  const ruleOf = new Map(rules.map((r) => [r.id, r]));
  const matches: Match[] = ideal ? matchResources(model.model.resources, ideal.model.resources) : [];
  const matchOf = new Map(matches.map((m) => [m.model.id, m.ideal]));
  const ctx: PlaceContext = {
    model,
    matchOf,
    idealComparable: ideal ? comparable(ideal) : false,
    idealBroken: ideal ? brokenFiles(ideal) : new Set(),
    stillRaised: new Set(),
  };
  // The ideal's findings with every resource their values reach, so that a place the ideal still
  // reaches through a shared value reads as still present.
  if (ideal) ctx.ideal = { ...ideal, findings: ideal.findings.flatMap(expandReaches) };
  const groups = new Map<string, Finding[]>();
  for (const f of model.findings.flatMap(expandReaches)) {
    const k = groupKey(f);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  joinRequestChecks(groups);
  const sevRank = (s: Severity) => SEVERITIES.indexOf(s);
  const failures: Failure[] = [...groups].map(([key, group]) => {
    const first = group[0]!;
    const rule = ruleOf.get(first.ruleId);
    const own = group.filter((f) => f.ruleId === first.ruleId);
    const places = group.map((f) => placeOf(f, ctx)).sort((a, b) => sevRank(a.severity) - sevRank(b.severity));
    collectIfGrown();
    const severity = places[0]!.severity;
    const withFix = places.find((p) => p.fix);
    const failure: Failure = {
      id: key.replace(/\u0000/g, '|'),
      title: groupTitle(rule, own, findingLanguage(model, first)),
      severity,
      class: first.class,
      category: CATEGORY[first.class] ?? 'Other',
      ruleId: first.ruleId,
      message: places[0]!.message,
      count: places.length,
      places,
      status: aggregate(places),
      fix: withFix?.fix ? { source: 'ideal', code: withFix.fix } : hintFix(model, group, first.fixHint ?? rule?.fixHint ?? ''),
      why: whyOf(rule, first.ruleId),
    };
    if (places[0]!.resource) failure.resource = places[0]!.resource;
    if (places[0]!.code) failure.modelCode = places[0]!.code;
    return failure;
  });

  const idealFindings: IdealFinding[] = (ideal?.findings ?? []).map((g) => {
    const out: IdealFinding = { title: groupTitle(ruleOf.get(g.ruleId), [g], ideal ? findingLanguage(ideal, g) : undefined), severity: g.severity, class: g.class, ruleId: g.ruleId, message: g.message, origin: ctx.stillRaised.has(g) ? 'not-fixed' : 'new' };
    const code = ideal ? findingExcerpt(ideal, g) : undefined;
    if (code) out.code = code;
    return out;
  });
  idealFindings.sort((a, b) => sevRank(a.severity) - sevRank(b.severity));

  const review = {
    model: model.input.root,
    failures,
    minor: [] as Failure[],
    idealFindings,
    gotRight: gotRight(model, failures, rules),
  } as Review;
  if (ideal) {
    review.ideal = ideal.input.root;
    review.diff = diffPrograms(model.model.resources, ideal.model.resources, matches);
  }
  if (requirements) review.requirements = requirements.map((q) => contradicted(q, failures));
  recompute(review);
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
