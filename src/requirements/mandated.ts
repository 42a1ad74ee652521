// Findings about a value the request itself mandates. A reviewer grading an answer does not hold
// against it a runtime or an availability zone the request told it to use; the finding still says
// what AWS will do with that value, and that the request is where it must change.

import type { Finding } from '../core/finding.js';
import type { RequirementResult } from './types.js';

/** The values of one kind the request names, each with the line that names it. */
interface Mandate {
  ruleId: string;
  /** The finding's `data` key that holds the value. */
  key: string;
  /** The values the request names, normalised. */
  values: Map<string, number>;
  /** Message ids of the rule that are only advice about the value (not a deployment failure). */
  advisory: ReadonlySet<string>;
}

const norm = (v: string) => v.trim().toLowerCase();

function mandates(verdicts: readonly RequirementResult[], request: string | undefined): Mandate[] {
  const runtimes = new Map<string, number>();
  const azs = new Map<string, number>();
  for (const v of verdicts) {
    const r = v.requirement;
    // Only an exact runtime; "Node.js 18 or newer" does not ask for the old one.
    if (r.kind === 'lambda-runtime' && !r.params.orNewer && v.status === 'pass') runtimes.set(norm(r.params.runtime), r.line);
  }
  // A request that names the zones ("subnets in us-east-1a and us-east-1b") mandates those literals.
  (request ?? '').split('\n').forEach((text, i) => {
    for (const m of text.matchAll(/\b([a-z]{2}(?:-gov)?-[a-z]+-\d[a-z])\b/g)) if (!azs.has(norm(m[1]!))) azs.set(norm(m[1]!), i + 1);
  });
  return [
    { ruleId: 'aws/lambda-runtime-deprecated', key: 'runtime', values: runtimes, advisory: new Set(['deprecated', 'deprecating']) },
    { ruleId: 'aws/hardcoded-availability-zone', key: 'az', values: azs, advisory: new Set(['literal']) },
  ].filter((m) => m.values.size > 0);
}

/**
 * Findings on a value the request mandates say so; advice about that value becomes low. A value
 * that makes the deployment fail (a runtime AWS no longer accepts, a zone in another region) keeps
 * its severity: following the request does not make it deploy.
 */
export function honourMandatedValues(findings: Finding[], verdicts: readonly RequirementResult[], request?: string): void {
  const all = mandates(verdicts, request);
  if (!all.length) return;
  for (const f of findings) {
    const m = all.find((x) => x.ruleId === f.ruleId);
    const value = m && f.data?.[m.key];
    if (!m || value === undefined) continue;
    const line = m.values.get(norm(String(value)));
    if (line === undefined) continue;
    f.message += ` The request asks for \`${String(value)}\` (line ${line}): change it there, or tell whoever wrote the request.`;
    if (f.messageId !== undefined && m.advisory.has(f.messageId)) f.severity = 'low';
  }
}
