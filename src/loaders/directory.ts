// A directory is a Pulumi project: every program file under it (recursively) plus the context files
// that describe it (Pulumi.yaml, stack files, package manifests, tsconfig).
//
// Skipped: dependency and build trees (node_modules, venv/.venv, __pycache__, dist, build, out,
// coverage, cdk.out), hidden directories (.git, .pulumi, .idea ...), `env/` when it is a
// virtualenv (has pyvenv.cfg; a plain `env/` folder may hold program code), declaration files
// (*.d.ts), and compiled JavaScript next to its TypeScript source (x.js beside x.ts anywhere, not
// only in bin/: tsc without outDir writes beside every source, and analysing both would double
// every resource). Test code is kept with role `test`.

import type { Dirent } from 'node:fs';
import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, ProgramInput } from '../core/program.js';
import type { SourceFile } from '../core/source.js';
import { noCode, skipped } from './diagnostics.js';
import { findEntry } from './entry.js';
import { parsePulumiYaml, stackConfigsOf } from './project.js';
import { extension, languageFromPath, PROGRAM_EXTENSIONS } from './paths.js';
import { type Overlay, readText } from './read.js';
import { isContextPath, isPulumiProjectFile, roleFor } from './roles.js';
import { awsProviderVersion } from './versions.js';

const SKIPPED_DIRS = new Set(['node_modules', 'venv', '__pycache__', 'dist', 'build', 'out', 'coverage', 'cdk.out']);

/** Stop walking after this many entries: pointing stacklint at `/` must not hang. */
const MAX_ENTRIES = 20_000;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function skipDirectory(dir: string, entry: Dirent): Promise<boolean> {
  if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) return true;
  return entry.name === 'env' && exists(join(dir, entry.name, 'pyvenv.cfg'));
}

function isProgramFile(name: string): boolean {
  return PROGRAM_EXTENSIONS.has(extension(name)) && !/\.d\.[cm]?ts$/.test(name);
}

/** Relative POSIX paths of the program and context files under `root`, sorted. */
async function collect(root: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  let seen = 0;
  while (pending.length > 0) {
    const rel = pending.pop()!;
    const dir = join(root, rel);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      diagnostics.push(skipped(dir, `the directory could not be read (${code})`));
      continue;
    }
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) {
        diagnostics.push(skipped(root, `it holds more than ${MAX_ENTRIES} entries; the rest were not read`));
        return found.sort();
      }
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      // Symlinked directories are not followed (cycles); symlinked files are read like files.
      if (entry.isDirectory()) {
        if (!(await skipDirectory(dir, entry))) pending.push(path);
        continue;
      }
      if (!entry.isFile() && !entry.isSymbolicLink()) continue;
      const compiled = /^(.*)\.[cm]?js$/.exec(entry.name);
      if (compiled && (names.has(`${compiled[1]}.ts`) || names.has(`${compiled[1]}.tsx`))) continue;
      if (isProgramFile(entry.name) || isContextPath(path)) found.push(path);
    }
  }
  return found.sort();
}

export async function loadDirectory(root: string, overlay?: Overlay): Promise<ProgramInput> {
  const diagnostics: Diagnostic[] = [];
  const hosts = new Map<string, string>();
  const files: SourceFile[] = [];
  let skippedPrograms = 0;
  for (const path of await collect(root, diagnostics)) {
    const hostPath = join(root, path);
    const read = await readText(hostPath, overlay);
    if (!read.ok) {
      if (read.missing) continue;
      diagnostics.push(skipped(hostPath, read.reason, path));
      if (isProgramFile(path.split('/').pop()!)) skippedPrograms++;
      continue;
    }
    hosts.set(hostPath, read.text);
    const language = languageFromPath(path) ?? 'other';
    files.push({
      path,
      language,
      role: roleFor(path, language, read.text),
      text: read.text,
      hostPath,
      segments: [{ virt: 0, host: 0 }],
      snippet: false,
    });
  }
  const projectFile = files.find((f) => f.path.split('/').length === 1 && isPulumiProjectFile(f.path));
  const input: ProgramInput = { root, kind: 'directory', files, diagnostics, hosts };
  if (projectFile) input.project = parsePulumiYaml(projectFile.path, projectFile.text);
  const stackConfigs = stackConfigsOf(files, input.project);
  if (stackConfigs.length > 0) input.stackConfigs = stackConfigs;
  const programs = files.filter((f) => f.role === 'program').map((f) => f.path);
  const entry = findEntry(programs, input.project);
  if (entry) input.entry = entry;
  const version = awsProviderVersion(files.filter((f) => f.role === 'context'));
  if (version) input.awsProviderVersion = version;
  // When program files were there but could not be read, their findings say so; "no code" would not be true.
  if (programs.length === 0 && skippedPrograms === 0) diagnostics.push(noCode({ kind: 'directory', path: root }));
  return input;
}
