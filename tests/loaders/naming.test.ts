import { describe, expect, test } from 'vitest';
import { fileOf, load, md, pathsOf, PY, TS } from './helpers.js';

const tsBlock = ['```typescript', ...TS, '```'];
const pyBlock = ['```python', ...PY, '```'];

describe('naming sources, each on its own', () => {
  test.each([
    ['file heading', ['### File: lib/tap-stack.ts'], 'lib/tap-stack.ts', 'file'],
    ['heading with a path', ['## lib/tap-stack.ts'], 'lib/tap-stack.ts', 'heading'],
    ['numbered heading with code path', ['### 2. `lib/vpc.ts`'], 'lib/vpc.ts', 'heading'],
    ['heading with trailing words', ['## bin/tap.ts - entry'], 'bin/tap.ts', 'heading'],
    ['heading with a path in parentheses', ['### 7. Drift Manifest (lib/utils/manifest.ts)'], 'lib/utils/manifest.ts', 'heading'],
    ['bold path', ['**lib/tap-stack.ts**'], 'lib/tap-stack.ts', 'bold'],
    ['bold File: label', ['**File: `lib/x.ts`**'], 'lib/x.ts', 'bold'],
    ['inline code then colon', ['Create `lib/s3.ts`:'], 'lib/s3.ts', 'sentence'],
    ['sentence ending in a path and colon', ['Here is lib/index.ts:'], 'lib/index.ts', 'sentence'],
    ['last sentence of a paragraph', ['The bucket is private. Update `lib/s3.ts` to include:'], 'lib/s3.ts', 'sentence'],
    ['a paragraph that is only a path', ['=== lib/tap-stack.ts ==='], 'lib/tap-stack.ts', 'sentence'],
    ['a list item that is only a path', ['1. lib/tap-stack.ts'], 'lib/tap-stack.ts', 'sentence'],
  ])('%s', (_name, before, path, source) => {
    const input = load(md('# Answer', '', ...before, '', ...tsBlock));
    expect(pathsOf(input)).toEqual([path]);
    expect(fileOf(input, path).nameSource).toBe(source);
  });

  test('first-line comment', () => {
    const input = load(md('```typescript', '// lib/tap-stack.ts', ...TS, '```', '', '```python', '# File: lib/x.py', ...PY, '```'));
    expect(pathsOf(input)).toEqual(['lib/tap-stack.ts', 'lib/x.py']);
    expect(input.files.map((f) => f.nameSource)).toEqual(['comment', 'comment']);
  });

  test('first line of a docstring or block comment', () => {
    const input = load(md('```python', '"""', 'tap_stack.py', '', 'The stack.', '"""', ...PY, '```', '', '```ts', '/**', ' * lib/vpc.ts', ' */', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['tap_stack.py', 'lib/vpc.ts']);
  });

  test('a path in the info string', () => {
    const input = load(md('```python lib/tap_stack.py', ...PY, '```', '', '```ts title="lib/a.ts"', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['lib/tap_stack.py', 'lib/a.ts']);
    expect(input.files.every((f) => f.nameSource === 'info')).toBe(true);
  });

  test('unnamed blocks are numbered with an extension from their language', () => {
    const input = load(md('Some code:', '', ...tsBlock, '', '```bash', 'pulumi up', '```', '', '```', 'text', '```'));
    expect(pathsOf(input)).toEqual(['unnamed-1.ts', 'unnamed-2.sh', 'unnamed-3.txt']);
    expect(fileOf(input, 'unnamed-1.ts').nameSource).toBe('unnamed');
  });
});

describe('naming priority', () => {
  test('File: heading beats a path heading, a bold path, a sentence and a comment', () => {
    const input = load(
      md('## File: lib/a.ts', '### About lib/b.ts', '**lib/c.ts**', 'Now `lib/d.ts`:', '', '```ts', '// lib/e.ts', ...TS, '```'),
    );
    expect(pathsOf(input)).toEqual(['lib/a.ts']);
  });

  test('path heading beats bold, sentence and comment', () => {
    const input = load(md('### About lib/b.ts', '', '**lib/c.ts**', '', 'Now `lib/d.ts`:', '', '```ts', '// lib/e.ts', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['lib/b.ts']);
  });

  test('bold beats sentence and comment', () => {
    const input = load(md('**lib/c.ts**', '', 'Now `lib/d.ts`:', '', '```ts', '// lib/e.ts', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['lib/c.ts']);
  });

  test('sentence beats comment', () => {
    const input = load(md('Now `lib/d.ts`:', '', '```ts', '// lib/e.ts', ...TS, '```'));
    expect(pathsOf(input)).toEqual(['lib/d.ts']);
  });

  test('a heading separated from a block by another block does not name it', () => {
    const input = load(md('## File: lib/a.ts', '', ...tsBlock, '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['lib/a.ts', 'unnamed-1.ts']);
  });

  test('a bold file list above the nearest heading does not name the block', () => {
    const input = load(md('- **lib/tap-stack.ts**: the stack', '- **bin/tap.ts**: the entry', '', '## Tagging', '', 'Every resource is tagged:', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['unnamed-1.ts']);
  });

  test('a path mentioned mid-paragraph without a colon does not name the block', () => {
    const input = load(md('This builds on `lib/vpc.ts` from before.', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['unnamed-1.ts']);
  });

  test('a name the content contradicts is skipped for the next source', () => {
    // The heading is about the stack, but the block is a shell command.
    const input = load(md('## Deploying lib/tap-stack.ts', '', '```bash', 'pulumi up', '```'));
    expect(pathsOf(input)).toEqual(['unnamed-1.sh']);
    // A Python block under a heading naming a TypeScript file falls through to its comment.
    const py = load(md('## lib/tap-stack.ts', '', '```python', '# lib/tap_stack.py', ...PY, '```'));
    expect(pathsOf(py)).toEqual(['lib/tap_stack.py']);
  });

  test('a heading naming two files names the block after the one that fits', () => {
    const input = load(md('## Pulumi.yaml and index.ts', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['index.ts']);
  });
});

describe('names mangled by Markdown', () => {
  test('**init**.py is __init__.py', () => {
    const input = load(md('## File: lib/**init**.py', '', '```python', '"""Package."""', '```', '', '**6. **main**.py**', '', ...pyBlock));
    expect(pathsOf(input)).toEqual(['lib/__init__.py', '__main__.py']);
  });

  test('backslash escapes are removed', () => {
    const input = load(md('## File: lib/tap\\_stack.py', '', ...pyBlock));
    expect(pathsOf(input)).toEqual(['lib/tap_stack.py']);
  });

  test('escaped dunders and Windows separators', () => {
    const input = load(
      md('2. lib\\_\\_init\\_\\_.py', '', ...pyBlock, '', '## File: lib\\infrastructure\\_\\_init\\_\\_.py', '', ...pyBlock, '', '## File: lib\\infrastructure\\\\iam.py', '', ...pyBlock),
    );
    expect(pathsOf(input)).toEqual(['lib/__init__.py', 'lib/infrastructure/__init__.py', 'lib/infrastructure/iam.py']);
  });

  test('leading ./ and / are stripped', () => {
    const input = load(md('## File: ./lib/a.ts', '', ...tsBlock, '', '## File: /lib/b.ts', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['lib/a.ts', 'lib/b.ts']);
  });

  test('a doubled extension names the module once', () => {
    const input = load(md('## File: lib\\infrastructure\\dynamodb.py.py', '', ...pyBlock, '', '## File: lib/stack.ts.ts', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['lib/infrastructure/dynamodb.py', 'lib/stack.ts']);
  });

  test('an HTML comment that is only a path names the block below it', () => {
    const input = load(md('<!-- /lib/tap-stack.ts -->', ...tsBlock, '', '<!-- not a path here -->', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['lib/tap-stack.ts', 'unnamed-1.ts']);
  });

  test('product names are not paths', () => {
    const input = load(md('## Runs on Node.js 20:', '', ...tsBlock));
    expect(pathsOf(input)).toEqual(['unnamed-1.ts']);
  });
});

describe('several files in one block', () => {
  test('bare path lines and numbered captions start new files; offsets still map onto the answer', () => {
    const input = load(
      md(
        '## Code',
        '```ts',
        'src/types/index.ts',
        'export interface Cfg { name: string }',
        'src/components/vpc.ts',
        "import * as aws from '@pulumi/aws';",
        "import { Cfg } from '../types';",
        "export const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });",
        '3. Entry point (index.ts)',
        "import { vpc } from './src/components/vpc';",
        'export const id = vpc.id;',
        '```',
      ),
    );
    expect(pathsOf(input)).toEqual(['src/types/index.ts', 'src/components/vpc.ts', 'index.ts']);
    expect(fileOf(input, 'src/components/vpc.ts').text.startsWith("import * as aws from '@pulumi/aws';")).toBe(true);
    expect(input.entry).toBe('index.ts');
  });

  test('numbered lines that are only a path start new files too', () => {
    const input = load(
      md(
        '```ts',
        '4. src/network.ts',
        "import * as aws from '@pulumi/aws';",
        "export const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });",
        '5. `index.ts`',
        "import { vpc } from './src/network';",
        'export const id = vpc.id;',
        '```',
      ),
    );
    expect(pathsOf(input)).toEqual(['src/network.ts', 'index.ts']);
  });

  test('comment lines that are only a path, at the top or after a blank line, start new files', () => {
    const input = load(
      md(
        '```ts',
        '// /lib/components/network.ts',
        "import * as aws from '@pulumi/aws';",
        "export const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });",
        '',
        '// File: lib/components/bucket.ts',
        "import * as aws from '@pulumi/aws';",
        "export const bucket = new aws.s3.BucketV2('b');",
        '',
        '// lib/index.ts',
        "import { vpc } from './components/network';",
        "import { bucket } from './components/bucket';",
        'export const ids = [vpc.id, bucket.id];',
        '```',
        '',
        '```python',
        '# lib/tap_stack.py',
        'import pulumi',
        '',
        '# File: lib/__main__.py',
        'import pulumi',
        '```',
      ),
    );
    expect(pathsOf(input)).toEqual(['lib/components/network.ts', 'lib/components/bucket.ts', 'lib/index.ts', 'lib/tap_stack.py', 'lib/__main__.py']);
    expect(fileOf(input, 'lib/components/bucket.ts').text.startsWith("import * as aws from '@pulumi/aws';")).toBe(true);
  });

  test('a path comment inside code, or in the other language\'s comment syntax, does not split a block', () => {
    const input = load(
      md(
        '```ts',
        "import * as aws from '@pulumi/aws';",
        '// lib/components/network.ts',
        "export const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });",
        '',
        '# lib/other.ts',
        'const a = 1;',
        '// lib/components/bucket.ts',
        "export const bucket = new aws.s3.BucketV2('b');",
        '```',
      ),
    );
    expect(input.files).toHaveLength(1);
  });

  test('a single path-like line does not split a block', () => {
    const input = load(md('```ts', 'lib/a.ts', ...TS, '```'));
    expect(input.files).toHaveLength(1);
  });
});
