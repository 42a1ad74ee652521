// Index of the installed Pulumi SDK packages, read from their generated .js/.d.ts files:
//   resources: type token → { out: { prop: tsType }, component: bool }
//   invokes:   function token → { prop: tsType } (fields of the `…Result` interface)
//   types:     `outputs.<ns>.<Name>` → { fields: { prop: tsType }, optional: [prop] }
// The mock runtime uses it to return a plausible value for every output property of a resource or
// invoke result. Built once per package set and cached as JSON.

import { createRequire } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const INDEX_PACKAGES = ['aws', 'awsx', 'random', 'tls', 'kubernetes', 'eks'];

function pkgDir(name) {
  try {
    return dirname(require.resolve(`@pulumi/${name}/package.json`));
  } catch {
    return undefined;
  }
}

function* walk(dir) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) {
      if (ent.name === 'node_modules' || ent.name === 'types' || ent.name === 'scripts') continue;
      yield* walk(p);
    } else if (ent.name.endsWith('.js')) yield p;
  }
}

const isComment = (line) => /^\s*(\/\*|\*|\/\/)/.test(line);

/** `readonly prop: pulumi.Output<T>;` lines of the class body in a .d.ts. */
function classOutputs(dts) {
  const out = {};
  const re = /^ {4}readonly (\w+)!?: pulumi\.Output<(.*)$/gm;
  let m;
  while ((m = re.exec(dts))) {
    let t = m[2].trim();
    if (t.endsWith('>;')) t = t.slice(0, -2);
    if (t === '{' || t.startsWith('{')) t = '{map}';
    out[m[1]] = t.replace(/\s*\|\s*undefined$/, '');
  }
  return out;
}

/** Fields of `export interface <Name>Result {` in a .d.ts. */
function resultFields(dts) {
  const out = {};
  const start = dts.search(/^export interface \w+Result \{$/m);
  if (start < 0) return out;
  const lines = dts.slice(start).split('\n');
  let depth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isComment(line)) continue;
    if (i === 0) {
      depth = 1;
      continue;
    }
    if (depth === 1) {
      const m = /^ {4}readonly (\w+)(\?)?: (.*)$/.exec(line);
      if (m) {
        let t = m[3].trim();
        if (t.endsWith(';')) t = t.slice(0, -1);
        if (t.startsWith('{')) t = '{map}';
        out[m[1]] = t.replace(/\s*\|\s*undefined$/, '');
      }
    }
    depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
    if (depth <= 0) break;
  }
  return out;
}

/** Interfaces of types/output.d.ts, keyed `outputs.<ns…>.<Name>`. */
function outputTypes(text) {
  const types = {};
  const stack = []; // { kind: 'ns'|'iface'|'other', name, depth }
  let depth = 0;
  let cur;
  for (const line of text.split('\n')) {
    if (isComment(line)) continue;
    const ns = /^\s*(?:export )?(?:declare )?namespace (\w+) \{\s*$/.exec(line);
    const iface = /^\s*(?:export )?interface (\w+) \{\s*$/.exec(line);
    if (ns) {
      stack.push({ kind: 'ns', name: ns[1], depth });
      depth++;
      continue;
    }
    if (iface) {
      const path = ['outputs', ...stack.filter((s) => s.kind === 'ns').map((s) => s.name), iface[1]].join('.');
      cur = { fields: {}, optional: [] };
      types[path] = cur;
      stack.push({ kind: 'iface', name: iface[1], depth });
      depth++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && top.kind === 'iface' && depth === top.depth + 1) {
      const f = /^\s*(?:readonly )?(\w+)(\?)?: (.*)$/.exec(line);
      if (f && cur) {
        let t = f[3].trim();
        if (t.endsWith(';')) t = t.slice(0, -1);
        if (t.startsWith('{')) t = '{map}';
        cur.fields[f[1]] = t.replace(/\s*\|\s*undefined$/, '');
        if (f[2]) cur.optional.push(f[1]);
      }
    }
    const opens = (line.match(/\{/g) || []).length;
    const closes = (line.match(/\}/g) || []).length;
    depth += opens - closes;
    while (stack.length && depth <= stack[stack.length - 1].depth) {
      stack.pop();
      cur = undefined;
    }
  }
  return types;
}

export function buildTypeIndex() {
  const index = { resources: {}, invokes: {}, types: {}, versions: {} };
  for (const name of INDEX_PACKAGES) {
    const dir = pkgDir(name);
    if (!dir) continue;
    index.versions[name] = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    for (const js of walk(dir)) {
      const src = readFileSync(js, 'utf8');
      const dtsPath = js.replace(/\.js$/, '.d.ts');
      const tok = /__pulumiType = '([^']+)'/.exec(src);
      if (tok) {
        const dts = existsSync(dtsPath) ? readFileSync(dtsPath, 'utf8') : '';
        index.resources[tok[1]] = {
          out: classOutputs(dts),
          component: /extends pulumi\.ComponentResource/.test(dts),
          remote: /\/\*remote\*\//.test(src),
        };
        continue;
      }
      const inv = /pulumi\.runtime\.invoke(?:Output|Single|SingleOutput)?\("([^"]+)"/.exec(src);
      if (inv && existsSync(dtsPath)) index.invokes[inv[1]] = resultFields(readFileSync(dtsPath, 'utf8'));
    }
    const outDts = join(dir, 'types', 'output.d.ts');
    if (existsSync(outDts)) {
      const t = outputTypes(readFileSync(outDts, 'utf8'));
      for (const [k, v] of Object.entries(t)) index.types[`${name}|${k}`] = v;
    }
  }
  return index;
}

/** Build (or reuse) the index cached at `dir/typeindex-<versions>.json`; returns its path. */
export function typeIndexPath(dir) {
  const versions = INDEX_PACKAGES.map((n) => {
    const d = pkgDir(n);
    return d ? `${n}${JSON.parse(readFileSync(join(d, 'package.json'), 'utf8')).version}` : `${n}-`;
  }).join('_');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `typeindex-v2-${versions}.json`);
  if (existsSync(path) && statSync(path).size > 0) return path;
  writeFileSync(path, JSON.stringify(buildTypeIndex()));
  return path;
}
