#!/usr/bin/env node
// Fidelity oracle: run each corpus TypeScript/JavaScript answer under @pulumi/pulumi's mock runtime
// (offline, no Pulumi CLI) and compare the resources it registers with stacklint's static model.
//
//   node scripts/oracle/run.mjs [--corpus DIR] [--out FILE] [--jobs N] [--timeout MS]
//                               [--only SUBSTR[,SUBSTR]] [--limit N] [--keep] [--quiet] [--use-dist]
//
// Writes a JSON result file (default: $TMPDIR/stacklint-oracle-results.json) and prints a Markdown
// summary on stdout. Every program runs in its own child process with a hard timeout, so no program
// can crash or hang the run. stacklint is compiled from src/ into the run's temp dir first (tsc
// --outDir), so concurrent rebuilds of dist/ cannot change it mid-run; --use-dist uses dist/ as it is.

import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { compareProgram, aggregate } from './compare.mjs';
import { typeIndexPath } from './typeindex.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------- options
export function parseArgs(argv) {
  const o = {
    corpus: '/work/shared/corpus',
    sets: ['pulumi-ts', 'pulumi-js'],
    out: join(tmpdir(), 'stacklint-oracle-results.json'),
    jobs: Math.max(1, Math.min(2, cpus().length)),
    timeout: 60_000,
    only: [],
    limit: Infinity,
    keep: false,
    quiet: false,
    files: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i];
    if (a === '--corpus') o.corpus = v();
    else if (a === '--out') o.out = v();
    else if (a === '--jobs' || a === '-j') o.jobs = Math.max(1, Number(v()) || 1);
    else if (a === '--timeout') o.timeout = Number(v());
    else if (a === '--only') o.only = v().split(',').filter(Boolean);
    else if (a === '--limit') o.limit = Number(v());
    else if (a === '--keep') o.keep = true;
    else if (a === '--use-dist') o.useDist = true;
    else if (a === '--quiet') o.quiet = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 11).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
      process.exit(0);
    } else if (a.endsWith('.md')) o.files.push(resolve(a));
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

/** Every lib/{MODEL,IDEAL}_RESPONSE.md of the TypeScript and JavaScript corpus sets. */
export function listAnswers(o) {
  if (o.files.length) return o.files;
  const out = [];
  for (const set of o.sets) {
    const dir = join(o.corpus, set);
    if (!existsSync(dir)) continue;
    for (const task of readdirSync(dir).sort()) {
      for (const kind of ['MODEL_RESPONSE', 'IDEAL_RESPONSE']) {
        const p = join(dir, task, 'lib', `${kind}.md`);
        if (existsSync(p)) out.push(p);
      }
    }
  }
  const filtered = o.only.length ? out.filter((p) => o.only.some((s) => p.includes(s))) : out;
  return filtered.slice(0, o.limit);
}

// ---------------------------------------------------------------------------------------- project
/**
 * A private build of the current src/ (tsc --outDir into the run's temp dir), so that a rebuild of the
 * shared dist/ by someone else during a run cannot change the static model half-way. Retries while a
 * half-edited file breaks the build; falls back to the repository's dist/ after three failures.
 */
