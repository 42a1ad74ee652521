import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { alternatives } from '../_shared/name-provenance.js';
import { carriesSuffix, missingSuffixText, SUFFIX_KEY } from '../_shared/suffix.js';
import { str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** Every value a name may take is a known string. */
function fixed(v: Value): boolean {
  return alternatives(v).every((alt) => str(alt.kind === 'output' ? alt.inner : alt) !== undefined);
}

/** The names of a resource that carry the suffix: its logical name and its string arguments. */
function suffixNames(r: Resource): Value[] {
  const out: Value[] = [];
  if (carriesSuffix(r.name)) out.push(r.name);
  for (const v of r.args.props.values()) if ((v.kind === 'known' || v.kind === 'str' || v.kind === 'unknown') && carriesSuffix(v)) out.push(v);
  return out;
}

export default defineRule({
  id: 'naming/environment-suffix-hardcoded',
  class: 'NAME-ENV-SUFFIX',
  severity: 'medium',
  category: 'naming',
  resourceTypes: [],
  messages: {
    literal: 'Every resource name carries the environment suffix, but the suffix is a fixed value (this {{type}} is named `{{name}}`): nothing reads it from configuration or the `ENVIRONMENT_SUFFIX` environment variable. Every deployment of the program gets the same names, so a second environment or pull-request stack collides with the first; read the suffix in the entry point (`process.env.ENVIRONMENT_SUFFIX` / `config.get("environmentSuffix")`) and pass it on.',
    notGiven: 'This {{type}} is named `{{name}}`: the names are built from an environment suffix that no caller gives (the entry point creates the stack or component without it), so the suffix is `{{missing}}` in every deployment. Every environment gets the same names and a second one fails with "already exists"; read the suffix in the entry point (`process.env.ENVIRONMENT_SUFFIX` / `config.get("environmentSuffix")`) and pass it (`new TapStack(name, { environmentSuffix })` / `TapStackArgs(environment_suffix=...)`).',
    notPassed: 'The program reads the environment suffix ({{source}}), but the names use a fixed value instead (this {{type}} is named `{{name}}`): the value read is not passed to the code that builds the names, which falls back to its default. Every deployment gets the same names and a second environment collides with the first; pass the suffix that was read (e.g. `new TapStack(name, { environmentSuffix })`).',
  },
  title: {
    literal: 'Environment suffix fixed in the names (`{{name}}`) instead of read from configuration',
    notGiven: 'Environment suffix never passed: names read `{{name}}`',
    notPassed: 'Environment suffix read ({{source}}) but a fixed value used in the names (`{{name}}`)',
  },
  fixHint: 'Read the suffix once in the entry point (`const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || config.get("environmentSuffix") || "dev"`) and pass it to the stack or components that build names.',
  docs: {
    summary: 'An environment suffix that is a literal (`environment_suffix="dev"` in the entry point, or a default the entry point never overrides).',
    why: 'The environment suffix exists so that several copies of a program (environments, pull-request stacks) can live in one account: it must come from the deployment, through configuration or the `ENVIRONMENT_SUFFIX` environment variable. Generated entry points often pass a literal (`TapStackArgs(environment_suffix="dev")`) or forget to pass the value they read, so the component falls back to its default. Every deployment then uses the same names and the second one fails with "already exists" errors.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass TapStack extends pulumi.ComponentResource {\n  constructor(name: string, args: { environmentSuffix?: string }, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:stack:TapStack', name, {}, opts);\n    const environmentSuffix = args.environmentSuffix || 'dev';\n    new aws.sqs.Queue(\`jobs-\${environmentSuffix}\`, {}, { parent: this });\n    this.registerOutputs({});\n  }\n}\nnew TapStack('tap', {});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nclass TapStack(pulumi.ComponentResource):\n    def __init__(self, name, environment_suffix, opts=None):\n        super().__init__("tap:stack:TapStack", name, None, opts)\n        aws.sqs.Queue(f"jobs-{environment_suffix}", opts=pulumi.ResourceOptions(parent=self))\n        self.register_outputs({})\nTapStack("tap", environment_suffix="dev")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass TapStack extends pulumi.ComponentResource {\n  constructor(name: string, args: { environmentSuffix?: string }, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:stack:TapStack', name, {}, opts);\n    const environmentSuffix = args.environmentSuffix || 'dev';\n    new aws.sqs.Queue(\`jobs-\${environmentSuffix}\`, {}, { parent: this });\n    this.registerOutputs({});\n  }\n}\nnew TapStack('tap', { environmentSuffix: process.env.ENVIRONMENT_SUFFIX || 'dev' });\n`,
      py: `import os\nimport pulumi\nimport pulumi_aws as aws\nclass TapStack(pulumi.ComponentResource):\n    def __init__(self, name, environment_suffix, opts=None):\n        super().__init__("tap:stack:TapStack", name, None, opts)\n        aws.sqs.Queue(f"jobs-{environment_suffix}", opts=pulumi.ResourceOptions(parent=self))\n        self.register_outputs({})\nTapStack("tap", environment_suffix=os.environ.get("ENVIRONMENT_SUFFIX", "dev"))\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/config/', 'https://www.pulumi.com/docs/iac/concepts/stacks/#stackreferences'],
    notes: 'A suffix that the entry point does not pass at all (`new TapStack(\'tap\', {})`, `TapStack("tap", TapStackArgs())`) and that the component uses without a default reaches the names as `undefined` / `None`; that is reported at high severity. Runs only on whole programs with a known entry point, and only when every name that carries a suffix (a variable, parameter or property named like `environmentSuffix`) is a known string in code the entry point reaches: a suffix from configuration, an environment variable or the stack name anywhere keeps the rule silent. One finding per program.',
  },
  check(ctx) {
    const model = ctx.model;
    if (!model.entry || !programIsComplete(model)) return;
    const named = model.resources.filter((r) => r.reached && !r.isProvider).map((r) => ({ r, names: suffixNames(r) })).filter((x) => x.names.length > 0);
    if (named.length === 0 || !named.every((x) => x.names.every(fixed))) return;
    const first = named[0]!;
    const name = str(first.r.name) ?? str(first.names[0]!) ?? '';
    const c = model.configReads.find((x) => SUFFIX_KEY.test(x.key.split(':').pop() ?? x.key));
    const e = model.envReads.find((x) => SUFFIX_KEY.test(x.name));
    const source = c ? `config \`${c.key}\`` : e ? `environment variable \`${e.name}\`` : undefined;
    // A suffix that nobody passes reaches the names as `undefined` / `None`: the caller left it out.
    const missing = missingSuffixText(first.names[0]!);
    if (missing) ctx.report({ messageId: 'notGiven', data: { type: first.r.typePath, name, missing }, resource: first.r, severity: 'high' });
    else if (source) ctx.report({ messageId: 'notPassed', data: { source, type: first.r.typePath, name }, at: (c ?? e)!.at });
    else ctx.report({ messageId: 'literal', data: { type: first.r.typePath, name }, resource: first.r });
  },
});
