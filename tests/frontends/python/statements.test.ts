import { beforeAll, describe, expect, it } from 'vitest';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { assign, call, expr, exprStmt, id, lit, path, pos, stmts } from './helpers.js';

beforeAll(initPythonParser);

const nop = { k: 'nop' };

describe('assignments', () => {
  it('lowers plain, chained and augmented assignments', () => {
    expect(expr('x = 1')).toEqual(assign(id('x'), lit(1)));
    expect(expr('a = b = 1')).toEqual(assign(id('a'), assign(id('b'), lit(1))));
    expect(expr('x += 1')).toEqual(assign(id('x'), lit(1), '+='));
    expect(expr('x //= 2')).toEqual(assign(id('x'), lit(2), '//='));
  });

  it('lowers an annotated assignment, and a bare annotation to nop', () => {
    expect(expr('x: int = 3')).toEqual(assign(id('x'), lit(3)));
    expect(stmts('x: int')).toEqual([nop]);
  });

  it('lowers tuple and list targets to array patterns, a starred target to rest', () => {
    expect(expr('a, b = t')).toEqual(assign({ k: 'arrpat', elems: [id('a'), id('b')] }, id('t')));
    expect(expr('(a, b) = t')).toEqual(assign({ k: 'arrpat', elems: [id('a'), id('b')] }, id('t')));
    expect(expr('[a, *rest] = t')).toEqual(assign({ k: 'arrpat', elems: [id('a')], rest: id('rest') }, id('t')));
    expect(expr('for_, (x, y) = t')).toEqual(
      assign({ k: 'arrpat', elems: [id('for_'), { k: 'arrpat', elems: [id('x'), id('y')] }] }, id('t')),
    );
  });

  it('leaves a starred target before the end unsupported rather than binding it wrongly', () => {
    expect(expr('*init, last = t')).toMatchObject({ target: { k: 'unsupported', what: 'starred target' }, value: id('t') });
  });

  it('lowers attribute and subscript targets', () => {
    expect(expr('self.x = v')).toEqual(assign(path('self.x'), id('v')));
    expect(expr('d["k"] = v')).toEqual(assign({ k: 'index', obj: id('d'), index: lit('k') }, id('v')));
  });
});

