import type { ProgramResult } from '../core/result.js';
import { TOOL_NAME, VERSION } from '../core/version.js';
import { positionFindings } from './positions.js';
import { summarize } from './summary.js';

/** `--format json`: `{ tool, findings, summary }`; field names are a contract other tools consume. */
export function renderJson(results: ProgramResult[], extra: { baselined?: number } = {}): string {
  const findings = results.flatMap((r) =>
    positionFindings(r.findings, r.sources).map(({ finding: f, line, column, endLine, endColumn }) => {
      const o: Record<string, unknown> = {
        ruleId: f.ruleId,
        class: f.class,
        severity: f.severity,
        message: f.message,
        fixHint: f.fixHint ?? null,
        file: f.location.hostPath,
        line,
        column,
        endLine,
        endColumn,
      };
      if (f.location.virtualPath) o.virtualFile = f.location.virtualPath;
      if (f.resource) o.resource = f.resource;
      return o;
    }),
  );
  return JSON.stringify({ tool: { name: TOOL_NAME, version: VERSION }, findings, summary: summarize(results, extra.baselined ?? 0) }, null, 2) + '\n';
}
