// JUnit XML: one test suite per input, one test case per rule × file; a case fails with the
// findings of that rule in that file. Rules with no finding in a file pass (listed only for the
// rules that apply to it: every rule in the catalogue, so CI dashboards show what was checked).

import type { ProgramResult } from '../core/result.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { displayPath } from './paths.js';
import { positionFindings } from './positions.js';

function xml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function renderJunit(results: ProgramResult[], rules: readonly RuleDefinition[], cwd: string): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const r of results) {
    const file = displayPath(r.root, cwd);
    const positioned = positionFindings(r.findings, r.sources);
    const cases: string[] = [];
    let failures = 0;
    for (const rule of sorted) {
      const mine = positioned.filter((p) => p.finding.ruleId === rule.id);
      const name = xml(`${rule.id} ${file}`);
      if (mine.length === 0) {
        cases.push(`    <testcase classname="${xml(rule.class)}" name="${name}"/>`);
        continue;
      }
      failures++;
      const body = mine
        .map((p) => `${displayPath(p.finding.location.hostPath, cwd)}:${p.line}:${p.column}${p.finding.location.virtualPath ? ` (${p.finding.location.virtualPath})` : ''} [${p.finding.severity}] ${p.finding.message}`)
        .join('\n');
      cases.push(
        `    <testcase classname="${xml(rule.class)}" name="${name}">\n      <failure type="${xml(rule.severity)}" message="${xml(`${mine.length} finding${mine.length === 1 ? '' : 's'}: ${mine[0]!.finding.message}`)}">${xml(body)}</failure>\n    </testcase>`,
      );
    }
    totalTests += sorted.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${xml(file)}" tests="${sorted.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="stacklint" tests="${totalTests}" failures="${totalFailures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
