// The kinds table of src/requirements/README.md is generated from the kind catalogue; this test
// fails when they drift and prints the table to paste.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { KINDS, type Field } from '../../src/requirements/kinds.js';

function kindsTable(): string {
  const rows = Object.entries(KINDS).map(([kind, spec]) => {
    const params = Object.entries(spec.params as Record<string, Field>)
      .map(([name, f]) => `${name}${f.req ? '' : '?'}`)
      .join(', ');
    return `| \`${kind}\` | ${spec.class} | ${spec.severity} | ${params || '—'} | ${spec.summary} |`;
  });
  return ['| kind | class | severity | params | what it asks |', '|---|---|---|---|---|', ...rows].join('\n');
}

test('the README lists every kind with its class, severity and parameters', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'src', 'requirements', 'README.md'), 'utf8');
  const table = /<!-- kinds:start -->\n([\s\S]*?)\n<!-- kinds:end -->/.exec(readme)?.[1];
  expect(table).toBe(kindsTable());
});
