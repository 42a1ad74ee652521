// A resource written in a file the parser could not read whole: its argument list may have been cut
// short by error recovery, so an argument missing there is not known to be missing.

import type { Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';

export function inFileWithSyntaxError(ctx: RuleContext, r: Resource): boolean {
  return ctx.model.diagnostics.some((d) => d.code === 'parse/syntax-error' && d.file === r.at.f);
}
