// The fidelity oracle (scripts/oracle): the comparison logic on fixed data, and a real run of the
// mock runtime on three small corpus programs (one per entry strategy). Skipped when ../shared/corpus
// or the @pulumi dev dependencies are absent.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-ignore plain ESM script without type declarations
import { aggregate, compareProgram, matchResources } from '../../scripts/oracle/compare.mjs';
// @ts-ignore plain ESM script without type declarations
import { runOracleSuite } from '../../scripts/oracle/run.mjs';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const require = createRequire(import.meta.url);
const hasPulumi = (() => {
  try {
    require.resolve('@pulumi/pulumi');
    require.resolve('@pulumi/aws');
    return true;
  } catch {
    return false;
  }
})();

const site = (line: number, extra: Record<string, unknown> = {}) => ({ file: 'index.ts', line, col: 1, viaApply: false, viaLibrary: null, ...extra });

describe('oracle comparison', () => {
  test('matches by exact name, then name template, then type; excludes the root stack and default providers', () => {
    const records = [
      { type: 'pulumi:pulumi:Stack', name: 'p-dev', custom: false, site: null },
      { type: 'pulumi:providers:aws', name: 'default_7_48_0', custom: true, site: site(1) },
      { type: 'aws:s3/bucketV2:BucketV2', name: 'logs', custom: true, site: site(3) },
      { type: 'aws:ec2/subnet:Subnet', name: 'app-subnet-0', custom: true, site: site(5) },
      { type: 'aws:ec2/subnet:Subnet', name: 'app-subnet-1', custom: true, site: site(5) },
      { type: 'aws:ec2/subnet:Subnet', name: 'app-subnet-2', custom: true, site: site(5) },
      { type: 'aws:iam/role:Role', name: 'r', custom: true, site: site(9) },
      { type: 'tap:stack:TapStack', name: 'tap', custom: false, site: site(11) },
    ];
    const model = {
      resources: [
        { type: 'aws:s3/bucketV2:BucketV2', name: 'logs', file: 'index.ts', line: 3 },
        { type: 'aws:ec2/subnet:Subnet', name: null, nameValue: { $template: 'app-subnet-${loop}' }, file: 'index.ts', line: 5, inLoop: true },
        { type: 'aws:ec2/subnet:Subnet', name: null, nameValue: { $template: 'app-subnet-${loop}' }, file: 'index.ts', line: 5, inLoop: true },
        { type: 'aws:sqs/queue:Queue', name: 'q', file: 'index.ts', line: 20, conditional: true },
      ],
      components: [{ type: { $unknown: 'param' }, className: 'TapStack', name: null, file: 'index.ts', line: 11 }],
      stats: { budgetExhausted: false },
    };
    const c = compareProgram(records, model);
    expect(c.oracleCount).toBe(6);
    expect(c.oracleExcluded).toEqual({ stack: 1, defaultProvider: 1, internal: 0 });
    expect(c.matched).toBe(4);
    expect(c.matchedByName).toBe(1);
    expect(c.matchedByPattern).toBe(2);
    expect(c.matchedByClassName).toBe(1);
    expect(c.recall).toBeCloseTo(4 / 6);
    expect(c.misses.map((m: { type: string }) => m.type).sort()).toEqual(['aws:ec2/subnet:Subnet', 'aws:iam/role:Role']);
    expect(c.misses.find((m: { type: string }) => m.type === 'aws:ec2/subnet:Subnet').reason).toMatch(/loop count differs/);
    expect(c.extras).toHaveLength(1);
    expect(c.extras[0].reason).toMatch(/conditional/);
    // types: BucketV2, Subnet, TapStack (by class name) present; Role absent
    expect([c.typesPresent, c.oracleTypes]).toEqual([3, 4]);
    const agg = aggregate([{ cmp: c }]);
    expect(agg.resourceRecall).toBeCloseTo(4 / 6);
    expect(agg.typeRecall).toBeCloseTo(3 / 4);
  });

  test('the type-only pass prefers statically unnamed items', () => {
    const oracle = [{ type: 'T', name: 'x', custom: true, site: site(1) }];
    const items = [
      { kind: 'resource', type: 'T', name: 'other', pattern: undefined },
      { kind: 'resource', type: 'T', name: null, pattern: undefined },
    ];
    const m = matchResources(oracle, items);
    expect(m.pair).toEqual([1]);
    expect(m.how).toEqual(['type']);
  });
});

const runnable = existsSync(CORPUS) && hasPulumi;
const title = runnable ? 'oracle on three corpus programs' : 'oracle on three corpus programs (SKIPPED: corpus or @pulumi/* missing)';

describe.skipIf(!runnable)(title, () => {
  test(
    'the mock runtime runs them and recall is computed',
    async () => {
      const files = [
        'pulumi-ts/Pr5394/lib/IDEAL_RESPONSE.md', // loader entry (bin/tap.ts)
        'pulumi-ts/Pr5400/lib/IDEAL_RESPONSE.md', // one file that creates resources at top level
        'pulumi-ts/Pr3305/lib/IDEAL_RESPONSE.md', // ComponentResource classes only: generated entry
      ].map((p) => `${CORPUS}${p}`);
      const { summary, rows } = await runOracleSuite({
        corpus: CORPUS,
        sets: [],
        files,
        out: '/dev/null',
        jobs: 2,
        timeout: 45_000,
        only: [],
        limit: Infinity,
        keep: false,
        quiet: true,
      });
      expect(rows).toHaveLength(3);
      const strategies = rows.map((r: any) => r.oracle.strategy);
      expect(strategies).toContain('loader-entry');
      expect(strategies.some((s: string) => s.startsWith('generated-'))).toBe(true);
      for (const r of rows) {
        expect(r.oracle.status, `${r.path}: ${JSON.stringify(r.oracle.errors)}`).toBe('ok');
        expect(r.cmp.oracleCount).toBeGreaterThan(0);
        expect(r.cmp.recall).toBeGreaterThan(0);
      }
      expect(summary.oracleOk).toBe(3);
      expect(summary.overall.resourceRecall).toBeGreaterThan(0);
      expect(summary.overall.typeRecall).toBeGreaterThan(0);
    },
    // ~15 s on an idle 2-core machine (tsc of src/ ~5 s, then three programs); margin for a loaded one
    120_000,
  );
});
