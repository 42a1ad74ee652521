// The @pulumi/aws releases stacklint knows, one per supported major version. Both are devDependencies
// (the 6.x one under an npm alias); bump them with `npm install --save-exact -D …` and run `npm run schema`.

import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);

export const PINNED = [
  { major: 7, packageDir: fileURLToPath(new URL('node_modules/@pulumi/aws/', root)) },
  { major: 6, packageDir: fileURLToPath(new URL('node_modules/@pulumi/aws-v6/', root)) },
].map((p) => ({ ...p, artifact: fileURLToPath(new URL(`src/schema/data/aws-${p.major}.schema`, root)) }));
