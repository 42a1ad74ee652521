// The entry point: the file `pulumi up` would run. Rules that check stack exports look there.

import type { PulumiProjectFacts } from '../core/program.js';
import { extension, joinPosix } from './paths.js';

// The JavaScript projects of the corpus use ES modules (bin/tap.mjs).
const NODE_CANDIDATES = ['index.ts', 'bin/tap.ts', 'main.ts', 'index.js', 'index.mjs', 'bin/tap.js', 'bin/tap.mjs'];
const PYTHON_CANDIDATES = ['__main__.py', 'tap.py', 'main.py'];
const DIRECTORY_ENTRIES = ['index.ts', 'index.js', '__main__.py'];

/**
 * Pulumi.yaml `main` when it resolves to one of `programFiles` (a directory means its
 * index.ts/index.js/__main__.py; a `.js` main whose `.ts` source is present means the source,
 * since the corpus projects point `main` at tsc output such as bin/tap.js); otherwise the first
 * conventional name present, Python names first for a Python runtime.
 */
export function findEntry(programFiles: readonly string[], project?: PulumiProjectFacts): string | undefined {
  const present = new Set(programFiles);
  const projectDir = project ? joinPosix(project.file, '..') : '';
  if (project?.main !== undefined) {
    const main = joinPosix(projectDir, project.main);
    const options = extension(main)
      ? [main, main.replace(/\.[cm]?js$/, '.ts')]
      : DIRECTORY_ENTRIES.map((name) => joinPosix(main, name));
    const hit = options.find((p) => present.has(p));
    if (hit) return hit;
  }
  const order =
    project?.runtime === 'python'
      ? [...PYTHON_CANDIDATES, ...NODE_CANDIDATES]
      : [...NODE_CANDIDATES, ...PYTHON_CANDIDATES];
  return order.find((p) => present.has(p));
}
