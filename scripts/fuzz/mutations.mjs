// Mutations of real answers for the fuzz suite (fast-check arbitraries). Each one is a way model
// output or a person's editing damages an answer, or a shape that once cost stacklint its findings.

import fc from 'fast-check';

const CONTROL = ['\u0000', '\u0007', '\u001b[2J', '\u0085', '\u2028', '\u202e', '\ufeff', '\ud83d\ude00', '\udc00', '\u0301', '\t', '\r'];
const HUGE = ['1e308', '-1e308', '99999999999999999999999999999', '0x7fffffffffffffff', '1_000_000_000_000', 'NaN', 'Infinity', '-0', '1e-400'];
const FENCES = ['```python', '```typescript', '```ts', '```js', '```', '```markdown', '```yaml', '~~~python', '````python'];

function lines(text) {
  return text.split('\n');
}

/** Code that doubles a value; the evaluator must cut it, not build it. */
function doubling(lang, what, rounds) {
  if (lang === 'py') {
    const init = what === 'str' ? '"ab"' : what === 'list' ? '[1, 2]' : '{"a": 1}';
    const step = what === 'dict' ? 'v = {"l": v, "r": v}' : 'v = v + v';
    return `v = ${init}\nfor i in range(${rounds}):\n    ${step}\nprint(v)\n`;
  }
  const init = what === 'str' ? '"ab"' : what === 'list' ? '[1, 2]' : '{ a: 1 }';
  const step = what === 'dict' ? 'v = { l: v, r: v };' : what === 'list' ? 'v = [...v, ...v];' : 'v = v + v;';
  return `let v: any = ${init};\nfor (let i = 0; i < ${rounds}; i++) { ${step} }\nconsole.log(JSON.stringify(v));\n`;
}

function recursion(lang) {
  return lang === 'py' ? 'def f(n):\n    return f(n + 1) + f(n + 2)\n\nx = f(0)\n' : 'function f(n: number): number { return f(n + 1) + f(n + 2); }\nconst x = f(0);\n';
}

function ring(lang, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    out.push(
      lang === 'py'
        ? `\n## File: lib/r${i}.py\n\`\`\`python\nfrom lib.r${next} import g${next}\n\ndef g${i}():\n    return g${next}\n\`\`\`\n`
        : `\n## File: lib/r${i}.ts\n\`\`\`typescript\nimport { g${next} } from './r${next}';\nexport function g${i}() { return g${next}; }\n\`\`\`\n`,
    );
  }
  return out.join('');
}

function blocks(lang, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(lang === 'py' ? `\n\`\`\`python\nx${i} = ${i}\n\`\`\`\n` : `\n\`\`\`typescript\nconst x${i} = ${i};\n\`\`\`\n`);
  return out.join('');
}

/** Insert `code` as a line at a position of the text (inside or outside code blocks). */
function insertAt(text, frac, code) {
  const ls = lines(text);
  const i = Math.floor(frac * ls.length);
  ls.splice(i, 0, code);
  return ls.join('\n');
}

