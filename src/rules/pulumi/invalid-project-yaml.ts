import type { PulumiProjectFacts } from '../../core/program.js';
import type { At } from '../../ir/values.js';
import { extension, joinPosix } from '../../loaders/paths.js';
import type { ResourceModel } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** The program language each runtime runs. */
const RUNTIME_LANG: Record<string, 'ts' | 'py'> = { nodejs: 'ts', python: 'py' };
const LANG_NAME = { ts: 'TypeScript/JavaScript', py: 'Python' } as const;
const DIRECTORY_ENTRIES = ['index.ts', 'index.js', '__main__.py'];
/** The runtimes Pulumi has language hosts for. */
const RUNTIMES = new Set(['nodejs', 'python', 'go', 'dotnet', 'java', 'yaml']);
/** A `secure:` value that is ciphertext, not a placeholder for the reader to replace. */
const CIPHERTEXT = /^(?:AAABA[A-Za-z0-9+/=.]*|[A-Za-z0-9+/]{16,}={0,2})$/;
const PLACEHOLDER = /your|placeholder|replace|change|example|encrypted|secret|x{4}/i;

/** Provider packages whose settings live under their own namespace in stack files. */
const PROVIDER_NAMESPACES = new Set(['pulumi', 'aws', 'aws-native', 'awsx', 'azure', 'azure-native', 'gcp', 'google-native', 'kubernetes', 'random', 'tls', 'docker', 'eks', 'command', 'cloudflare', 'datadog', 'github', 'archive', 'time', 'null']);

/** The namespaces a stack setting may use: the project's, providers', and those the program reads. */
function knownNamespaces(model: ResourceModel, project: PulumiProjectFacts): Set<string> {
  const out = new Set(PROVIDER_NAMESPACES);
  if (project.name) out.add(project.name);
  for (const r of model.configReads) if (r.namespace) out.add(r.namespace);
  for (const i of model.imports) {
    const m = /^(?:@pulumi\/([a-z0-9-]+)|pulumi_([a-z0-9_]+))/.exec(i.module);
    if (m) out.add((m[1] ?? m[2]!).replace(/_/g, '-'));
  }
  return out;
}

function checkStackNamespaces(report: (r: Parameters<RuleContext['report']>[0]) => void, model: ResourceModel, project: PulumiProjectFacts): void {
  if (!project.name) return;
  const known = knownNamespaces(model, project);
  for (const stack of model.input.stackConfigs ?? []) {
    if (stack.parseError) continue;
    const seen = new Set<string>();
    for (const { key, offset } of stack.keys) {
      const i = key.indexOf(':');
      if (i <= 0) continue;
      const ns = key.slice(0, i);
      if (known.has(ns) || seen.has(ns)) continue;
      seen.add(ns);
      report({ messageId: 'stackNamespace', data: { file: stack.file, key, project: project.name, name: key.slice(i + 1) }, at: { f: stack.file, s: offset, e: offset + key.length } });
    }
  }
}

/** Settings of the AWS provider that models write without their `aws:` namespace. */
const AWS_PROVIDER_KEYS = new Set(['region', 'profile', 'accessKey', 'secretKey', 'sharedCredentialsFiles', 'allowedAccountIds']);
/** Key names of secrets (`dbPassword`, `api_token`), and of things about a secret that are not one (`secretName`, `passwordLength`). */
const SECRET_KEY = /(password|passwd|secret|token|api[_-]?key|private[_-]?key|credentials?)$/i;
/** Values that stand for a secret the user is to fill in, not the secret. */
const PLAIN_PLACEHOLDER = /\byour\b|your[-_]|placeholder|replace|change[-_ ]?me|example|todo|x{4}|\*{3}|^<.*>$|^\$\{.*\}$/i;
const NOT_SECRET_KEY = /(name|arn|id|length|ttl|days|rotation|enabled|path|version|count|type|prefix|region)$/i;

