// `--format markdown` for `check`: a findings report a reviewer can paste into a pull request.

import { SEVERITIES } from '../core/finding.js';
import type { ProgramResult } from '../core/result.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import { displayPath } from './paths.js';
import { positionFindings } from './positions.js';
import { escapeControl } from './escape.js';
import { summarize } from './summary.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdown(results: ProgramResult[], cwd: string): string {
  const s = summarize(results);
  const out = [
    `# ${TOOL_NAME} report`,
    '',
    `${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.inputs} input${s.inputs === 1 ? '' : 's'} (${s.resources} resources modelled).`,
    '',
    '| severity | findings |',
    '|---|---|',
    ...SEVERITIES.map((sev) => `| ${sev} | ${s.bySeverity[sev]} |`),
    '',
  ];
  if (Object.keys(s.byClass).length) {
    out.push('| class | findings |', '|---|---|', ...Object.entries(s.byClass).map(([c, n]) => `| ${c} | ${n} |`), '');
  }
  for (const r of results) {
    if (r.findings.length === 0) continue;
    out.push(`## ${displayPath(r.root, cwd)}`, '', '| where | severity | rule | class | message |', '|---|---|---|---|---|');
    for (const p of positionFindings(r.findings, r.sources)) {
      const f = p.finding;
      const file = f.location.hostPath === r.root ? '' : `${displayPath(f.location.hostPath, cwd)}:`;
      const where = `${file}${p.line}${f.location.virtualPath ? ` (${f.location.virtualPath})` : ''}`;
      out.push(`| ${where} | ${f.severity} | \`${f.ruleId}\` | ${f.class} | ${cell(f.message)} |`);
    }
    out.push('');
  }
  out.push(`_${TOOL_NAME} ${VERSION}_`, '');
  // Messages quote values from the analysed code: no raw control characters in the report.
  return escapeControl(out.join('\n'));
}
