import { beforeAll, describe, expect, it } from 'vitest';
import { initPythonParser } from '../../../src/frontends/python/index.js';
import { assign, bodyOf, call, exprStmt, id, kw, lit, parse, path, pos, stmts } from './helpers.js';

beforeAll(initPythonParser);

const program = `"""Static website stack."""
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
suffix = config.require("suffix")


class WebsiteStack(pulumi.ComponentResource):
    def __init__(self, name: str, opts: pulumi.ResourceOptions | None = None):
        super().__init__("custom:app:WebsiteStack", name, None, opts)

        self.logs = aws.s3.BucketV2(
            f"logs-{suffix}",
            bucket=f"{name}-logs",
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.buckets = [
            aws.s3.BucketV2(f"site-{i}", tags={"Name": f"site-{i}", "Env": "prod"}, opts=pulumi.ResourceOptions(parent=self))
            for i in range(2)
        ]

        self.register_outputs({
            "logs_bucket": self.logs.id,
        })


stack = WebsiteStack("web")
pulumi.export("logs", stack.logs.bucket)
`;

const parentOpts = kw('opts', call('pulumi.ResourceOptions', kw('parent', id('self'))));

describe('a Pulumi program', () => {
  it('parses without errors', () => {
    expect(parse(program).errors).toEqual([]);
  });

  it('lowers a resource constructor call with an f-string name and keyword args', () => {
    const body = stmts(program);
    const cls = body.find((s) => s.k === 'classdecl');
    if (cls?.k !== 'classdecl') throw new Error('expected the component class');
    const ctor = cls.cls.members.find((m) => m.kind === 'ctor');
    expect(ctor?.func?.params.map((p) => p.target)).toEqual([id('self'), id('name'), id('opts')]);
    expect(ctor?.func?.params[2]?.default).toEqual(lit(null));
    expect(bodyOf(ctor?.func)[1]).toEqual(
      exprStmt(
        assign(
          path('self.logs'),
          call(
            'aws.s3.BucketV2',
            pos({ k: 'template', parts: ['logs-', { expr: id('suffix') }] }),
            kw('bucket', { k: 'template', parts: [{ expr: id('name') }, '-logs'] }),
            parentOpts,
          ),
        ),
      ),
    );
  });

  it('lowers super().__init__(...) and register_outputs({...})', () => {
    const body = stmts(program);
    const cls = body.find((s) => s.k === 'classdecl');
    if (cls?.k !== 'classdecl') throw new Error('expected the component class');
    expect(cls.cls.bases).toEqual([path('pulumi.ComponentResource')]);
    const ctorBody = bodyOf(cls.cls.members.find((m) => m.kind === 'ctor')?.func);
    expect(ctorBody[0]).toEqual(
      exprStmt(
        call(
          { k: 'member', obj: { k: 'super' }, prop: '__init__' },
          pos(lit('custom:app:WebsiteStack')),
          pos(id('name')),
          pos(lit(null)),
          pos(id('opts')),
        ),
      ),
    );
    expect(ctorBody[3]).toEqual(
      exprStmt(
        call(
          'self.register_outputs',
          pos({ k: 'obj', entries: [{ k: 'prop', key: 'logs_bucket', value: path('self.logs.id') }] }),
        ),
      ),
    );
  });

  it('keeps resources built in a comprehension inside the comp node', () => {
    const body = stmts(program);
    const cls = body.find((s) => s.k === 'classdecl');
    if (cls?.k !== 'classdecl') throw new Error('expected the component class');
    const ctorBody = bodyOf(cls.cls.members.find((m) => m.kind === 'ctor')?.func);
    expect(ctorBody[2]).toMatchObject({
      k: 'expr',
      expr: {
        k: 'assign',
        value: {
          k: 'comp',
          flavor: 'list',
          elt: { k: 'call', callee: path('aws.s3.BucketV2') },
          fors: [{ target: id('i'), iter: call('range', pos(lit(2))) }],
        },
      },
    });
  });

  it('lowers module-level config reads and exports', () => {
    const body = stmts(program);
    expect(body.slice(0, 5)).toEqual([
      exprStmt(lit('Static website stack.')),
      { k: 'import', module: 'pulumi', names: [{ imported: '*', local: 'pulumi' }] },
      { k: 'import', module: 'pulumi_aws', names: [{ imported: '*', local: 'aws' }] },
      exprStmt(assign(id('config'), call('pulumi.Config'))),
      exprStmt(assign(id('suffix'), call('config.require', pos(lit('suffix'))))),
    ]);
    expect(body.at(-1)).toEqual(exprStmt(call('pulumi.export', pos(lit('logs')), pos(path('stack.logs.bucket')))));
  });
});
