#!/usr/bin/env node
// The GitHub Action's run step. Reads the action's inputs from INPUT_* variables, writes the SARIF
// report, a Markdown summary for the job page ($GITHUB_STEP_SUMMARY) and the outputs
// ($GITHUB_OUTPUT). It never fails itself, so that the SARIF upload step runs; a later step fails
// the job with the exit code it records.

import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'bin', 'stacklint.js');
const env = process.env;
const paths = (env.INPUT_PATHS ?? '.').split(/\s+/).filter(Boolean);
const threshold = env.INPUT_SEVERITY_THRESHOLD || 'high';
const sarif = env.INPUT_SARIF_FILE || 'stacklint.sarif';
const common = ['--severity-threshold', threshold, '--no-color'];
if (env.INPUT_PROMPT) common.push('--prompt', env.INPUT_PROMPT);
if (env.INPUT_CONFIG) common.push('--config', env.INPUT_CONFIG);

function stacklint(args) {
  const r = spawnSync(process.execPath, [bin, ...paths, ...common, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.stderr) process.stderr.write(r.stderr);
  return r;
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
  else console.log(`${name}=${value}`);
}

const s = stacklint(['--format', 'sarif', '-o', sarif]);
let findings = 0;
if (s.status === 0 || s.status === 1) {
  const text = stacklint(['--format', 'markdown']);
  process.stdout.write(text.stdout ?? '');
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, text.stdout ?? '');
  const json = stacklint(['--format', 'json']);
  try {
    findings = JSON.parse(json.stdout).summary.findings;
  } catch {
    findings = 0;
  }
}
output('findings', findings);
output('exit-code', s.status ?? 2);
output('sarif-file', s.status === 0 || s.status === 1 ? sarif : '');
