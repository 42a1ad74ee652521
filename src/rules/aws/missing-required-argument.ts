import type { Lang } from '../../core/ir.js';
import { type ObjectSite, expectedName, fileIntact, schemaArgs } from '../_shared/aws-schema-args.js';
import { resourcePath, suggestProperty } from '../_shared/aws-schema-names.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const FAILS: Record<Lang, { top: string; nested: string }> = {
  ts: {
    top: 'TypeScript rejects the call, and at run time the SDK throws "Missing required property"',
    nested: 'TypeScript rejects the object, and the provider fails the preview ("Missing required argument")',
  },
  py: {
    top: 'the SDK raises TypeError ("Missing required property") when the program runs',
    nested: 'Python or the provider fails ("missing required argument") before anything deploys',
  },
};

export default defineRule({
  id: 'aws/missing-required-argument',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    resource: '`{{owner}}` is created without its required {{noun}} {{names}}: {{fails}}. Set {{them}}.',
    nested: '`{{path}}` ({{type}}) of `{{owner}}` lacks the required {{noun}} {{names}}: {{fails}}. Set {{them}}.',
  },
  title: {
    resource: '{{counted}} created without the required {{names}}',
    nested: '{{path:arg:code}} of {{counted}} lacks the required {{names}}',
  },
  fixHint: 'Give every argument the provider marks as required (e.g. `publicKey` of aws.ec2.KeyPair, `fromPort`/`toPort`/`protocol` of a security group rule).',
  docs: {
    summary: 'A resource, or a nested argument object, written without an argument the AWS provider requires.',
    why: 'Required arguments have no default: a resource without one cannot be created (an `aws.ec2.KeyPair` needs `publicKey`, a security group rule needs `fromPort`, `toPort` and `protocol`). TypeScript refuses to compile and Python fails at `pulumi up`. Only argument objects written out in full are judged: one built from an unknown value or a spread, or written in an elided excerpt, may hold the argument.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst key = new aws.ec2.KeyPair('deployer', { keyName: 'deployer' });\nexport const keyName = key.keyName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("web", ingress=[aws.ec2.SecurityGroupIngressArgs(from_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])])\npulumi.export("sg", sg.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst key = new aws.ec2.KeyPair('deployer', { keyName: 'deployer', publicKey: config.require('sshPublicKey') });\nexport const keyName = key.keyName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("web", ingress=[aws.ec2.SecurityGroupIngressArgs(from_port=443, to_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])])\npulumi.export("sg", sg.id)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/ec2/keypair/', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/securitygroup/'],
    notes: 'An argument that is written counts as given, whatever its value. Files cut off or with syntax errors are not judged. Objects built from unknown spreads or `**kwargs`, and resources in elided excerpts, are not judged.',
  },
  check(ctx) {
    for (const o of schemaArgs(ctx.model).objects) {
      if (!judged(ctx, o)) continue;
      // A required argument written under a wrong name is aws/unknown-argument's finding, with the name.
      const misnamed = misnamedProperties(o);
      // A key written with a value that evaluates to nothing may be an evaluation artefact: only keys
      // never written count.
      const missing = o.type.properties.filter((p) => p.required && !o.holder.props.has(p.name) && !misnamed.has(p.name));
      if (missing.length === 0) continue;
      const r = o.resource;
      const names = missing.map((p) => `\`${expectedName(p, o)}\``).join(', ');
      const fails = o.topLevel ? FAILS[r.lang].top : FAILS[r.lang].nested;
      const plural = missing.length > 1;
      const data = { owner: resourcePath(r), names, fails, noun: plural ? 'arguments' : 'argument', them: plural ? 'them' : 'it', path: o.path, type: o.type.name };
      ctx.report({ messageId: o.topLevel ? 'resource' : 'nested', data, at: o.topLevel ? r.at : (o.holder.at ?? r.at), resource: r });
    }
  },
});

/** Properties that a key of the object not in the schema most likely meant (`artifactStore`). */
function misnamedProperties(o: ObjectSite): Set<string> {
  const names = o.type.properties.map((p) => p.name);
  const out = new Set<string>();
  for (const key of o.holder.props.keys()) {
    if (o.type.property(key)) continue;
    const near = suggestProperty(key, names, o.resource.className);
    if (near) out.add(near);
  }
  return out;
}

/** The object was written out in full, so an absent key is known to be absent. */
function judged(ctx: RuleContext, o: ObjectSite): boolean {
  const r = o.resource;
  if (o.holder.open || inFragment(ctx, r) || !fileIntact(ctx.model, r)) return false;
  // A name that is an object means the call lost an argument and the options were read as arguments.
  return !o.topLevel || (r.argsKnown && r.name.kind !== 'obj' && r.name.kind !== 'list');
}
