#!/usr/bin/env node
import { statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node >= 22.1 caches the compiled code of the modules it loads (the TypeScript compiler among them).
module.enableCompileCache?.();

/**
 * The CLI's entry: the bundle (dist/cli/stacklint.cjs, scripts/bundle.mjs) run with a V8 code cache,
 * when it is at least as new as the build it was made from; else the unbundled build. A build by tsc
 * alone rewrites dist/cli/main.js and so leaves an older bundle unused.
 */
async function loadCli() {
  const bundle = fileURLToPath(new URL('../dist/cli/stacklint.cjs', import.meta.url));
  const built = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
  let fresh = false;
  try {
    fresh = statSync(bundle).mtimeMs >= statSync(built).mtimeMs;
  } catch {
    fresh = false;
  }
  if (fresh) {
    const { codeCacheDir, requireWithCodeCache } = await import('../dist/cli/code-cache.js');
    const loaded = requireWithCodeCache(bundle, codeCacheDir());
    return { main: loaded.exports.main, done: () => loaded.save(analysesHere(process.argv.slice(2)) ? 'full' : 'lean') };
  }
  const { main } = await import('../dist/cli/main.js');
  return { main, done: () => {} };
}

/**
 * Whether this run analyses in this thread (check and review, unless --jobs sends the work to
 * workers): only such a run compiles, and so caches, the analysis code.
 */
function analysesHere(args) {
  const first = args[0] ?? 'help';
  if (['help', 'version', 'rules', 'explain', 'corpus', 'requirements', 'lsp'].includes(first)) return false;
  return !args.some((a) => ['-h', '--help', '-v', '--version', '-j', '--jobs'].includes(a) || a.startsWith('--jobs='));
}

const { main, done } = await loadCli();

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    done();
  },
  (err) => {
    // One line, no raw control characters (messages can quote file content).
    const message = String(err && err.message ? err.message : err).split('\n')[0];
    // eslint-disable-next-line no-control-regex
    const safe = message.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    process.stderr.write(`stacklint: internal error: ${safe}\n`);
    process.exitCode = 2;
  },
);

// `stacklint ... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});
