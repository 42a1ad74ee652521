import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/output-to-plain-type',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    field: '`{{type}}.{{field}}` is declared `{{declared}}`, but the constructor assigns it the Output `{{source}}`: TypeScript does not compile the assignment (Type \'Output<…>\' is not assignable to type \'{{declared}}\'), so nothing is deployed. Declare the field `{{output}}`.',
    plain: '`{{field}}` of `{{type}}` is declared `{{declared}}`, but this call gives it the Output `{{source}}`: TypeScript does not compile the call (Type \'Output<…>\' is not assignable to type \'{{declared}}\'), so nothing is deployed. Declare the field `{{input}}`, or pass a plain value.',
  },
  title: {
    plain: 'Output given to {{type:code}}.{{field:code}}, declared {{declared:code}}',
    field: 'Output assigned to {{type:code}}.{{field:code}}, declared {{declared:code}}',
  },
  fixHint: 'Type fields that receive resource attributes as `pulumi.Input<string>` (or `pulumi.Output<string>`), and lists of them as `pulumi.Input<string>[]`; keep `string` for values known before deployment (config, literals).',
  docs: {
    summary: 'A resource attribute or other Output passed in an args object whose interface declares that field as a plain `string`, `number`, `boolean` or an array of them (`vpcId: string` given `vpc.id`, `subnetIds: string[]` given `[a.id, b.id]`), or assigned to a class field so declared (`public readonly bucketName: string` set to `bucket.bucket`).',
    why: 'Resource attributes are Outputs, known only during the deployment. An interface that declares `vpcId: string` does not accept `Output<string>`, so `tsc` (and `pulumi up`, which type-checks TypeScript programs) fails with TS2322 before anything is created. Component args should be typed `pulumi.Input<T>`, which accepts both plain values and Outputs.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\ninterface ServiceArgs {\n  vpcId: string;\n  subnetIds: string[];\n}\nfunction service(name: string, args: ServiceArgs) {\n  return new aws.ec2.SecurityGroup(name, { vpcId: args.vpcId });\n}\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nexport const sg = service('api', { vpcId: vpc.id, subnetIds: [subnet.id] }).id;\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\ninterface ServiceArgs {\n  vpcId: pulumi.Input<string>;\n  subnetIds: pulumi.Input<string>[];\n}\nfunction service(name: string, args: ServiceArgs) {\n  return new aws.ec2.SecurityGroup(name, { vpcId: args.vpcId });\n}\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nexport const sg = service('api', { vpcId: vpc.id, subnetIds: [subnet.id] }).id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\nvpc_id: pulumi.Output[str] = vpc.id\npulumi.export("vpc", vpc_id)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/inputs-outputs/', 'https://www.typescriptlang.org/docs/handbook/2/everyday-types.html'],
    notes: 'TypeScript only: Python does not check annotations when the program runs. Judged for parameters typed with a plain interface or object type alias name of the program (not generic, declared once), fields declared exactly `string`, `number`, `boolean` or arrays of them, and values known to be Outputs (resource attributes, `apply`/`interpolate` results, secrets); Promises, unions and `pulumi.Input` fields are not judged. Class fields declared plain (`public readonly bucketName: string`) are judged on the instance the constructor leaves.',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-to-plain-type' || !e.detail) continue;
      const [type, field, declared, how] = e.detail.split('\u0000') as [string, string, string, string];
      const key = `${spanKey(e.at)}\u0000${field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const base = declared.replace(/\[\]$/, '').replace(/^Array<(.*)>$/, '$1');
      const input = declared === base ? `pulumi.Input<${base}>` : `pulumi.Input<${base}>[]`;
      const output = declared === base ? `pulumi.Output<${base}>` : `pulumi.Output<${base}>[]`;
      ctx.report({ messageId: how === 'field' ? 'field' : 'plain', data: { type, field, declared, source: e.source ?? 'output', input, output }, at: e.at });
    }
  },
});