describe('control flow', () => {
  it('nests elif chains in else', () => {
    expect(stmts('if a:\n    x()\nelif b:\n    y()\nelse:\n    z()\n')).toEqual([
      {
        k: 'if',
        test: id('a'),
        then: [exprStmt(call('x'))],
        else: [{ k: 'if', test: id('b'), then: [exprStmt(call('y'))], else: [exprStmt(call('z'))] }],
      },
    ]);
  });

  it('keeps `if __name__ == "__main__":` an ordinary if', () => {
    expect(stmts('if __name__ == "__main__":\n    main()\n')).toEqual([
      { k: 'if', test: { k: 'binary', op: '==', left: id('__name__'), right: lit('__main__') }, then: [exprStmt(call('main'))] },
    ]);
  });

  it('lowers for loops (also async, also with else) to forof in py mode', () => {
    expect(stmts('for k, v in d.items():\n    continue\nelse:\n    pass\n')).toEqual([
      {
        k: 'forof',
        mode: 'py',
        target: { k: 'arrpat', elems: [id('k'), id('v')] },
        iter: call('d.items'),
        body: [{ k: 'continue' }],
        orelse: [nop],
      },
    ]);
    const [f] = stmts('async def f():\n    async for x in xs:\n        break\n');
    expect(f).toMatchObject({
      func: { body: [{ k: 'forof', mode: 'py', target: id('x'), iter: id('xs'), body: [{ k: 'break' }] }] },
    });
  });

  it('iterates a bare tuple in a for header', () => {
    expect(stmts('for x in 1, 2:\n    pass\n')[0]).toMatchObject({
      iter: { k: 'arr', flavor: 'tuple', items: [{ k: 'item', value: lit(1) }, { k: 'item', value: lit(2) }] },
    });
  });

  it('lowers while, and runs a while-else body after the loop', () => {
    expect(stmts('while x:\n    break\n')).toEqual([{ k: 'while', test: id('x'), body: [{ k: 'break' }] }]);
    expect(stmts('while x:\n    pass\nelse:\n    done()\n')).toEqual([
      { k: 'while', test: id('x'), body: [nop] },
      { k: 'block', body: [exprStmt(call('done'))] },
    ]);
  });

  it('lowers return, raise and the statements without value', () => {
    const [f] = stmts('def f():\n    return\n    return 1\n    return a, b\n');
    expect(f).toMatchObject({
      func: {
        body: [
          { k: 'return' },
          { k: 'return', value: lit(1) },
          { k: 'return', value: { k: 'arr', flavor: 'tuple' } },
        ],
      },
    });
    expect(stmts('raise ValueError("x") from e')).toEqual([{ k: 'throw', value: call('ValueError', pos(lit('x'))) }]);
    expect(stmts('raise')).toEqual([{ k: 'throw' }]);
    expect(stmts('pass\ndel x\nglobal g\n')).toEqual([nop, nop, nop]);
    expect(stmts('def f():\n    nonlocal n\n')[0]).toMatchObject({ func: { body: [nop] } });
  });

  it('keeps an assert test as an expression', () => {
    expect(stmts('assert check(x), "message"')).toEqual([exprStmt(call('check', pos(id('x'))))]);
  });

  it('lowers try/except/else/finally with the handler parameter and the types it catches', () => {
    const source = 'try:\n    a()\nexcept (A, botocore.exceptions.B) as e:\n    b()\nexcept C:\n    pass\nelse:\n    c()\nfinally:\n    d()\n';
    expect(stmts(source)).toEqual([
      {
        k: 'try',
        body: [exprStmt(call('a'))],
        handlers: [{ param: id('e'), body: [exprStmt(call('b'))], catches: ['A', 'B'] }, { body: [nop], catches: ['C'] }],
        orelse: [exprStmt(call('c'))],
        finally: [exprStmt(call('d'))],
      },
    ]);
  });

  it('records no types for a bare except, which catches everything', () => {
    expect(stmts('try:\n    a()\nexcept:\n    pass\n')).toEqual([{ k: 'try', body: [exprStmt(call('a'))], handlers: [{ body: [nop] }] }]);
  });

  it('lowers with items and their targets', () => {
    expect(stmts('with open(p) as f, lock:\n    pass\n')).toEqual([
      { k: 'with', items: [{ value: call('open', pos(id('p'))), target: id('f') }, { value: id('lock') }], body: [nop] },
    ]);
    expect(stmts('with (open(a) as b, open(c) as d):\n    pass\n')[0]).toMatchObject({
      items: [{ target: id('b') }, { target: id('d') }],
    });
  });

  it('lowers match to an if chain with unknown tests and `case _` as else', () => {
    expect(stmts('match cmd:\n    case "a" if ok:\n        a()\n    case _:\n        b()\n')).toEqual([
      {
        k: 'if',
        test: { k: 'unsupported', what: 'case', children: [id('cmd'), id('ok')] },
        then: [exprStmt(call('a'))],
        else: [exprStmt(call('b'))],
      },
    ]);
  });
});

describe('function definitions', () => {
  it('lowers every parameter form and drops the `/` and `*` separators', () => {
    const [def] = stmts('def f(a, /, b: int = 1, *args, c, d: str, e=2, **kw) -> None:\n    return a\n');
    expect(def).toEqual({
      k: 'funcdecl',
      name: 'f',
      func: {
        k: 'func',
        name: 'f',
        params: [
          { target: id('a') },
          { target: id('b'), default: lit(1) },
          { target: id('args'), rest: true },
          { target: id('c') },
          { target: id('d') },
          { target: id('e'), default: lit(2) },
          { target: id('kw'), kwrest: true },
        ],
        body: [{ k: 'return', value: id('a') }],
      },
    });
    expect(stmts('def g(*, key):\n    pass\n')[0]).toMatchObject({ func: { params: [{ target: id('key') }] } });
    expect(stmts('def h(*args: str, **kw: int):\n    pass\n')[0]).toMatchObject({
      func: { params: [{ target: id('args'), rest: true }, { target: id('kw'), kwrest: true }] },
    });
  });

  it('marks async functions, and generators by a yield in their own body only', () => {
    const [f] = stmts('async def f():\n    def g():\n        yield 1\n    return g\n');
    expect(f).toMatchObject({ func: { async: true, body: [{ k: 'funcdecl', func: { generator: true } }, { k: 'return' }] } });
    expect(f).not.toHaveProperty('func.generator');
  });

  it('keeps decorators on the function', () => {
    expect(stmts('@app.route("/")\n@cache\ndef index():\n    pass\n')[0]).toMatchObject({
      k: 'funcdecl',
      name: 'index',
      func: { decorators: [call('app.route', pos(lit('/'))), id('cache')] },
    });
  });

  it('keeps a docstring as an expression statement', () => {
    expect(stmts('def f():\n    """Doc."""\n    return 1\n')[0]).toMatchObject({
      func: { body: [exprStmt(lit('Doc.')), { k: 'return', value: lit(1) }] },
    });
  });
});
