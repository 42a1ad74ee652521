// Layouts: where the entries of an object literal or dict and the arguments of a call are written, the
// fact `--fix` edits are built from (add an entry with the same indentation and trailing comma, rename
// a key, replace a value). Both front-ends record the brackets, each item's span, key and value start,
// and whether a comma follows the last item.

import { beforeAll, describe, expect, test } from 'vitest';
import type { Layout } from '../../src/core/ir.js';
import { initFrontends } from '../../src/frontends/index.js';
import { parsePython } from '../../src/frontends/python/index.js';
import { parseTypeScript } from '../../src/frontends/typescript/parse.js';

beforeAll(async () => {
  await initFrontends();
});

/** Every layout in a module, in the order a depth-first walk meets them. */
function layouts(tree: unknown): Layout[] {
  const out: Layout[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as { layout?: Layout };
      if (o.layout) out.push(o.layout);
      Object.values(o).forEach(walk);
    }
  };
  walk(tree);
  return out;
}

/** A layout as text: the bracketed part, each item with its key and value, and the trailing comma. */
function shown(text: string, l: Layout) {
  return {
    inside: text.slice(l.open, l.close),
    items: l.items.map((i) => ({ text: text.slice(i.s, i.e), key: i.key, value: i.value === undefined ? undefined : text.slice(i.value, i.e) })),
    comma: l.comma,
  };
}

describe('TypeScript', () => {
  test('object literals and call arguments', () => {
    const text = "new aws.kms.Key('k', {\n  description: 'x', // note\n  'quoted-key': 1,\n  short,\n  ...rest,\n}, opts);\n";
    const [call, object] = layouts(parseTypeScript('index.ts', text).body).map((l) => shown(text, l));
    expect(call!.items.map((i) => i.text)).toEqual(["'k'", text.slice(text.indexOf('{'), text.indexOf('}') + 1), 'opts']);
    expect(call!.comma).toBe(false);
    expect(object).toEqual({
      inside: text.slice(text.indexOf('{') + 1, text.indexOf('}')),
      items: [
        { text: "description: 'x'", key: 'description', value: "'x'" },
        { text: "'quoted-key': 1", key: 'quoted-key', value: '1' },
        { text: 'short', key: 'short', value: 'short' },
        { text: '...rest', key: undefined, value: undefined },
      ],
      comma: true,
    });
  });

  test('an empty object and a call without arguments; `new X` has no argument list', () => {
    const text = 'f({ });\nnew X;\n';
    expect(layouts(parseTypeScript('index.ts', text).body).map((l) => shown(text, l))).toEqual([
      { inside: '{ }', items: [{ text: '{ }', key: undefined, value: undefined }], comma: false },
      { inside: ' ', items: [], comma: false },
    ]);
  });
});

describe('Python', () => {
  test('keyword arguments and dict displays', () => {
    const text = 'aws.kms.Key(\n    "k",\n    description="x",  # note\n    tags={"a": 1, **more, k: 2},\n)\n';
    const [call, dict] = layouts(parsePython('__main__.py', text).body).map((l) => shown(text, l));
    expect(call).toEqual({
      inside: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
      items: [
        { text: '"k"', key: undefined, value: undefined },
        { text: 'description="x"', key: 'description', value: '"x"' },
        { text: 'tags={"a": 1, **more, k: 2}', key: 'tags', value: '{"a": 1, **more, k: 2}' },
      ],
      comma: true,
    });
    expect(dict).toEqual({
      inside: '"a": 1, **more, k: 2',
      items: [
        { text: '"a": 1', key: 'a', value: '1' },
        { text: '**more', key: undefined, value: undefined },
        { text: 'k: 2', key: undefined, value: undefined },
      ],
      comma: false,
    });
  });

  test('no layout where the syntax is damaged', () => {
    const text = 'aws.kms.Key("k", description=)\n';
    expect(layouts(parsePython('__main__.py', text).body)).toEqual([]);
  });
});
