// SARIF that code scanning accepts from any invocation, checked with Microsoft's own validator
// (Sarif.Multitool from @microsoft/sarif-multitool-linux): inputs inside the working directory are
// relative to %SRCROOT%, inputs outside it are absolute file: URIs without a base, Markdown findings
// keep the .md file as their artifact.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const require = createRequire(import.meta.url);
const MULTITOOL: string | undefined = (() => {
  try {
    const p = require('@microsoft/sarif-multitool-linux') as string;
    return process.platform === 'linux' && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
})();

/** Errors and warnings the validator reports for a SARIF file. */
function validate(file: string): string[] {
  const out = join(mkdtempSync(join(tmpdir(), 'stacklint-sarif-val-')), 'validation.sarif');
  const r = spawnSync(MULTITOOL!, ['validate', file, '--output', out], { encoding: 'utf8' });
  expect(r.error, String(r.error)).toBeUndefined();
  const log = JSON.parse(readFileSync(out, 'utf8'));
  return (log.runs?.[0]?.results ?? []).filter((x: { level?: string }) => x.level === 'error' || x.level === 'warning' || x.level === undefined).map((x: { ruleId: string; message: { text?: string } }) => `${x.ruleId}: ${x.message.text ?? JSON.stringify(x.message)}`);
}

describe.skipIf(!MULTITOOL)('SARIF and Microsoft\'s validator', () => {
  test('inputs inside and outside the working directory, a Markdown answer and a project directory', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'stacklint-outside-'));
    const md = join(outside, 'MODEL_RESPONSE.md');
    copyFileSync(join(ROOT, 'examples', 'answer-python', 'MODEL_RESPONSE.md'), md);
    const r = await cli([md, 'examples/project-ts', 'examples/answer-python/MODEL_RESPONSE.md', '--format', 'sarif']);
    expect([0, 1]).toContain(r.code);
    const file = join(outside, 'out.sarif');
    writeFileSync(file, r.stdout);
    expect(validate(file)).toEqual([]);
    const run = JSON.parse(r.stdout).runs[0];
    const locations = run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(locations).toContainEqual({ uri: 'examples/answer-python/MODEL_RESPONSE.md', uriBaseId: '%SRCROOT%' });
    expect(locations.some((l: { uri: string; uriBaseId?: string }) => l.uri === `file://${md}` && l.uriBaseId === undefined)).toBe(true);
    expect(locations.some((l: { uri: string }) => l.uri.startsWith('examples/project-ts/'))).toBe(true);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${ROOT.endsWith('/') ? ROOT : `${ROOT}/`}`);
  }, 120_000);
});
