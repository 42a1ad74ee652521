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
