import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { toHostOffset } from '../../src/core/source.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { fileOf, load, md, offsetMismatches, pathsOf, PY, TS } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/loaders/${name}`, import.meta.url), 'utf8');

describe('CommonMark fences', () => {
  test('a 4-backtick fence keeps ``` lines as content', () => {
    const input = load(md('## File: lib/a.ts', '', '````typescript', ...TS, 'const doc = `', '```', 'inner', '```', '`;', '````'));
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${[...TS, 'const doc = `', '```', 'inner', '```', '`;'].join('\n')}\n`);
  });

  test('~~~ fences', () => {
    const input = load(md('## File: lib/a.py', '', '~~~python', ...PY, '~~~'));
    expect(fileOf(input, 'lib/a.py').text).toBe(`${PY.join('\n')}\n`);
  });

  test('a shorter or different closer does not close a fence', () => {
    const input = load(md('## File: lib/a.ts', '', '````ts', ...TS, '```', '~~~~', '````'));
    expect(fileOf(input, 'lib/a.ts').text.split('\n')).toContain('~~~~');
  });

  test('an unterminated final fence runs to the end and is still analysed', () => {
    const text = md('## File: lib/tap-stack.ts', '', '```typescript', ...TS, "new aws.s3.Bucket('c', {");
    const input = load(text);
    const file = fileOf(input, 'lib/tap-stack.ts');
    expect(file.role).toBe('program');
    expect(file.text).toBe(`${[...TS, "new aws.s3.Bucket('c', {"].join('\n')}\n`);
    const diag = input.diagnostics.find((d) => d.code === 'load/unterminated-fence');
    expect(diag).toMatchObject({ file: 'lib/tap-stack.ts', class: 'INCOMPLETE-TRUNCATED' });
    expect(text.slice(toHostOffset(file, diag!.start!), toHostOffset(file, diag!.end!))).toBe("new aws.s3.Bucket('c', {\n");
  });

  test('an unterminated file without a trailing newline', () => {
    const input = load(`## File: lib/a.py\n\n\`\`\`python\n${PY.join('\n')}`);
    expect(fileOf(input, 'lib/a.py').text).toBe(PY.join('\n'));
  });

  test('an indented fence in a list item: indentation stripped, offsets kept per line', () => {
    const text = md('1. Create `lib/a.ts`:', '', '   ```typescript', '   ' + TS[0], '     ' + TS[1], '   ```', '2. Deploy.');
    const input = load(text);
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${TS[0]}\n  ${TS[1]}\n`);
  });

  test('a fence in a blockquote', () => {
    const input = load(md('> **lib/a.ts**', '>', '> ```ts', ...TS.map((l) => `> ${l}`), '> ```'));
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${TS.join('\n')}\n`);
  });

  test('CRLF line endings map every character, newlines included', () => {
    const input = load(md('## File: lib/a.ts', '', '```ts', ...TS, '```').replace(/\n/g, '\r\n'));
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${TS.join('\n')}\n`);
  });

  test('spaces CommonMark makes from a tab split by list indentation map onto the tab', () => {
    const text = md('- item', '', '  ```ts', `\t${TS[0]}`, '  ```');
    const file = loadMarkdownAnswer('answer.md', text).files[0]!;
    expect(file.text).toBe(`  ${TS[0]}\n`);
    const tab = text.indexOf('\t');
    expect([0, 1].map((i) => toHostOffset(file, i))).toEqual([tab, tab]);
    expect(offsetMismatches(text, file)).toEqual([0, 1]);
  });
});

describe('nested fences in ```markdown', () => {
  test('a README block stays one opaque document and later fences pair correctly', () => {
    const input = load(fixture('readme-block.md'));
    expect(pathsOf(input)).toEqual(['lib/tap-stack.ts', 'lib/README.md', 'bin/tap.ts']);
    const readme = fileOf(input, 'lib/README.md');
    expect(readme).toMatchObject({ role: 'other', language: 'other' });
    expect(readme.text).toContain('```bash\npulumi up\n```');
    expect(readme.text.trimEnd().endsWith("import { bucket } from './lib/tap-stack';\n```")).toBe(true);
    expect(fileOf(input, 'bin/tap.ts').role).toBe('program');
    expect(input.entry).toBe('bin/tap.ts');
  });

  test('an unnamed ```markdown wrapping the whole answer yields its inner code blocks', () => {
    const input = load(fixture('wrapped-answer.md'));
    expect(pathsOf(input)).toEqual(['lib/tap_stack.py', 'tap.py', 'unnamed-1.sh']);
    expect(fileOf(input, 'tap.py').role).toBe('program');
    expect(input.entry).toBe('tap.py');
  });

  test('a README mentioned before the block is documentation even with program examples inside', () => {
    const input = load(md("Here's the README:", '', '```markdown', '# App', '', '```typescript', ...TS, '```', '', '## Deploy', '```'));
    expect(input.files).toHaveLength(1);
    expect(input.files[0]).toMatchObject({ role: 'other', language: 'other', path: 'unnamed-1.md' });
  });

  test('a 4-backtick ```markdown wrapper (valid CommonMark nesting) is also unwrapped', () => {
    const input = load(md('````markdown', '## File: index.ts', '', '```typescript', ...TS, '```', '````'));
    expect(pathsOf(input)).toEqual(['index.ts']);
  });

  test('a README forgotten open ends at the next File: heading', () => {
    const input = load(
      md('## File: README.md', '', '```markdown', '# App', '', '```bash', 'pulumi up', '```', '', '## File: index.ts', '', '```typescript', ...TS, '```'),
    );
    expect(pathsOf(input)).toEqual(['README.md', 'index.ts']);
    expect(fileOf(input, 'README.md').text).toBe('# App\n\n```bash\npulumi up\n```\n\n');
  });
});

describe('fences its author forgot to close', () => {
  test('a labelled opener inside a labelled block starts a new block; a naming line above moves with it', () => {
    const input = load(md('**lib/a.ts**', '```typescript', ...TS, '  );', '', '**lib/b.ts**', '```typescript', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['lib/a.ts', 'lib/b.ts']);
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${[...TS, '  );', ''].join('\n')}\n`);
    expect(input.diagnostics.map((d) => d.file)).toEqual(['lib/a.ts']);
  });

  test('an unclosed TypeScript block ends at the next heading', () => {
    const input = load(md('## File: lib/a.ts', '```typescript', ...TS, '', '## Key Corrections', '', 'Some prose.'));
    expect(fileOf(input, 'lib/a.ts').text).toBe(`${TS.join('\n')}\n\n`);
  });

  test('indented fences inside a Python string are content', () => {
    const code = ['import pulumi', 'DOC = """', '     ```bash', '     pulumi up', '     ```', '"""'];
    const input = load(md('## File: tap.py', '```python', ...code, '```'));
    expect(fileOf(input, 'tap.py').text).toBe(`${code.join('\n')}\n`);
  });
});

describe('reasoning trace and answer', () => {
  test('only the blocks after the Answer heading are analysed', () => {
    const input = load(
      md('### Reasoning Trace', '---', 'Draft:', '', '```typescript', '// lib/draft.ts', ...TS, '```', '', '### Answer ', '---', '', '## File: lib/final.ts', '', '```typescript', ...TS, '```'),
    );
    expect(pathsOf(input)).toEqual(['lib/final.ts']);
  });

  test('the Final Answer form', () => {
    const input = load(md('# Reasoning', '```ts', ...TS, '```', '# Final Answer', '```ts', '// index.ts', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['index.ts']);
  });

  test('a reasoning trace cut off before its answer is analysed as it is', () => {
    const input = load(md('### Reasoning Trace', '```ts', '// index.ts', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['index.ts']);
  });
});
