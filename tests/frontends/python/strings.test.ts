import { beforeAll, describe, expect, it } from 'vitest';
import type { Template } from '../../../src/core/ir.js';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { id, lit, parse, value } from './helpers.js';

beforeAll(initPythonParser);

describe('string literals', () => {
  it('decodes escapes in plain strings', () => {
    expect(value(String.raw`"a\tb\n\\ \' \" \x41 \101 \u00e9 \U0001F600"`)).toEqual(
      lit('a\tb\n\\ \' " A A é 😀'),
    );
  });

  it('keeps raw strings, unknown escapes and \\N{...} as written', () => {
    expect(value(String.raw`r"a\n\d"`)).toEqual(lit(String.raw`a\n\d`));
    expect(value(String.raw`"\d\N{BULLET}"`)).toEqual(lit(String.raw`\d\N{BULLET}`));
  });

  it('decodes bytes literals, where \\u is not an escape', () => {
    expect(value(String.raw`b"\x41\n\u1234"`)).toEqual(lit('A\n\\u1234'));
  });

  it('joins a backslash-continued line', () => {
    expect(value('"ab\\\ncd"')).toEqual(lit('abcd'));
  });

  it('reads triple-quoted strings verbatim across lines', () => {
    expect(value('"""line 1\n  line "2"\n"""')).toEqual(lit('line 1\n  line "2"\n'));
    expect(value("'''x'''")).toEqual(lit('x'));
  });

  it('concatenates adjacent literals into one literal', () => {
    expect(value(`"a" 'b' r"\\c"`)).toEqual(lit('ab\\c'));
  });

  it('concatenates into one template when any part is an f-string', () => {
    expect(value(`"pre-" f"{name}" "-post"`)).toEqual({ k: 'template', parts: ['pre-', { expr: id('name') }, '-post'] });
  });
});

describe('f-strings', () => {
  it('lowers holes and literal segments', () => {
    expect(value('f"logs-{suffix}-{env.name}"')).toEqual({
      k: 'template',
      parts: ['logs-', { expr: id('suffix') }, '-', { expr: { k: 'member', obj: id('env'), prop: 'name' } }],
    });
  });

  it('keeps conversion and format spec as text, and doubled braces as literal braces', () => {
    expect(value('f"{{a}} {x!r:>10} {y=} {z:{w}}"')).toEqual({
      k: 'template',
      parts: [
        '{a} ',
        { expr: id('x'), format: '!r:>10' },
        ' ',
        { expr: id('y'), format: '=' },
        ' ',
        { expr: id('z'), format: ':{w}' },
      ],
    });
  });

  it('decodes escapes in literal parts and handles nested f-strings in holes', () => {
    expect(value(`f"a\\tb{f'{x}-1'}"`)).toEqual({
      k: 'template',
      parts: ['a\tb', { expr: { k: 'template', parts: [{ expr: id('x') }, '-1'] } }],
    });
  });

  it('gives an f-string without holes as a template', () => {
    expect(value('f"plain"')).toEqual({ k: 'template', parts: ['plain'] });
  });
});

describe('string spans', () => {
  it('are UTF-16 offsets after non-ASCII text', () => {
    const text = 'banner = "── 🚀 ──"\nname = "bucket"\n';
    const m = parse(text);
    const second = m.body[1];
    if (second?.k !== 'expr' || second.expr.k !== 'assign') throw new Error('expected an assignment');
    const v = second.expr.value;
    expect(text.slice(v.s, v.e)).toBe('"bucket"');
    expect(v).toMatchObject({ s: text.indexOf('"bucket"'), e: text.indexOf('"bucket"') + 8 });
  });

  it('cover a template hole with its braces, and its expression exactly', () => {
    const text = 'n = f"😀-{suffix!r}"';
    const m = parse(text);
    const stmt = m.body[0];
    if (stmt?.k !== 'expr' || stmt.expr.k !== 'assign') throw new Error('expected an assignment');
    const tpl = stmt.expr.value as Template;
    const hole = tpl.parts[1];
    if (typeof hole !== 'object') throw new Error('expected a hole');
    expect(text.slice(hole.s, hole.e)).toBe('{suffix!r}');
    expect(text.slice(hole.expr.s, hole.expr.e)).toBe('suffix');
    expect(hole.format).toBe('!r');
  });
});
