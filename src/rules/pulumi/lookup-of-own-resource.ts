import { describe, type Value } from '../../ir/values.js';
import type { InvokeCall, Resource, ResourceModel } from '../../model/types.js';
import { resourceLabel } from '../_shared/labels.js';
import { containsOutput, isObj, items, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** Arguments of data sources and resources that name a resource. */
const NAME_KEY = /^(name|bucket|functionName|roleName|tableName|queueName|topicName|clusterIdentifier|identifier|repositoryName|keyId|aliasName)$/;

/** The resource type a data source reads: `aws:ec2/getRouteTable:getRouteTable` → RouteTable (or the plural form's singular). */
function readsType(token: string, resources: Resource[]): Resource[] {
  const m = /^aws:([\w-]+)\/get(\w+):get\w+$/.exec(token);
  if (!m) return [];
  const [, module, what] = m;
  const names = new Set([what!, what!.replace(/s$/, '')]);
  return resources.filter((r) => r.pkg === 'aws' && r.module === module && names.has(r.className) && !r.isProvider);
}

/** Two plain string values that are certainly the same text: equal literals, or the same template of the same values. */
function sameText(a: Value | undefined, b: Value | undefined): boolean {
  if (!a || !b || containsOutput(a) || containsOutput(b)) return false;
  const x = str(a);
  const y = str(b);
  if (x !== undefined || y !== undefined) return x !== undefined && x === y;
  if (a.kind !== 'str' || b.kind !== 'str') return false;
  return describe(a) === describe(b);
}

/** The tag filters of a lookup: `filters: [{ name: "tag:Name", values: [...] }]` and `tags: {...}`. */
function tagFilters(call: InvokeCall): { key: string; values: Value[] }[] {
  const out: { key: string; values: Value[] }[] = [];
  for (const f of items(call.args.props.get('filters'))?.items ?? []) {
    if (!isObj(f)) continue;
    const key = /^tag:(.+)$/.exec(str(f.props.get('name')) ?? '')?.[1];
    const values = items(f.props.get('values'))?.items ?? [];
    if (key && values.length) out.push({ key, values });
  }
  const tags = call.args.props.get('tags');
  if (isObj(tags)) for (const [key, v] of tags.props) out.push({ key, values: [v] });
  return out;
}

/** The program resource a lookup finds by its tags or name, when it certainly is one. */
function lookedUp(model: ResourceModel, call: InvokeCall): { resource: Resource; by: string } | undefined {
  const candidates = readsType(call.token, model.resources);
  for (const r of candidates) {
    const tags = r.args.props.get('tags');
    for (const { key, values } of tagFilters(call)) {
      const tag = isObj(tags) ? tags.props.get(key) : undefined;
      if (tag && values.some((v) => sameText(v, tag))) return { resource: r, by: `its \`${key}\` tag` };
    }
    for (const [key, v] of call.args.props) {
      if (NAME_KEY.test(key) && sameText(v, r.args.props.get(key))) return { resource: r, by: `its \`${key}\`` };
    }
  }
  return undefined;
}

export default defineRule({
  id: 'pulumi/lookup-of-own-resource',
  class: 'PULUMI-DEPENDS-ON',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    lookup: 'This data source call looks up {{resource}}, which this program creates, by {{by}}: a lookup does not wait for resources, so on the first deployment it runs before the resource exists and fails ("no matching … found"), and later it may read a stale copy. Use the resource\'s own outputs (`{{resourceVar}}.id`) instead of looking it up.',
  },
  title: 'Lookup of {{resource}}, which the program itself creates',
  fixHint: 'routeTableIds: privateRouteTables.map((rt) => rt.id) instead of aws.ec2.getRouteTable({ filters: [{ name: "tag:Name", values: [...] }] }).',
  docs: {
    summary: 'A data source (`aws.ec2.getRouteTable`, `getSubnet`, `getSecurityGroup`, …) that finds, by tag or name, a resource the same program creates.',
    why: 'Data sources read what exists in the account when they run; they have no dependency on the resources of the stack, so Pulumi runs them during the preview, before anything is created. A program that creates a route table and then looks it up by its `Name` tag fails on its first deployment because the lookup finds nothing, and the lookup hides the real dependency. The created resource already has the outputs the lookup would return.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nnew aws.ec2.RouteTable('private', { vpcId: vpc.id, tags: { Name: 'private-rt' } });\nconst table = aws.ec2.getRouteTableOutput({ filters: [{ name: 'tag:Name', values: ['private-rt'] }] });\nnew aws.ec2.VpcEndpoint('s3', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.s3', routeTableIds: [table.id] });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\naws.ec2.SecurityGroup("app", vpc_id=vpc.id, name="app-sg", description="app")\nsg = aws.ec2.get_security_group(name="app-sg")\naws.ec2.Instance("web", ami="ami-0abcdef1234567890", instance_type="t3.micro", vpc_security_group_ids=[sg.id])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst table = new aws.ec2.RouteTable('private', { vpcId: vpc.id, tags: { Name: 'private-rt' } });\nnew aws.ec2.VpcEndpoint('s3', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.s3', routeTableIds: [table.id] });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsg = aws.ec2.SecurityGroup("app", vpc_id=vpc.id, name="app-sg", description="app")\naws.ec2.Instance("web", ami="ami-0abcdef1234567890", instance_type="t3.micro", vpc_security_group_ids=[sg.id])\n`,
    },
    references: [
      'https://www.pulumi.com/docs/iac/concepts/functions/provider-functions/',
      'https://www.pulumi.com/docs/iac/concepts/resources/get/',
    ],
    notes: 'A lookup counts as finding a resource of the program when it reads that resource type and filters on a tag (`filters: [{ name: "tag:Name", ... }]`, `tags: {...}`) or a name argument whose value is certainly the same text as the resource\'s. Lookups whose arguments are Outputs of the resource (`getVpcOutput({ id: vpc.id })`) wait for it and are not reported.',
  },
  check(ctx) {
    for (const call of ctx.model.invokes) {
      const hit = lookedUp(ctx.model, call);
      if (!hit) continue;
      ctx.report({ messageId: 'lookup', data: { resource: resourceLabel(hit.resource), by: hit.by, resourceVar: hit.resource.className.replace(/^./, (c) => c.toLowerCase()) }, at: call.at });
    }
  },
});
