// Rules that report something missing may only trust the absence when the model saw the code whole:
// the whole program for "no flow log for this VPC", the whole argument list for "no encryption".

import type { Resource, ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { definitelyAbsent } from './values.js';

/** Diagnostics that mean part of the program text was cut off or could not be read. */
const TEXT_LOST = new Set(['parse/syntax-error', 'load/unterminated-fence']);

/**
 * True when nothing suggests the model misses part of the program: every imported local module was
 * found, no evaluated file is a fragment, no text was lost to a syntax error or a cut-off answer,
 * and the evaluation ran to the end.
 */
export function programIsComplete(model: ResourceModel): boolean {
  if (model.stats.budgetExhausted) return false;
  if (model.events.some((e) => e.kind === 'unresolved-import')) return false;
  if (model.diagnostics.some((d) => TEXT_LOST.has(d.code))) return false;
  const evaluated = new Set(model.stats.modules.map((m) => m.path));
  return !model.input.files.some((f) => f.snippet && evaluated.has(f.path));
}

/**
 * Is the resource written in a fragment (an elided or import-less code block)? Fragments often cut
 * argument lists short (`// ... rest of configuration`), so an argument missing there is not known
 * to be missing.
 */
export function inFragment(ctx: RuleContext, r: Resource): boolean {
  return ctx.fileOf(r.at)?.snippet === true;
}

/**
 * The argument is missing from a resource written out in full: not in a fragment, not spread in from
 * an unknown object, and with arguments of the expected shape (`aws.s3.Bucket(...)` has none known).
 */
export function knownAbsent(ctx: RuleContext, r: Resource, path: string): boolean {
  return r.argsKnown && definitelyAbsent(r, path) && !inFragment(ctx, r);
}
