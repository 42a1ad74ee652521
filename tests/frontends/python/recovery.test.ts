import { beforeAll, describe, expect, it } from 'vitest';
import type { Module } from '../../../src/core/ir.js';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { assign, bodyOf, call, callees, exprStmt, id, kw, lit, parse, path, pos, stripSpans } from './helpers.js';

beforeAll(initPythonParser);

const messages = (m: Module) => m.errors.map((e) => e.message);

describe('files without code', () => {
  it('gives an empty body and no errors for an empty file', () => {
    expect(parse('')).toEqual({ path: 'test.py', lang: 'py', body: [], typeRefs: [], errors: [], notes: [] });
  });

  it('gives an empty body for comments and blank lines only', () => {
    expect(parse('# nothing here\n\n   \n')).toMatchObject({ body: [], errors: [] });
  });
});

describe('syntax errors are values and lowering continues', () => {
  it('keeps a truncated resource call with the arguments written so far', () => {
    const text = [
      'import pulumi',
      'import pulumi_aws as aws',
      'class Site(pulumi.ComponentResource):',
      '    def __init__(self, name):',
      '        super().__init__("t:x:Site", name)',
      '        self.bucket = aws.s3.BucketV2(f"{name}-b",',
      '            bucket=name,',
      '            opts=pulumi.ResourceOptions(parent=self),',
      '            tags={"Env": ',
    ].join('\n');
    const m = parse(text);
    expect(m.errors).toEqual([{ message: 'unclosed `(`', s: text.indexOf('(f"'), e: text.trimEnd().length, eof: 'block' }]);
    const cls = stripSpans(m.body)[2];
    if (cls?.k !== 'classdecl') throw new Error('expected the class to survive');
    expect(bodyOf(cls.cls.members[0]?.func)[1]).toEqual(
      exprStmt(
        assign(
          path('self.bucket'),
          call(
            'aws.s3.BucketV2',
            pos({ k: 'template', parts: [{ expr: id('name') }, '-b'] }),
            kw('bucket', id('name')),
            kw('opts', call('pulumi.ResourceOptions', kw('parent', id('self')))),
            kw('tags', { k: 'obj', entries: [{ k: 'prop', key: 'Env', value: { k: 'unsupported', what: 'missing' } }] }),
          ),
        ),
      ),
    );
  });

  it('reports an unterminated call and keeps the statements after it', () => {
    const m = parse('a = aws.s3.Bucket("a",\nb = aws.s3.Bucket("b")\n');
    expect(messages(m)).toContain('unclosed `(`');
    expect(stripSpans(m.body)).toEqual([
      exprStmt(assign(id('a'), call('aws.s3.Bucket', pos(lit('a'))))),
      exprStmt(assign(id('b'), call('aws.s3.Bucket', pos(lit('b'))))),
    ]);
  });

  it('reports a missing colon and keeps the calls before and after', () => {
    const m = parse(
      'first = aws.s3.Bucket("first")\nif enabled\n    mid = aws.s3.Bucket("mid")\nlast = aws.s3.Bucket("last")\n',
    );
    expect(m.errors).toMatchObject([{ message: 'missing `:`' }]);
    expect(callees(m.body)).toEqual(['aws.s3.Bucket', 'aws.s3.Bucket', 'aws.s3.Bucket']);
    expect(stripSpans(m.body).at(-1)).toEqual(exprStmt(assign(id('last'), call('aws.s3.Bucket', pos(lit('last'))))));
  });

  it('does not invent a call from a damaged def or class header', () => {
    const m = parse('def make(name)\n    b = aws.s3.Bucket(name)\nclass C(Base)\n    def g(self): pass\n');
    expect(messages(m)).toContain('missing `:`');
    expect(callees(m.body)).toEqual(['aws.s3.Bucket']);
  });

  it('reports an unterminated string and keeps the following lines', () => {
    const text = 'name = "unclosed\nbucket = aws.s3.Bucket("b")\n';
    const m = parse(text);
    expect(m.errors).toEqual([{ message: 'unterminated string', s: 7, e: text.indexOf('\n') }]);
    expect(stripSpans(m.body)).toEqual([
      exprStmt(assign(id('name'), { k: 'unsupported', what: 'unterminated string' })),
      exprStmt(assign(id('bucket'), call('aws.s3.Bucket', pos(lit('b'))))),
    ]);
  });

  it('reports a stray closing bracket and keeps the call it follows', () => {
    const m = parse('print("a"))\nb = aws.s3.Bucket("b")\n');
    expect(m.errors).toEqual([{ message: 'unexpected `)`', s: 10, e: 11 }]);
    expect(callees(m.body)).toEqual(['print', 'aws.s3.Bucket']);
  });

  it('recovers when the whole file is one error region', () => {
    const m = parse(
      [
        'import pulumi_aws as aws',
        'fn = aws.lambda_.Function("f",',
        '    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("""',
        'import json',
      ].join('\n'),
    );
    expect(messages(m)).toEqual(['unclosed `(`', 'unterminated string']);
    expect(stripSpans(m.body)[0]).toEqual({ k: 'import', module: 'pulumi_aws', names: [{ imported: '*', local: 'aws' }] });
    expect(callees(m.body)).toEqual(['aws.lambda_.Function', 'pulumi.AssetArchive', 'pulumi.StringAsset']);
  });

  it('keeps a loop around a body that was cut off', () => {
    const m = parse('for i in range(3):\n    aws.s3.Bucket(f"b{i}", tags={"a": [1, 2\n');
    expect(messages(m)).toEqual(['unclosed `(`']);
    const tags = { k: 'obj', entries: [{ k: 'prop', key: 'a', value: { k: 'arr', flavor: 'list' } }] };
    const name = { k: 'template', parts: ['b', { expr: id('i') }] };
    expect(stripSpans(m.body)).toMatchObject([
      { k: 'forof', target: id('i'), body: [exprStmt(call('aws.s3.Bucket', pos(name), kw('tags', tags)))] },
    ]);
  });

  it('reports MISSING nodes and lowers the tree the parser completed', () => {
    const m = parse('def f(:\n    pass\n');
    expect(m.errors).toEqual([{ message: 'missing `)`', s: 6, e: 6 }]);
    expect(stripSpans(m.body)).toEqual([
      { k: 'funcdecl', name: 'f', func: { k: 'func', name: 'f', params: [], body: [{ k: 'nop' }] } },
    ]);
  });

  it('reports a header without a body', () => {
    const m = parse('try:\n    # ... rest of the handler\n\nexcept Exception as e:\n    print(e)\n');
    expect(m.errors).toEqual([{ message: 'expected an indented block', s: 0, e: 4 }]);
  });

  it('reports a positional argument after a keyword argument', () => {
    const m = parse('aws.s3.Bucket("b", acl="private", ...)\n');
    expect(m.errors).toEqual([{ message: 'positional argument follows keyword argument', s: 34, e: 37 }]);
    expect(callees(m.body)).toEqual(['aws.s3.Bucket']);
  });

  it('never throws, and keeps spans inside the text, whatever the cut', () => {
    const text = [
      'import pulumi, pulumi_aws as aws',
      'cfg = pulumi.Config()',
      '@decorate(1)',
      'class Web(pulumi.ComponentResource):',
      '    """Doc ── 🚀."""',
      '    def __init__(self, name, *args, **kw):',
      '        super().__init__("t:w", name, None, kw.get("opts"))',
      '        self.b = [aws.s3.Bucket(f"{name}-{i!r:>3}", tags={**base, "i": str(i)}) for i in range(2) if i]',
      '        with open("x") as f, lock:',
      '            data = {k: v for k, v in f if v is not None}',
      '        try:',
      '            x = lambda a, b=2: a[1:2] or b[::2]',
      '        except (A, B) as e:',
      '            raise RuntimeError("x") from e',
      '        self.register_outputs({"b": self.b[0].id})',
      'pulumi.export("url", Web("w").b[0].website_endpoint)',
    ].join('\n');
    for (let cut = 0; cut <= text.length; cut += 3) {
      const part = text.slice(0, cut) + (cut % 2 ? ')' : '');
      const m = parse(part);
      const check = (v: unknown): void => {
        if (Array.isArray(v)) v.forEach(check);
        else if (v && typeof v === 'object') {
          const o = v as { s?: unknown; e?: unknown };
          if (typeof o.s === 'number' && typeof o.e === 'number') {
            expect(o.s).toBeGreaterThanOrEqual(0);
            expect(o.e).toBeGreaterThanOrEqual(o.s);
            expect(o.e).toBeLessThanOrEqual(part.length);
          }
          Object.values(o).forEach(check);
        }
      };
      check(m);
    }
  });
});
