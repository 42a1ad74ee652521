import { isAbsolute, relative, sep } from 'node:path';

/** A path as reports show it: relative to `cwd` when inside it, with `/` separators. */
export function displayPath(path: string, cwd: string): string {
  let p = path;
  if (isAbsolute(p)) {
    const rel = relative(cwd, p);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) p = rel;
  }
  p = p.split(sep).join('/');
  return p.startsWith('./') ? p.slice(2) : p;
}