/** Each mutation: an arbitrary of functions text → text, with a name for reports. */
export const MUTATIONS = {
  truncate: fc.double({ min: 0, max: 1, noNaN: true }).map((f) => (t) => t.slice(0, Math.floor(f * t.length))),
  flipBytes: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 0x10ffff })), { minLength: 1, maxLength: 20 }).map((flips) => (t) => {
    let s = t;
    for (const [f, cp] of flips) {
      const i = Math.floor(f * s.length);
      const ch = cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
      s = s.slice(0, i) + ch + s.slice(i + 1);
    }
    return s;
  }),
  deleteLines: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }).map((fs) => (t) => {
    const ls = lines(t);
    for (const f of fs) ls.splice(Math.floor(f * ls.length), 1);
    return ls.join('\n');
  }),
  duplicateLines: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2000 })).map(([f, k]) => (t) => {
    const ls = lines(t);
    const i = Math.floor(f * ls.length);
    ls.splice(i, 0, ...Array(k).fill(ls[i] ?? ''));
    return ls.join('\n');
  }),
  swapFences: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FENCES)), { minLength: 1, maxLength: 5 }).map((swaps) => (t) => {
    const ls = lines(t);
    const fences = ls.map((l, i) => (/^\s*(```|~~~)/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (fences.length === 0) return t;
    for (const [n, f] of swaps) ls[fences[n % fences.length]] = f;
    return ls.join('\n');
  }),
  controlChars: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...CONTROL)), { minLength: 1, maxLength: 30 }).map((ins) => (t) => {
    let s = t;
    for (const [f, c] of ins) {
      const i = Math.floor(f * s.length);
      s = s.slice(0, i) + c + s.slice(i);
    }
    return s;
  }),
  lineEndings: fc.constantFrom('\r\n', '\r', 'mixed').map((mode) => (t) => (mode === 'mixed' ? t.replace(/\n/g, (_, i) => (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n')) : t.replace(/\n/g, mode))),
  hugeNumbers: fc.constantFrom(...HUGE).map((n) => (t) => t.replace(/\b\d+\b/g, (m, i) => (i % 2 === 0 ? n : m))),
  deepNesting: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 50, max: 800 }), fc.constantFrom('[', '(', '{')).map(([f, d, b]) => (t) => {
    const close = { '[': ']', '(': ')', '{': '}' }[b];
    return insertAt(t, f, `x = ${b.repeat(d)}1${close.repeat(d)}`);
  }),
  wideNesting: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 100, max: 20000 })).map(([f, n]) => (t) => insertAt(t, f, `wide = [${Array.from({ length: n }, (_, i) => `[${i}]`).join(', ')}]`)),
  longChain: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 100, max: 3000 }), fc.constantFrom(' + ', '.concat(x)', ' and ')).map(([f, n, op]) => (t) => insertAt(t, f, `chain = x${op.startsWith('.') ? op.repeat(n) : `${op}x`.repeat(n)}`)),
  doubling: fc.tuple(fc.constantFrom('py', 'ts'), fc.constantFrom('str', 'list', 'dict'), fc.integer({ min: 20, max: 64 })).map(([lang, what, n]) => (t) => `${t}\n\n\`\`\`${lang === 'py' ? 'python' : 'typescript'}\n${doubling(lang, what, n)}\`\`\`\n`),
  recursion: fc.constantFrom('py', 'ts').map((lang) => (t) => `${t}\n\n\`\`\`${lang === 'py' ? 'python' : 'typescript'}\n${recursion(lang)}\`\`\`\n`),
  importRing: fc.tuple(fc.constantFrom('py', 'ts'), fc.integer({ min: 2, max: 400 })).map(([lang, n]) => (t) => t + ring(lang, n)),
  manyBlocks: fc.tuple(fc.constantFrom('py', 'ts'), fc.integer({ min: 100, max: 3000 })).map(([lang, n]) => (t) => t + blocks(lang, n)),
};

/** One to three mutations applied in turn to one of the base texts. */
export function mutatedAnswer(bases) {
  const names = Object.keys(MUTATIONS);
  const step = fc.constantFrom(...names).chain((name) => MUTATIONS[name].map((apply) => ({ name, apply })));
  return fc.tuple(fc.nat({ max: bases.length - 1 }), fc.array(step, { minLength: 1, maxLength: 3 })).map(([b, steps]) => {
    let text = bases[b].text;
    for (const s of steps) text = s.apply(text);
    return { base: bases[b].name, mutations: steps.map((s) => s.name), text };
  });
}

/** Arbitrary text, as a Markdown answer or a program file. */
export function arbitraryText() {
  return fc.tuple(fc.constantFrom('md', 'py', 'ts'), fc.string({ unit: 'binary', maxLength: 2000 })).map(([ext, text]) => ({ base: `arbitrary.${ext}`, mutations: ['arbitrary'], text }));
}
