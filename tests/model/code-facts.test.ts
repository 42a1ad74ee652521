// Facts the model records about the code itself (not the resources): SDK member reads.
import { describe, expect, test } from 'vitest';
import { modelOf } from '../helpers/program.js';

describe('SDK member reads', () => {
  test('TypeScript: namespace members, Output statics and imported names, with the import span', async () => {
    const m = await modelOf({
      'index.ts': `import * as pulumi from '@pulumi/pulumi';\nimport { s3 } from '@pulumi/aws';\npulumi.export('x', 1);\nconst o = pulumi.Output.all([]);\nnew s3.BucketV2('b');\n`,
    });
    const reads = m.sdkReads.map((r) => `${r.pkg}:${[...r.path, r.name].join('.')}`);
    expect(reads).toEqual(expect.arrayContaining(['aws:s3', 'pulumi:export', 'pulumi:Output', 'pulumi:Output.all', 'aws:s3.BucketV2']));
    const imported = m.sdkReads.find((r) => r.name === 's3')!;
    expect(m.imports.some((i) => i.at.s === imported.at.s && i.at.e === imported.at.e)).toBe(true);
  });

  test('Python: from-imports read their names at the import, keeping the written spelling', async () => {
    const m = await modelOf({ '__main__.py': `import pulumi\nfrom pulumi_aws import lambda_, logs\nfrom pulumi import Output\nOutput.concat("a")\n` });
    const reads = m.sdkReads.map((r) => `${r.pkg}:${[...r.path, r.name].join('.')}:${r.lang}`);
    expect(reads).toEqual(expect.arrayContaining(['aws:lambda_:py', 'aws:logs:py', 'pulumi:Output:py', 'pulumi:Output.concat:py']));
  });
});

describe('imports between the program files', () => {
  test('a TS import found only by base name is an inexact-import event naming the file it found', async () => {
    const m = await modelOf(
      {
        'index.ts': `import { TapStack } from './tap-stack';\nnew TapStack();\n`,
        'lib/tap-stack.ts': `import { tags } from './tags';\nexport class TapStack { t = tags; }\n`,
        'lib/tags.ts': `export const tags = {};\n`,
      },
      'index.ts',
    );
    const inexact = m.events.filter((e) => e.kind === 'inexact-import').map((e) => [e.detail, e.path]);
    expect(inexact).toEqual([['./tap-stack', 'lib/tap-stack.ts']]);
  });

  test('Python: a missing module of one of the program packages is unresolved, not an external package', async () => {
    const m = await modelOf(
      {
        '__main__.py': `from lib.components.network import Network\nfrom lib.components.monitoring import Monitoring\nfrom requests import get\n`,
        'lib/components/network.py': `class Network:\n    pass\n`,
      },
      '__main__.py',
    );
    expect(m.events.filter((e) => e.kind === 'unresolved-import').map((e) => e.detail)).toEqual(['lib.components.monitoring']);
    expect(m.imports.map((i) => i.module)).toEqual(['requests']);
  });
});

describe('the modules of the Pulumi program', () => {
  test('the entry point and what it imports, at any depth, and stray Pulumi files; not a script that uses no Pulumi SDK', async () => {
    const m = await modelOf(
      {
        '__main__.py': `from lib.stack import Stack\nStack()\n`,
        'lib/stack.py': `import pulumi\nfrom lib.names import name\nclass Stack:\n    pass\n`,
        'lib/names.py': `def name(x):\n    return x\n`,
        'smoke.py': `import requests\nrequests.get("http://localhost")\n`,
        'legacy.py': `import pulumi_aws as aws\naws.s3.BucketV2("legacy")\n`,
      },
      '__main__.py',
    );
    expect(m.programModules.sort()).toEqual(['__main__.py', 'legacy.py', 'lib/names.py', 'lib/stack.py']);
  });

  test('without an entry point, the roots whose modules use Pulumi; all roots when none does', async () => {
    const pulumiRoot = await modelOf({
      'index.ts': `import { tags } from './tags';\nimport * as aws from '@pulumi/aws';\nnew aws.s3.BucketV2('b', { tags });\n`,
      'tags.ts': `export const tags = {};\n`,
      'smoke.ts': `import axios from 'axios';\nvoid axios.get('http://localhost');\n`,
    });
    expect(pulumiRoot.programModules.sort()).toEqual(['index.ts', 'tags.ts']);
    const none = await modelOf({ 'a.py': `import requests\n`, 'b.py': `import yaml\n` });
    expect(none.programModules.sort()).toEqual(['a.py', 'b.py']);
  });
});

