import { closest } from '../../core/text.js';
import type { Component, Resource } from '../../model/types.js';
import type { RuleContext } from '../context.js';
import { textOf } from '../_shared/fixes.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

/**
 * The resource options of the Pulumi SDKs (CustomResourceOptions and ComponentResourceOptions in
 * TypeScript, ResourceOptions keywords in Python), newer ones included so that a recent SDK is never
 * judged by an older one.
 */
const TS_OPTIONS = new Set([
  'id', 'parent', 'dependsOn', 'protect', 'ignoreChanges', 'version', 'pluginDownloadURL', 'provider', 'providers',
  'customTimeouts', 'transformations', 'transforms', 'aliases', 'urn', 'replaceOnChanges', 'retainOnDelete', 'deletedWith',
  'deleteBeforeReplace', 'additionalSecretOutputs', 'import', 'hooks', 'replaceWith', 'replacementTrigger', 'hideDiffs', 'envVarMappings',
]);
const PY_OPTIONS = new Set([
  'id', 'parent', 'depends_on', 'protect', 'ignore_changes', 'version', 'plugin_download_url', 'provider', 'providers',
  'custom_timeouts', 'transformations', 'transforms', 'aliases', 'urn', 'replace_on_changes', 'retain_on_delete', 'deleted_with',
  'delete_before_replace', 'additional_secret_outputs', 'import_', 'hooks', 'replace_with', 'replacement_trigger', 'hide_diffs', 'env_var_mappings',
]);

/** `dependsOn` and its misspellings belong to pulumi/depends-on-in-args. */
const DEPENDS_ON = /^depends_?on_?$/i;

export default defineRule({
  id: 'pulumi/unknown-resource-option',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    typescript: '`{{written}}` is not a resource option: TypeScript rejects the options object (an excess property of `CustomResourceOptions`), so nothing is deployed, and where it slips through the option is ignored.{{suggestion}}',
    python: '`{{written}}=` is not a keyword of `pulumi.ResourceOptions`: Python raises TypeError ("unexpected keyword argument") when this line runs, and the deployment stops.{{suggestion}}',
    pythonDict: 'The resource options are given as a dict: Python resources take only a `pulumi.ResourceOptions` as `opts`, so Python raises TypeError ("Expected resource options to be a ResourceOptions instance") when this line runs, and the deployment stops. Write `opts=pulumi.ResourceOptions({{keywords}})`.',
  },
  title: {
    typescript: 'Unknown resource option {{written:code}} on {{counted}}',
    python: 'Unknown resource option {{written:code}} on {{counted}}',
    pythonDict: 'Resource options given as a dict',
  },
  fixHint: 'Use the options the SDK defines, spelled for the language: `parent`, `provider`, `protect`, `ignoreChanges` / `ignore_changes`, `deleteBeforeReplace` / `delete_before_replace`, `customTimeouts` / `custom_timeouts`, `retainOnDelete` / `retain_on_delete`, `aliases`.',
  docs: {
    summary: 'A resource option the Pulumi SDK does not have, or an option spelled for the other language (`deleteBeforeReplace=` in Python, `ignore_changes` in TypeScript).',
    why: 'Resource options are a fixed set of SDK fields. Answers invent options (`dependency`, `region`, `tags`), write them in the other language\'s case, or take them from another tool (`deletionPolicy`). TypeScript does not compile the options object literal; Python\'s `ResourceOptions(...)` raises TypeError at start-up; either way nothing is deployed, and the behaviour the option was meant to give (replacement order, ignored changes) never exists.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 60 }, { ignore_changes: ['tags'] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", visibility_timeout_seconds=60, opts=pulumi.ResourceOptions(deleteBeforeReplace=True))\npulumi.export("url", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 60 }, { ignoreChanges: ['tags'] });\nexport const url = queue.url;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", visibility_timeout_seconds=60, opts=pulumi.ResourceOptions(delete_before_replace=True))\npulumi.export("url", queue.url)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/resources/options/', 'https://www.pulumi.com/docs/reference/pkg/python/pulumi/#pulumi.ResourceOptions'],
    notes: 'Python options given as a dict (`opts={"parent": self}`) are reported too: the SDK checks that `opts` is a `ResourceOptions`. Only option keys written in the call (an object literal, `ResourceOptions(...)` keywords) are judged; options built from an unknown value or spread are not. `dependsOn` and its misspellings are reported by pulumi/depends-on-in-args.',
  },
  check(ctx) {
    for (const r of [...ctx.resources(), ...ctx.model.components]) check(ctx, r);
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'options-dict' || seen.has(spanKey(e.at))) continue;
      seen.add(spanKey(e.at));
      const keywords = keywordsOf(textOf(ctx, e.at));
      ctx.report({ messageId: 'pythonDict', data: { keywords: keywords ?? '...' }, at: e.at });
    }
  },
});

function check(ctx: RuleContext, r: Resource | Component): void {
  if (r.opts.open) return;
  const python = r.lang === 'py';
  const valid = python ? PY_OPTIONS : TS_OPTIONS;
  for (const [key, meta] of r.opts.keys ?? []) {
    const written = meta.written;
    if (valid.has(written) || DEPENDS_ON.test(key) || DEPENDS_ON.test(written) || r.opts.props.get(key)?.kind === 'absent') continue;
    const other = python ? [...TS_OPTIONS].find((o) => o === written) : [...PY_OPTIONS].find((o) => o === written);
    const near = other ? (python ? snake(other) : camel(other)) : closest(written, [...valid]);
    const suggestion = near ? ` Did you mean \`${near}\`?` : '';
    ctx.report({ messageId: python ? 'python' : 'typescript', data: { written, suggestion }, at: meta.at, ...('args' in r ? { resource: r } : {}) });
  }
}

function snake(s: string): string {
  return s === 'import' ? 'import_' : s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function camel(s: string): string {
  return s === 'import_' ? 'import' : s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** `parent=self, protect=True` for a dict display `{"parent": self, "protect": True}` written on one line. */
function keywordsOf(text: string | undefined): string | undefined {
  const m = text && /^\{\s*(.*?)\s*,?\s*\}$/.exec(text);
  if (!m || m[1]!.includes('\n') || !m[1]) return undefined;
  const entries = m[1]!.split(/,\s*(?=["'])/);
  const out: string[] = [];
  for (const e of entries) {
    const kv = /^["']([A-Za-z_]\w*)["']\s*:\s*(.+)$/.exec(e.trim());
    if (!kv) return undefined;
    out.push(`${kv[1]}=${kv[2]}`);
  }
  return out.join(', ');
}
