import { beforeAll, describe, expect, it } from 'vitest';
import type { Call } from '../../../src/core/ir.js';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { assign, call, expr, id, kw, lit, parse, path, pos, stmts, value } from './helpers.js';

beforeAll(initPythonParser);

describe('atoms', () => {
  it('lowers names and constants', () => {
    expect(value('name')).toEqual(id('name'));
    expect(value('True')).toEqual(lit(true));
    expect(value('False')).toEqual(lit(false));
    expect(value('None')).toEqual(lit(null));
  });

  it('lowers number literals', () => {
    expect(value('1_000')).toEqual(lit(1000));
    expect(value('0xFF')).toEqual(lit(255));
    expect(value('0o17')).toEqual(lit(15));
    expect(value('0b101')).toEqual(lit(5));
    expect(value('1e3')).toEqual(lit(1000));
    expect(value('1.5')).toEqual(lit(1.5));
    expect(value('.5')).toEqual(lit(0.5));
  });

  it('leaves complex numbers and the ellipsis unsupported', () => {
    expect(value('2j')).toEqual({ k: 'unsupported', what: 'complex' });
    expect(value('...')).toEqual({ k: 'unsupported', what: 'ellipsis' });
  });
});

describe('attributes and subscripts', () => {
  it('lowers attribute chains to members', () => {
    expect(value('aws.s3.Bucket')).toEqual(path('aws.s3.Bucket'));
  });

  it('lowers subscripts, slices and tuple subscripts', () => {
    expect(value('d["k"]')).toEqual({ k: 'index', obj: id('d'), index: lit('k') });
    expect(value('a[1:2]')).toEqual({ k: 'slice', obj: id('a'), lower: lit(1), upper: lit(2) });
    expect(value('a[::2]')).toEqual({ k: 'slice', obj: id('a'), step: lit(2) });
    expect(value('a[1:]')).toEqual({ k: 'slice', obj: id('a'), lower: lit(1) });
    expect(value('a[1, 2]')).toEqual({
      k: 'index',
      obj: id('a'),
      index: { k: 'arr', items: [{ k: 'item', value: lit(1) }, { k: 'item', value: lit(2) }], flavor: 'tuple' },
    });
  });
});

describe('calls', () => {
  it('lowers positional, starred, keyword and double-starred arguments', () => {
    expect(value('f(a, *xs, name="n", **kw)')).toEqual(
      call(id('f'), pos(id('a')), { k: 'spread', value: id('xs') }, kw('name', lit('n')), {
        k: 'kwspread',
        value: id('kw'),
      }),
    );
  });

  it('gives a keyword argument the span of `name=value`', () => {
    const text = 'b = aws.s3.Bucket("b", force_destroy=True)';
    const stmt = parse(text).body[0];
    if (stmt?.k !== 'expr' || stmt.expr.k !== 'assign') throw new Error('expected an assignment');
    const arg = (stmt.expr.value as Call).args[1];
    if (arg?.k !== 'kw') throw new Error('expected a keyword argument');
    expect(text.slice(arg.s, arg.e)).toBe('force_destroy=True');
    expect(text.slice(arg.value.s, arg.value.e)).toBe('True');
  });

  it('passes a bare generator argument as one positional comprehension', () => {
    expect(value('sum(x for x in xs)')).toEqual(
      call(id('sum'), pos({ k: 'comp', flavor: 'gen', elt: id('x'), fors: [{ target: id('x'), iter: id('xs'), ifs: [] }] })),
    );
  });

  it('lowers super() to super, so that calls on it resolve on the base', () => {
    expect(value('super().__init__("t", name)')).toEqual(
      call({ k: 'member', obj: { k: 'super' }, prop: '__init__' }, pos(lit('t')), pos(id('name'))),
    );
  });
});