/** Stack settings files whose content Pulumi cannot use: keys outside `config:`, ciphertext of another stack. */
function checkStackFiles(ctx: RuleContext): void {
  const model = ctx.model;
  const usesAws = model.imports.some((i) => /^(@pulumi\/aws|pulumi_aws)(\/|\.|$)/.test(i.module));
  const project = model.project?.name ?? 'project';
  const ownReads = new Set(model.configReads.filter((r) => !r.namespace || r.namespace === model.project?.name).map((r) => r.key));
  const secretReads = new Set(model.configReads.filter((r) => r.secret).map((r) => r.key));
  for (const stack of ctx.model.input.stackConfigs ?? []) {
    if (stack.parseError) continue;
    for (const { key, offset } of stack.keys) {
      if (!usesAws || key.includes(':') || !AWS_PROVIDER_KEYS.has(key) || ownReads.has(key)) continue;
      ctx.report({ messageId: 'bareProviderKey', data: { file: stack.file, key, project }, at: { f: stack.file, s: offset, e: offset + key.length } });
    }
    for (const { key, value, offset } of stack.plain ?? []) {
      const name = key.slice(key.indexOf(':') + 1);
      const readAsSecret = secretReads.has(name);
      if (!readAsSecret && (!SECRET_KEY.test(name) || NOT_SECRET_KEY.test(name))) continue;
      if (PLAIN_PLACEHOLDER.test(value)) continue;
      const reason = readAsSecret ? ', although the program reads it as a secret' : '';
      ctx.report({ messageId: 'plainSecret', data: { file: stack.file, key, reason }, at: { f: stack.file, s: offset, e: offset + key.length }, class: 'SECRET-HARDCODED' });
    }
    for (const { key, offset } of stack.outside ?? []) {
      ctx.report({ messageId: 'outsideConfig', data: { file: stack.file, key }, at: { f: stack.file, s: offset, e: offset + key.length } });
    }
    for (const { key, value, offset } of stack.secure ?? []) {
      if (!CIPHERTEXT.test(value) || PLACEHOLDER.test(value)) continue;
      ctx.report({ messageId: 'copiedSecret', data: { file: stack.file, key }, at: { f: stack.file, s: offset, e: offset + key.length }, severity: 'medium' });
    }
  }
}

/** The attributes a config declaration may have, and the types it may declare (Pulumi's project schema). */
const DECLARATION_ATTRIBUTES = new Set(['type', 'items', 'description', 'secret', 'default', 'value']);
const CONFIG_TYPES = new Set(['string', 'integer', 'boolean', 'array']);

/** Does a declared default have the declared type? Pulumi accepts "true"/"false" and integer strings too. */
function defaultFits(type: string, value: unknown): boolean {
  if (type === 'string') return typeof value === 'string';
  if (type === 'integer') return (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^[+-]?\d+$/.test(value));
  if (type === 'boolean') return typeof value === 'boolean' || value === 'true' || value === 'false';
  return true;
}

/**
 * `config:` declarations Pulumi refuses when it loads the project: attributes or types outside its
 * schema, arrays without `items`, defaults of another type, `default` with `value`, and, for keys of
 * another namespace (`aws:region`), a `type` or a missing `value`.
 */
function checkDeclarations(ctx: RuleContext, project: PulumiProjectFacts): void {
  for (const c of project.config) {
    if (!c.attributes) continue;
    const at = { f: project.file, s: c.offset, e: c.offset + c.key.length };
    const report = (messageId: string, data: Record<string, string> = {}) => ctx.report({ messageId, data: { key: c.key, ...data }, at });
    const unknownAttr = c.attributes.find((a) => !DECLARATION_ATTRIBUTES.has(a));
    if (unknownAttr) {
      report('configAttribute', { attribute: unknownAttr });
      continue;
    }
    if (c.type !== undefined && (typeof c.type !== 'string' || !CONFIG_TYPES.has(c.type))) {
      report('configType', { type: typeof c.type === 'string' ? c.type : JSON.stringify(c.type) });
      continue;
    }
    if (c.hasDefault && c.hasValue) {
      report('configDefaultAndValue');
      continue;
    }
    const namespace = c.key.includes(':') ? c.key.split(':')[0]! : undefined;
    const own = namespace === undefined || namespace === project.name;
    if (!own) {
      // `default` on such a key is reported as providerDefault.
      if (typeof c.type === 'string' && !c.hasDefault) report('providerType', { namespace: namespace! });
      else if (!c.hasValue && !c.hasDefault) report('providerNoValue', { namespace: namespace! });
      continue;
    }
    if (c.type === 'array' && !c.hasItems) report('configArrayItems');
    else if (typeof c.type === 'string' && c.hasDefault && c.default !== null && !defaultFits(c.type, c.default)) report('configDefaultType', { type: c.type, value: JSON.stringify(c.default) });
  }
}

