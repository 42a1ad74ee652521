import { basename } from '../../loaders/paths.js';
import { type Manifest, manifestsFor, normalisePythonPackage } from '../_shared/manifests.js';
import { PYTHON_STDLIB } from '../_shared/python-stdlib.js';
import { defineRule } from '../define-rule.js';

const NODE_BUILTINS = new Set(
  `assert async_hooks buffer child_process cluster console constants crypto dgram diagnostics_channel dns domain events fs
  http http2 https inspector module net os path perf_hooks process punycode querystring readline repl stream
  string_decoder sys timers tls trace_events tty url util v8 vm wasi worker_threads zlib test`.split(/\s+/),
);

/** Python import names whose distribution is spelled otherwise. */
const PYTHON_DISTRIBUTIONS: Record<string, string[]> = {
  yaml: ['pyyaml'],
  dateutil: ['python-dateutil'],
  PIL: ['pillow'],
  jwt: ['pyjwt'],
  dotenv: ['python-dotenv'],
  attr: ['attrs'],
  Crypto: ['pycryptodome', 'pycryptodomex'],
  bs4: ['beautifulsoup4'],
  OpenSSL: ['pyopenssl'],
  nacl: ['pynacl'],
  git: ['gitpython'],
  magic: ['python-magic'],
  cv2: ['opencv-python', 'opencv-python-headless'],
  sklearn: ['scikit-learn'],
  pkg_resources: ['setuptools'],
  jose: ['python-jose'],
  grpc: ['grpcio'],
  google: [],
};

// What the Pulumi SDKs install with themselves (npm hoists it next to them; pip installs it into the
// same environment), so a program can import it without declaring it.
const WITH_PULUMI_NPM = new Set(['@pulumi/pulumi', 'semver', 'js-yaml', 'minimist', 'google-protobuf', '@grpc/grpc-js', 'source-map-support', 'ts-node', 'typescript', 'mime', 'resolve', 'upath']);
const WITH_PULUMI_PY = new Set(['pulumi', 'pyyaml', 'semver', 'grpcio', 'protobuf', 'dill', 'six', 'parver', 'typing-extensions', 'debugpy', 'pip']);

/** Packages that a declared one brings with it. */
function comesWith(name: string, declared: Set<string>, kind: Manifest['kind']): boolean {
  const any = (test: (d: string) => boolean) => [...declared].some(test);
  if (kind === 'npm') return WITH_PULUMI_NPM.has(name) && any((d) => d.startsWith('@pulumi/'));
  if (WITH_PULUMI_PY.has(name)) return any((d) => d === 'pulumi' || d.startsWith('pulumi-'));
  if (name === 'botocore' || name === 's3transfer') return declared.has('boto3');
  return false;
}

function isPulumiPackage(name: string): boolean {
  return name.startsWith('@pulumi/') || name === 'pulumi' || name.startsWith('pulumi-');
}

/** The package an import specifier loads: `@scope/pkg/sub` → `@scope/pkg`, `lodash/fp` → `lodash`. */
function npmPackage(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return NODE_BUILTINS.has(name) ? undefined : name;
}

