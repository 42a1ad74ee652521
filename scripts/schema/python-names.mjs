// The generator needs the runtime's Python naming (src/schema/python-names.ts) before anything is built,
// so it transpiles that one import-free file with the TypeScript compiler and loads it from memory.
// One implementation serves both sides, and `npm run schema` works from a clean clone.

import { readFileSync } from 'node:fs';
import ts from 'typescript';

const source = readFileSync(new URL('../../src/schema/python-names.ts', import.meta.url), 'utf8');
const js = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;

/** @type {typeof import('../../src/schema/python-names.ts')} */
const names = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);

export const { pythonName, camelName } = names;