async function privateBuild(base, log) {
  const out = join(base, 'build');
  mkdirSync(join(out, 'bin'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(out, 'node_modules'), 'dir');
  // Data files the build reads at run time (the AWS schema under src/schema/data) stay in src/.
  symlinkSync(join(ROOT, 'src'), join(out, 'src'), 'dir');
  copyFileSync(join(ROOT, 'package.json'), join(out, 'package.json'));
  copyFileSync(join(ROOT, 'bin', 'stacklint.js'), join(out, 'bin', 'stacklint.js'));
  const srcHash = hashTree(join(ROOT, 'src'));
  for (let attempt = 1; attempt <= 3; attempt++) {
    const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', join(out, 'dist')], { encoding: 'utf8' });
    if (r.status === 0) return { root: out, srcHash, private: true };
    log(`stacklint build failed (attempt ${attempt}/3): ${(r.stdout || r.stderr || '').split('\n').slice(0, 3).join(' ')}\n`);
    if (attempt < 3) await new Promise((res) => setTimeout(res, 60_000));
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('build failed: run `npx tsc -p tsconfig.json` and retry');
  log('using the repository dist/ as it is\n');
  return { root: ROOT, srcHash, private: false };
}

function hashTree(dir) {
  const h = createHash('sha1');
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        h.update(relative(dir, p));
        h.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 12);
}

function gitFacts() {
  const run = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = run(['rev-parse', '--short', 'HEAD']);
  const dirty = run(['status', '--porcelain', '--', 'src']);
  return { commit: head.status === 0 ? head.stdout.trim() : null, srcUncommittedFiles: dirty.status === 0 ? dirty.stdout.split('\n').filter(Boolean).length : null };
}

let projectMods;
async function project(buildRoot) {
  if (!projectMods) {
    const dist = join(buildRoot, 'dist');
    const loaders = await import(pathToFileURL(join(dist, 'loaders', 'index.js')).href);
    const source = await import(pathToFileURL(join(dist, 'core', 'source.js')).href);
    const ts = require('typescript');
    const esbuild = require('esbuild');
    const YAML = require('yaml');
    projectMods = { loadInput: loaders.loadInput, toHostOffset: source.toHostOffset, ts, esbuild, YAML, buildRoot };
  }
  return projectMods;
}

// ---------------------------------------------------------------------------------------- entry
const JS_LANGS = new Set(['typescript', 'javascript']);
const ENTRY_ORDER = ['bin/tap.ts', 'index.ts', 'main.ts', 'bin/index.ts', 'app.ts', 'index.js', 'bin/tap.js', 'main.js'];

function posixDir(p) {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}
function joinRel(base, spec) {
  const parts = (base ? base.split('/') : []).concat(spec.split('/'));
  const out = [];
  for (const s of parts) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return out.join('/');
}

/** Resolve a relative import specifier against the set of program file paths. */
function resolveImport(from, spec, present) {
  if (!spec.startsWith('.')) return undefined;
  const base = joinRel(posixDir(from), spec);
  const noExt = base.replace(/\.(c|m)?js$/, '');
  for (const c of [base, `${noExt}.ts`, `${noExt}.tsx`, `${noExt}.js`, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`]) {
    if (present.has(c)) return c;
  }
  return undefined;
}

/** Facts per program file: relative imports, classes and functions that create things, names instantiated or called. */
function fileFacts(ts, file) {
  const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, file.path.endsWith('.js') ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const imports = [];
  const classes = []; // { name, exported, component, hasNew, params }
  const functions = []; // { name, exported, hasNew, params }
  const newNames = new Set();
  const callNames = new Set();
  let topLevelNew = 0;
  let exportsFunction = false;
  const isExported = (n) => !!(ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Export);
  const hasNew = (n) => {
    let found = false;
    const v = (m) => {
      if (found) return;
      if (ts.isNewExpression(m)) found = true;
      else ts.forEachChild(m, v);
    };
    v(n);
    return found;
  };
  const paramsOf = (fn) =>
    fn
      ? fn.parameters.map((p) => ({
          name: ts.isIdentifier(p.name) ? p.name.text : 'args',
          type: p.type ? p.type.getText(sf) : '',
          optional: !!p.questionToken || !!p.initializer,
        }))
      : [];
  // `new X(` / `x(` anywhere except inside exported top-level functions (factories nobody may call)
  const isExportedFactory = (n) =>
    (ts.isFunctionDeclaration(n) && n.parent === sf && isExported(n)) ||
    (ts.isVariableStatement(n) && n.parent === sf && isExported(n) && n.declarationList.declarations.some((d) => d.initializer && ts.isFunctionLike(d.initializer)));
  const visitAll = (n) => {
    if (isExportedFactory(n)) return;
    if (ts.isNewExpression(n)) {
      const e = n.expression;
      const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
      if (name) newNames.add(name);
    }
    if (ts.isCallExpression(n)) {
      const e = n.expression;
      const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
      if (name) callNames.add(name);
      if (name === 'require' && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) imports.push(n.arguments[0].text);
    }
    if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) imports.push(n.moduleReference.expression.text);
    ts.forEachChild(n, visitAll);
  };
  const countTop = (n) => {
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
    if (ts.isNewExpression(n)) topLevelNew++;
    ts.forEachChild(n, countTop);
  };
  const interfaces = {}; // name → [{ name, type, optional }]
  const membersOf = (members) =>
    members
      .filter((m) => (ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)))
      .map((m) => ({ name: m.name.text, type: m.type ? m.type.getText(sf) : '', optional: !!m.questionToken }));
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) interfaces[st.name.text] = membersOf(st.members);
    if (ts.isTypeAliasDeclaration(st) && ts.isTypeLiteralNode(st.type)) interfaces[st.name.text] = membersOf(st.type.members);
  }
  for (const st of sf.statements) {
    if ((ts.isImportDeclaration(st) || ts.isExportDeclaration(st)) && st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier)) imports.push(st.moduleSpecifier.text);
    if (ts.isClassDeclaration(st) && st.name) {
      const ext = (st.heritageClauses || []).find((h) => h.token === ts.SyntaxKind.ExtendsKeyword);
      const base = ext?.types[0]?.expression.getText(sf) ?? '';
      const ctor = st.members.find((m) => ts.isConstructorDeclaration(m));
      const abstract = !!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
      classes.push({ name: st.name.text, exported: isExported(st), component: /ComponentResource$/.test(base), abstract, hasNew: hasNew(st), params: paramsOf(ctor), base });
    }
    if (ts.isFunctionDeclaration(st) && st.name && st.body) functions.push({ name: st.name.text, exported: isExported(st), hasNew: hasNew(st.body), params: paramsOf(st) });
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) {
          functions.push({ name: d.name.text, exported: isExported(st), hasNew: hasNew(d.initializer), params: paramsOf(d.initializer) });
        }
      }
    }
    if (ts.isExportAssignment(st)) {
      const e = st.expression;
      if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) exportsFunction = true;
    }
    if (ts.isFunctionDeclaration(st) && isExported(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) exportsFunction = true;
    if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.left.getText(sf) === 'module.exports' && ts.isFunctionLike(st.expression.right)) exportsFunction = true;
    countTop(st);
  }
  visitAll(sf);
  const parseErrors = (sf.parseDiagnostics || []).length;
  const usesPulumi = /\bpulumi\./.test(file.text);
  const usesAws = /\baws\./.test(file.text);
  return { imports, classes, functions, newNames, callNames, topLevelNew, exportsFunction, usesPulumi, usesAws, parseErrors, interfaces };
}

const kebab = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** A plausible value, as TS source, for a member or parameter: by name first, then by declared type. */
function guessValue(name, type, owner, interfaces, depth) {
  const n = name.toLowerCase();
  const t = type.replace(/\s+/g, '').replace(/^pulumi\.Input<(.*)>$/, '$1');
  const isArray = t.endsWith('[]') || t.startsWith('Array<');
  if (isArray) {
    if (/azs|zones/.test(n)) return "['us-east-1a', 'us-east-1b']";
    if (/cidr/.test(n)) return "['10.0.1.0/24', '10.0.2.0/24']";
    if (/regions/.test(n)) return "['us-east-1', 'us-west-2']";
    if (/^(string|pulumi\.Input<string>)(\[\])?$/.test(t.replace(/\[\]$/, '')) || t === 'string[]') return `['${kebab(owner)}-a', '${kebab(owner)}-b']`;
    return '[]';
  }
  if (/tags|labels/.test(n)) return '{}';
  if (/region/.test(n) && !/regions/.test(n)) return "'us-east-1'";
  if (/cidr/.test(n)) return "'10.0.0.0/16'";
  if (/email/.test(n)) return "'ops@example.com'";
  if (/account/.test(n)) return "'123456789012'";
  if (/arn$/.test(n)) return "'arn:aws:iam::123456789012:role/placeholder'";
  if (/domain|hostname/.test(n)) return "'example.com'";
  if (/(env|stage|suffix)/.test(n) && !/vars|variables/.test(n) && (t === 'string' || t === '' || /^'[^']*'(\|'[^']*')*$/.test(t) || /^"/.test(t))) {
    const lit = /^['"]([^'"]*)['"]/.exec(t);
    return lit && !t.includes("'dev'") && !t.includes('"dev"') ? `'${lit[1]}'` : "'dev'";
  }
  if (t === 'number') return /port/.test(n) ? '8080' : '2';
  if (t === 'boolean') return 'true';
  if (t === 'string' || t === '') return /name|prefix|project|app/.test(n) ? `'${kebab(owner)}'` : "'dev'";
  const lit = /^['"]([^'"]*)['"]/.exec(t);
  if (lit) return `'${lit[1]}'`;
  const members = interfaces[t];
  if (members && depth < 3) return objectFor(members, owner, interfaces, depth + 1);
  return '{}';
}

function objectFor(members, owner, interfaces, depth) {
  const props = new Map([['environmentSuffix', "'dev'"], ['tags', '{}']]);
  for (const m of members || []) {
    if (m.optional && !/^(environmentSuffix|tags|environment)$/.test(m.name)) continue;
    props.set(m.name, guessValue(m.name, m.type, owner, interfaces, depth));
  }
  return `{ ${[...props].map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${v}`).join(', ')} }`;
}

/**
 * A plausible argument for a constructor/function parameter, as TS source. An object parameter gets
 * `{ environmentSuffix: 'dev', tags: {} }` plus a guess for each required member of its declared interface.
 */
function guessArg(p, index, owner, interfaces = {}) {
  const n = p.name.toLowerCase();
  const t = p.type.replace(/\s+/g, '');
  if (/resourceoptions|customresourceoptions|componentresourceoptions/i.test(t) || n === 'opts') return 'undefined';
  if (index === 0 && (t === 'string' || t === '') && /name|id|prefix|stack|^n$/.test(n)) return JSON.stringify(kebab(owner));
  if (p.optional && /^(string|number|boolean)$/.test(t)) return 'undefined';
  if (index === 0 && t === 'string') return JSON.stringify(kebab(owner));
  if (/^(string|number|boolean)$/.test(t) || t.endsWith('[]') || /tags|labels|region|env|stage|suffix/.test(n)) return guessValue(p.name, p.type, owner, interfaces, 0);
  return objectFor(interfaces[t.replace(/^pulumi\.Input<(.*)>$/, '$1')], owner, interfaces, 0);
}

/**
 * Choose what to run. Strategies:
 *  - `loader-entry`: the loader's entry point;
 *  - `instantiating-file`: the one root file (imported by no other) that creates something at top level;
 *  - `generated-*`: a generated entry `__oracle_entry__.ts` that imports such root files
 *    (`import-roots`), prefixes a snippet that uses classes of other blocks with their imports
 *    (`snippet`), and/or instantiates each exported class whose code creates resources and that no
 *    code instantiates (`classes`; args `{ environmentSuffix: 'dev', tags: {} }` or guessed from the
 *    parameter names), or calls such exported functions (`functions`);
 *  - `none`: nothing that would create a resource.
 */
export function chooseEntry(ts, input, progFiles) {
  const present = new Set(progFiles.map((f) => f.path));
  const facts = new Map(progFiles.map((f) => [f.path, fileFacts(ts, f)]));
  const importedBy = new Map(progFiles.map((f) => [f.path, 0]));
  for (const [path, fx] of facts) {
    for (const spec of fx.imports) {
      const hit = resolveImport(path, spec, present);
      if (hit && hit !== path) importedBy.set(hit, importedBy.get(hit) + 1);
    }
  }
  if (input.entry && present.has(input.entry)) return { strategy: 'loader-entry', entry: input.entry, facts };
  const snippet = new Set(progFiles.filter((f) => f.snippet).map((f) => f.path));
  const instantiated = new Set();
  const called = new Set();
  for (const [, fx] of facts) {
    for (const n of fx.newNames) instantiated.add(n);
    for (const n of fx.callNames) called.add(n);
  }
  // exported classes that create resources (or are components) and that no code instantiates
  let classes = [];
  let functions = [];
  for (const f of progFiles) {
    const fx = facts.get(f.path);
    if (fx.parseErrors > 0) continue;
    for (const c of fx.classes) {
      if (c.exported && !c.abstract && (c.component || c.hasNew) && !instantiated.has(c.name)) classes.push({ file: f.path, ...c });
    }
    for (const fn of fx.functions) {
      if (fn.exported && fn.hasNew && !called.has(fn.name) && !instantiated.has(fn.name)) functions.push({ file: f.path, ...fn });
    }
  }
  const notSnippet = (list) => {
    const kept = list.filter((c) => !snippet.has(c.file));
    return kept.length ? kept : list;
  };
  classes = notSnippet(classes);
  functions = notSnippet(functions);

  const roots = progFiles.map((f) => f.path).filter((p) => importedBy.get(p) === 0);
  const instantiating = roots.filter((p) => facts.get(p).topLevelNew > 0 || facts.get(p).exportsFunction);
  const nonSnippet = instantiating.filter((p) => !snippet.has(p));
  let imports = nonSnippet;
  let snippetEntry;
  const parsable = instantiating.filter((p) => facts.get(p).parseErrors === 0);
  if (nonSnippet.length === 0 && parsable.length > 0) {
    // only snippets instantiate: run one (that parses) with imports for what it uses from the other blocks
    snippetEntry = parsable[parsable.length - 1];
    imports = [];
  } else if (nonSnippet.length === 0) {
    imports = [];
  } else if (imports.length > 1) {
    const conventional = ENTRY_ORDER.find((p) => imports.includes(p));
    if (conventional) imports = [conventional];
  }
  if (snippetEntry) {
    const sfx = facts.get(snippetEntry);
    const provides = [];
    for (const f of progFiles) {
      if (f.path === snippetEntry) continue;
      for (const c of facts.get(f.path).classes) if (c.exported && sfx.newNames.has(c.name)) provides.push({ file: f.path, name: c.name });
      for (const fn of facts.get(f.path).functions) if (fn.exported && sfx.callNames.has(fn.name)) provides.push({ file: f.path, name: fn.name });
    }
    const usedNames = new Set(provides.map((p) => p.name));
    classes = classes.filter((c) => !usedNames.has(c.name));
    functions = functions.filter((c) => !usedNames.has(c.name));
    return { strategy: 'generated-snippet', snippet: snippetEntry, provides, imports: [], classes: [], functions: [], facts };
  }
  if (imports.length === 1 && classes.length === 0 && functions.length === 0) return { strategy: 'instantiating-file', entry: imports[0], facts };
  if (imports.length === 0 && classes.length === 0 && functions.length === 0) return { strategy: 'none', facts };
  const parts = [];
  if (imports.length) parts.push(imports.length === 1 ? 'file' : 'import-roots');
  if (classes.length) parts.push('classes');
  if (functions.length) parts.push('functions');
  return { strategy: `generated-${parts.join('+')}`, imports, classes, functions, facts };
}

function generatedEntry(choice, progFiles) {
  const lines = ['// generated by scripts/oracle/run.mjs'];
  const mod = (p) => `./${p.replace(/\.(ts|tsx|js|mjs|cjs)$/, '')}`;
  if (choice.strategy === 'generated-snippet') {
    const fx = choice.facts.get(choice.snippet);
    const text = progFiles.find((f) => f.path === choice.snippet).text;
    if (fx.usesPulumi && !/import \* as pulumi\b/.test(text)) lines.push(`import * as pulumi from '@pulumi/pulumi';`);
    if (fx.usesAws && !/import \* as aws\b/.test(text)) lines.push(`import * as aws from '@pulumi/aws';`);
    for (const p of choice.provides) lines.push(`import { ${p.name} } from ${JSON.stringify(mod(p.file))};`);
    lines.push(text);
    return lines.join('\n') + '\n';
  }
  for (const p of choice.imports || []) lines.push(`import ${JSON.stringify(mod(p))};`);
  (choice.classes || []).forEach((c, i) => lines.push(`import { ${c.name} as C${i} } from ${JSON.stringify(mod(c.file))};`));
  (choice.functions || []).forEach((f, i) => lines.push(`import { ${f.name} as F${i} } from ${JSON.stringify(mod(f.file))};`));
  const interfaces = {};
  for (const [, fx] of choice.facts) Object.assign(interfaces, fx.interfaces);
  (choice.classes || []).forEach((c, i) => {
    const args = c.params.length ? c.params.map((p, j) => guessArg(p, j, c.name, interfaces)) : [];
    while (args.length && args[args.length - 1] === 'undefined') args.pop();
    lines.push(`new (C${i} as any)(${args.join(', ')});`);
  });
  (choice.functions || []).forEach((f, i) => {
    const args = f.params.map((p, j) => guessArg(p, j, f.name, interfaces));
    while (args.length && args[args.length - 1] === 'undefined') args.pop();
    lines.push(`(F${i} as any)(${args.join(', ')});`);
  });
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------- config
function projectName(input, answerPath, YAML) {
  if (input.project?.name) return { name: input.project.name, source: 'answer Pulumi.yaml' };
  const taskYaml = join(dirname(dirname(answerPath)), 'Pulumi.yaml');
  try {
    const y = YAML.parse(readFileSync(taskYaml, 'utf8'));
    if (y && typeof y.name === 'string') return { name: y.name, source: 'task Pulumi.yaml' };
  } catch {}
  return { name: 'project', source: 'guess' };
}

function stackConfig(input, project, YAML) {
  const cfg = { 'aws:region': 'us-east-1' };
  const put = (k, v) => {
    const key = k.includes(':') ? k : `${project}:${k}`;
    cfg[key] = typeof v === 'string' ? v : JSON.stringify(v);
  };
  for (const c of input.project?.config || []) if (c.hasDefault && c.default !== undefined && c.default !== null) put(c.key, c.default);
  for (const f of input.files) {
    if (!/(^|\/)Pulumi\.[^/]+\.ya?ml$/.test(f.path)) continue;
    try {
      const y = YAML.parse(f.text);
      for (const [k, v] of Object.entries((y && y.config) || {})) {
        if (v && typeof v === 'object' && 'secure' in v) continue;
        put(k, v && typeof v === 'object' && 'value' in v ? v.value : v);
      }
    } catch {}
  }
  return cfg;
}

// ---------------------------------------------------------------------------------------- runners
function runProcess(cmd, args, { cwd, timeout, env, maxOut = 200_000 }) {
  return new Promise((resolveP) => {
    const t0 = Date.now();
    let stdout = '';
    let stderr = '';
    let killed = false;
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.on('data', (d) => {
      if (stdout.length < maxOut) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < maxOut) stderr += d;
    });
    const timer = setTimeout(() => {
      killed = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        try {
          child.kill('SIGKILL');
        } catch {}
      }
    }, timeout);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolveP({ code: -1, killed, stdout, stderr: stderr + String(e), ms: Date.now() - t0 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveP({ code, killed, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

// A module the answer imports but does not contain: every export is a do-nothing constructible proxy.
// Named exports are generated from the importer's import clause (esbuild's ESM interop copies only
// own properties, which a proxy cannot list).
function stubModule(names) {
  const ids = [...new Set(names)].filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  return `${STUB_PROXY}\nexport default stub;\n${ids.map((n) => `export const ${n} = stub;`).join('\n')}\n`;
}

function importedNames(importerText, spec) {
  const names = [];
  const esc = spec.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`import\\s+(?:type\\s+)?([^;]*?)\\s+from\\s+['"]${esc}['"]`, 'g');
  let m;
  while ((m = re.exec(importerText))) {
    const clause = m[1].slice(m[1].lastIndexOf('import') + 1);
    const brace = /\{([^{}]*)\}\s*$/.exec(clause.startsWith('mport') ? clause.replace(/^mport\s+(type\s+)?/, '') : m[1]);
    if (brace) for (const part of brace[1].split(',')) {
      const n = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0].trim();
      if (n) names.push(n);
    }
  }
  const req = new RegExp(`(?:const|let|var)\\s*\\{([^}]*)\\}\\s*=\\s*require\\(['"]${esc}['"]\\)`, 'g');
  while ((m = req.exec(importerText))) for (const part of m[1].split(',')) names.push(part.trim().split(/\s*:\s*/)[0]);
  return names;
}

const STUB_PROXY = `
const stub = new Proxy(function () {}, {
  get(t, k) {
    if (k === '__esModule') return true;
    if (k === 'then' || k === 'toJSON' || k === Symbol.toPrimitive || k === Symbol.iterator || k === 'constructor') return undefined;
    if (k === 'toString') return () => 'oracle-stub';
    return stub;
  },
  apply() { return stub; },
  construct() { return stub; },
});
`;

/** esbuild plugin: stub missing relative modules; give each file its own __dirname/__filename. */
function oraclePlugin(progDir, stubs, repaired, programFiles) {
  return {
    name: 'stacklint-oracle',
    setup(build) {
      build.onResolve({ filter: /^\.\.?(\/|$)/ }, async (args) => {
        if (args.pluginData && args.pluginData.inner) return undefined;
        const r = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { inner: true } });
        if (r.errors.length === 0) return { path: r.path, external: r.external, namespace: r.namespace, sideEffects: r.sideEffects };
        // a block saved under another folder than its importer expects: the one program file of that name
        const base = args.path.split('/').pop().replace(/\.(ts|tsx|js|mjs|cjs)$/, '');
        const same = programFiles.filter((f) => f.split('/').pop().replace(/\.(ts|tsx|js|mjs|cjs)$/, '') === base);
        if (base && same.length === 1 && join(progDir, same[0]) !== args.importer) {
          repaired.push(`${relative(progDir, args.importer)} → ${args.path} ⇒ ${same[0]}`);
          return { path: join(progDir, same[0]) };
        }
        stubs.push(`${relative(progDir, args.importer)} → ${args.path}`);
        let names = [];
        try {
          names = importedNames(readFileSync(args.importer, 'utf8'), args.path);
        } catch {}
        return { path: `${args.path}#${stubs.length}`, namespace: 'oracle-stub', pluginData: { names } };
      });
      build.onLoad({ filter: /.*/, namespace: 'oracle-stub' }, (args) => ({ contents: stubModule(args.pluginData?.names || []), loader: 'js' }));
      build.onLoad({ filter: /\.(ts|tsx|js|mjs|cjs)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = readFileSync(args.path, 'utf8')
          .replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path)))
          .replace(/\b__filename\b/g, JSON.stringify(args.path));
        return { contents: text, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
      });
    },
  };
}

function safeRel(p) {
  const n = p.replace(/\\/g, '/').replace(/^\/+/, '');
  if (!n || n.split('/').some((s) => s === '..')) return undefined;
  return n;
}

async function runOracle(answer, input, mods, ctx) {
  const { ts, esbuild, YAML } = mods;
  const progFiles = input.files.filter((f) => f.role === 'program' && JS_LANGS.has(f.language));
  const res = { status: 'no-program', strategy: null, entry: null, records: [], reads: [], errors: [], placeholders: [] };
  if (progFiles.length === 0) return res;
  const slug = relative(ctx.corpus, answer).replace(/[^A-Za-z0-9]+/g, '_');
  const progDir = join(ctx.work, slug);
  mkdirSync(progDir, { recursive: true });
  for (const f of input.files) {
    const rel = safeRel(f.path);
    // the answer's package.json/tsconfig.json would steer (or break) esbuild's resolution: not written
    if (!rel || /(^|\/)(package|tsconfig[^/]*)\.json$/i.test(rel)) continue;
    const p = join(progDir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, f.text);
  }
  const choice = chooseEntry(ts, input, progFiles);
  res.strategy = choice.strategy;
  if (choice.strategy === 'none') {
    res.status = 'no-entry';
    return res;
  }
  let entry = choice.entry;
  if (!entry) {
    entry = '__oracle_entry__.ts';
    res.generated = generatedEntry(choice, progFiles);
    writeFileSync(join(progDir, entry), res.generated);
  }
  res.entry = entry;
  const outDir = join(progDir, '.oracle');
  mkdirSync(outDir, { recursive: true });
  const bundle = join(outDir, 'bundle.cjs');
  const stubs = [];
  const repaired = [];
  res.stubs = stubs;
  res.repaired = repaired;
  try {
    await esbuild.build({
      entryPoints: [join(progDir, entry)],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      outfile: bundle,
      packages: 'external',
      sourcemap: 'external',
      sourcesContent: false,
      logLevel: 'silent',
      absWorkingDir: progDir,
      loader: { '.ts': 'ts', '.js': 'ts' },
      plugins: [oraclePlugin(progDir, stubs, repaired, progFiles.map((f) => f.path))],
      resolveExtensions: ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json'],
      tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    });
  } catch (e) {
    res.status = 'bundle-failed';
    res.errors.push({ kind: 'bundle', message: (e.errors || []).slice(0, 3).map((x) => `${x.location ? `${x.location.file}:${x.location.line}: ` : ''}${x.text}`).join('\n') || String(e).slice(0, 500) });
    return res;
  }
  const proj = projectName(input, answer, YAML);
  res.project = proj;
  const outFile = join(outDir, 'records.jsonl');
  const spec = {
    progDir,
    bundle,
    outFile,
    project: proj.name,
    stack: 'dev',
    config: stackConfig(input, proj.name, YAML),
    indexPath: ctx.indexPath,
    softTimeoutMs: Math.max(5_000, ctx.timeout - 10_000),
    errorGraceMs: 2000,
    recordInputs: !!ctx.recordInputs,
  };
  const specPath = join(outDir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec));
  // ENVIRONMENT_SUFFIX as the corpus' CI sets it; no AWS_REGION etc., so programs fall back to their defaults
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', PULUMI_TEST_MODE: 'true', ENVIRONMENT_SUFFIX: 'dev' };
  const r = await runProcess(process.execPath, ['--max-old-space-size=2048', join(HERE, 'child.cjs'), specPath], { cwd: progDir, timeout: ctx.timeout, env });
  res.ms = r.ms;
  let done;
  if (existsSync(outFile)) {
    for (const line of readFileSync(outFile, 'utf8').split('\n')) {
      if (!line) continue;
      let o;
      try {
        o = JSON.parse(line);
      } catch {
        continue;
      }
      if (o.done) done = o;
      else if (o.read) res.reads.push(o);
      else if (o.mock) (res.mocks ??= []).push(o);
      else res.records.push(o);
    }
  }
  if (done) {
    res.status = done.status;
    res.why = done.why;
    res.errors.push(...done.errors);
    res.placeholders = done.placeholders;
  } else {
    res.status = r.killed ? 'killed' : 'crashed';
    res.errors.push({ kind: 'process', message: `exit ${r.code}${r.killed ? ' (hard timeout)' : ''}: ${r.stderr.split('\n').slice(-8).join('\n').slice(0, 1500)}` });
  }
  return res;
}

async function runStatic(answer, ctx) {
  const out = join(ctx.work, `static-${Math.random().toString(36).slice(2)}.json`);
  const r = await runProcess(process.execPath, [join(ctx.build.root, 'bin', 'stacklint.js'), 'check', answer, '--dump', 'model', '-o', out], { cwd: ROOT, timeout: ctx.staticTimeout, env: process.env });
  try {
    const model = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out, { force: true });
    return { model, ms: r.ms };
  } catch {
    return { error: `stacklint exit ${r.code}${r.killed ? ' (timeout)' : ''}: ${r.stderr.slice(0, 500)}`, ms: r.ms };
  }
}

/** Virtual (code block) line → host (.md) line, via the loader's offset map. */
function hostLineMapper(input, toHostOffset) {
  return (path, line) => {
    const f = input.files.find((x) => x.path === path);
    if (!f) return line;
    let off = 0;
    for (let i = 1; i < line && off >= 0; i++) {
      const nl = f.text.indexOf('\n', off);
      if (nl < 0) break;
      off = nl + 1;
    }
    const host = input.hosts.get(f.hostPath);
    if (host === undefined) return line;
    const h = toHostOffset(f, off);
    let n = 1;
    for (let i = 0; i < h && i < host.length; i++) if (host.charCodeAt(i) === 10) n++;
    return n;
  };
}

export async function processAnswer(answer, ctx) {
  const mods = await project(ctx.build.root);
  const rel = relative(ctx.corpus, answer) || answer;
  const row = { path: rel };
  let input;
  try {
    input = await mods.loadInput(answer);
  } catch (e) {
    row.oracle = { status: 'load-failed', errors: [{ kind: 'load', message: String(e) }] };
    return row;
  }
  try {
    row.oracle = await runOracle(answer, input, mods, ctx);
  } catch (e) {
    row.oracle = { status: 'oracle-failed', errors: [{ kind: 'harness', message: String(e && e.stack ? e.stack : e).slice(0, 800) }], records: [] };
  }
  if (row.oracle.status === 'no-program') return row;
  const st = await runStatic(answer, ctx);
  row.staticMs = st.ms;
  if (st.error) {
    row.staticError = st.error;
    return row;
  }
  row.staticEntry = st.model.entry;
  row.staticBudgetExhausted = !!st.model.stats?.budgetExhausted;
  const records = row.oracle.records || [];
  const cmp = compareProgram(records, st.model, hostLineMapper(input, mods.toHostOffset));
  if (row.oracle.status === 'ok') row.cmp = cmp;
  else if (records.length) row.partialCmp = cmp;
  return row;
}

async function pool(items, jobs, fn, onDone) {
  let next = 0;
  const results = new Array(items.length);
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i], i);
      } catch (e) {
        results[i] = { path: items[i], error: String(e && e.stack ? e.stack : e) };
      }
      onDone?.(results[i], i);
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------- report
const short = (x) => {
  const t = String(x).replace(/\s+/g, ' ');
  return t.length > 70 ? `${t.slice(0, 67)}...` : t;
};
const pct = (x) => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}%`);

function topReason(c) {
  const counts = new Map();
  for (const m of c.misses) {
    const key = m.reason.replace(/\b\d+\b/g, 'N');
    if (!counts.has(key)) counts.set(key, { n: 0, ex: m });
    counts.get(key).n++;
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  if (!top) return '';
  return `${top.n}× ${top.ex.reason} (e.g. ${top.ex.type.split(':').pop()} at ${top.ex.site})`;
}

export function summarize(rows, meta) {
  const statusCounts = {};
  const strategyCounts = {};
  for (const r of rows) {
    const s = r.oracle?.status ?? 'error';
    statusCounts[s] = (statusCounts[s] || 0) + 1;
    if (r.oracle?.strategy) strategyCounts[r.oracle.strategy] = (strategyCounts[r.oracle.strategy] || 0) + 1;
  }
  const attempted = rows.filter((r) => r.oracle && r.oracle.status !== 'no-program');
  const okRows = rows.filter((r) => r.cmp);
  const overall = aggregate(okRows);
  const okStrategies = {};
  for (const r of okRows) okStrategies[r.oracle.strategy] = (okStrategies[r.oracle.strategy] || 0) + 1;
  const ms = okRows.map((r) => r.oracle.ms).filter((x) => typeof x === 'number').sort((a, b) => a - b);
  const partial = aggregate(rows.filter((r) => r.partialCmp).map((r) => ({ cmp: r.partialCmp })));

  // kinds of misses and extras, with one example each
  const missKinds = new Map();
  const extraKinds = new Map();
  for (const r of okRows) {
    for (const m of r.cmp.misses) {
      const k = m.reason.replace(/\b\d+\b/g, 'N').replace(/static [^ ]+:[^ ]+$/, 'static <type>').replace(/: static \S+$/, '');
      if (!missKinds.has(k)) missKinds.set(k, { n: 0, programs: new Set(), example: `${r.path} (${m.type} "${short(m.name)}" at ${m.site})` });
      const e = missKinds.get(k);
      e.n++;
      e.programs.add(r.path);
    }
    for (const x of r.cmp.extras) {
      const k = x.reason;
      if (!extraKinds.has(k)) extraKinds.set(k, { n: 0, programs: new Set(), example: `${r.path} (${x.type} ${x.name ? `"${short(x.name)}"` : '<unnamed>'} at ${x.site})` });
      const e = extraKinds.get(k);
      e.n++;
      e.programs.add(r.path);
    }
  }
  const nameMismatches = [];
  for (const r of okRows) for (const m of r.cmp.nameMismatches) nameMismatches.push({ path: r.path, ...m });
  const kinds = (m) => [...m.entries()].sort((a, b) => b[1].n - a[1].n).map(([k, v]) => ({ kind: k, resources: v.n, programs: v.programs.size, example: v.example }));

  const worst = okRows
    .filter((r) => r.cmp.oracleCount > 0)
    .sort((a, b) => a.cmp.recall - b.cmp.recall || b.cmp.oracleCount - a.cmp.oracleCount)
    .slice(0, 15)
    .map((r) => ({ path: r.path, strategy: r.oracle.strategy, oracle: r.cmp.oracleCount, static: r.cmp.staticCount, matched: r.cmp.matched, recall: r.cmp.recall, reason: topReason(r.cmp) }));

  const failures = rows
    .filter((r) => r.oracle && !['ok', 'no-program'].includes(r.oracle.status))
    .map((r) => ({ path: r.path, status: r.oracle.status, strategy: r.oracle.strategy, recorded: (r.oracle.records || []).length, error: (r.oracle.errors?.[0]?.message || r.oracle.why || '').split('\n')[0].slice(0, 200) }));

  return {
    meta,
    answers: rows.length,
    attempted: attempted.length,
    statusCounts,
    strategyCounts,
    okStrategies,
    oracleOk: okRows.length,
    okWithStubs: okRows.filter((r) => r.oracle.stubs && r.oracle.stubs.length).length,
    okWithPlaceholders: okRows.filter((r) => r.oracle.placeholders && r.oracle.placeholders.length).length,
    okWithRepairedImports: okRows.filter((r) => r.oracle.repaired && r.oracle.repaired.length).length,
    okWithNoResources: okRows.filter((r) => r.cmp.oracleCount === 0).length,
    medianOracleMs: ms.length ? ms[Math.floor(ms.length / 2)] : null,
    overall,
    partialRuns: partial,
    staticErrors: rows.filter((r) => r.staticError).map((r) => ({ path: r.path, error: r.staticError })),
    nameMismatches: { count: nameMismatches.length, programs: new Set(nameMismatches.map((m) => m.path)).size, examples: nameMismatches.slice(0, 40) },
    missKinds: kinds(missKinds),
    extraKinds: kinds(extraKinds),
    worst,
    failures,
  };
}

export function markdown(s) {
  const o = s.overall;
  const L = [];
  L.push(`## stacklint static model vs. Pulumi mock runtime (oracle)`);
  L.push('');
  const st = s.meta.stacklint || {};
  L.push(`Command: \`${s.meta.command}\` — ${s.meta.date}, ${s.meta.jobs} jobs, ${(s.meta.ms / 1000).toFixed(0)} s wall; @pulumi/pulumi ${s.meta.versions.pulumi}, @pulumi/aws ${s.meta.versions.aws}, Node ${process.versions.node}.`);
  L.push(`stacklint: commit ${st.commit ?? '?'}${st.srcUncommittedFiles ? ` + ${st.srcUncommittedFiles} uncommitted src/ files` : ''}, src/ hash ${st.srcHash ?? '?'}, ${st.privateBuild ? 'private build of src/' : 'repository dist/'}.`);
  L.push('');
  L.push(`| measure | value |`);
  L.push(`| --- | --- |`);
  L.push(`| answers scanned | ${s.answers} |`);
  L.push(`| with TS/JS program code (attempted) | ${s.attempted} |`);
  L.push(`| mock runtime ran to completion (ok) | ${s.oracleOk} (median ${s.medianOracleMs} ms per program); of these ${s.okWithStubs} with stubbed missing modules, ${s.okWithRepairedImports} with repaired import paths, ${s.okWithPlaceholders} with placeholder config, ${s.okWithNoResources} registered no resource |`);
  L.push(`| oracle statuses | ${Object.entries(s.statusCounts).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  L.push(`| entry strategies (all attempted) | ${Object.entries(s.strategyCounts).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  L.push(`| entry strategies (ok runs) | ${Object.entries(s.okStrategies).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  L.push(`| oracle resources (ok runs; excl. root stack, default providers, resources with no frame in program code) | ${o.oracleResources} (${o.customResources} custom, ${o.oracleResources - o.customResources} components) |`);
  L.push(`| static model items on the same programs | ${o.staticResources} |`);
  L.push(`| **resource recall** (matched / oracle) | **${pct(o.resourceRecall)}** (${o.matched}/${o.oracleResources}) |`);
  L.push(`| custom-resource recall (components excluded) | ${pct(o.customRecall)} |`);
  L.push(`| recall excluding the ${o.oracleViaLibrary} resources SDK library code created (e.g. \`bucket.onObjectCreated\`) | ${pct(o.recallExclLibrary)} |`);
  L.push(`| stricter recall: matched by exact name, name template or component class only (no type-only pairs) | ${pct(o.namedRecall)} |`);
  L.push(`| matched by exact name / name template / type only / component class | ${o.matchedByName} / ${o.matchedByPattern} / ${o.matchedByType} / ${o.matchedByClassName} |`);
  L.push(`| **type recall** ((program, type) pairs present) | **${pct(o.typeRecall)}** (${o.typePairsPresent}/${o.oracleTypePairs}) |`);
  L.push(`| static-only items (possible over-approximation) | ${o.staticOnly} |`);
  L.push(`| median per-program recall; programs at 100% | ${pct(o.medianProgramRecall)}; ${o.programsWithFullRecall}/${o.programs} |`);
  if (s.partialRuns.programs) L.push(`| runs that failed after registering resources (not counted above) | ${s.partialRuns.programs}: recall on what they registered ${pct(s.partialRuns.resourceRecall)} (${s.partialRuns.matched}/${s.partialRuns.oracleResources}) |`);
  L.push('');
  L.push(`### 15 programs with the worst recall`);
  L.push('');
  L.push(`| program | entry | oracle | static | matched | recall | main reason for misses |`);
  L.push(`| --- | --- | ---: | ---: | ---: | ---: | --- |`);
  for (const w of s.worst) L.push(`| ${w.path} | ${w.strategy} | ${w.oracle} | ${w.static} | ${w.matched} | ${pct(w.recall)} | ${w.reason.replace(/\|/g, '\\|')} |`);
  L.push('');
  L.push(`### Kinds of static-model misses (oracle resources with no static counterpart)`);
  L.push('');
  L.push(`| kind | resources | programs | example |`);
  L.push(`| --- | ---: | ---: | --- |`);
  for (const k of s.missKinds) L.push(`| ${k.kind.replace(/\|/g, '\\|')} | ${k.resources} | ${k.programs} | ${k.example.replace(/\|/g, '\\|')} |`);
  L.push('');
  if (s.nameMismatches.count) {
    L.push(`Names that disagree (matched by type only although the static model named the item): ${s.nameMismatches.count} in ${s.nameMismatches.programs} programs, e.g. ${s.nameMismatches.examples.slice(0, 3).map((m) => `${m.path}: ${m.type.split(':').pop()} runtime "${short(m.oracleName)}" vs static "${short(m.staticName)}"`).join('; ')}.`);
    L.push('');
  }
  L.push(`### Static-only items (no oracle counterpart)`);
  L.push('');
  L.push(`| kind | items | programs | example |`);
  L.push(`| --- | ---: | ---: | --- |`);
  for (const k of s.extraKinds) L.push(`| ${k.kind} | ${k.resources} | ${k.programs} | ${k.example.replace(/\|/g, '\\|')} |`);
  L.push('');
  if (s.failures.length) {
    L.push(`### Programs the mock runtime did not run to completion (${s.failures.length})`);
    L.push('');
    const byStatus = {};
    for (const f of s.failures) (byStatus[f.status] ||= []).push(f);
    for (const [st, list] of Object.entries(byStatus)) {
      L.push(`- **${st}** (${list.length}): ${list.slice(0, 6).map((f) => `${f.path} — ${f.error || 'no message'}`).join('; ')}${list.length > 6 ? '; …' : ''}`);
    }
    L.push('');
  }
  if (s.staticErrors.length) L.push(`Static model failed on ${s.staticErrors.length} answers: ${s.staticErrors.slice(0, 5).map((e) => e.path).join(', ')}\n`);
  L.push(`Full results: \`${s.meta.out}\``);
  return L.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------- main
export async function runOracleSuite(o) {
  const t0 = Date.now();
  const log = (m) => process.stderr.write(m);
  const answers = listAnswers(o);
  const base = mkdtempSync(join(tmpdir(), 'stacklint-oracle-'));
  // programs resolve @pulumi/* through this link: the same module instances as the harness
  symlinkSync(join(ROOT, 'node_modules'), join(base, 'node_modules'), 'dir');
  const git = gitFacts();
  const build = o.useDist ? { root: ROOT, srcHash: hashTree(join(ROOT, 'src')), private: false } : await privateBuild(base, log);
  await project(build.root);
  const ctx = {
    build,
    corpus: o.files.length ? dirname(o.files[0]) : o.corpus,
    work: base,
    timeout: o.timeout,
    staticTimeout: 120_000,
    indexPath: typeIndexPath(join(tmpdir(), 'stacklint-oracle-cache')),
    recordInputs: !!o.recordInputs,
  };
  if (o.files.length) ctx.corpus = commonDir(o.files);
  let done = 0;
  const rows = await pool(answers, o.jobs, (a) => processAnswer(a, ctx), (row) => {
    done++;
    if (!o.quiet) {
      const c = row.cmp || row.partialCmp;
      process.stderr.write(`[${done}/${answers.length}] ${row.path}: ${row.oracle?.status ?? row.error}${c ? ` oracle ${c.oracleCount} static ${c.staticCount} matched ${c.matched}` : ''}\n`);
    }
  });
  if (!o.keep) rmSync(base, { recursive: true, force: true });
  const versions = {};
  for (const p of ['pulumi', 'aws', 'awsx', 'random', 'tls', 'kubernetes', 'eks']) {
    try {
      versions[p] = require(`@pulumi/${p}/package.json`).version;
    } catch {}
  }
  const meta = {
    command: o.command ?? `npm run oracle`,
    date: new Date().toISOString(),
    jobs: o.jobs,
    timeoutMs: o.timeout,
    corpus: o.corpus,
    out: o.out,
    work: o.keep ? base : null,
    versions,
    stacklint: { commit: git.commit, srcUncommittedFiles: git.srcUncommittedFiles, srcHash: build.srcHash, privateBuild: build.private },
    ms: Date.now() - t0,
  };
  const summary = summarize(rows, meta);
  const slim = rows.map((r) => ({
    ...r,
    oracle: r.oracle && { ...r.oracle, records: (r.oracle.records || []).map((x) => ({ type: x.type, name: x.name, custom: x.custom, remote: x.remote, parent: x.parent, site: x.site })) },
  }));
  return { summary, rows: slim };
}

function commonDir(paths) {
  let d = dirname(paths[0]);
  while (!paths.every((p) => p.startsWith(d + sep)) && d !== dirname(d)) d = dirname(d);
  return d;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  o.command = ['node scripts/oracle/run.mjs', ...process.argv.slice(2)].join(' ');
  const { summary, rows } = await runOracleSuite(o);
  mkdirSync(dirname(resolve(o.out)), { recursive: true });
  writeFileSync(o.out, JSON.stringify({ summary, programs: rows }, null, 1));
  process.stdout.write(markdown(summary));
}
