#!/usr/bin/env node
// Writes the example failure reports of docs/examples/reviews/: the three seed tasks of the corpus
// (pulumi-py/Pr7051, Pr7669, Pr6524) and the two TypeScript seeds rebuilt from the code they quote
// (tests/seeds/seed-002, seed-003), each reviewed with its corrected answer and request, as
// `stacklint review <task>` writes them. Run after `npm run build`.
//
//   npm run examples

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const corpus = join(root, '..', 'shared', 'corpus');
const out = join(root, 'docs', 'examples', 'reviews');
const tasks = [
  ['seed-000-pulumi-py-Pr7051', join(corpus, 'pulumi-py', 'Pr7051', 'lib')],
  ['seed-001-pulumi-py-Pr7669', join(corpus, 'pulumi-py', 'Pr7669', 'lib')],
  ['seed-002-typescript', join(root, 'tests', 'seeds', 'seed-002')],
  ['seed-003-typescript', join(root, 'tests', 'seeds', 'seed-003')],
  ['seed-004-pulumi-py-Pr6524', join(corpus, 'pulumi-py', 'Pr6524', 'lib')],
];
const { prepare, reviewPaths } = await import(join(root, 'dist', 'pipeline.js'));
const { renderReviewMarkdown } = await import(join(root, 'dist', 'reporters', 'review.js'));
await prepare();
mkdirSync(out, { recursive: true });
for (const [name, lib] of tasks) {
  if (!existsSync(join(lib, 'MODEL_RESPONSE.md'))) {
    console.error(`skipped ${name}: ${lib} not found`);
    continue;
  }
  const paths = { model: join(lib, 'MODEL_RESPONSE.md') };
  if (existsSync(join(lib, 'IDEAL_RESPONSE.md'))) paths.ideal = join(lib, 'IDEAL_RESPONSE.md');
  if (existsSync(join(lib, 'PROMPT.md'))) paths.prompt = join(lib, 'PROMPT.md');
  const review = await reviewPaths(paths);
  // Paths relative to the repository, so the reports read the same on any machine.
  // (the corpus beside it is `../shared`).
  const md = renderReviewMarkdown(review, root).split(`${join(root, '..')}/`).join('../');
  writeFileSync(join(out, `${name}.md`), md);
  console.log(`${name}: ${review.failures.length} failures, ${review.minor.length} minor issues`);
}
