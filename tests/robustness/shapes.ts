// Pathological inputs made from real answers: a labelled corpus answer (when ../shared is beside the
// project) with one shape grafted onto its program, or the shape on its own. Each shape once cost the
// analysis its findings (RangeError, fatal "invalid size" aborts, heap exhaustion) or minutes of time.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** A dev-split answer of each language, or the bundled example. */
export function baseAnswer(lang: 'py' | 'ts'): string {
  const task = lang === 'py' ? 'pulumi-py/Pr7051' : 'pulumi-ts/Pr5537';
  const p = join(CORPUS, task, 'lib', 'MODEL_RESPONSE.md');
  if (existsSync(p)) return readFileSync(p, 'utf8');
  if (lang === 'py') return readFileSync(join(ROOT, 'examples', 'answer-python', 'MODEL_RESPONSE.md'), 'utf8');
  return `## File: index.ts\n\n\`\`\`typescript\n${readFileSync(join(ROOT, 'examples', 'project-ts', 'index.ts'), 'utf8')}\`\`\`\n`;
}

/** The answer with `code` appended to its first code block of the language. */
export function graft(answer: string, lang: 'py' | 'ts', code: string): string {
  const fence = lang === 'py' ? /```python\n/ : /```(typescript|ts)\n/;
  const m = fence.exec(answer);
  if (!m) return `${answer}\n\n\`\`\`${lang === 'py' ? 'python' : 'typescript'}\n${code}\n\`\`\`\n`;
  const start = m.index + m[0].length;
  const end = answer.indexOf('\n```', start);
  return `${answer.slice(0, end)}\n${code}${answer.slice(end)}`;
}

export interface Shape {
  name: string;
  lang: 'py' | 'ts';
  /** The shape's code, grafted onto a real answer. */
  code?: string;
  /** A whole input of its own (a Markdown answer or a program file). */
  whole?: { name: string; text: string };
  /** The finding the shape must produce. */
  expect: 'code/analysis-budget-reached' | 'code/syntax-error' | 'code/file-not-analysed' | 'aws/lambda-code-undefined-name' | 'none';
}

const PY_DOUBLE_STRING = `s = "ab"\nfor i in range(64):\n    s = s + s\naws.s3.Bucket("doubled", bucket=s)\n`;
const TS_DOUBLE_STRING = `let s = "ab";\nfor (let i = 0; i < 64; i++) { s = s + s; }\nnew aws.s3.Bucket("doubled", { bucket: s });\n`;

function ring(lang: 'py' | 'ts', n: number): string {
  const out: string[] = ['# An answer whose files import each other in a ring\n'];
  for (let i = 0; i < n; i++) {
    const next = (i + 1) % n;
    out.push(
      lang === 'py'
        ? `## File: lib/m${i}.py\n\`\`\`python\nfrom lib.m${next} import f${next}\n\n\ndef f${i}():\n    return f${next}\n\`\`\`\n`
        : `## File: lib/m${i}.ts\n\`\`\`typescript\nimport { f${next} } from './m${next}';\nexport function f${i}() { return f${next}; }\n\`\`\`\n`,
    );
  }
  out.push(
    lang === 'py'
      ? '## File: __main__.py\n```python\nimport pulumi_aws as aws\nfrom lib.m0 import f0\n\naws.s3.Bucket("b", tags={"f": str(f0)})\n```\n'
      : "## File: index.ts\n```typescript\nimport * as aws from '@pulumi/aws';\nimport { f0 } from './lib/m0';\nexport const b = new aws.s3.Bucket('b', { tags: { f: String(f0) } }).id;\n```\n",
  );
  return out.join('');
}

