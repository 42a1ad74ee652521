// The program a file belongs to, for editors and commit hooks that start from one file: a Markdown
// answer is its own program; a program file belongs to the nearest folder above it with a
// Pulumi.yaml (the whole project is analysed, since values flow between its files), else to itself.

import { existsSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { PROGRAM_EXTENSIONS } from './paths.js';

export function programRootOf(file: string): string | undefined {
  const path = resolve(file);
  const ext = extname(path).toLowerCase().slice(1);
  if (ext === 'md' || ext === 'markdown') return path;
  if (!PROGRAM_EXTENSIONS.has(ext)) return undefined;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'Pulumi.yaml')) || existsSync(join(dir, 'Pulumi.yml'))) return dir;
    if (dirname(dir) === dir) return path;
  }
}
