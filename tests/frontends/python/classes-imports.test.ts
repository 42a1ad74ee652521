import { beforeAll, describe, expect, it } from 'vitest';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { call, exprStmt, id, lit, path, pos, stmts } from './helpers.js';

beforeAll(initPythonParser);

describe('classes', () => {
  const source = [
    '@dataclass',
    'class Stack(Base1, mod.Base2, metaclass=Meta):',
    '    """Doc."""',
    '    region = "us-east-1"',
    '    count: int = 2',
    '    name: str',
    '    a = b = 1',
    '    class Args:',
    '        pass',
    '    def __init__(self, name):',
    '        self.name = name',
    '    def build(self):',
    '        return self.name',
    '    @property',
    '    def arn(self):',
    '        return self._arn',
    '    @arn.setter',
    '    def arn(self, value):',
    '        self._arn = value',
    '    @staticmethod',
    '    def make():',
    '        pass',
    '    @classmethod',
    '    def create(cls):',
    '        return cls()',
    '    print("defined")',
    '',
  ].join('\n');

  it('lowers bases without keyword arguments, and keeps class decorators', () => {
    const [decl] = stmts(source);
    expect(decl).toMatchObject({
      k: 'classdecl',
      name: 'Stack',
      cls: { k: 'class', name: 'Stack', bases: [id('Base1'), path('mod.Base2')], decorators: [id('dataclass')] },
    });
  });

  it('turns defs into methods, ctor, accessors and static methods, keeping `self`/`cls`', () => {
    const [decl] = stmts(source);
    if (decl?.k !== 'classdecl') throw new Error('expected a class');
    const methods = decl.cls.members
      .filter((m) => m.func)
      .map((m) => ({
        kind: m.kind,
        name: m.name,
        static: m.static ?? false,
        params: m.func!.params.map((p) => p.target),
      }));
    expect(methods).toEqual([
      { kind: 'ctor', name: '__init__', static: false, params: [id('self'), id('name')] },
      { kind: 'method', name: 'build', static: false, params: [id('self')] },
      { kind: 'getter', name: 'arn', static: false, params: [id('self')] },
      { kind: 'setter', name: 'arn', static: false, params: [id('self'), id('value')] },
      { kind: 'method', name: 'make', static: true, params: [] },
      { kind: 'method', name: 'create', static: true, params: [id('cls')] },
    ]);
  });

  it('turns `name = value` and annotated names (`x: T`, `x: T = v`) into static fields and a nested class into a field holding it', () => {
    const [decl] = stmts(source);
    if (decl?.k !== 'classdecl') throw new Error('expected a class');
    const fields = decl.cls.members.filter((m) => m.kind === 'field');
    expect(fields).toEqual([
      { kind: 'field', name: 'region', value: lit('us-east-1'), static: true },
      { kind: 'field', name: 'count', value: lit(2), static: true, annotated: true },
      // A bare annotation declares a field (a dataclass's or NamedTuple's) without a value.
      { kind: 'field', name: 'name', static: true, annotated: true },
      {
        kind: 'field',
        name: 'Args',
        value: { k: 'class', name: 'Args', bases: [], members: [], body: [{ k: 'nop' }] },
        static: true,
      },
    ]);
  });

  it('keeps every other class-body statement in body, in order', () => {
    const [decl] = stmts(source);
    if (decl?.k !== 'classdecl') throw new Error('expected a class');
    expect(decl.cls.body).toEqual([
      exprStmt(lit('Doc.')),
      exprStmt({ k: 'assign', target: id('a'), op: '=', value: { k: 'assign', target: id('b'), op: '=', value: lit(1) } }),
      exprStmt(call('print', pos(lit('defined')))),
    ]);
  });
});

describe('imports', () => {
  const star = (local: string) => [{ imported: '*', local }];

  it('binds the root package for `import a.b.c`', () => {
    expect(stmts('import pulumi\nimport a.b.c\nimport pulumi_aws as aws, os.path as p\n')).toEqual([
      { k: 'import', module: 'pulumi', names: star('pulumi') },
      { k: 'import', module: 'a.b.c', names: star('a'), pyDotted: true },
      { k: 'import', module: 'pulumi_aws', names: star('aws') },
      { k: 'import', module: 'os.path', names: star('p') },
    ]);
  });

  it('lowers from-imports, star imports and relative imports', () => {
    const source = 'from a.b import c, d as e\nfrom m import *\nfrom .m import x\nfrom .. import y\nfrom ...p.q import (r,)\n';
    expect(stmts(source)).toEqual([
      { k: 'import', module: 'a.b', names: [{ imported: 'c', local: 'c' }, { imported: 'd', local: 'e' }] },
      { k: 'import', module: 'm', names: [{ imported: '*', local: '*' }] },
      { k: 'import', module: 'm', level: 1, names: [{ imported: 'x', local: 'x' }] },
      { k: 'import', module: '', level: 2, names: [{ imported: 'y', local: 'y' }] },
      { k: 'import', module: 'p.q', level: 3, names: [{ imported: 'r', local: 'r' }] },
    ]);
  });

  it('drops __future__ imports', () => {
    expect(stmts('from __future__ import annotations\n')).toEqual([{ k: 'nop' }]);
  });
});
