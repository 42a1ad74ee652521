import type { Value } from '../../ir/values.js';
import { regionValue } from '../_shared/deploy-region.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { sameValue } from '../_shared/same-value.js';
import { arg, items, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const TABLE = 'aws:dynamodb/table:Table';
const TABLE_REPLICA = 'aws:dynamodb/tableReplica:TableReplica';

function describeRegion(v: Value): string {
  const text = str(v);
  if (text) return text;
  const key = v.kind === 'unknown' ? /^config:(?:[\w-]+:)?([\w.-]+)$/.exec(v.why)?.[1] : undefined;
  return key ? `the configured \`${key}\`` : 'the region of its provider';
}

export default defineRule({
  id: 'aws/dynamodb-replica-in-table-region',
  class: 'MULTI-REGION-DR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [TABLE, TABLE_REPLICA],
  messages: {
    own: 'This table lists its own region ({{region}}) in `replicas`: a global table already has its replica in its own region, so DynamoDB rejects the update ("Cannot add replica in the table\'s own region") and there is no copy elsewhere. List only the other regions.',
    twice: 'Region {{region}} appears twice in `replicas`: each region holds one replica, so the table update fails. List each replica region once.',
    replicaOwn: 'This table replica is created in the region of its source table {{table}} ({{region}}): a replica must be in another region, so it fails. Create it with a provider for the disaster-recovery region.',
  },
  title: {
    own: 'Global table lists its own region {{region}} as a replica',
    twice: 'Replica region {{region}} listed twice',
    replicaOwn: 'Table replica created in the region of its source table ({{region}})',
  },
  fixHint: 'new aws.dynamodb.Table("orders", { ..., streamEnabled: true, streamViewType: "NEW_AND_OLD_IMAGES", replicas: [{ regionName: drRegion }] }) — the table\'s own region is implicit.',
  docs: {
    summary: 'DynamoDB global tables that list their own region (or one region twice) in `replicas`, and table replicas created in the region of their source table.',
    why: 'A global table\'s `replicas` lists the other regions: the table itself is the replica in its own region. Listing the primary region, often through the same `primaryRegion` variable the provider uses, makes the update fail, and the disaster-recovery copy is never created. It happens when the replica list is built from all of the program\'s regions.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst primary = new aws.Provider('primary', { region: 'us-east-1' });\nnew aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  streamEnabled: true,\n  streamViewType: 'NEW_AND_OLD_IMAGES',\n  replicas: [{ regionName: 'us-east-1' }, { regionName: 'us-west-2' }],\n}, { provider: primary });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nprimary_region = config.require("primary_region")\nprimary = aws.Provider("primary", region=primary_region)\naws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],\n    stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES", replicas=[{"region_name": primary_region}],\n    opts=pulumi.ResourceOptions(provider=primary))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst primary = new aws.Provider('primary', { region: 'us-east-1' });\nnew aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'id',\n  attributes: [{ name: 'id', type: 'S' }],\n  streamEnabled: true,\n  streamViewType: 'NEW_AND_OLD_IMAGES',\n  replicas: [{ regionName: 'us-west-2' }],\n}, { provider: primary });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nprimary = aws.Provider("primary", region=config.require("primary_region"))\naws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],\n    stream_enabled=True, stream_view_type="NEW_AND_OLD_IMAGES", replicas=[{"region_name": config.require("dr_region")}],\n    opts=pulumi.ResourceOptions(provider=primary))\n`,
    },
    references: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables.tutorial.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/#replicas'],
    notes: 'The table\'s region is its provider\'s `region` (followed through parents) or the project\'s `aws:region`; regions are compared when both are literals, or are the same configuration value or lookup. A table on the default provider of a project without `aws:region` is not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const here = regionValue(ctx.model, r);
      if (r.type === TABLE_REPLICA) {
        const table = referencedResource(ctx.model, arg(r, 'globalTableArn'));
        const there = table?.type === TABLE ? regionValue(ctx.model, table) : undefined;
        if (table && here && there && sameValue(here, there)) ctx.report({ messageId: 'replicaOwn', data: { region: describeRegion(here), table: quotedName(table) }, resource: r });
        continue;
      }
      const replicas = items(arg(r, 'replicas'))?.items ?? [];
      const regions = replicas.map((x) => (x.kind === 'obj' ? x.props.get('regionName') : undefined));
      regions.forEach((v, i) => {
        if (!v) return;
        const at = replicas[i]!.at ?? v.at;
        if (here && sameValue(v, here)) ctx.report({ messageId: 'own', data: { region: describeRegion(v) }, at, resource: r });
        else if (regions.slice(0, i).some((w) => sameValue(v, w))) ctx.report({ messageId: 'twice', data: { region: describeRegion(v) }, at, resource: r });
      });
    }
  },
});
