// The TypeScript compiler, loaded with `require`: it is one 9 MB CommonJS file, and importing it as an
// ES module makes Node scan the whole file for named exports and detect its module format first,
// which about triples the time the CLI spends loading it.

import { createRequire } from 'node:module';
import type * as TS from 'typescript';

const ts = createRequire(import.meta.url)('typescript') as typeof TS;
export default ts;
