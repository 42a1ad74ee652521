// Runs a CommonJS file with a V8 code cache: the compiled code of a first run is written to a file in
// the temp directory and given to V8 on later runs, which then neither parse nor compile what the cache
// holds (the functions that first run called included). This is what `module.enableCompileCache()`
// does on Node >= 22.1; Node 20 has no such switch for the module loader, but `vm.Script` takes and
// makes cached data on every version. Used by bin/stacklint.js for the bundled CLI only.
//
// The cache file is named by the file's path, size and modification time and by what V8 checks the
// cache against (Node's version, the architecture, V8 flags given on the command line), so a rebuilt
// bundle never meets an old cache (V8 itself compares only the source's length); saving a cache
// removes the older ones of the same path. A cache holds what its run compiled: one written by a run
// that analysed nothing (`--help`, a corpus run whose workers did the work) is `lean`, and the first
// run that analyses replaces it with a `full` one. Anything that goes wrong with the cache (unwritable directory, a
// damaged or rejected file) costs only the speed-up.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

export type CacheKind = 'lean' | 'full';

export interface CachedModule<T> {
  exports: T;
  /** The cache V8 took the compiled code from, if any. */
  fromCache?: CacheKind;
  /**
   * Write the cache if the run had none, or had a lean one and was a full run itself (call it once
   * the work is done, so that it holds the most).
   */
  save(kind: CacheKind): void;
}

/**
 * `STACKLINT_CODE_CACHE=0` turns the cache off; `STACKLINT_CODE_CACHE=/some/dir` puts it there; by
 * default it is a directory of the user's own in the temp directory.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.STACKLINT_CODE_CACHE;
  if (setting === '0' || setting === 'off') return undefined;
  return setting || join(tmpdir(), `stacklint-code-cache-${process.getuid?.() ?? 'user'}`);
}

/**
 * Cached code runs as this process: a directory someone else owns or may write to is not read (the
 * temp directory is shared). Windows has no owners to compare here.
 */
function trusted(dir: string): boolean {
  try {
    const st = statSync(dir);
    const uid = process.getuid?.();
    return st.isDirectory() && (uid === undefined || (st.uid === uid && (st.mode & 0o022) === 0));
  } catch {
    return false;
  }
}

/** `dir` undefined: no cache, only the run. */
export function requireWithCodeCache<T>(file: string, dir: string | undefined): CachedModule<T> {
  const { size, mtimeMs } = statSync(file);
  const source = readFileSync(file, 'utf8');
  const hash = (...parts: string[]) => createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  const prefix = `${hash(file)}-`;
  const stem = dir && join(dir, `${prefix}${hash(String(size), String(mtimeMs), process.version, process.arch, process.execArgv.join(' '))}`);
  const cacheFile = (kind: CacheKind) => `${stem}-${kind}.bin`;
  let cachedData: Buffer | undefined;
  let loaded: CacheKind | undefined;
  if (stem && trusted(dir!)) {
    for (const kind of ['full', 'lean'] as const) {
      try {
        cachedData = readFileSync(cacheFile(kind));
        loaded = kind;
        break;
      } catch {
        // Not there: try the other, or run without.
      }
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as (exports: T, require: NodeJS.Require, module: { exports: T }, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const fromCache = cachedData !== undefined && script.cachedDataRejected === false ? loaded : undefined;
  let saved = false;
  const result: CachedModule<T> = {
    exports: module.exports,
    save(kind) {
      if (!stem || saved || fromCache === 'full' || (fromCache === 'lean' && kind === 'lean')) return;
      saved = true;
      const target = cacheFile(kind);
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        mkdirSync(dir!, { recursive: true, mode: 0o700 });
        if (!trusted(dir!)) return;
        writeFileSync(tmp, script.createCachedData());
        // A rename, so that a run starting meanwhile reads either no cache or a whole one.
        renameSync(tmp, target);
        for (const old of readdirSync(dir!)) if (old.startsWith(prefix) && old.endsWith('.bin') && join(dir!, old) !== target) rmSync(join(dir!, old), { force: true });
      } catch {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // Nothing was written there.
        }
      }
    },
  };
  if (fromCache) result.fromCache = fromCache;
  return result;
}