/** Does Pulumi.yaml `main` name one of the program's files (a directory means its index/__main__)? */
function mainResolves(project: PulumiProjectFacts, main: string, programs: Set<string>): boolean {
  const path = joinPosix(joinPosix(project.file, '..'), main);
  // `dist/index.js` in a TypeScript project is what the build writes, not a source file.
  if (/^(?:\.\/)?(dist|build|out)\/.+\.[cm]?js$/.test(main) && [...programs].some((p) => /\.tsx?$/.test(p))) return true;
  const candidates = extension(path) ? [path, path.replace(/\.[cm]?js$/, '.ts')] : DIRECTORY_ENTRIES.map((n) => joinPosix(path, n));
  return candidates.some((p) => programs.has(p));
}

/**
 * A missing `main` is only certain when the program files are all there: a project directory, or
 * an answer whose own entry point is another file. Answers without an entry point rely on the
 * template's files.
 */
function mainIsWrong(model: ResourceModel, project: PulumiProjectFacts): boolean {
  if (project.main === undefined) return false;
  const programs = new Set(model.input.files.filter((f) => f.role === 'program').map((f) => f.path));
  if (programs.size === 0 || mainResolves(project, project.main, programs)) return false;
  return model.input.kind === 'directory' || model.entry !== undefined;
}

