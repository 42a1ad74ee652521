// Imports between the answer's own files: which module an unresolved import names, whether the answer
// has a file of that name anywhere, and when an unresolved import is known to be unresolved.

import type { SourceFile } from '../../core/source.js';
import { basename, dirname } from '../../loaders/paths.js';
import type { ModelEvent, ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';

const CODE_EXT = /\.(ts|tsx|js|mjs|cjs|jsx|py)$/;

/** The module's own name: `./lib/tap-stack` → `tap-stack`, `components.networking` → `networking`. */
export function moduleName(spec: string, python: boolean): string {
  const last = python ? (spec.split('.').filter(Boolean).pop() ?? spec) : (spec.split('/').filter((s) => s && s !== '.' && s !== '..').pop() ?? spec);
  return last.replace(CODE_EXT, '');
}

/** Does any file of the answer (program, test, asset, fragment) carry this module name? */
export function answerHasModule(model: ResourceModel, name: string, python: boolean): boolean {
  return model.input.files.some((f) => {
    if (python !== (f.language === 'python')) return false;
    const own = basename(f.path).replace(CODE_EXT, '');
    if (own === name) return true;
    return (own === 'index' || own === '__init__') && basename(dirname(f.path)) === name;
  });
}

/**
 * Unresolved imports the model can vouch for: from complete files (a fragment does not claim to be
 * whole), and only when the answer's unnamed code blocks are too few to be the missing modules (whoever
 * uses the answer saves an unnamed block under the name it is imported by).
 */
export function unresolvedImports(ctx: RuleContext): ModelEvent[] {
  const missing = ctx.model.events.filter((e) => e.kind === 'unresolved-import' && !ctx.fileOf(e.at)?.snippet);
  const unnamed = ctx.model.input.files.filter((f) => f.role === 'program' && !f.snippet && f.nameSource === 'unnamed').length;
  return unnamed >= new Set(missing.map((e) => e.detail)).size ? [] : missing;
}

/**
 * The unresolved imports of each module, once per file that imports it: the first import, and how
 * many import statements of the file name the module (one missing file is one problem).
 */
export function unresolvedModules(ctx: RuleContext): { event: ModelEvent; imports: number }[] {
  const byModule = new Map<string, { event: ModelEvent; imports: number; sites: Set<number> }>();
  for (const e of unresolvedImports(ctx)) {
    const python = ctx.fileOf(e.at)?.language === 'python';
    const key = `${e.at.f}\u0000${moduleName(e.detail ?? '', python) || e.detail}`;
    const known = byModule.get(key);
    if (!known) byModule.set(key, { event: e, imports: 1, sites: new Set([e.at.s]) });
    else if (!known.sites.has(e.at.s)) {
      known.sites.add(e.at.s);
      known.imports++;
      if (e.at.s < known.event.at.s) known.event = e;
    }
  }
  return [...byModule.values()].map(({ event, imports }) => ({ event, imports }));
}

/** The sentence a finding on a module imported at several places of one file ends with. */
export function otherImports(imports: number): string {
  return imports > 1 ? ` The file imports it at ${imports} places; this is the first.` : '';
}

/** A file whose path the answer states (a heading, a caption, a comment), or a file on disk. */
export function namedExplicitly(model: ResourceModel, file: SourceFile | undefined): boolean {
  if (!file) return false;
  return model.input.kind !== 'markdown' || (file.nameSource !== undefined && file.nameSource !== 'unnamed' && file.nameSource !== 'content');
}

/** The relative specifier from one file to another, as a TS import writes it (`../lib/tap-stack`). */
export function relativeSpecifier(from: string, to: string): string {
  const a = dirname(from).split('/').filter(Boolean);
  const b = to.replace(/\.(ts|tsx|js|mjs|cjs|jsx)$/, '').split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  const up = a.length - i;
  const rest = b.slice(i).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** The file a Python relative import names: `.storage` in `lib/tap_stack.py` → `lib/storage.py`. */
export function pythonRelativeTarget(from: string, module: string, level: number): string {
  let dir = dirname(from);
  for (let i = 1; i < level; i++) dir = dirname(dir);
  const rest = module.split('.').filter(Boolean).join('/');
  return [dir, rest].filter(Boolean).join('/') + '.py';
}

/** The relative module name from one Python file to another: `lib/tap_stack.py` → `lib/components/storage.py` is `.components.storage`. */
export function pythonRelativeModule(from: string, to: string): string {
  const a = dirname(from).split('/').filter(Boolean);
  const b = to.replace(/(\/__init__)?\.py$/, '').split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return `${'.'.repeat(a.length - i + 1)}${b.slice(i).join('.')}`;
}
