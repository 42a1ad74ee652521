import type { ResourceModel } from '../../model/types.js';
import type { At } from '../../ir/values.js';
import { duplicateUrns, isResource, namePattern, type Node } from '../_shared/urns.js';
import { defineRule } from '../define-rule.js';

/** Where it is created: a component's span is its `super(...)` call, its name is written where it is instantiated. */
function siteOf(x: Node): At {
  return isResource(x) ? x.at : (x.name.at ?? x.at);
}

function shownName(x: Node): string {
  const s = namePattern(x.name);
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

function shownType(x: Node): string {
  return isResource(x) ? x.typePath : x.className;
}

/** The class of the component whose instances each created one of the duplicates, if that is the case. */
function perInstanceOf(model: ResourceModel, group: Node[]): string | undefined {
  const comps = new Set(group.map((x) => x.component));
  if (comps.size !== group.length || comps.has(undefined)) return undefined;
  const classes = new Set([...comps].map((id) => model.components.find((c) => c.id === id)?.className));
  return classes.size === 1 ? [...classes][0] : undefined;
}

export default defineRule({
  id: 'naming/duplicate-resource-name',
  class: 'NAME-GLOBAL-UNIQUE',
  severity: 'high',
  category: 'naming',
  resourceTypes: [],
  messages: {
    perInstance: 'This {{type}} is created with the same logical name `{{name}}` in each of the {{count}} instances of `{{component}}`. A child\'s URN holds its parent\'s type but not its parent\'s name, so the instances\' children collide and `pulumi up` stops with "Duplicate resource URN" before creating anything; build the child\'s name from the component\'s `name`.{{more}}',
    repeated: 'This {{type}} is created {{count}} times with the same logical name `{{name}}` (in a loop, or in a function called more than once), so `pulumi up` stops with "Duplicate resource URN" before creating anything. Put what differs between the copies (the loop item, an argument) into the name, or create the resource once and share it.{{more}}',
    elsewhere: 'Another {{type}} with the logical name `{{name}}` and the same parent is created elsewhere in the program, so `pulumi up` stops with "Duplicate resource URN" before creating anything. Give each resource its own name, or create it once and pass it where it is needed.{{more}}',
  },
  title: {
    perInstance: 'Logical name {{name:code}} repeated in each of the {{count}} instances of {{component:code}}',
    repeated: 'Logical name {{name:code}} used {{count}} times for {{kinds}}',
    elsewhere: 'Logical name {{name:code}} used twice for {{kinds}}',
  },
  fixHint: 'Make every logical name unique per type and parent: `${name}-bucket` inside components, `${prefix}-${index}` in loops; create shared resources once and pass them around.',
  docs: {
    summary: 'Two resources (or components) of the same type and parent type with the same logical name: a duplicate URN.',
    why: 'Pulumi identifies a resource by its URN: stack, project, the types of its parents and its own type, and its logical name. Two resources with equal URNs make the whole update fail at once ("Duplicate resource URN"). It happens when a loop or a helper function creates resources under a constant name, when a method that creates resources is called twice, and in components whose children use fixed names (`kms-key`) or names that do not include the component\'s own name: the URN contains the parent\'s type, not its name, so a second instance of the component collides with the first.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Tenant extends pulumi.ComponentResource {\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:tenant:Tenant', name, {}, opts);\n    new aws.kms.Key('data-key', { enableKeyRotation: true }, { parent: this });\n    this.registerOutputs({});\n  }\n}\nnew Tenant('acme');\nnew Tenant('globex');\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nfor i, cidr in enumerate(["10.0.1.0/24", "10.0.2.0/24"]):\n    aws.ec2.Subnet("private-subnet", vpc_id=vpc.id, cidr_block=cidr)\npulumi.export("vpc", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nclass Tenant extends pulumi.ComponentResource {\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('tap:tenant:Tenant', name, {}, opts);\n    new aws.kms.Key(\`\${name}-data-key\`, { enableKeyRotation: true }, { parent: this });\n    this.registerOutputs({});\n  }\n}\nnew Tenant('acme');\nnew Tenant('globex');\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nfor i, cidr in enumerate(["10.0.1.0/24", "10.0.2.0/24"]):\n    aws.ec2.Subnet(f"private-subnet-{i}", vpc_id=vpc.id, cidr_block=cidr)\npulumi.export("vpc", vpc.id)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/resources/names/#urns',
      'https://www.pulumi.com/docs/iac/concepts/resources/components/#naming',
    ],
    notes: 'Only names and parent types the model knows are compared; resources created in branches whose condition is unknown, inside `apply`, or in code no entry point reaches are not. Without an entry point, files are compared with themselves only (answers often repeat a file in a revised version). Explicit providers with the same name are reported by pulumi/provider-created-repeatedly.',
  },
  check(ctx) {
    const model = ctx.model;
    // One cause (a component instantiated twice, a function called twice) duplicates every resource
    // it creates: one finding per cause, at the first duplicate, counting the others.
    const causes = new Map<string, { messageId: string; dup: Node; data: Record<string, string | number>; others: number }>();
    for (const group of duplicateUrns(model)) {
      const first = group[0]!;
      if (isResource(first) && first.isProvider) continue;
      const dup = group[1]!;
      const sites = new Set(group.map((x) => `${siteOf(x).f}:${siteOf(x).s}`));
      const component = sites.size === 1 ? perInstanceOf(model, group) : undefined;
      const messageId = component ? 'perInstance' : sites.size === 1 ? 'repeated' : 'elsewhere';
      // Components nest: a component instantiated twice duplicates its child components' children too.
      const key = component ? messageId : `${messageId}:${siteOf(dup).f}`;
      const known = causes.get(key);
      if (known) {
        known.others++;
        continue;
      }
      causes.set(key, { messageId, dup, data: { type: shownType(dup), name: shownName(dup), count: group.length, component: component ?? '' }, others: 0 });
    }
    for (const { messageId, dup, data, others } of causes.values()) {
      const more = others === 0 ? '' : ` ${others} other ${others === 1 ? 'resource is' : 'resources are'} duplicated the same way.`;
      ctx.report({ messageId, data: { ...data, more }, at: siteOf(dup), resource: dup });
    }
  },
});
