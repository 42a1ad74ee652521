import type { StackConfigFacts } from '../../core/program.js';
import type { ConfigRead } from '../../model/types.js';
import { instructionText } from '../_shared/lambda-archive.js';
import { defineRule } from '../define-rule.js';

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `ns:key` of a read: the namespace it names, or the project's (undefined when the answer has no Pulumi.yaml name). */
function fullKey(read: ConfigRead, project: string | undefined): { ns: string | undefined; key: string } {
  const i = read.key.indexOf(':');
  if (i > 0) return { ns: read.key.slice(0, i), key: read.key.slice(i + 1) };
  return { ns: read.namespace ?? project, key: read.key };
}

/** The keys a stack file sets, split into namespace and name (a bare key is the project's). */
function stackKeys(stack: StackConfigFacts, project: string | undefined): { ns: string | undefined; key: string; raw: string }[] {
  return stack.keys.map(({ key }) => {
    const i = key.indexOf(':');
    return i > 0 ? { ns: key.slice(0, i), key: key.slice(i + 1), raw: key } : { ns: project, key, raw: key };
  });
}

export default defineRule({
  id: 'pulumi/required-config-not-set',
  class: 'PULUMI-PROJECT-YAML',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    notSet: 'The program requires the config key `{{name}}` (`{{method}}`), but none of the stack files the answer gives ({{files}}) sets it{{elsewhere}}, Pulumi.yaml declares no default for it, and the answer never says to set it: `pulumi up` stops with "Missing required configuration variable \'{{name}}\'". Set `{{name}}` in the stack file(s), or read it with `get` and a default.',
  },
  title: {
    notSet: 'Required config key {{name:code}} set in no stack file of the answer',
  },
  fixHint: 'Every key a program reads with `config.require*` must be set for each stack (`pulumi config set <key> <value>`, or `config:` in Pulumi.<stack>.yaml), declared with a default in Pulumi.yaml, or read with `config.get*` and a fallback.',
  docs: {
    summary: 'A config key the program reads with `require`/`requireSecret`/`requireNumber`/... that none of the answer\'s stack settings files (Pulumi.<stack>.yaml) sets, that Pulumi.yaml gives no default, and that the answer does not tell the reader to set.',
    why: 'An answer that ships its stack files presents them as the configuration to deploy with. A required key missing from them (often because the stack file names it differently, or under another namespace than the one `new pulumi.Config(...)` reads) makes the program throw before it registers any resource, so nothing deploys until the reader finds and sets the key.',
    bad: {
      md: '# Answer\n\n## File: Pulumi.yaml\n\n```yaml\nname: payments\nruntime: nodejs\n```\n\n## File: Pulumi.dev.yaml\n\n```yaml\nconfig:\n  aws:region: us-east-1\n  payments:environment: dev\n```\n\n## File: index.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\nconst config = new pulumi.Config();\nconst env = config.require("environment");\nconst owner = config.require("owner");\nexport const bucket = new aws.s3.Bucket(`data-${env}`, { tags: { Owner: owner } }).bucket;\n```\n',
    },
    good: {
      md: '# Answer\n\n## File: Pulumi.yaml\n\n```yaml\nname: payments\nruntime: nodejs\n```\n\n## File: Pulumi.dev.yaml\n\n```yaml\nconfig:\n  aws:region: us-east-1\n  payments:environment: dev\n  payments:owner: platform-team\n```\n\n## File: index.ts\n\n```typescript\nimport * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\nconst config = new pulumi.Config();\nconst env = config.require("environment");\nconst owner = config.require("owner");\nexport const bucket = new aws.s3.Bucket(`data-${env}`, { tags: { Owner: owner } }).bucket;\n```\n',
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/config/', 'https://www.pulumi.com/docs/iac/concepts/projects/project-file/'],
    notes: 'Judged only when the answer gives at least one stack settings file that parses, and only for keys whose name is known. A key counts as set when a stack file sets it under the namespace the program reads (the project\'s name, a bare key, or the name given to `new pulumi.Config("...")`; any namespace when the answer has no Pulumi.yaml name), when Pulumi.yaml declares it with a `default` or `value`, or when the answer\'s prose or shell blocks name it in `pulumi config set`. Keys set in some stack files and not in others are not reported (the program may read them only for some stacks).',
  },
  check(ctx) {
    const model = ctx.model;
    const stacks = (model.input.stackConfigs ?? []).filter((s) => !s.parseError);
    if (stacks.length === 0) return;
    const project = model.project?.parseError ? undefined : model.project;
    const projectName = project?.name;
    const declared = new Set((project?.config ?? []).filter((c) => c.hasDefault || c.hasValue || !c.attributes).map((c) => (c.key.includes(':') ? c.key : `${projectName}:${c.key}`)));
    const set = stacks.flatMap((s) => stackKeys(s, projectName));
    const text = instructionText(model);
    const files = stacks.map((s) => `\`${s.file}\``).join(', ');
    const seen = new Set<string>();
    for (const read of model.configReads) {
      // `<dynamic>`: the model's key for a name it cannot resolve.
      if (!read.required || !read.key || read.key === '<dynamic>') continue;
      const { ns, key } = fullKey(read, projectName);
      const name = ns ? `${ns}:${key}` : key;
      if (seen.has(name)) continue;
      seen.add(name);
      // Without a project name, the namespace of a plain `new pulumi.Config()` is not known.
      if (set.some((k) => k.key === key && (ns === undefined || k.ns === undefined || k.ns === ns))) continue;
      if (declared.has(name) || (ns === undefined && [...declared].some((d) => d.endsWith(`:${key}`)))) continue;
      if (new RegExp(`config\\s+set\\b[^\\n]*?(?:\\s|:)${escapeRe(key)}\\b`).test(text)) continue;
      const other = set.find((k) => k.key === key);
      const elsewhere = other ? ` (\`${other.raw}\` is a key of another namespace, which \`${read.method}\` does not read)` : '';
      ctx.report({ messageId: 'notSet', data: { name, method: read.method, files, elsewhere }, at: read.at });
    }
  },
});
