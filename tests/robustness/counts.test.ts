// Budgets on counts rather than sizes: an input of thousands of program files, and one rule
// reporting the same mistake thousands of times, stay bounded, and say what was left out.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzePath, MAX_PROGRAM_FILES, prepare } from '../../src/pipeline.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/rules/run.js';
import { matchResources } from '../../src/review/match.js';
import type { Resource } from '../../src/model/types.js';
import { evaluate } from '../../src/pipeline.js';
import { loadInput } from '../../src/loaders/index.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-counts-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(async () => {
  await prepare();
});

const RULE = 'lifecycle/destroy-blockers';
const N = MAX_FINDINGS_PER_RULE + 150;

describe('findings of one rule per input', () => {
  const programs = {
    py: `import pulumi_aws as aws\n${Array.from({ length: N }, (_, i) => `aws.s3.Bucket("b${i}")`).join('\n')}\n`,
    ts: `import * as aws from '@pulumi/aws';\n${Array.from({ length: N }, (_, i) => `new aws.s3.Bucket('b${i}');`).join('\n')}\n`,
  };
  for (const [lang, text] of Object.entries(programs)) {
    test(`${lang}: the first ${MAX_FINDINGS_PER_RULE} are listed and the rest counted in one note`, () => {
      const result = analyzePath(write(`many.${lang}`, text));
      return result.then((r) => {
        const listed = r.findings.filter((f) => f.ruleId === RULE);
        expect(listed).toHaveLength(MAX_FINDINGS_PER_RULE);
        const notes = r.findings.filter((f) => f.ruleId === 'code/analysis-budget-reached' && f.message.includes(RULE));
        expect(notes).toHaveLength(1);
        expect(notes[0]!.message).toContain('150 more problems');
        // The note sits at the first finding left out: the bucket after the last one listed.
        expect(text.slice(notes[0]!.location.start)).toMatch(new RegExp(`^(new )?aws\\.s3\\.Bucket\\(['"]b${MAX_FINDINGS_PER_RULE}['"]`));
      });
    });
  }
});

describe('program files per input', () => {
  const blocks = (lang: 'py' | 'ts', n: number) =>
    Array.from({ length: n }, (_, i) =>
      lang === 'py'
        ? `## File: lib/m${i}.py\n\`\`\`python\nimport pulumi_aws as aws\nb${i} = aws.s3.Bucket("b${i}")\n\`\`\`\n`
        : `## File: lib/m${i}.ts\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nexport const b${i} = new aws.s3.Bucket('b${i}');\n\`\`\`\n`,
    ).join('');
  const importer = {
    py: `## File: __main__.py\n\`\`\`python\nimport pulumi\nfrom lib.m${MAX_PROGRAM_FILES + 5} import b${MAX_PROGRAM_FILES + 5}\npulumi.export("last", b${MAX_PROGRAM_FILES + 5}.id)\n\`\`\`\n`,
    ts: `## File: index.ts\n\`\`\`typescript\nimport { b${MAX_PROGRAM_FILES + 5} } from './lib/m${MAX_PROGRAM_FILES + 5}';\nexport const last = b${MAX_PROGRAM_FILES + 5}.id;\n\`\`\`\n`,
  };
  for (const lang of ['py', 'ts'] as const) {
    test(`${lang}: files past the budget are reported as not analysed, and imports of them are unknown`, async () => {
      const p = write(`files-${lang}.md`, importer[lang] + blocks(lang, MAX_PROGRAM_FILES + 10));
      const r = await analyzePath(p);
      const skipped = r.findings.filter((f) => f.ruleId === 'code/file-not-analysed');
      expect(skipped).toHaveLength(1);
      expect(skipped[0]!.location.virtualPath).toBe(`lib/m${MAX_PROGRAM_FILES - 1}.${lang}`);
      expect(skipped[0]!.message).toContain(`${(MAX_PROGRAM_FILES + 11).toLocaleString('en-US')} program files`);
      // What the entry point imports from a file left out is unknown, not missing.
      expect(r.findings.filter((f) => f.ruleId.startsWith('code/missing-local') || f.ruleId === 'code/unresolved-local-import')).toEqual([]);
      const model = evaluate(await loadInput(p));
      expect(model.resources.length).toBe(MAX_PROGRAM_FILES - 1);
    });
  }
});

describe('matching the resources of two large programs', () => {
  test('past the full comparison, resources still pair with the same logical name', async () => {
    // 600 buckets per side (360,000 pairs, past the full comparison): the ideal creates them in reverse order.
    const n = 600;
    // Names differ in a word (similarity ignores digits): "bucket-aab", "bucket-aac", ...
    const word = (i: number) => [2, 1, 0].map((k) => String.fromCharCode(97 + (Math.floor(i / 26 ** k) % 26))).join('');
    const text = (order: number[]) => `import pulumi_aws as aws\n${order.map((i) => `aws.s3.Bucket("bucket-${word(i)}", tags={"n": "${i}"})`).join('\n')}\n`;
    const ids = Array.from({ length: n }, (_, i) => i);
    const model = evaluate(await loadInput(write('model.py', text(ids))));
    const ideal = evaluate(await loadInput(write('ideal.py', text([...ids].reverse()))));
    const name = (r: Resource) => (r.name.kind === 'known' ? r.name.value : undefined);
    const matches = matchResources(model.resources, ideal.resources);
    expect(matches).toHaveLength(n);
    for (const m of matches) expect(name(m.ideal)).toBe(name(m.model));
  });
});
