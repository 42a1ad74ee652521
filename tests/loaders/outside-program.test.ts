// A project directory is more than its Pulumi program: a web client with its own package.json, a
// migration script, tooling. Only what the entry point reaches (and stray files that use Pulumi) is
// analysed as the program; the rest is role `other`, so its browser globals, its own dependencies
// and its bundler imports are not reported as the program's failures.

import { afterAll, describe, expect, test } from 'vitest';
import { loadInput } from '../../src/loaders/index.js';
import { analyzeModel, prepare } from '../../src/pipeline.js';
import { tempProjects } from './helpers.js';

const { project, cleanup } = tempProjects('stacklint-reach-');
afterAll(cleanup);

async function analyse(files: Record<string, string>) {
  await prepare();
  const { model, findings } = analyzeModel(await loadInput(project(files)));
  const roleOf = (path: string) => model.input.files.find((f) => f.path === path)?.role;
  const reported = (path: string) => findings.filter((f) => f.location.virtualPath === path || f.location.hostPath.endsWith(`/${path}`)).map((f) => f.ruleId);
  return { model, findings, roleOf, reported };
}

const CLIENT = {
  'client/package.json': '{ "name": "web", "dependencies": { "react": "18.3.1", "react-dom": "18.3.1" } }',
  'client/src/main.tsx': [
    "import React from 'react';",
    "import ReactDOM from 'react-dom/client';",
    "import './index.css';",
    "ReactDOM.createRoot(document.getElementById('root')!).render(<React.StrictMode><p>{window.location.pathname}</p></React.StrictMode>);",
    '',
  ].join('\n'),
  'client/src/index.css': 'body { margin: 0; }\n',
  'client/public/config.js': 'window.APP_CONFIG = { apiUrl: "http://localhost:3000" };\n',
};

describe('a TypeScript project with a web client beside the program', async () => {
  const { roleOf, reported, model } = await analyse({
    'Pulumi.yaml': 'name: site\nruntime: nodejs\nmain: infra/\n',
    'package.json': '{ "dependencies": { "@pulumi/pulumi": "^3.0.0", "@pulumi/aws": "^6.0.0" } }',
    'infra/index.ts': "import * as aws from '@pulumi/aws';\nimport { keyOf } from './keys';\nexport const bucket = new aws.s3.BucketV2(keyOf('site')).id;\n",
    // Reached from the entry, so analysed although it does not use Pulumi.
    'infra/keys.ts': "import * as lodash from 'lodash';\nexport const keyOf = (s: string) => lodash.kebabCase(s);\n",
    // Not reached, but it uses Pulumi: it stays in.
    'tools/legacy.ts': "import * as aws from '@pulumi/aws';\nimport * as yargs from 'yargs';\nnew aws.s3.BucketV2('legacy');\n",
    ...CLIENT,
  });

  test('the client files are not the program', () => {
    for (const path of ['client/src/main.tsx', 'client/public/config.js']) {
      expect(roleOf(path), path).toBe('other');
      expect(reported(path), path).toEqual([]);
    }
  });

  test('files the entry reaches, and stray Pulumi files, are still analysed', () => {
    expect(roleOf('infra/keys.ts')).toBe('program');
    expect(reported('infra/keys.ts')).toContain('code/undeclared-dependency');
    expect(roleOf('tools/legacy.ts')).toBe('program');
    // Analysed (its resources are in the model), but `pulumi up` never loads it, so a package it
    // imports without declaring cannot stop the deployment.
    expect(reported('tools/legacy.ts')).not.toContain('code/undeclared-dependency');
    expect(model.resources.map((r) => r.typePath)).toEqual(['aws.s3.BucketV2', 'aws.s3.BucketV2']);
  });
});

describe('a directory without Pulumi.yaml has no known entry point: every file is analysed', async () => {
  const { roleOf, reported } = await analyse({
    'package.json': '{ "dependencies": { "@pulumi/pulumi": "^3.0.0", "@pulumi/aws": "^6.0.0" } }',
    'index.ts': "import * as aws from '@pulumi/aws';\nexport const bucket = new aws.s3.BucketV2('site').id;\n",
    ...CLIENT,
  });

  test('the client is judged as before', () => {
    expect(roleOf('client/src/main.tsx')).toBe('program');
    expect(reported('client/src/main.tsx').length).toBeGreaterThan(0);
  });
});

describe('a Python project with an operational script beside the program', async () => {
  const { roleOf, reported } = await analyse({
    'Pulumi.yaml': 'name: db\nruntime:\n  name: python\n',
    'requirements.txt': 'pulumi>=3.0.0,<4.0.0\npulumi-aws==6.50.0\n',
    '__main__.py': 'import pulumi\nfrom network import make_vpc\n\nvpc = make_vpc("main")\npulumi.export("vpc_id", vpc.id)\n',
    'network.py': 'import pulumi_aws as aws\nimport requests\n\n\ndef make_vpc(name):\n    return aws.ec2.Vpc(name, cidr_block="10.0.0.0/16")\n',
    'scripts/migrate.py': 'import boto3\nimport psycopg\n\n\ndef main():\n    secret = boto3.client("secretsmanager").get_secret_value(SecretId="x")\n    psycopg.connect(secret["SecretString"])\n\n\nif __name__ == "__main__":\n    main()\n',
  });

  test('the script is not the program', () => {
    expect(roleOf('scripts/migrate.py')).toBe('other');
    expect(reported('scripts/migrate.py')).toEqual([]);
  });

  test('the modules the entry imports are still checked', () => {
    expect(roleOf('network.py')).toBe('program');
    expect(reported('network.py')).toContain('code/undeclared-dependency');
  });
});
