import type { ProgramInput } from './program.js';
import { buildLineIndex, lineColumn, type LineIndex, toHostOffset } from './source.js';

export interface Located {
  /** Host file (for Markdown answers, the .md file). */
  file: string;
  /** The virtual file (code block) when it differs from the host file. */
  virtualPath?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
}

const indexCache = new WeakMap<ProgramInput, Map<string, LineIndex>>();

/** The line index of one of the input's host texts, built once per input and host. */
export function hostLineIndex(input: ProgramInput, hostPath: string): LineIndex | undefined {
  const text = input.hosts.get(hostPath);
  if (text === undefined) return undefined;
  let cache = indexCache.get(input);
  if (!cache) indexCache.set(input, (cache = new Map()));
  let idx = cache.get(hostPath);
  if (!idx) cache.set(hostPath, (idx = buildLineIndex(text)));
  return idx;
}

/** Map a span in a virtual file to 1-based lines/columns of its host file. */
export function locate(input: ProgramInput, span: { f: string; s: number; e: number }): Located | undefined {
  const file = input.files.find((x) => x.path === span.f);
  if (!file) return undefined;
  const start = toHostOffset(file, span.s);
  const end = Math.max(start, toHostOffset(file, Math.max(span.s, span.e)));
  return locateHost(input, file.hostPath, start, end, input.kind === 'markdown' ? file.path : undefined);
}

/** 1-based position of host offsets. */
export function locateHost(input: ProgramInput, hostPath: string, start: number, end: number, virtualPath?: string): Located | undefined {
  const idx = hostLineIndex(input, hostPath);
  if (!idx) return undefined;
  const a = lineColumn(idx, start);
  const b = lineColumn(idx, end);
  const out: Located = { file: hostPath, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, start, end };
  if (virtualPath !== undefined) out.virtualPath = virtualPath;
  return out;
}
