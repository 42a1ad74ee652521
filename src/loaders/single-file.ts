// One program file given on its own: a project of one file, named by its basename.

import { basename as hostBasename } from 'node:path';
import type { ProgramInput } from '../core/program.js';
import type { SourceFile } from '../core/source.js';
import { noCode } from './diagnostics.js';
import { languageFromPath } from './paths.js';
import { roleFor } from './roles.js';

export function loadSingleFile(hostPath: string, text: string): ProgramInput {
  const path = hostBasename(hostPath);
  const language = languageFromPath(path) ?? 'other';
  const file: SourceFile = {
    path,
    language,
    role: roleFor(path, language, text),
    text,
    hostPath,
    segments: [{ virt: 0, host: 0 }],
    snippet: false,
  };
  const input: ProgramInput = {
    root: hostPath,
    kind: 'file',
    files: [file],
    diagnostics: [],
    hosts: new Map([[hostPath, text]]),
  };
  if (file.role === 'program') input.entry = path;
  else input.diagnostics.push(noCode({ kind: 'file', path: hostPath, role: file.role }));
  return input;
}
