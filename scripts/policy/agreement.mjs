#!/usr/bin/env node
// Preview-time vs source-time findings, per rule. Corpus TypeScript programs run under Pulumi's mock
// runtime (scripts/oracle); every resource they register is handed, as a policy pack would get it at
// `pulumi preview` (type, name, resolved inputs, parent, provider; values computed from other
// resources are unknown, as at a first preview, with the engine's property dependencies), to the policy pack's evaluation (src/policy). The same
// answers are checked from source. For every rule that runs at preview: on how many programs both
// report it, only the source check, or only the preview.
//
//   node scripts/policy/agreement.mjs [--limit N] [--only SUBSTR] [--jobs 2] [--out FILE]

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? args.splice(outIdx, 2)[1] : undefined;

export async function agreement(oracleArgs) {
  const oracle = await import('../oracle/run.mjs');
  const o = oracle.parseArgs([...oracleArgs, '--use-dist', '--quiet']);
  o.recordInputs = true;
  const { rows } = await oracle.runOracleSuite(o);
  const { prepare, analyzePath } = await import('../../dist/pipeline.js');
  const { evaluatePreview, UNKNOWN } = await import('../../dist/policy/evaluate.js');
  const { previewRules } = await import('../../dist/policy/catalog.js');
  const { RULES } = await import('../../dist/rules/index.js');
  await prepare();
  const ids = new Set(previewRules(RULES).map((r) => r.id));
  const perRule = new Map();
  let programs = 0;
  for (const row of rows) {
    const mocks = row.oracle?.mocks;
    if (row.oracle?.status !== 'ok' || !mocks?.length) continue;
    programs++;
    const project = row.oracle.project?.name ?? 'project';
    const urnOf = (type, name) => `urn:pulumi:dev::${project}::${type}::${name}`;
    // Registrations carry the parent; mocks carry inputs and outputs. Pair them by type and name.
    const regs = row.oracle.records ?? [];
    const byId = new Map(regs.map((r, i) => [r.r ?? i, r]));
    const parentOf = new Map();
    for (const r of regs) if (r.parent !== null && r.parent !== undefined && byId.get(r.parent)) parentOf.set(`${r.type}::${r.name}`, byId.get(r.parent));
    const resources = mocks.map((m) => {
      const p = parentOf.get(`${m.type}::${m.name}`);
      const res = { urn: urnOf(m.type, m.name), type: m.type, name: m.name, props: m.inputs ?? {}, outputs: m.outputs ?? {} };
      if (p) res.parent = urnOf(p.type, p.name);
      if (m.provider) res.provider = m.provider;
      return res;
    });
    // A first `pulumi preview`: outputs a resource computes (ids, ARNs, generated names: outputs that
    // are not one of its own inputs) are not known yet, so any input built from one is unknown, and the
    // engine names the resources it came from in propertyDependencies.
    const computed = resources.map((r) => {
      const inputs = new Set(Object.values(r.props).filter((v) => typeof v === 'string'));
      return Object.values(r.outputs).filter((v) => typeof v === 'string' && v.length >= 8 && !inputs.has(v));
    });
    for (const r of resources) {
      const deps = {};
      const all = new Set();
      const strip = (x, key) => {
        if (typeof x === 'string') {
          const from = resources.filter((d, i) => d !== r && computed[i].some((v) => x.includes(v))).map((d) => d.urn);
          if (!from.length) return x;
          for (const u of from) (deps[key] ??= new Set()).add(u), all.add(u);
          return UNKNOWN;
        }
        if (Array.isArray(x)) return x.map((i) => strip(i, key));
        if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, strip(v, key)]));
        return x;
      };
      r.props = Object.fromEntries(Object.entries(r.props).map(([k, v]) => [k, strip(v, k)]));
      r.propertyDependencies = Object.fromEntries(Object.entries(deps).map(([k, set]) => [k, [...set]]));
      if (all.size) r.dependsOn = [...all];
    }
    const previewFindings = evaluatePreview(resources);
    if (process.env.AGREEMENT_SHOW) for (const f of previewFindings) if (f.ruleId === process.env.AGREEMENT_SHOW) console.error(`${row.path}: ${f.urn}: ${f.message}`);
    const preview = new Set(previewFindings.map((f) => f.ruleId));
    const sourceFindings = (await analyzePath(join(o.corpus, row.path))).findings;
    if (process.env.AGREEMENT_SHOW) for (const f of sourceFindings) if (f.ruleId === process.env.AGREEMENT_SHOW) console.error(`${row.path}: source: ${f.message}`);
    const source = new Set(sourceFindings.map((f) => f.ruleId).filter((id) => ids.has(id)));
    for (const id of new Set([...preview, ...source])) {
      const c = perRule.get(id) ?? { both: 0, sourceOnly: 0, previewOnly: 0 };
      if (preview.has(id) && source.has(id)) c.both++;
      else if (source.has(id)) c.sourceOnly++;
      else c.previewOnly++;
      perRule.set(id, c);
    }
  }
  return { programs, perRule };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { programs, perRule } = await agreement(args);
  const rows = [...perRule].sort((a, b) => b[1].both + b[1].sourceOnly + b[1].previewOnly - (a[1].both + a[1].sourceOnly + a[1].previewOnly));
  const tot = rows.reduce((t, [, c]) => ({ both: t.both + c.both, sourceOnly: t.sourceOnly + c.sourceOnly, previewOnly: t.previewOnly + c.previewOnly }), { both: 0, sourceOnly: 0, previewOnly: 0 });
  const pct = (c) => `${((100 * c.both) / Math.max(1, c.both + c.sourceOnly + c.previewOnly)).toFixed(0)}%`;
  const lines = [`Preview vs source on ${programs} programs run under the mock runtime: (rule, program) pairs reported by both ${tot.both}, source only ${tot.sourceOnly}, preview only ${tot.previewOnly}; agreement ${pct(tot)}.`, '', '| rule | both | source only | preview only | agreement |', '|---|---|---|---|---|'];
  for (const [id, c] of rows) lines.push(`| ${id} | ${c.both} | ${c.sourceOnly} | ${c.previewOnly} | ${pct(c)} |`);
  console.log(lines.join('\n'));
  if (out) writeFileSync(out, JSON.stringify({ programs, perRule: Object.fromEntries(perRule) }, null, 1));
}
