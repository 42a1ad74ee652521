import type { Component, Resource } from '../../model/types.js';
import { defineRule } from '../define-rule.js';

/** Options that may hold `parent` without the model seeing it (built from an unknown value). */
function parentUnknowable(x: Resource | Component): boolean {
  return x.parent !== undefined || !!x.opts.open;
}

export default defineRule({
  id: 'pulumi/component-child-without-parent',
  class: 'PULUMI-COMPONENT-PATTERN',
  severity: 'medium',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    resource: 'This {{type}} is created inside the component `{{component}}` without `parent: this` / `parent=self`. It becomes a child of the stack, not of the component: it does not inherit the component\'s provider, protect or alias options, and deleting or renaming the component leaves it behind. Pass `{ parent: this }` / `opts=ResourceOptions(parent=self)`.',
    component: 'The component `{{child}}` is created inside `{{component}}` without `parent: this` / `parent=self`, so it and all its children hang off the stack instead of `{{component}}` and do not inherit its options (providers included). Pass the parent option.',
  },
  fixHint: 'new aws.x.Y(name, args, { parent: this }) / aws.x.Y(name, ..., opts=pulumi.ResourceOptions(parent=self)); for nested components pass { parent: this } too.',
  docs: {
    summary: 'A resource or nested component created inside a ComponentResource without the `parent` option.',
    why: 'Children of a component must name it as their parent. Without it they are registered under the stack: the resource tree is wrong, `providers`/`provider` given to the component do not reach them (they deploy with the default provider, possibly to another region), and options such as `protect` or `aliases` are not inherited. Reviewers expect `{ parent: this }` on every resource of a component.',
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
    notes: 'Options built from an unknown value (`opts` passed through, `{ ...opts }`, `mergeOptions` with an unknown side) may carry a parent and are not reported; neither is a `parent` that is set to something other than `this`.',
  },
  check(ctx) {
    const components = new Map(ctx.model.components.map((c) => [c.id, c]));
    for (const r of ctx.model.resources) {
      const owner = r.component !== undefined ? components.get(r.component) : undefined;
      if (!owner || parentUnknowable(r)) continue;
      ctx.report({ messageId: 'resource', data: { type: r.typePath, component: owner.className }, resource: r });
    }
    for (const c of ctx.model.components) {
      const owner = c.component !== undefined ? components.get(c.component) : undefined;
      if (!owner || parentUnknowable(c)) continue;
      // The component's own span is its super(...) call; its name argument sits in the construction call.
      ctx.report({ messageId: 'component', data: { child: c.className, component: owner.className }, at: c.name.at ?? c.at, resource: c });
    }
  },
});
