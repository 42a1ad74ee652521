// The committed artifacts must be what the generator makes from the pinned @pulumi/aws releases.
// Runs only where the devDependencies are installed (the provider packages are not runtime needs), in a
// child process: generation is ~10 s of synchronous work that would stall this test worker.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const installed = ['@pulumi/aws', '@pulumi/aws-v6'].every((p) => existsSync(`${root}node_modules/${p}/package.json`));

test.skipIf(!installed)('the committed schema artifacts match a fresh generation', { timeout: 300_000 }, async () => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/schema/generate.mjs', '--check'], { cwd: root });
    console.log(stdout.trim());
  } catch (err) {
    const { stdout = '', stderr = '' } = err as { stdout?: string; stderr?: string };
    expect.fail(`${stdout}${stderr}`.trim() || String(err));
  }
});