export const SHAPES: Shape[] = [
  { name: 'python string doubled', lang: 'py', code: PY_DOUBLE_STRING, expect: 'code/analysis-budget-reached' },
  { name: 'typescript string doubled', lang: 'ts', code: TS_DOUBLE_STRING, expect: 'code/analysis-budget-reached' },
  { name: 'padEnd(1e9)', lang: 'ts', code: `new aws.s3.Bucket("padded", { bucket: "x".padEnd(1e9) + "y".padStart(1e9) });\n`, expect: 'code/analysis-budget-reached' },
  { name: 'python list doubled', lang: 'py', code: `l = [1, 2]\nfor i in range(64):\n    l = l + l\naws.s3.Bucket("listed", tags={"n": str(len(l))})\n`, expect: 'code/analysis-budget-reached' },
  { name: 'nested lists doubled', lang: 'py', code: `l = [[1], [2]]\nfor i in range(64):\n    l = [l, l] + l\naws.s3.Bucket("nested", tags={"n": str(l)})\n`, expect: 'code/analysis-budget-reached' },
  { name: 'typescript object doubled', lang: 'ts', code: `let o: any = { a: 1 };\nfor (let i = 0; i < 64; i++) { o = { l: o, r: o }; }\nnew aws.s3.Bucket("tree", { tags: { t: JSON.stringify(o) }, policy: o });\n`, expect: 'code/analysis-budget-reached' },
  { name: 'python dict doubled through json.dumps', lang: 'py', code: `import json\nd = {"a": 1}\nfor i in range(64):\n    d = {"l": d, "r": d}\naws.s3.Bucket("tree", tags={"t": json.dumps(d)}, policy=d)\n`, expect: 'code/analysis-budget-reached' },
  { name: 'python dict doubled through Output.concat', lang: 'py', code: `d = {"a": 1}\nfor i in range(64):\n    d = {"l": d, "r": d}\naws.s3.Bucket("cat", bucket=pulumi.Output.concat(str(d), "x"))\n`, expect: 'code/analysis-budget-reached' },
  { name: 'typescript object doubled through pulumi.interpolate', lang: 'ts', code: `let o: any = { a: "x" };\nfor (let i = 0; i < 64; i++) { o = { l: o, r: o }; }\nnew aws.s3.Bucket("interp", { bucket: pulumi.interpolate\`\${JSON.stringify(o)}\` });\n`, expect: 'code/analysis-budget-reached' },
  { name: 'wide shared dict in resource arguments', lang: 'py', code: `d = {"a": "x"}\nfor i in range(12):\n    d = {${Array.from({ length: 30 }, (_, k) => `"k${k}": d`).join(', ')}}\naws.s3.Bucket("wide", policy=d, tags=d)\n`, expect: 'code/analysis-budget-reached' },
  { name: 'string grown in a while loop', lang: 'py', code: `s = "x"\nwhile True:\n    s += s\naws.s3.Bucket("grown", bucket=s)\n`, expect: 'code/analysis-budget-reached' },
  { name: 'python import ring of 2,000 modules', lang: 'py', whole: { name: 'ring.md', text: ring('py', 2000) }, expect: 'none' },
  { name: 'typescript import ring of 4,000 files', lang: 'ts', whole: { name: 'ring.md', text: ring('ts', 4000) }, expect: 'none' },
  // Past the file-count budget the ring is cut: the files left out are reported once.
  { name: 'typescript import ring of 8,000 files', lang: 'ts', whole: { name: 'ring.md', text: ring('ts', 8000) }, expect: 'code/file-not-analysed' },
  {
    name: '20,000 tiny python code blocks',
    lang: 'py',
    whole: { name: 'blocks.md', text: Array.from({ length: 20_000 }, (_, i) => `## File: lib/m${i}.py\n\`\`\`python\nimport pulumi_aws as aws\nb${i} = aws.s3.Bucket("b${i}")\n\`\`\`\n`).join('') },
    expect: 'code/file-not-analysed',
  },
  {
    // Blanked string contents are runs of spaces and line breaks, which a Python binding pattern
    // that crossed lines explored exponentially (seconds for 20 lines, hours for 100).
    name: 'inline Python handler with a 100-line docstring',
    lang: 'py',
    code: `aws.lambda_.Function("doc", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset('''def handler(event, context):\n    \"\"\"\n${'    Words of the docstring, line after line\n'.repeat(100)}    \"\"\"\n    time.sleep(1)\n    return 1\n''')}))\n`,
    expect: 'aws/lambda-code-undefined-name',
  },
  {
    // A long literal is one long word in the text the SDK-call patterns read, and one long blank line
    // in the text the binding patterns read: patterns tried from inside every word or blank were quadratic.
    name: 'inline Python handler with a 200,000-character literal',
    lang: 'py',
    code: `blob_role = aws.iam.Role("blob-role", assume_role_policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',\n    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])\naws.lambda_.Function("blob", runtime="python3.12", handler="index.handler", role=blob_role.arn,\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset('''import boto3\nDATA = "${'QUJD'.repeat(50_000)}"\ns3 = boto3.client("s3")\n\n\ndef handler(event, context):\n    time.sleep(1)\n    return s3.put_object(Bucket="b", Key="k", Body=DATA)\n''')}))\n`,
    expect: 'aws/lambda-code-undefined-name',
  },
  // Patterns anchored at every line start (`^\s*import` with the m flag) once crossed blank lines,
  // which made a long run of them quadratic: hours for a file parsed up to a statement (its rest blanked).
  { name: 'a million blank lines in a Python file', lang: 'py', whole: { name: 'blank.py', text: `import pulumi\nimport pulumi_aws as aws\n${'\n'.repeat(1_000_000)}aws.s3.Bucket("b")\n` }, expect: 'none' },
  { name: 'a million blank lines in a TypeScript code block', lang: 'ts', whole: { name: 'blank.md', text: `## File: index.ts\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\n${'  \n'.repeat(1_000_000)}export const b = new aws.s3.BucketV2('b').id;\n\`\`\`\n` }, expect: 'none' },
  { name: '3.9 MB unterminated triple-quoted string', lang: 'py', whole: { name: 'open.py', text: `import pulumi\nx = """${'abc def\n'.repeat(490_000)}` }, expect: 'code/syntax-error' },
];

/** The input text of a shape: grafted onto a real answer, or its own. */
export function shapeInput(shape: Shape): { name: string; text: string } {
  if (shape.whole) return shape.whole;
  const prelude = shape.lang === 'py' ? 'import pulumi\nimport pulumi_aws as aws\n' : "import * as pulumi from '@pulumi/pulumi';\nimport * as aws from '@pulumi/aws';\n";
  return { name: `${shape.lang}-answer.md`, text: graft(baseAnswer(shape.lang), shape.lang, `${prelude}${shape.code!}`) };
}
