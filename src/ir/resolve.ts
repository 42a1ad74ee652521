import type { Lang } from '../core/ir.js';
import type { ModuleResolver } from './interpreter.js';

// Resolution of imports between the program's own files. Model answers often name a block
// `tap-stack.ts` and import it as `../lib/tap-stack`, so when the exact path is missing a unique file
// with the same base name is accepted.

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

function normalize(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

function stripExt(p: string): string {
  return p.replace(/\.(ts|tsx|js|mjs|cjs|jsx|py)$/, '');
}

export class ProgramResolver implements ModuleResolver {
  private readonly files: Set<string>;
  private readonly byBase = new Map<string, string[]>();

  /** Every folder that holds a program file, at any depth (what `isPackage` asks, once per import). */
  private readonly dirs = new Set<string>();

  constructor(paths: string[]) {
    this.files = new Set(paths);
    for (const p of paths) {
      for (let d = dirname(p); d && !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
      const base = stripExt(p.split('/').pop() ?? p);
      const key = base === 'index' || base === '__init__' ? (dirname(p).split('/').pop() ?? base) : base;
      const list = this.byBase.get(key) ?? [];
      list.push(p);
      this.byBase.set(key, list);
    }
  }

  resolve(spec: string, from: string, lang: Lang, level?: number): string | undefined {
    return lang === 'py' ? this.resolvePy(spec, from, level ?? 0) : this.resolveTs(spec, from);
  }

  isPackage(prefix: string): boolean {
    return !!prefix && this.dirs.has(prefix);
  }

  private pick(cands: string[]): string | undefined {
    for (const c of cands) if (this.files.has(c)) return c;
    return undefined;
  }

  private byBaseName(base: string, lang: Lang, from: string): string | undefined {
    const list = (this.byBase.get(base) ?? []).filter((p) => (lang === 'py' ? p.endsWith('.py') : !p.endsWith('.py')) && p !== from);
    return list.length === 1 ? list[0] : undefined;
  }

  /** The file a relative import names exactly (no base-name fallback); Python only with leading dots. */
  resolveExact(spec: string, from: string, lang: Lang, level = 0): string | undefined {
    if (lang === 'ts') return this.resolveTs(spec, from, false);
    return level > 0 ? this.pick(this.pyCandidates(spec, from, level)) : undefined;
  }

  private pyCandidates(spec: string, from: string, level: number): string[] {
    const parts = spec ? spec.split('.') : [];
    let base: string;
    if (level > 0) {
      let d = dirname(from);
      for (let i = 1; i < level; i++) d = dirname(d);
      base = normalize([d, ...parts].join('/'));
    } else {
      base = parts.join('/');
    }
    return [`${base}.py`, `${base}/__init__.py`].map(normalize);
  }

  private resolveTs(spec: string, from: string, fallback = true): string | undefined {
    if (!spec.startsWith('.') && !spec.startsWith('/')) return undefined;
    const target = normalize(spec.startsWith('/') ? spec : `${dirname(from)}/${spec}`);
    const noJs = target.replace(/\.(js|mjs|cjs|jsx)$/, '');
    const hit = this.pick([
      target,
      `${target}.ts`,
      `${target}.tsx`,
      `${target}.js`,
      `${noJs}.ts`,
      `${noJs}.tsx`,
      `${target}/index.ts`,
      `${target}/index.js`,
    ]);
    if (hit || !fallback) return hit;
    return this.byBaseName(stripExt(spec.split('/').pop() ?? spec), 'ts', from);
  }

  private resolvePy(spec: string, from: string, level: number): string | undefined {
    const parts = spec ? spec.split('.') : [];
    if (parts.length === 0 && level === 0) return undefined;
    const hit = this.pick(this.pyCandidates(spec, from, level));
    if (hit) return hit;
    if (level === 0) {
      // Absolute import of a module that is not where the import says: accept a unique file of
      // that name only when the import's root package is the program's own (or it is a bare name).
      const root = parts[0]!;
      const ownRoot = this.isPackage(root) || parts.length === 1;
      if (!ownRoot) return undefined;
    }
    const last = parts[parts.length - 1];
    return last ? this.byBaseName(last, 'py', from) : undefined;
  }
}
