import type { Value } from '../../ir/values.js';
import type { Component, Resource } from '../../model/types.js';
import { defineRule } from '../define-rule.js';

/** Options that may hold `parent` without the model seeing it (built from an unknown value). */
function parentUnknowable(x: Resource | Component): boolean {
  return x.parent !== undefined || !!x.opts.open;
}

/** A short label for a logical name: its known text, with unknown parts as `…`. */
function label(name: Value): string | undefined {
  if (name.kind === 'known' && typeof name.value === 'string') return name.value;
  if (name.kind !== 'str') return undefined;
  return name.parts.map((p) => (p.kind === 'known' ? String(p.value) : '…')).join('');
}

const SHOWN = 4;

/** "vpc-…, subnet-…, igw, rtb and 8 more", from the children in creation order. */
function names(children: (Resource | Component)[]): string {
  const labels = [...new Set(children.map((c) => label(c.name) ?? ('typePath' in c ? c.typePath : c.className)))];
  const shown = labels.slice(0, SHOWN).map((l) => `\`${l}\``).join(', ');
  return labels.length > SHOWN ? `${shown} and ${labels.length - SHOWN} more` : shown;
}

export default defineRule({
  id: 'pulumi/component-child-without-parent',
  class: 'PULUMI-COMPONENT-PATTERN',
  severity: 'medium',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    children: '{{count}} created inside the component `{{component}}` without `parent: this` / `parent=self`: {{names}}. A child without the option is registered under the stack, not the component: it does not inherit the component\'s provider, protect or alias options, and deleting or renaming the component leaves it behind. Pass `{ parent: this }` / `opts=ResourceOptions(parent=self)` to every child (nested components included).',
  },
  title: 'Children of component `{{component}}` created without a parent ({{names}})',
  fixHint: 'new aws.x.Y(name, args, { parent: this }) / aws.x.Y(name, ..., opts=pulumi.ResourceOptions(parent=self)); for nested components pass { parent: this } too.',
  docs: {
    summary: 'Resources or nested components created inside a ComponentResource without the `parent` option; one finding per component, listing them.',
    why: 'Children of a component must name it as their parent. Without it they are registered under the stack: the resource tree is wrong, `providers`/`provider` given to the component do not reach them (they deploy with the default provider, possibly to another region), and options such as `protect` or `aliases` are not inherited. Every resource of a component needs `{ parent: this }` (`parent=self`).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Storage extends pulumi.ComponentResource {\n  public readonly bucketName: pulumi.Output<string>;\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:storage:Storage', name, {}, opts);\n    const bucket = new aws.s3.BucketV2(\`\${name}-data\`);\n    this.bucketName = bucket.bucket;\n    this.registerOutputs({ bucketName: this.bucketName });\n  }\n}\nexport const bucketName = new Storage('storage').bucketName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nclass Storage(pulumi.ComponentResource):\n    def __init__(self, name, opts=None):\n        super().__init__("tap:storage:Storage", name, None, opts)\n        self.bucket = aws.s3.BucketV2(f"{name}-data")\n        self.register_outputs({"bucket": self.bucket.bucket})\nstorage = Storage("storage")\npulumi.export("bucket", storage.bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Storage extends pulumi.ComponentResource {\n  public readonly bucketName: pulumi.Output<string>;\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:storage:Storage', name, {}, opts);\n    const bucket = new aws.s3.BucketV2(\`\${name}-data\`, {}, { parent: this });\n    this.bucketName = bucket.bucket;\n    this.registerOutputs({ bucketName: this.bucketName });\n  }\n}\nexport const bucketName = new Storage('storage').bucketName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nclass Storage(pulumi.ComponentResource):\n    def __init__(self, name, opts=None):\n        super().__init__("tap:storage:Storage", name, None, opts)\n        self.bucket = aws.s3.BucketV2(f"{name}-data", opts=pulumi.ResourceOptions(parent=self))\n        self.register_outputs({"bucket": self.bucket.bucket})\nstorage = Storage("storage")\npulumi.export("bucket", storage.bucket.bucket)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/components/',
      'https://www.pulumi.com/docs/iac/concepts/resources/options/parent/',
    ],
    notes: 'Reported once per component instance, at its first child without a parent, with the number of such children (counted by creation site, so a loop counts once) and their logical names. Children written in fragments (code blocks with elided parts) are not judged. Options built from an unknown value (`opts` passed through, `{ ...opts }`, `mergeOptions` with an unknown side) may carry a parent and are not reported; neither is a `parent` that is set to something other than `this`.',
  },
  check(ctx) {
    // One finding per component instance, at its first orphaned child: the omission is one habit of
    // the component's author, not a separate mistake per resource.
    // Children are counted by creation site: a loop that creates three subnets is one omission.
    const orphans = new Map<number, Map<string, Resource | Component>>();
    for (const child of [...ctx.model.resources, ...ctx.model.components]) {
      // Fragments elide arguments (`new aws.sns.Topic(...)`): the options may hold the parent.
      if (child.component === undefined || parentUnknowable(child) || ctx.fileOf(child.at)?.snippet) continue;
      const sites = orphans.get(child.component) ?? new Map<string, Resource | Component>();
      const site = `${child.at.f}:${child.at.s}`;
      if (!sites.has(site)) sites.set(site, child);
      orphans.set(child.component, sites);
    }
    for (const owner of ctx.model.components) {
      const children = [...(orphans.get(owner.id)?.values() ?? [])].sort((a, b) => a.id - b.id);
      if (children.length === 0) continue;
      const first = children[0]!;
      const count = children.length === 1 ? '1 child is' : `${children.length} children are`;
      // A component's own span is its super(...) call; its name argument sits in the construction call.
      const at = 'typePath' in first ? first.at : (first.name.at ?? first.at);
      ctx.report({ messageId: 'children', data: { count, component: owner.className, names: names(children) }, at, resource: first });
    }
  },
});
