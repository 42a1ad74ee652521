// The TypeScript compiler, loaded with `require` on first use. It is one 9 MB CommonJS file: importing
// it as an ES module makes Node scan the whole file for named exports and detect its module format
// first, which about triples the time spent loading it; and a run over Python input alone never needs
// it. The default export is a live binding, set by `loadTypeScript()`: parseTypeScript calls that
// before anything in this front-end touches the compiler.

import { createRequire } from 'node:module';
import type * as TS from 'typescript';

let ts!: typeof TS;

export function loadTypeScript(): typeof TS {
  ts ??= createRequire(import.meta.url)('typescript') as typeof TS;
  return ts;
}

export { ts as default };
