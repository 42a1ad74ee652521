// Rules that report something missing may only trust the absence when the model saw the code whole:
// the whole program for "no flow log for this VPC", the whole argument list for "no encryption".

import type { SourceFile } from '../../core/source.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { definitelyAbsent } from './values.js';
import type { RuleContext } from '../context.js';

/** Text that uses a Pulumi SDK by its usual names: `aws.s3.Bucket(`, `new Bucket(`, components. */
const SDK_USE = /\b(?:aws|awsx|pulumi|pulumi_aws|random|tls|k8s|kubernetes|eks|native)\s*\.\s*[A-Za-z_]|\bnew\s+[A-Z]\w*\s*\(|ComponentResource|register_?[oO]utputs/;

/** Diagnostics that mean part of the program text was cut off or could not be read. */
const TEXT_LOST = new Set(['parse/syntax-error', 'load/unterminated-fence']);

/**
 * True when nothing suggests the model misses part of the program: every imported local module was
 * found, no evaluated file is a fragment that could hide infrastructure, no text was lost to a syntax error or a cut-off answer,
 * and the evaluation ran to the end.
 */
export function programIsComplete(model: ResourceModel): boolean {
  if (model.stats.budgetExhausted) return false;
  if (model.events.some((e) => e.kind === 'unresolved-import')) return false;
  if (model.diagnostics.some((d) => TEXT_LOST.has(d.code))) return false;
  const evaluated = new Set(model.stats.modules.map((m) => m.path));
  // An import-less fragment that never touches a Pulumi SDK cannot be hiding part of the
  // infrastructure when nothing deployed depends on it (a Lambda handler only the sweep of unreached
  // code read) or it is a package's `__init__.py`. Without imports its SDK calls do not evaluate,
  // so the text is what tells. Any other fragment may stand in for code the answer left out (an
  // excerpt under the heading of the real file), and an elided one always may.
  const reached = new Set(model.stats.modules.filter((m) => m.reached).map((m) => m.path));
  const harmless = (f: SourceFile) =>
    f.snippetKind === 'import-less' && !SDK_USE.test(f.text) && (!(model.entry && reached.has(f.path)) || /(^|\/)__init__\.py$/.test(f.path));
  return !model.input.files.some((f) => f.snippet && evaluated.has(f.path) && !harmless(f));
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
