import type { Module } from '../core/ir.js';
import type { SourceFile } from '../core/source.js';
import { initPythonParser, parsePython } from './python/index.js';
import { parseTypeScript } from './typescript/parse.js';

/** Load parsers that need asynchronous set-up (the Python grammar is WebAssembly). */
export async function initFrontends(): Promise<void> {
  await initPythonParser();
}

/** Parse a program file to IR; undefined for files that are not TS/JS/Python. */
export function parseSource(file: SourceFile): Module | undefined {
  switch (file.language) {
    case 'typescript':
    case 'javascript':
      return parseTypeScript(file.path, file.text);
    case 'python':
      return parsePython(file.path, file.text);
    default:
      return undefined;
  }
}
