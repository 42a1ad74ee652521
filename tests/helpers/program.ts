import type { ProgramInput } from '../../src/core/program.js';
import type { Language, SourceFile } from '../../src/core/source.js';
import { initFrontends, parseSource } from '../../src/frontends/index.js';
import { buildModel } from '../../src/model/build.js';
import type { ResourceModel } from '../../src/model/types.js';

/** Build a ProgramInput from in-memory files (no loader), for model tests. */
export function programOf(files: Record<string, string>, entry?: string): ProgramInput {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({
    path,
    language: (path.endsWith('.py') ? 'python' : path.endsWith('.js') ? 'javascript' : 'typescript') as Language,
    role: 'program',
    text,
    hostPath: path,
    segments: [{ virt: 0, host: 0 }],
    snippet: false,
  }));
  const input: ProgramInput = {
    root: 'test',
    kind: 'directory',
    files: sources,
    diagnostics: [],
    hosts: new Map(sources.map((s) => [s.hostPath, s.text])),
  };
  if (entry) input.entry = entry;
  return input;
}

export async function modelOf(files: Record<string, string>, entry?: string): Promise<ResourceModel> {
  await initFrontends();
  const input = programOf(files, entry);
  const modules = input.files.map(parseSource).filter((m) => m !== undefined);
  return buildModel(input, modules);
}

import { dumpModel } from '../../src/model/dump.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Dumped = any;

/** The dumped model (the JSON contract of `--dump model`) of in-memory files. */
export async function dumpOf(files: Record<string, string>, entry?: string): Promise<Dumped> {
  return dumpModel(await modelOf(files, entry));
}

/** Resources of a given type token (or type path suffix) from a dump. */
export function ofType(d: Dumped, type: string): Dumped[] {
  return d.resources.filter((r: Dumped) => r.type === type || r.typePath === type || r.typePath.endsWith(type));
}
