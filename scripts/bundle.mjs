#!/usr/bin/env node
// Writes dist/cli/stacklint.cjs: the built CLI (dist/cli/main.js and everything it imports) as one
// CommonJS file, which bin/stacklint.js compiles with a V8 code cache (src/cli/code-cache.ts). Loading
// some 380 ES modules one by one, each resolved, read and compiled on every start, was most of the time
// the CLI took on one small file. Run by `npm run build` after tsc; without esbuild (a development
// dependency) it writes nothing and bin/stacklint.js runs dist/cli/main.js as before.
//
// Each module's `import.meta.url` becomes the URL of its own file in dist/, so that the paths it
// resolves (the schema data, the worker script, the rule docs) are the ones the unbundled build uses.
// Dependencies that are large, native to the language server, or load WebAssembly stay external.

import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const outfile = join(root, 'dist', 'cli', 'stacklint.cjs');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  rmSync(outfile, { force: true });
  console.error('bundle: esbuild is not installed; the CLI runs the unbundled build');
  process.exit(0);
}

// Defined in the banner, outside the modules, where no local `require` can shadow Node's.
const FILE_URL = '__stacklintFileUrl';
const banner = `const ${FILE_URL} = (rel) => require('node:url').pathToFileURL(require('node:path').join(__dirname, rel)).href;`;

const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(dirname(outfile), args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `${FILE_URL}(${JSON.stringify(rel)})`), loader: 'js' };
    });
  },
};

await esbuild.build({
  entryPoints: [join(root, 'dist', 'cli', 'main.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['typescript', 'web-tree-sitter', 'tree-sitter-python', 'vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument'],
  banner: { js: banner },
  plugins: [ownUrl],
  logLevel: 'warning',
});