describe('files that end inside an open construct', () => {
  const classes = async (files: Record<string, string>) =>
    (await modelOf(files)).diagnostics.filter((d) => d.code === 'parse/syntax-error').map((d) => d.class);

  test('a bracket or block still open at the end is a cut, not a syntax error', async () => {
    expect(await classes({ 'a.py': 'import pulumi_aws as aws\nx = aws.sns.Topic("t",\n    name="n",\n' })).toEqual(['INCOMPLETE-TRUNCATED']);
    expect(await classes({ 'a.ts': "import * as aws from '@pulumi/aws';\nclass A {\n  m() {\n    new aws.sns.Topic('t');\n  }\n" })).toEqual(['INCOMPLETE-TRUNCATED']);
  });

  test('a string that runs to the end stays a syntax error (a quote out of place), and so do errors before the end', async () => {
    expect(await classes({ 'a.ts': "const code = `exports.handler = async () => `ok`;\nconst x = 1;\n" })).toEqual(['CODE-TYPE-COMPILE']);
    expect(await classes({ 'a.py': 'x = = 1\ny = f(\n' })).toEqual(['CODE-TYPE-COMPILE', 'INCOMPLETE-TRUNCATED']);
  });
});

describe('code notes of the front-ends', () => {
  const diags = async (files: Record<string, string>) => (await modelOf(files)).diagnostics.map((d) => `${d.code}:${d.class}`);

  test('TypeScript: redeclared block-scoped names and explicit any; JavaScript only the lexical clash', async () => {
    expect(await diags({ 'a.ts': 'const a = 1;\nconst a = 2;\nvar v = 1;\nvar v = 2;\nlet x: any = a;\n' })).toEqual(['parse/redeclared:CODE-TYPE-COMPILE', 'parse/explicit-any:CODE-TYPE-COMPILE']);
    expect(await diags({ 'a.js': 'function f() {}\nfunction f() {}\nclass C {}\nclass C {}\n' })).toEqual(['parse/redeclared:CODE-TYPE-COMPILE']);
  });

  test('Python: a def replaced in the same body is a lint finding; a keyword in an import path is an import problem', async () => {
    expect(await diags({ 'a.py': 'def f():\n    pass\n\ndef f():\n    pass\n' })).toEqual(['parse/redeclared:CODE-UNUSED-LINT']);
    expect(await diags({ 'a.py': 'from pkg.lambda import handler\nx = 1\n' })).toEqual(['parse/syntax-error:CODE-IMPORT-MODULE']);
  });
});

describe('calls of program functions', () => {
  const counts = async (files: Record<string, string>) => (await modelOf(files)).events.filter((e) => e.kind === 'wrong-argument-count').map((e) => e.detail!.replace('\u0000', ': '));

  test('TypeScript counts positional arguments against required and optional parameters', async () => {
    expect(await counts({ 'a.ts': 'function f(a: string, b?: number, c = 1) { return a; }\nf();\nf("x");\nf("x", 1, 2, 3);\n' })).toEqual([
      'f: needs 1 argument but is given 0',
      'f: takes at most 3 arguments but is given 4',
    ]);
  });

  test('Python checks keywords and counts self; JavaScript is not judged', async () => {
    expect(await counts({ 'a.py': 'class C:\n    def m(self, a, b=1):\n        return a\n\nC().m(1, c=2)\nC().m()\n' })).toEqual(['m: has no parameter `c`', 'm: is not given its required argument `a`']);
    expect(await counts({ 'a.js': 'function f(a) { return a; }\nf(1, 2, 3);\n' })).toEqual([]);
  });
});

describe('members of program class instances', () => {
  const members = async (files: Record<string, string>) => (await modelOf(files)).events.filter((e) => e.kind === 'unknown-member').map((e) => e.detail!.split('\u0000').join(':'));

  test('a member nothing declares or assigns is reported once evaluation is over, marked when it is called', async () => {
    const ts = "class A {\n  x = 1;\n  constructor() { this.later(); this.y = 2; }\n  later() { return this.z; }\n}\nconst a = new A();\nexport const v = [a.x, a.y, a.w];\na.missing();\n";
    expect(await members({ 'a.ts': ts })).toEqual(['A:z', 'A:w', 'A:missing:call']);
  });

  test('Python: attributes set in any method count; dataclasses and setattr are not judged', async () => {
    const py = 'from dataclasses import dataclass\n\n@dataclass\nclass D:\n    a: int\n\nclass C:\n    def set(self):\n        self.b = 1\n\nclass E:\n    def __init__(self):\n        setattr(self, "c", 1)\n\nprint(D(1).a, C().b, E().c, C().nope)\n';
    expect(await members({ 'a.py': py })).toEqual(['C:nope']);
  });
});