export default defineRule({
  id: 'code/undeclared-dependency',
  class: 'CODE-IMPORT-MODULE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    npm: '`{{module}}` is imported, but {{manifest}} does not declare `{{pkg}}`: `npm install` / `npm ci` does not install it, so the program stops with "Cannot find module \'{{pkg}}\'" before anything is deployed. Add it to `dependencies`.',
    python: '`{{module}}` is imported, but it is neither one of the answer\'s modules nor a package {{manifest}} lists: the environment Pulumi installs from it lacks the package, so the program stops with ModuleNotFoundError. Add `{{pkg}}` to {{manifest}} (or give the module).',
  },
  title: {
    npm: '{{module:code}} imported but {{pkg:code}} not declared in {{manifest}}',
    python: '{{module:code}} imported but not listed in {{manifest}}',
  },
  fixHint: 'Declare every package the program imports in the manifest the answer gives (package.json `dependencies`, requirements.txt), e.g. `@pulumi/random` / `pulumi-random` next to the AWS provider.',
  docs: {
    summary: 'A package the program imports that the answer\'s own package.json, requirements.txt, Pipfile or pyproject.toml does not declare.',
    why: 'When an answer gives its dependency manifest, that file is what CI and `pulumi up` install from. Models add imports (`@pulumi/random`, `pulumi_random`, `yaml`) without adding the package, so the install succeeds and the program then fails at start-up with "Cannot find module" / ModuleNotFoundError; nothing is deployed.',
    bad: {
      md: '# Stack\n\n## File: package.json\n\n```json\n{\n  "name": "stack",\n  "dependencies": { "@pulumi/pulumi": "^3.0.0", "@pulumi/aws": "^6.0.0" }\n}\n```\n\n## File: index.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as random from "@pulumi/random";\n\nconst suffix = new random.RandomString("suffix", { length: 6, special: false, upper: false });\nexport const bucket = new aws.s3.BucketV2("data", { bucket: suffix.result.apply((s) => `data-${s}`) }).bucket;\n```\n',
    },
    good: {
      md: '# Stack\n\n## File: package.json\n\n```json\n{\n  "name": "stack",\n  "dependencies": { "@pulumi/pulumi": "^3.0.0", "@pulumi/aws": "^6.0.0", "@pulumi/random": "^4.0.0" }\n}\n```\n\n## File: index.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as random from "@pulumi/random";\n\nconst suffix = new random.RandomString("suffix", { length: 6, special: false, upper: false });\nexport const bucket = new aws.s3.BucketV2("data", { bucket: suffix.result.apply((s) => `data-${s}`) }).bucket;\n```\n',
    },
    references: ['https://docs.npmjs.com/cli/v10/configuring-npm/package-json#dependencies', 'https://www.pulumi.com/docs/iac/languages-sdks/python/#packages'],
    notes: 'Only modules of the Pulumi program are checked: the entry point and what it imports (without a known entry point, the modules nobody imports whose imports reach a Pulumi SDK, and what they import), not a standalone script shown beside it. Only answers that give the Pulumi project\'s manifest (one that declares a Pulumi package) in the importing file\'s folder or above are judged; a manifest that cannot be read whole (invalid JSON, no dependency list, `-r other.txt`, VCS links) is not. Node.js built-ins and the Python standard library need no declaration; `@pulumi/pulumi` comes with any `@pulumi/*` provider and `pulumi` with any `pulumi-*` one, `botocore` with `boto3`. Python import names are matched to distributions by the usual spelling rules (`pulumi_aws` → `pulumi-aws`) and a table of exceptions (`yaml` → PyYAML). Lambda handler code is not checked here (see aws/lambda-dependency-not-packaged).',
  },
  check(ctx) {
    const seen = new Set<string>();
    // Only what `pulumi up` loads needs the manifest: a standalone script beside the program (a
    // smoke test, a deploy helper) is installed and run some other way.
    const program = new Set(ctx.model.programModules);
    for (const imp of ctx.model.imports) {
      const file = ctx.fileOf(imp.at);
      if (!file || file.role !== 'program' || !program.has(file.path)) continue;
      const python = file.language === 'python';
      const kind = python ? 'python' : 'npm';
      const top = python ? imp.module.split('.')[0]! : npmPackage(imp.module);
      if (!top || (python && (PYTHON_STDLIB.has(top) || top === '__future__'))) continue;
      // Only the Pulumi project's own manifests: one that declares no Pulumi package is a Lambda's
      // or a tool's (answers name such blocks `requirements.txt` / `package.json` too).
      const manifests = manifestsFor(ctx.model, file.path, kind)?.filter((m) => [...m.packages].some(isPulumiPackage));
      if (!manifests?.length || manifests.some((m) => m.open)) continue;
      const declared = new Set(manifests.flatMap((m) => [...m.packages]));
      const wanted = python ? (PYTHON_DISTRIBUTIONS[top] ?? [normalisePythonPackage(top)]) : [top];
      // An import name of a namespace package (`google`) maps to no one distribution: not judged.
      if (wanted.length === 0 || wanted.some((w) => declared.has(w)) || comesWith(wanted[0]!, declared, kind)) continue;
      const key = `${file.path}\u0000${top}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const manifest = manifests.map((m) => `\`${m.file.path}\``).join(' / ');
      ctx.report({ messageId: kind, data: { module: imp.module, pkg: wanted[0]!, manifest: manifests.length === 1 ? `\`${basename(manifests[0]!.file.path)}\`` : manifest }, at: imp.at });
    }
  },
});
