// The language server re-parses only what changed: a file whose text is unchanged comes from the
// parse cache (keyed by path, language and content), and its analysis is the same.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import * as frontends from '../../src/frontends/index.js';
import { loadInput } from '../../src/loaders/index.js';
import { analyzeModel, ParseCache, prepare } from '../../src/pipeline.js';

describe('parse cache', () => {
  test('unchanged files are not parsed again; a changed one is', async () => {
    await prepare();
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-cache-'));
    writeFileSync(join(dir, 'Pulumi.yaml'), 'name: app\nruntime: nodejs\n');
    writeFileSync(join(dir, 'index.ts'), "import { b } from './lib';\nexport const id = b.id;\n");
    writeFileSync(join(dir, 'lib.ts'), "import * as aws from '@pulumi/aws';\nexport const b = new aws.s3.BucketV2('b', { bucket: 'Logs' });\n");
    const cache = new ParseCache();
    const spy = vi.spyOn(frontends, 'parseFile');
    const first = analyzeModel(await loadInput(dir), {}, cache);
    expect(spy).toHaveBeenCalledTimes(2);
    const again = analyzeModel(await loadInput(dir), {}, cache);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(again.findings.map((f) => f.message)).toEqual(first.findings.map((f) => f.message));
    const edited = analyzeModel(await loadInput(dir, new Map([[join(dir, 'lib.ts'), "import * as aws from '@pulumi/aws';\nexport const b = new aws.s3.BucketV2('b', { bucket: 'logs' });\n"]])), {}, cache);
    expect(spy).toHaveBeenCalledTimes(3);
    expect(edited.findings.some((f) => f.ruleId === 'naming/aws-name-constraints')).toBe(false);
    expect(first.findings.some((f) => f.ruleId === 'naming/aws-name-constraints')).toBe(true);
    spy.mockRestore();
  });
});
