// A review exported as JSON or YAML, edited by a person (failures dropped, severities or wording
// changed), read back: the summary and the training value are computed again from what is left, so
// the rendered report agrees with the edits.

import { SEVERITIES, type Severity } from '../core/finding.js';
import type { Failure, FailureStatus, Place, Review } from './review.js';
import { trainingValue } from './score.js';

export class ReviewExportError extends Error {
  override name = 'ReviewExportError';
}

const STATUSES: readonly FailureStatus[] = ['fixed', 'partly-fixed', 'still-present', 'removed-in-ideal', 'cannot-tell', 'no-ideal'];

function fail(where: string, what: string): never {
  throw new ReviewExportError(`${where}: ${what}`);
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') fail(where, 'must be a string');
  return v;
}

/** The review inside an export (`{ tool, review }` as `review --format json|yaml` writes it, or the review itself). */
export function reviewFromExport(data: unknown, file = 'review'): Review {
  const top = data && typeof data === 'object' && 'review' in (data as object) ? (data as { review: unknown }).review : data;
  if (!top || typeof top !== 'object' || Array.isArray(top)) fail(file, 'expected a review object (the output of `stacklint review --format json` or `--format yaml`)');
  const r = top as Record<string, unknown>;
  str(r.model, `${file}: model`);
  if (!Array.isArray(r.failures)) fail(`${file}: failures`, 'must be a list');
  if (r.minor !== undefined && !Array.isArray(r.minor)) fail(`${file}: minor`, 'must be a list');
  const failures = (r.failures as unknown[]).map((f, i) => failureOf(f, `${file}: failures[${i}]`));
  const minor = ((r.minor as unknown[] | undefined) ?? []).map((f, i) => failureOf(f, `${file}: minor[${i}]`));
  const review = { ...(r as unknown as Review), failures, minor };
  if (!Array.isArray(review.idealFindings)) review.idealFindings = [];
  if (!Array.isArray(review.gotRight)) review.gotRight = [];
  recompute(review);
  return review;
}

function failureOf(v: unknown, where: string): Failure {
  if (!v || typeof v !== 'object' || Array.isArray(v)) fail(where, 'must be an object');
  const f = v as Record<string, unknown>;
  str(f.title, `${where}.title`);
  str(f.ruleId, `${where}.ruleId`);
  str(f.message, `${where}.message`);
  if (!SEVERITIES.includes(f.severity as Severity)) fail(`${where}.severity`, `must be one of: ${SEVERITIES.join(', ')}`);
  if (!STATUSES.includes(f.status as FailureStatus)) fail(`${where}.status`, `must be one of: ${STATUSES.join(', ')}`);
  const places = Array.isArray(f.places) ? (f.places as Place[]) : [];
  const out = { ...(f as unknown as Failure), places, count: places.length || 1 };
  if (typeof out.why !== 'string') out.why = '';
  if (!out.fix || typeof out.fix !== 'object') out.fix = { source: 'hint', text: '' };
  if (typeof out.category !== 'string') out.category = 'Other';
  return out;
}

const sevRank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Failures in order and parted by impact (low ones are the minor issues), then the summary counts
 * and the training value, from the failures as they now are: an edit that changes a severity moves
 * the failure between the two lists.
 */
export function recompute(review: Review): void {
  const all = [...review.failures, ...(review.minor ?? [])];
  all.sort((a, b) => sevRank(a.severity) - sevRank(b.severity) || b.count - a.count || (a.title < b.title ? -1 : 1));
  const failures = all.filter((f) => f.severity !== 'low');
  review.failures = failures;
  review.minor = all.filter((f) => f.severity === 'low');
  const isFixed = (f: Failure) => f.status === 'fixed' || f.status === 'removed-in-ideal';
  const count = (pred: (f: Failure) => boolean) =>
    Object.fromEntries(SEVERITIES.map((s) => [s, all.filter((f) => f.severity === s && pred(f)).length])) as Record<Severity, number>;
  const byCategory: Record<string, number> = {};
  for (const f of failures) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  review.summary = {
    failures: failures.length,
    minor: review.minor.length,
    places: failures.reduce((n, f) => n + f.count, 0),
    bySeverity: count(() => true),
    byCategory,
    fixedBySeverity: count(isFixed),
    fixed: failures.filter(isFixed).length,
    partlyFixed: failures.filter((f) => f.status === 'partly-fixed').length,
    stillPresent: failures.filter((f) => f.status === 'still-present').length,
    cannotTell: failures.filter((f) => f.status === 'cannot-tell').length,
    idealFindings: review.idealFindings.length,
  };
  review.score = trainingValue(all, !!review.ideal);
}
