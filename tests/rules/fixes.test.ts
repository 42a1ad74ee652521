// Fixed forms of the fixtures: every rule that declares `fixable` has tests/rules/<rule-id>/
// cases.fixed.ts and cases.fixed.py, the programs `check --fix` must turn cases.ts / cases.py into
// when only that rule's fixes are applied (the whole catalogue still analyses the result, so a fix
// that breaks parsing or adds a finding is rolled back, and the fixed form shows it unfixed). After
// fixing, no finding of the rule may still carry a fix other than the rolled-back ones: the fixes
// converge. A rule that is not fixable has no fixed forms.

import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { fixPath } from '../../src/fix/apply.js';
import { prepare } from '../../src/pipeline.js';
import { RULES } from '../../src/rules/index.js';
import { readText } from '../helpers/rules.js';

const DIR = join(__dirname);

beforeAll(async () => {
  await prepare();
});

const LANGS = ['ts', 'py'] as const;

describe.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const dir = join(DIR, id);
  const pairs = LANGS.map((l) => ({ lang: l, input: join(dir, `cases.${l}`), fixed: join(dir, `cases.fixed.${l}`) }));

  test(rule.fixable ? 'has fixed forms of its TypeScript and Python fixtures' : 'has no fixed forms', () => {
    for (const p of pairs) {
      if (rule.fixable && existsSync(p.input)) expect(existsSync(p.fixed), `${id}: cases.fixed.${p.lang}`).toBe(true);
      if (!rule.fixable) expect(existsSync(p.fixed), `${id} is not fixable but has cases.fixed.${p.lang}`).toBe(false);
    }
  });

  const fixed = pairs.filter((p) => rule.fixable && existsSync(p.input) && existsSync(p.fixed));
  test.each(fixed.map((p) => [`cases.${p.lang} → cases.fixed.${p.lang}`, p] as const))('%s', async (_name, p) => {
    const path = join(mkdtempSync(join(tmpdir(), 'stacklint-fixture-')), `cases.${p.lang}`);
    copyFileSync(p.input, path);
    const report = await fixPath(path, { fixRules: [id] });
    const after = report.files.find((f) => f.host === path)?.after ?? readText(p.input);
    expect(after).toBe(readText(p.fixed));
    // What is left with a fix is what the engine rolled back (it would break parsing or add a finding).
    const rolledBack = new Set(report.skipped.map((s) => s.finding.message));
    expect(report.remaining.filter((f) => f.ruleId === id && f.fix && !rolledBack.has(f.message)).map((f) => f.message), 'findings still fixable after fixing').toEqual([]);
  });
});

describe('in a Markdown answer', () => {
  test('the fixes of the rules edit the code blocks and leave the prose and other blocks byte for byte', async () => {
    const prose = '# Answer\r\n\r\nA key, rotated   \r\n\r\n## File: __main__.py\r\n\r\n';
    const ts = '## File: index.ts\n\n```typescript\nimport * as aws from \'@pulumi/aws\';\nexport const key = new aws.kms.Key(\'k\', { description: \'k\' }).arn;\n```\n';
    const py = '```python\nimport pulumi\nimport pulumi_aws as aws\n\nkey = aws.kms.Key("k", description="k")\npulumi.export("key", key.arn)\n```\n';
    const tail = '\n## Notes\n\n```yaml\nenableKeyRotation: false\n```\n';
    const path = join(mkdtempSync(join(tmpdir(), 'stacklint-fixture-')), 'MODEL_RESPONSE.md');
    writeFileSync(path, prose + py + '\n' + ts + tail);
    const report = await fixPath(path, { fixRules: ['security/kms-key-rotation-disabled'] });
    expect(report.files[0]!.after).toBe(
      prose + py.replace('description="k")', 'description="k", enable_key_rotation=True)') + '\n' + ts.replace("{ description: 'k' }", "{ description: 'k', enableKeyRotation: true }") + tail,
    );
  });
});
