// Paths given on the command line, checked before any analysis so that a problem is a one-line
// message naming the path and the reason (never an "internal error" with a raw errno string).

import { accessSync, constants, lstatSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorCode, isBinary, readText } from '../loaders/read.js';
import { escapeControl } from '../reporters/escape.js';
import { UsageError } from './args.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a component of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  EEXIST: 'a file with that name already exists',
  ELOOP: 'symbolic link loop (too many levels of symbolic links)',
  ENAMETOOLONG: 'the name is too long',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EMFILE: 'too many open files',
  EBUSY: 'resource busy',
};

/** A filesystem error as a short reason ("permission denied"), without the errno prefix or path. */
export function fsReason(err: unknown): string {
  const code = errorCode(err);
  if (code && REASONS[code]) return REASONS[code]!;
  const msg = err instanceof Error ? err.message : String(err);
  return escapeControl(msg.split('\n')[0]!, false);
}

/** A path as shown in messages: control characters escaped. */
export function shown(path: string): string {
  return escapeControl(path, false);
}

/**
 * Why `path` cannot be read as an input (undefined: it can). Tells a dangling symbolic link and a
 * link loop apart from a path that does not exist. `kind: 'file'` also refuses directories.
 */
export function pathProblem(path: string, kind: 'file' | 'any' = 'any'): string | undefined {
  let link;
  try {
    link = lstatSync(path);
  } catch (err) {
    return fsReason(err);
  }
  let info;
  try {
    info = statSync(path);
  } catch (err) {
    const code = errorCode(err);
    if (link.isSymbolicLink() && (code === 'ENOENT' || code === 'ENOTDIR')) {
      let target = '';
      try {
        target = ` '${shown(readlinkSync(path))}'`;
      } catch {
        // the reason is enough
      }
      return `dangling symbolic link (its target${target} does not exist)`;
    }
    if (code === 'ELOOP') return 'symbolic link loop (the link resolves to itself)';
    return fsReason(err);
  }
  if (info.isDirectory()) {
    if (kind === 'file') return 'it is a directory, not a file';
  } else if (!info.isFile()) return 'not a regular file or directory';
  try {
    accessSync(path, info.isDirectory() ? constants.R_OK | constants.X_OK : constants.R_OK);
  } catch (err) {
    return fsReason(err);
  }
  return undefined;
}

/**
 * The text of a file given with an option (`--prompt`, `--requirements`, `requirements <file>`):
 * a usage error when it is missing, a directory, unreadable or binary (the loaders' own check).
 */
export async function readTextArg(path: string, what: string): Promise<string> {
  const problem = pathProblem(path, 'file');
  if (problem) throw new UsageError(`cannot read ${what} ${shown(path)}: ${problem}`);
  const r = await readText(path);
  if (!r.ok) throw new UsageError(`cannot read ${what} ${shown(path)}: ${r.reason}${/binary/.test(r.reason) ? ' (expected a text file)' : ''}`);
  return r.text;
}

/**
 * Whether a file can be written at `path`, checked before a long analysis: an existing directory,
 * a missing parent directory and a read-only destination are reported as usage errors.
 */
export function checkWritable(path: string, what: string): void {
  const fail = (reason: string) => new UsageError(`cannot write ${what} ${shown(path)}: ${reason}`);
  let exists = true;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw fail('it is a directory');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = errorCode(err);
    // ENOENT (also a dangling link, which is written through): check the directory below.
    if (code !== 'ENOENT') throw fail(fsReason(err));
    exists = false;
  }
  if (exists) {
    try {
      accessSync(path, constants.W_OK);
    } catch (err) {
      throw fail(fsReason(err));
    }
    return;
  }
  const dir = dirname(path);
  let info;
  try {
    info = statSync(dir);
  } catch (err) {
    const code = errorCode(err);
    throw fail(code === 'ENOENT' ? `directory ${shown(dir)} does not exist` : `directory ${shown(dir)}: ${fsReason(err)}`);
  }
  if (!info.isDirectory()) throw fail(`${shown(dir)} is not a directory`);
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (err) {
    throw fail(`directory ${shown(dir)}: ${fsReason(err)}`);
  }
}

/**
 * The text of a small file read synchronously (configuration, baseline): a usage error naming the
 * path and the reason when it cannot be read or is binary. Binary is what the loaders call binary
 * (a NUL byte); the file's bytes are never echoed.
 */
export function readTextFileSync(path: string, what: string): string {
  const problem = pathProblem(path, 'file');
  if (problem) throw new UsageError(`cannot read ${what} ${shown(path)}: ${problem}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read ${what} ${shown(path)}: ${fsReason(err)}`);
  }
  if (isBinary(bytes)) throw new UsageError(`cannot read ${what} ${shown(path)}: it is a binary file (expected a text file)`);
  return bytes.toString('utf8');
}
