// Reading a text file without ever throwing: the reason a file cannot be used becomes a value.

import { readFile, stat } from 'node:fs/promises';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

/** The `code` of a Node.js filesystem error (ENOENT, EISDIR, ...). */
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}

/** NUL bytes never occur in source text; they mark a binary file. */
export function isBinary(bytes: Uint8Array): boolean {
  return bytes.includes(0);
}

/**
 * Texts that stand for files (an editor's unsaved buffers), by path. A path here is read from the
 * map instead of the disk; the loaders otherwise behave the same.
 */
export type Overlay = ReadonlyMap<string, string>;

export async function readText(path: string, overlay?: Overlay): Promise<ReadResult> {
  const open = overlay?.get(path);
  if (open !== undefined) return open.length > MAX_FILE_BYTES ? { ok: false, missing: false, reason: 'it is over the 5 MB limit' } : { ok: true, text: open };
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, missing: false, reason: 'not a regular file' };
    if (info.size > MAX_FILE_BYTES) {
      return { ok: false, missing: false, reason: `it is ${(info.size / 1048576).toFixed(1)} MB, over the 5 MB limit` };
    }
    const bytes = await readFile(path);
    if (isBinary(bytes)) return { ok: false, missing: false, reason: 'it is a binary file' };
    return { ok: true, text: bytes.toString('utf8') };
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, reason: 'it does not exist' };
    return { ok: false, missing: false, reason: `it could not be read (${code ?? String(err)})` };
  }
}
