// The entry points for pipelines, tested as far as can be without GitHub or a network: the Action's
// manifest and its run script (with the inputs GitHub would give), and the pre-commit manifest
// against pre-commit's own schema.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const RUN = join(ROOT, 'scripts', 'action', 'run.mjs');

function runAction(env: Record<string, string>): { outputs: Record<string, string>; summary: string; code: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'stacklint-action-'));
  const out = join(dir, 'outputs');
  const summary = join(dir, 'summary.md');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const r = spawnSync(process.execPath, [RUN], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, INPUT_SARIF_FILE: join(dir, 'out.sarif'), ...env } });
  const outputs = Object.fromEntries(readFileSync(out, 'utf8').trim().split('\n').filter(Boolean).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
  return { outputs, summary: readFileSync(summary, 'utf8'), code: r.status };
}

describe('GitHub Action', () => {
  test('action.yml: a composite action whose steps use only inputs it declares', () => {
    const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
    expect(action.runs.using).toBe('composite');
    const declared = new Set(Object.keys(action.inputs));
    const used = [...readFileSync(join(ROOT, 'action.yml'), 'utf8').matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]!);
    expect(used.filter((u) => !declared.has(u))).toEqual([]);
    const steps = action.runs.steps as { uses?: string; run?: string; id?: string }[];
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))).toBe(true);
    expect(steps.find((s) => s.id === 'run')?.run).toContain('scripts/action/run.mjs');
    expect(existsSync(join(ROOT, 'scripts', 'action', 'install.sh'))).toBe(true);
  });

  test('the run step writes SARIF, a job summary and outputs, and records the exit code without failing', () => {
    const bad = runAction({ INPUT_PATHS: 'examples/answer-python/MODEL_RESPONSE.md', INPUT_SEVERITY_THRESHOLD: 'high' });
    expect(bad.code).toBe(0);
    expect(bad.outputs['exit-code']).toBe('1');
    expect(Number(bad.outputs.findings)).toBeGreaterThan(0);
    const sarif = JSON.parse(readFileSync(bad.outputs['sarif-file']!, 'utf8'));
    expect(sarif.runs[0].results.length).toBe(Number(bad.outputs.findings));
    expect(bad.summary).toContain('# stacklint report');
    // A threshold above every finding passes.
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-action-clean-'));
    writeFileSync(join(dir, 'index.ts'), "import * as aws from '@pulumi/aws';\nexport const topicArn = new aws.sns.Topic('alerts', { kmsMasterKeyId: 'alias/aws/sns' }).arn;\n");
    const clean = runAction({ INPUT_PATHS: join(dir, 'index.ts'), INPUT_SEVERITY_THRESHOLD: 'critical' });
    expect(clean.outputs['exit-code']).toBe('0');
    // A path that does not exist is an error the job reports, not a silent pass.
    const missing = runAction({ INPUT_PATHS: join(dir, 'nothing-here.ts') });
    expect(missing.outputs['exit-code']).toBe('2');
    expect(missing.outputs['sarif-file']).toBe('');
  }, 60_000);
});

const PRE_COMMIT_PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import pre_commit.clientlib'], { encoding: 'utf8' }).status === 0);

describe('pre-commit', () => {
  test.skipIf(!PRE_COMMIT_PYTHON)('the hook manifest is valid for pre-commit (its own schema, via pre_commit.clientlib)', () => {
    const r = spawnSync(PRE_COMMIT_PYTHON!, ['-c', 'import json, sys; from pre_commit.clientlib import load_manifest; print(json.dumps(load_manifest(sys.argv[1])))', join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const hooks = JSON.parse(r.stdout) as { id: string; language: string; entry: string; files: string; pass_filenames: boolean }[];
    expect(hooks.map((h) => h.id)).toEqual(['stacklint']);
    expect(hooks[0]!.language).toBe('node');
    expect(hooks[0]!.entry).toMatch(/^stacklint --in-project/);
    const files = new RegExp(hooks[0]!.files);
    for (const f of ['index.ts', 'lib/tap_stack.py', 'MODEL_RESPONSE.md', 'bin/tap.ts']) expect(files.test(f), f).toBe(true);
    for (const f of ['README.txt', 'Pulumi.yaml', 'package.json']) expect(files.test(f), f).toBe(false);
  });
});
