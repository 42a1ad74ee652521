// An answer whose only code is a CI pipeline may be what its request asked for: the note that it has
// no program code is low there, and high for an answer of prose (or other YAML) only.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-pipeline-'));
const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\`\`\`\n`;

test.each([
  ['GitHub Actions', fence('yaml', 'on:\n  push:\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pulumi up --yes\n'), 'low'],
  ['GitLab CI', fence('yaml', 'stages:\n  - deploy\ndeploy:\n  stage: deploy\n  script:\n    - pulumi up --yes\n'), 'low'],
  ['CodeBuild buildspec', fence('yaml', 'version: 0.2\nphases:\n  build:\n    commands:\n      - pulumi up --yes\n'), 'low'],
  ['other YAML', fence('yaml', 'name: app\nreplicas: 2\n'), 'high'],
  ['prose only', 'Create a bucket with versioning.\n', 'high'],
])('%s', async (_name, body, severity) => {
  const p = join(dir, `${_name.replace(/\W+/g, '-')}.md`);
  writeFileSync(p, `# Answer\n\n${body}`);
  const input = await loadInput(p);
  const notes = input.diagnostics.filter((d) => d.code === 'load/no-code');
  expect(notes).toHaveLength(1);
  expect(notes[0]!.severity).toBe(severity);
});
