import type { Diagnostic } from '../../core/program.js';
import type { At } from '../../ir/values.js';
import type { RuleContext } from '../context.js';

/** Report the model's load/parse/evaluation diagnostics with the given codes, in their own words. */
export function reportDiagnostics(ctx: RuleContext, codes: string[], keep: (d: Diagnostic) => boolean = () => true): void {
  for (const d of ctx.model.diagnostics) {
    if (!codes.includes(d.code) || !keep(d)) continue;
    ctx.report({ messageId: 'diagnostic', data: { message: d.message }, at: spanOfDiagnostic(d, ctx), severity: d.severity });
  }
}

function spanOfDiagnostic(d: Diagnostic, ctx: RuleContext): At | undefined {
  if (d.file === undefined) return undefined;
  const at = { f: d.file, s: d.start ?? 0, e: d.end ?? d.start ?? 0 };
  return ctx.fileOf(at) ? at : undefined;
}