describe('operators', () => {
  it('lowers arithmetic and bitwise operators to binary', () => {
    expect(value('a + b * c')).toEqual({
      k: 'binary',
      op: '+',
      left: id('a'),
      right: { k: 'binary', op: '*', left: id('b'), right: id('c') },
    });
    for (const op of ['-', '/', '//', '%', '**', '&', '|', '^', '<<', '>>']) {
      expect(value(`a ${op} b`)).toEqual({ k: 'binary', op, left: id('a'), right: id('b') });
    }
  });

  it('leaves matrix multiplication unsupported with its operands', () => {
    expect(value('a @ b')).toEqual({ k: 'unsupported', what: '@', children: [id('a'), id('b')] });
  });

  it('lowers and/or/not and unary minus', () => {
    expect(value('not a and b or c')).toEqual({
      k: 'logical',
      op: '||',
      left: { k: 'logical', op: '&&', left: { k: 'unary', op: '!', arg: id('a') }, right: id('b') },
      right: id('c'),
    });
    expect(value('-x')).toEqual({ k: 'unary', op: '-', arg: id('x') });
    expect(value('~x')).toEqual({ k: 'unary', op: '~', arg: id('x') });
  });

  it('lowers comparisons, including `not in` and `is not`', () => {
    for (const op of ['==', '!=', '<', '<=', '>', '>=', 'in', 'not in', 'is', 'is not']) {
      expect(value(`a ${op} b`)).toEqual({ k: 'binary', op, left: id('a'), right: id('b') });
    }
  });

  it('lowers a chained comparison to a conjunction', () => {
    expect(value('0 < n <= 10')).toEqual({
      k: 'logical',
      op: '&&',
      left: { k: 'binary', op: '<', left: lit(0), right: id('n') },
      right: { k: 'binary', op: '<=', left: id('n'), right: lit(10) },
    });
  });

  it('lowers conditional expressions, lambdas and walrus', () => {
    expect(value('a if c else b')).toEqual({ k: 'cond', test: id('c'), then: id('a'), else: id('b') });
    expect(value('lambda a, b=1: a')).toEqual({
      k: 'func',
      params: [{ target: id('a') }, { target: id('b'), default: lit(1) }],
      body: id('a'),
      arrow: true,
    });
    expect(value('(n := 10)')).toEqual(assign(id('n'), lit(10)));
  });

  it('lowers await, and leaves yield unsupported with its operand', () => {
    const [def] = stmts('async def f():\n    await g()\n    yield x\n    yield from y\n');
    expect(def).toMatchObject({
      k: 'funcdecl',
      func: {
        async: true,
        generator: true,
        body: [
          { k: 'expr', expr: { k: 'await', arg: call(id('g')) } },
          { k: 'expr', expr: { k: 'unsupported', what: 'yield', children: [id('x')] } },
          { k: 'expr', expr: { k: 'unsupported', what: 'yield', children: [id('y')] } },
        ],
      },
    });
  });
});

describe('displays', () => {
  const item = (v: unknown) => ({ k: 'item', value: v });

  it('lowers lists, tuples and sets with their flavor', () => {
    expect(value('[1, *xs]')).toEqual({ k: 'arr', items: [item(lit(1)), { k: 'spread', value: id('xs') }], flavor: 'list' });
    expect(value('(1, 2)')).toEqual({ k: 'arr', items: [item(lit(1)), item(lit(2))], flavor: 'tuple' });
    expect(value('1, 2')).toEqual({ k: 'arr', items: [item(lit(1)), item(lit(2))], flavor: 'tuple' });
    expect(value('()')).toEqual({ k: 'arr', items: [], flavor: 'tuple' });
    expect(value('{1, 2}')).toEqual({ k: 'arr', items: [item(lit(1)), item(lit(2))], flavor: 'set' });
    expect(expr('a, b')).toEqual({ k: 'arr', items: [item(id('a')), item(id('b'))], flavor: 'tuple' });
  });

  it('keys a dict by literal strings only; every other key is computed', () => {
    expect(value('{"a": 1, k: 2, f"c{x}": 3, 4: 5, o.p: 6, **rest}')).toEqual({
      k: 'obj',
      entries: [
        { k: 'prop', key: 'a', value: lit(1) },
        { k: 'computed', key: id('k'), value: lit(2) },
        { k: 'computed', key: { k: 'template', parts: ['c', { expr: id('x') }] }, value: lit(3) },
        { k: 'computed', key: lit(4), value: lit(5) },
        { k: 'computed', key: path('o.p'), value: lit(6) },
        { k: 'spread', value: id('rest') },
      ],
    });
  });

  it('gives a literal key its own span', () => {
    const text = 'tags = {"Name": "web"}';
    const stmt = parse(text).body[0];
    if (stmt?.k !== 'expr' || stmt.expr.k !== 'assign' || stmt.expr.value.k !== 'obj') throw new Error('expected a dict');
    const entry = stmt.expr.value.entries[0];
    if (entry?.k !== 'prop') throw new Error('expected a literal key');
    expect(text.slice(entry.keyS, entry.keyE)).toBe('"Name"');
    expect(text.slice(entry.s, entry.e)).toBe('"Name": "web"');
  });

  it('lowers comprehensions with their for clauses in source order', () => {
    expect(value('[x * y for x in xs if x if x > 1 for y in ys]')).toEqual({
      k: 'comp',
      flavor: 'list',
      elt: { k: 'binary', op: '*', left: id('x'), right: id('y') },
      fors: [
        { target: id('x'), iter: id('xs'), ifs: [id('x'), { k: 'binary', op: '>', left: id('x'), right: lit(1) }] },
        { target: id('y'), iter: id('ys'), ifs: [] },
      ],
    });
    expect(value('{x for x in xs}')).toMatchObject({ k: 'comp', flavor: 'set', elt: id('x') });
    expect(value('(x for x in xs)')).toMatchObject({ k: 'comp', flavor: 'gen', elt: id('x') });
  });

  it('lowers dict comprehensions with key and value', () => {
    expect(value('{k: v for k, v in d.items()}')).toEqual({
      k: 'comp',
      flavor: 'dict',
      elt: id('k'),
      value: id('v'),
      fors: [{ target: { k: 'arrpat', elems: [id('k'), id('v')] }, iter: call('d.items'), ifs: [] }],
    });
  });
});
