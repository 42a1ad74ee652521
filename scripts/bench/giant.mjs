// Inputs with one giant statement, for `npm run bench -- --only giant` (peak memory per input): a dev
// corpus answer's largest code block with the statement appended, as a program file (.py/.ts) and as
// the Markdown answer with the statement in its first code block of the language.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 2 ** 20;
const ANSWERS = { py: 'pulumi-py/Pr7051', ts: 'pulumi-ts/Pr5537' };

/** `head`, then `unit(0)`, `unit(1)`, ... while the text stays within `bytes`, then `tail`. */
function fill(head, unit, tail, bytes) {
  const parts = [head];
  let len = head.length + tail.length;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (len + u.length > bytes) break;
    parts.push(u);
    len += u.length;
  }
  parts.push(tail);
  return parts.join('');
}

const num = (i) => String(1000 + (i % 9000));
const list = (n) => Array.from({ length: n }, (_, k) => num(k)).join(', ');

/** The shapes: name, language, and the statement of about `bytes` bytes. */
export const GIANT_SHAPES = [
  ...[1, 2, 4.9].map((mb) => ({ name: `list literal, ${mb} MB`, lang: 'py', mb, make: (b) => fill('BIG = [', (i) => `${num(i)}, `, ']\n', b) })),
  { name: 'dict literal, 4.9 MB', lang: 'py', mb: 4.9, make: (b) => fill('BIG = {', (i) => `"k${i}": ${num(i)}, `, '}\n', b) },
  { name: '100 KB lists filling 4.9 MB', lang: 'py', mb: 4.9, make: (b) => fill('', (i) => `L${i} = [${list(20_000)}]\n`, '', b) },
  { name: 'one line of 1M `+` operators', lang: 'py', mb: 4, make: (b) => fill('x = 1', () => ' + 1', '\n', b) },
  { name: 'one line of 1M `+` operators in parentheses', lang: 'py', mb: 4, make: (b) => fill('x = (1', () => ' + 1', ')\n', b) },
  { name: 'one line of 1M brackets `[(1), (1), ...]`', lang: 'py', mb: 4.9, make: (b) => fill('x = [', () => '(1), ', ']\n', b) },
  { name: '4.9 MB of one-line statements', lang: 'py', mb: 4.9, make: (b) => fill('', (i) => `v${i % 1000} = ${i}\n`, '', b) },
  { name: 'string literal, 4.9 MB', lang: 'py', mb: 4.9, make: (b) => fill('s = "', () => 'abcdefgh', '"\n', b) },
  { name: '4.9 MB of brackets nested 300 deep', lang: 'py', mb: 4.9, make: (b) => fill('x = [', () => `${'['.repeat(300)}1${']'.repeat(300)}, `, ']\n', b) },
  { name: '4.9 MB of brackets nested 2.5M deep', lang: 'py', mb: 4.9, make: (b) => `x = ${'['.repeat(Math.floor(b / 2) - 4)}${']'.repeat(Math.floor(b / 2) - 4)}\n` },
  ...[1, 4.9].map((mb) => ({ name: `array literal, ${mb} MB`, lang: 'ts', mb, make: (b) => fill('export const big = [', (i) => `${num(i)}, `, '];\n', b) })),
  { name: 'object literal, 4.9 MB', lang: 'ts', mb: 4.9, make: (b) => fill('export const big = {', (i) => ` k${i}: ${num(i)},`, ' };\n', b) },
  { name: '100 KB arrays filling 4.9 MB', lang: 'ts', mb: 4.9, make: (b) => fill('', (i) => `export const L${i} = [${list(20_000)}];\n`, '', b) },
  { name: 'one line of 1M `+` operators', lang: 'ts', mb: 4, make: (b) => fill('export const x = 1', () => ' + 1', ';\n', b) },
  { name: '4.9 MB of one-line statements', lang: 'ts', mb: 4.9, make: (b) => fill('', (i) => `v${i % 1000} = ${i};\n`, '', b) },
  { name: 'string literal, 4.9 MB', lang: 'ts', mb: 4.9, make: (b) => fill('export const s = "', () => 'abcdefgh', '";\n', b) },
  { name: '4.9 MB of brackets nested 300 deep', lang: 'ts', mb: 4.9, make: (b) => fill('export const x = [', () => `${'['.repeat(300)}1${']'.repeat(300)}, `, '];\n', b) },
];

const fenceOf = (lang) => (lang === 'py' ? /```python\n/g : /```(typescript|ts)\n/g);

/** The answer of the shape's language, its largest code block, and the ideal answer (for `review`). */
export function giantBase(corpus, lang) {
  const dir = join(corpus, ANSWERS[lang], 'lib');
  if (!existsSync(join(dir, 'MODEL_RESPONSE.md'))) throw new Error(`bench: ${dir} not found`);
  const answer = readFileSync(join(dir, 'MODEL_RESPONSE.md'), 'utf8');
  let code = '';
  for (const m of answer.matchAll(fenceOf(lang))) {
    const s = m.index + m[0].length;
    const c = answer.slice(s, answer.indexOf('\n```', s) + 1);
    if (c.length > code.length) code = c;
  }
  return { answer, code, ideal: join(dir, 'IDEAL_RESPONSE.md'), task: ANSWERS[lang] };
}

/** The shape as a program file and as a Markdown answer, each just under `mb` MiB. */
export function giantInputs(shape, base) {
  const stmt = shape.make(shape.mb * MB - base.answer.length - 1024);
  const m = fenceOf(shape.lang).exec(base.answer);
  const s = m.index + m[0].length;
  const e = base.answer.indexOf('\n```', s);
  return { file: base.code + stmt, answer: `${base.answer.slice(0, e)}\n${stmt}${base.answer.slice(e)}` };
}
