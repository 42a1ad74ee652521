#!/usr/bin/env node
// Generates src/rules/index.ts from the rule folders, builds, then writes docs/rules/ from the rules'
// own docs. `--check` writes nothing and exits 1 when a generated file is out of date.
//
//   npm run gen            regenerate
//   npm run gen -- --check

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const rulesDir = join(root, 'src', 'rules');
const drift = [];

function write(path, text) {
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old === text) return;
  if (check) {
    drift.push(path);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

function ruleFiles() {
  const out = [];
  for (const cat of readdirSync(rulesDir, { withFileTypes: true })) {
    if (!cat.isDirectory() || cat.name.startsWith('_')) continue;
    for (const f of readdirSync(join(rulesDir, cat.name)).sort()) if (f.endsWith('.ts')) out.push(`${cat.name}/${f}`);
  }
  return out;
}

// 1. The index. Rendering lives in src/rules/docs.ts; before the first build it is not compiled
// yet, so the index is rendered from the previous dist when present, else built first.
const distDocs = join(root, 'dist', 'rules', 'docs.js');
if (!existsSync(distDocs)) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { renderIndexSource } = await import(distDocs);
write(join(rulesDir, 'index.ts'), renderIndexSource(ruleFiles()));

// 2. Build with the new index, then the docs from the compiled rules.
if (!check) execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
const { renderRuleDoc, renderCatalogDoc } = await import(`${distDocs}?v=${Date.now()}`);
const { RULES } = await import(join(root, 'dist', 'rules', 'index.js'));
const docsDir = join(root, 'docs', 'rules');
const wanted = new Set();
for (const rule of RULES) {
  const p = join(docsDir, `${rule.id}.md`);
  wanted.add(p);
  write(p, renderRuleDoc(rule));
}
write(join(docsDir, 'README.md'), renderCatalogDoc(RULES));
wanted.add(join(docsDir, 'README.md'));

// 3. Docs of rules that no longer exist.
if (existsSync(docsDir)) {
  for (const cat of readdirSync(docsDir, { withFileTypes: true })) {
    if (!cat.isDirectory()) continue;
    for (const f of readdirSync(join(docsDir, cat.name))) {
      const p = join(docsDir, cat.name, f);
      if (wanted.has(p)) continue;
      if (check) drift.push(p);
      else rmSync(p);
    }
  }
}

if (check && drift.length) {
  console.error(`generated files are out of date (run \`npm run gen\`):\n  ${drift.join('\n  ')}`);
  process.exit(1);
}
