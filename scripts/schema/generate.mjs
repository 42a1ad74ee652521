#!/usr/bin/env node
// Regenerates src/schema/data/aws-<major>.schema from the pinned @pulumi/aws releases in node_modules
// and prints what each holds. `--check` writes nothing and exits 1 when a committed file is not what
// would be generated (tests/schema/drift.test.ts runs it).
//
//   npm run schema
//   npm run schema -- --check

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { differencesFrom, encodeArtifact } from './artifact.mjs';
import { buildAwsSchema } from './build.mjs';
import { PINNED } from './pinned.mjs';

const check = process.argv.includes('--check');

for (const { major, packageDir, artifact } of PINNED) {
  const started = performance.now();
  const schema = buildAwsSchema(packageDir);
  if (!schema.version.startsWith(`${major}.`)) throw new Error(`${packageDir} is ${schema.version}, not ${major}.x`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (check) {
    const differences = differencesFrom(artifact, schema);
    if (differences.length) {
      console.log(`${artifact} is out of date (${differences.join(', ')}); run npm run schema`);
      process.exitCode = 1;
    } else {
      console.log(`${artifact} is up to date with aws ${schema.version} (generated in ${seconds} s)`);
    }
    continue;
  }
  const bytes = encodeArtifact(schema);
  mkdirSync(dirname(artifact), { recursive: true });
  writeFileSync(artifact, bytes);
  const count = (record) => Object.keys(record).length;
  console.log(
    `aws ${schema.version}: ${count(schema.resources)} resources, ${count(schema.functions)} functions, ` +
      `${count(schema.types)} input types, ${count(schema.outputTypes)} output types, ${count(schema.enums)} enums; ` +
      `${(bytes.length / 1024).toFixed(0)} KiB in ${seconds} s → ${artifact}`,
  );
}
