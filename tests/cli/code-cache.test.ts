import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeCacheDir, requireWithCodeCache } from '../../src/cli/code-cache.js';
import { ROOT } from '../helpers/cli.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'stacklint-code-cache-test-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function moduleFile(dir: string, body: string): string {
  const file = join(dir, 'm.cjs');
  writeFileSync(file, body);
  return file;
}

describe('requireWithCodeCache', () => {
  it('runs a CommonJS file, writes the cache once, and the next load takes the code from it', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, `const path = require('node:path'); exports.f = (x) => x * 2; exports.base = path.basename(__filename);`);
    const first = requireWithCodeCache<{ f(x: number): number; base: string }>(file, cache);
    expect(first.exports.f(21)).toBe(42);
    expect(first.exports.base).toBe('m.cjs');
    expect(first.fromCache).toBeUndefined();
    first.save('full');
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const second = requireWithCodeCache<{ f(x: number): number }>(file, cache);
    expect(second.fromCache).toBe('full');
    expect(second.exports.f(2)).toBe(4);
  });

  it('a lean cache (a run that analysed nothing) is replaced by the first full run, and only then', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, 'exports.f = () => 1; exports.g = () => 2;');
    requireWithCodeCache(file, cache).save('lean');
    const lean = requireWithCodeCache(file, cache);
    expect(lean.fromCache).toBe('lean');
    lean.save('lean');
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/-lean\.bin$/)]);
    requireWithCodeCache(file, cache).save('full');
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/-full\.bin$/)]);
    expect(requireWithCodeCache(file, cache).fromCache).toBe('full');
  });

  it('a changed file of the same length never runs the old cache, and saving replaces it', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, 'exports.v = 1;');
    const a = requireWithCodeCache<{ v: number }>(file, cache);
    a.save('full');
    writeFileSync(file, 'exports.v = 2;');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const b = requireWithCodeCache<{ v: number }>(file, cache);
    expect(b.exports.v).toBe(2);
    expect(b.fromCache).toBeUndefined();
    b.save('full');
    expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    expect(requireWithCodeCache<{ v: number }>(file, cache).fromCache).toBe('full');
  });

  it('without a directory, or with one it cannot use, it only loses the speed-up', () => {
    const dir = tempDir();
    const file = moduleFile(dir, 'exports.ok = true;');
    const none = requireWithCodeCache<{ ok: boolean }>(file, undefined);
    expect(none.exports.ok).toBe(true);
    expect(() => none.save('full')).not.toThrow();
    // A plain file where the directory should be.
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const m = requireWithCodeCache<{ ok: boolean }>(file, blocked);
    expect(() => m.save('full')).not.toThrow();
    expect(m.exports.ok).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('does not read a cache directory that others may write to', () => {
    const dir = tempDir();
    const cache = join(dir, 'cache');
    const file = moduleFile(dir, 'exports.ok = true;');
    requireWithCodeCache(file, cache).save('full');
    chmodSync(cache, 0o777);
    expect(requireWithCodeCache(file, cache).fromCache).toBeUndefined();
  });

  it('STACKLINT_CODE_CACHE turns it off or moves it', () => {
    expect(codeCacheDir({ STACKLINT_CODE_CACHE: '0' })).toBeUndefined();
    expect(codeCacheDir({ STACKLINT_CODE_CACHE: '/x/y' })).toBe('/x/y');
    expect(codeCacheDir({})).toContain('stacklint-code-cache');
  });
});

function run(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as { code?: number }).code ?? -1) : 0, stdout, stderr });
    });
  });
}

describe('the bundled CLI', () => {
  it.skipIf(!existsSync(join(ROOT, 'dist', 'cli', 'stacklint.cjs')))(
    'prints what the unbundled build prints, with and without a cache, for TypeScript and Python input',
    async () => {
      const cache = tempDir();
      const unbundled = ['--input-type=module', '-e', "const { main } = await import('./dist/cli/main.js'); process.exitCode = await main(process.argv.slice(1));"];
      for (const input of ['examples/project-ts', 'examples/answer-python/MODEL_RESPONSE.md']) {
        const expected = await run([...unbundled, input, '--format', 'json'], {});
        expect(expected.code).toBe(1);
        for (let i = 0; i < 2; i++) {
          const got = await run(['bin/stacklint.js', input, '--format', 'json'], { STACKLINT_CODE_CACHE: cache });
          expect(got.stderr).toBe(expected.stderr);
          expect(got.stdout).toBe(expected.stdout);
          expect(got.code).toBe(expected.code);
        }
      }
      expect(readdirSync(cache).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    },
    60_000,
  );
});