export default defineRule({
  id: 'pulumi/invalid-project-yaml',
  class: 'PULUMI-PROJECT-YAML',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    providerDefault: "Pulumi.yaml declares a `default` for `{{key}}`, a key of the `{{namespace}}` provider. Pulumi refuses to load the project (\"Configuration key '{{key}}' is not namespaced by the project and should not define a default value\"). Use `value:` instead of `default:`, or set it per stack with `pulumi config set {{key}} ...`.",
    runtime: 'Pulumi.yaml says `runtime: {{runtime}}` but the program is written in {{language}}. Pulumi starts the wrong language host and the deployment fails; set `runtime: {{expected}}`.',
    noRuntime: 'Pulumi.yaml has no `runtime`, which Pulumi requires to know how to run the program; add `runtime: {{expected}}`.',
    main: 'Pulumi.yaml `main: {{main}}` names no file of the program{{entry}}. `pulumi up` cannot find the program to run; point `main` at the entry file.',
    parse: 'Pulumi.yaml cannot be parsed ({{error}}); Pulumi refuses to load the project. Fix the YAML.',
    stackNamespace: '{{file}} sets `{{key}}`, but the project is named `{{project}}`: `new pulumi.Config()` reads `{{project}}:{{name}}`, so this value never reaches the program (which gets the default or fails on `require`). Name the key `{{project}}:{{name}}`, or rename the project.',
    unknownRuntime: 'Pulumi.yaml says `runtime: {{runtime}}`, which is not a Pulumi runtime (nodejs, python, go, dotnet, java, yaml): Pulumi refuses to load the project. Set `runtime: {{expected}}`.',
    outsideConfig: '{{file}} writes `{{key}}` at the top level, outside `config:`. Pulumi reads stack settings only under `config:`, so the value never reaches the program (which gets its default, or fails on `require`). Move the key under `config:`.',
    bareProviderKey: '{{file}} sets `{{key}}` without a namespace. Pulumi takes such a key as the project\'s own (`{{project}}:{{key}}`), or, in older CLIs, refuses to parse the file; either way the AWS provider, which reads only `aws:{{key}}`, never gets it, and the program does not read `{{key}}` itself, so the stack deploys with whatever the environment gives (or fails without a region). Name the key `aws:{{key}}`.',
    plainSecret: '{{file}} stores `{{key}}` in plain text{{reason}}: the value is committed with the stack file and shown by `pulumi config`, so anyone with the repository can read it. Remove it and set it with `pulumi config set --secret {{key}} <value>`, which stores it encrypted (`secure:`).',
    noName: 'Pulumi.yaml has no `name`, which Pulumi requires ("project is missing a \'name\' attribute"): every command stops before the program runs. Add `name: <project-name>`; it is also the namespace of the project\'s config keys.',
    configAttribute: 'Pulumi.yaml declares `{{key}}` with the attribute `{{attribute}}`, which a config declaration cannot have (only type, items, description, secret, default, value): Pulumi refuses to load the project. Remove `{{attribute}}` and check the value in the program instead.',
    configType: 'Pulumi.yaml declares `{{key}}` with `type: {{type}}`, which is no Pulumi config type (string, integer, boolean, array): Pulumi refuses to load the project. Use one of those types, or leave `type` out.',
    configDefaultAndValue: 'Pulumi.yaml gives `{{key}}` both a `default` and a `value`: Pulumi refuses to load the project ("cannot have both a \'default\' and \'value\' attribute"). Keep one of them.',
    configArrayItems: 'Pulumi.yaml declares `{{key}}` as `type: array` without `items`: Pulumi refuses to load the project ("declares an array but does not specify the underlying type via the \'items\' attribute"). Add `items: { type: string }` (or the element type).',
    configDefaultType: 'Pulumi.yaml declares `{{key}}` as `{{type}}` with the default {{value}}, which is not a {{type}}: Pulumi refuses to load the project ("The default value specified for configuration key ... is not of the expected type"). Make the default a {{type}}, or change the type.',
    providerType: 'Pulumi.yaml declares a `type` for `{{key}}`, a key of the `{{namespace}}` namespace: only the project\'s own keys may be typed, so Pulumi refuses to load the project ("is not namespaced by the project and should not define a type"). Remove `type` and set the key with `value:`.',
    providerNoValue: 'Pulumi.yaml lists `{{key}}`, a key of the `{{namespace}}` namespace, without a `value`: Pulumi refuses to load the project ("is namespaced and must provide an attribute \'value\'"). Give it `value: ...`, or remove it and set it per stack with `pulumi config set {{key}} ...`.',
    copiedSecret: '{{file}} ships an encrypted value for `{{key}}` (`secure: ...`). Secrets are encrypted with the key of the stack that wrote them, so on the reader\'s stack Pulumi cannot decrypt it and `pulumi up` stops. Leave it out and set it with `pulumi config set --secret {{key}} <value>`.',
  },
  title: {
    providerDefault: 'Pulumi.yaml declares a default for the provider key `{{key}}`, which Pulumi refuses',
    runtime: 'Pulumi.yaml runtime `{{runtime}}` for a {{language}} program',
    noRuntime: 'Pulumi.yaml has no runtime',
    main: 'Pulumi.yaml `main: {{main}}` names no file of the program',
    parse: 'Pulumi.yaml does not parse',
    stackNamespace: '{{file}} sets `{{key}}`, which the project `{{project}}` never reads',
    unknownRuntime: 'Pulumi.yaml runtime `{{runtime}}` is not a Pulumi runtime',
    outsideConfig: '{{file}} sets `{{key}}` outside `config:`',
    noName: 'Pulumi.yaml has no project name',
    configAttribute: 'Pulumi.yaml config `{{key}}` has the attribute `{{attribute}}`, which Pulumi refuses',
    configType: 'Pulumi.yaml config `{{key}}` has the invalid type `{{type}}`',
    configDefaultAndValue: 'Pulumi.yaml config `{{key}}` has both a default and a value',
    configArrayItems: 'Pulumi.yaml config `{{key}}` is an array without `items`',
    configDefaultType: 'Pulumi.yaml config `{{key}}` has a default that is not a {{type}}',
    providerType: 'Pulumi.yaml declares a type for the provider key `{{key}}`, which Pulumi refuses',
    providerNoValue: 'Pulumi.yaml lists the provider key `{{key}}` without a value, which Pulumi refuses',
    copiedSecret: '{{file}} ships ciphertext for `{{key}}` that no other stack can decrypt',
    bareProviderKey: '{{file}} sets `{{key}}` without the `aws:` namespace',
    plainSecret: '{{file}} stores the secret `{{key}}` in plain text',
  },
  fixHint: 'Keep Pulumi.yaml consistent with the code: `runtime` matching the language, `main` pointing at the entry file, provider settings such as aws:region set with `value:` or per stack, never `default:`.',
  docs: {
    summary: 'Pulumi.yaml that Pulumi rejects or that does not match the program: no `name`, provider keys with `default`, a `type` or no `value`, config declarations outside Pulumi\'s schema (unknown attributes or types, arrays without `items`, defaults of another type, `default` with `value`), wrong or unknown `runtime`, `main` pointing at a missing file; stack settings files (Pulumi.<stack>.yaml) that Pulumi cannot use: settings under another project\'s name or outside `config:`, encrypted values copied from another stack, AWS provider settings without their `aws:` namespace, secrets in plain text.',
    why: 'The project file is read before any code runs, so its mistakes stop every deployment. Generated answers often declare `aws:region` with a `default:` (only project-namespaced keys may have defaults; Pulumi fails with "is not namespaced by the project and should not define a default value"), set `runtime: nodejs` for a Python program or the reverse, or point `main` at a file the answer does not contain.',
    bad: {
      md: '# Answer\n\n## File: Pulumi.yaml\n\n```yaml\nname: payments\nruntime: python\nconfig:\n  aws:region:\n    default: us-east-1\n```\n\n## File: __main__.py\n\n```python\nimport pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\npulumi.export("bucket", bucket.bucket)\n```\n',
    },
    good: {
      md: '# Answer\n\n## File: Pulumi.yaml\n\n```yaml\nname: payments\nruntime: python\nconfig:\n  aws:region:\n    value: us-east-1\n  payments:environmentSuffix:\n    default: dev\n```\n\n## File: __main__.py\n\n```python\nimport pulumi\nimport pulumi_aws as aws\nbucket = aws.s3.BucketV2("data")\npulumi.export("bucket", bucket.bucket)\n```\n',
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/projects/project-file/',
      'https://www.pulumi.com/docs/iac/concepts/config/',
      'https://github.com/pulumi/pulumi/blob/master/sdk/go/common/workspace/project.go',
    ],
    notes: 'Findings about `runtime` and `main` point at the start of Pulumi.yaml (the project facts carry offsets only for config keys). `main` is checked only when the program files are complete: a project directory, or an answer that has its own entry point; a `.js` main under a build folder (`dist/index.js`) of a TypeScript program is its compiled output and is accepted. YAML syntax errors are reported for project directories only. Stack settings (Pulumi.<stack>.yaml) are checked when the answer gives Pulumi.yaml: a key whose namespace is neither the project\'s name, `pulumi`, a provider package the program imports or a well-known provider, nor a namespace the program reads with `new pulumi.Config("...")`, is set for nobody. Stack files are also checked without Pulumi.yaml: a top-level key shaped like a setting (`aws:region:` beside `config:`) is outside `config:`, and a `secure:` value that is ciphertext (not a placeholder such as `<your-password>`) cannot be decrypted by another stack (reported with medium severity). In stack files, a setting of the AWS provider written without `aws:` (`region`, `profile`, …) in a program that imports the AWS provider and does not read that key itself is reported, and so is a plain-text value for a key the program reads as a secret or whose name says it is one (`dbPassword`, `apiToken`; not `passwordLength`, `secretName`; placeholders such as `<set-me>` are left alone), with class SECRET-HARDCODED. A Pulumi.yaml block with neither `name`, `runtime` nor `main` is taken as a fragment to merge into the reader\'s project file and is not judged; config declarations are checked only in their mapping form (`key: { type, default, ... }`), the scalar shorthand being a value.',
  },
  check(ctx) {
    const model = ctx.model;
    checkStackFiles(ctx);
    const project = model.project;
    if (!project) return;
    const start: At = { f: project.file, s: 0, e: 0 };
    if (project.parseError) {
      // In Markdown answers a broken block is usually an extraction artefact (a file name or a stray
      // brace inside the fence), not the project file itself.
      if (model.input.kind === 'directory') ctx.report({ messageId: 'parse', data: { error: project.parseError.split('\n')[0]! }, at: start });
      return;
    }
    // A block with neither name, runtime nor main is a fragment to merge into the reader's Pulumi.yaml
    // (`config:` to add), whose keys' namespace is the reader's project.
    if (project.name === undefined && project.runtime === undefined && project.main === undefined) return;
    if (project.name === undefined) ctx.report({ messageId: 'noName', at: start });
    checkDeclarations(ctx, project);
    for (const c of project.config) {
      const namespace = c.key.includes(':') ? c.key.split(':')[0]! : undefined;
      if (!c.hasDefault || namespace === undefined || namespace === project.name || c.attributes?.some((a) => !DECLARATION_ATTRIBUTES.has(a))) continue;
      ctx.report({ messageId: 'providerDefault', data: { key: c.key, namespace }, at: { f: project.file, s: c.offset, e: c.offset + c.key.length } });
    }
    const langs = model.languages;
    const only = langs.length === 1 ? langs[0]! : undefined;
    const expected = only === 'py' ? 'python' : only === 'ts' ? 'nodejs' : undefined;
    if (project.runtime === undefined) {
      if (expected) ctx.report({ messageId: 'noRuntime', data: { expected }, at: start });
    } else if (!RUNTIMES.has(project.runtime)) {
      ctx.report({ messageId: 'unknownRuntime', data: { runtime: project.runtime, expected: expected ?? 'nodejs' }, at: start });
    } else if (only && expected && RUNTIME_LANG[project.runtime] !== only) {
      ctx.report({ messageId: 'runtime', data: { runtime: project.runtime, language: LANG_NAME[only], expected }, at: start });
    }
    checkStackNamespaces(ctx.report.bind(ctx), model, project);
    if (mainIsWrong(model, project)) {
      ctx.report({ messageId: 'main', data: { main: project.main!, entry: model.entry ? ` (the entry point is \`${model.entry}\`)` : '' }, at: start });
    }
  },
});
