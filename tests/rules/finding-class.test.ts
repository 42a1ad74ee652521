import { describe, expect, it } from 'vitest';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

// A rule may file one finding under another class when the same mistake is a different failure in
// another language: a string given for a number is a compile error in TypeScript only.
describe('finding class', () => {
  it('a wrong argument kind is CODE-TYPE-COMPILE in TypeScript and PULUMI-INVALID-ARG in Python', async () => {
    await prepare();
    const ts = analyzeInput(programOf({ 'index.ts': "import * as aws from '@pulumi/aws';\nnew aws.lb.Listener('l', { loadBalancerArn: 'x', port: 'http', defaultActions: [] });\n" }, 'index.ts'));
    const py = analyzeInput(programOf({ '__main__.py': 'import pulumi_aws as aws\naws.lb.Listener("l", load_balancer_arn="x", port="http", default_actions=[])\n' }, '__main__.py'));
    const classes = (r: typeof ts) => r.findings.filter((f) => f.ruleId === 'aws/wrong-argument-kind').map((f) => f.class);
    expect(classes(ts)).toEqual(['CODE-TYPE-COMPILE']);
    expect(classes(py)).toEqual(['PULUMI-INVALID-ARG']);
  });

  it('a Promise formatted into a TypeScript string is described as a Promise, not an Output', async () => {
    await prepare();
    const ts = "import * as aws from '@pulumi/aws';\nconst id = aws.getCallerIdentity();\nnew aws.ssm.Parameter('p', { type: 'String', value: `arn:aws:iam::${(id as any).accountId}:root` });\n";
    const messages = analyzeInput(programOf({ 'index.ts': ts }, 'index.ts')).findings.filter((f) => f.ruleId === 'pulumi/output-in-plain-string').map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('is a Promise');
  });

  it('code rules file a finding under the class of what fails: a missing import, a lint redefinition, a missing package', async () => {
    await prepare();
    const classesOf = (files: Record<string, string>, rule: string) =>
      analyzeInput(programOf(files, Object.keys(files)[0])).findings.filter((f) => f.ruleId === rule).map((f) => f.class);
    expect(classesOf({ '__main__.py': 'import pulumi\npulumi.export("d", json.dumps({}))\npulumi.export("e", undefined_helper())\n' }, 'code/undefined-name')).toEqual(['CODE-IMPORT-MODULE', 'INCOMPLETE-TRUNCATED']);
    expect(classesOf({ '__main__.py': 'def f():\n    return 1\n\ndef f():\n    return 2\n' }, 'code/duplicate-declaration')).toEqual(['CODE-UNUSED-LINT']);
    expect(classesOf({ 'index.ts': 'const a = 1;\nconst a = 2;\nexport const b = a;\n' }, 'code/duplicate-declaration')).toEqual(['CODE-TYPE-COMPILE']);
    expect(classesOf({ 'index.ts': "import * as pulumi from '@pulumi/pulumi';\nexport const p = new pulumi.random.RandomPassword('p', {});\npulumi.export('x', 1);\n" }, 'code/unknown-sdk-member')).toEqual(['CODE-IMPORT-MODULE', 'CODE-TYPE-COMPILE']);
  });
});
