import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { fileIntact } from '../_shared/aws-schema-args.js';
import { arg, bool, isAbsent, isObj, keySpan, num, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const TABLE = 'aws:dynamodb/table:Table';

export default defineRule({
  id: 'aws/dynamodb-key-schema-invalid',
  class: 'DB-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [TABLE],
  messages: {
    unused: '`attributes` declares {{names}}, which no key of the table or of an index uses: DynamoDB attribute definitions are only for key attributes, so the preview fails ("all attributes must be indexed. Unused attributes"). Remove {{them}} (non-key attributes need no declaration).',
    undeclared: '{{where}} uses `{{name}}` as a key, but `attributes` does not declare it: the preview fails ("all indexes must match a defined attribute"). Add `{ name: "{{name}}", type: "S" | "N" | "B" }` to `attributes`.',
    type: 'Attribute `{{name}}` has type `{{type}}`: key attributes are `S` (string), `N` (number) or `B` (binary), so creating the table fails. Use one of them.',
    lsiWithoutRange: 'The table has local secondary indexes but no `rangeKey`: a local index shares the table\'s partition key and needs a table with a sort key, so creating the table fails. Add the table\'s `rangeKey`, or make the index global.',
    projection: 'Index `{{index}}` {{problem}}, so creating the table fails. {{fix}}',
    provisioned: 'The table is {{mode}} but {{what}}: provisioned tables need `readCapacity` and `writeCapacity` of at least 1 (and so does each global index), so the preview fails. Set both, or use `billingMode: "PAY_PER_REQUEST"`.',
    onDemandCapacity: '`{{key}}` is set on a PAY_PER_REQUEST table: the provider rejects capacities for on-demand tables ("{{key}} can not be set when billing_mode is PAY_PER_REQUEST"), so the preview fails. Remove it, or switch to PROVISIONED.',
    gsiOnDemandCapacity: 'Global index `{{index}}` sets `{{key}}` on a PAY_PER_REQUEST table: on-demand indexes have no provisioned capacity, so the value is ignored and only suggests a limit that does not exist. Remove it (or set `onDemandThroughput` to cap the index).',
    stream: '`streamEnabled` is true but `streamViewType` is not set: DynamoDB needs to know what the stream records (KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES), so creating the table fails. Set `streamViewType`.',
    replicaStream: 'The table has `replicas` but {{state}}: global table replication needs the table\'s stream with new and old images, so adding the replicas fails. Set `streamEnabled: true` and `streamViewType: "NEW_AND_OLD_IMAGES"`.',
    replicaNoStream: 'The table has `replicas` but does not set `streamEnabled: true`: DynamoDB turns the stream on itself when it adds the replicas, so every later update tries to switch it off again, which DynamoDB refuses for a replicated table (the update fails). Set `streamEnabled: true` and `streamViewType: "NEW_AND_OLD_IMAGES"`.',
    ttl: '`ttl` is enabled without an `attributeName`: DynamoDB needs the attribute that holds the expiry time, so the preview fails. Name it (e.g. `expiresAt`, epoch seconds).',
  },
  title: {
    unused: 'Attributes {{names}} declared but used by no key of {{counted}}',
    undeclared: 'Key {{name:code}} of {{where}} not declared in `attributes`',
    type: 'Key attribute {{name:code}} of type {{type:code}} on {{counted}}',
    lsiWithoutRange: 'Local secondary indexes on {{counted}} without a sort key',
    projection: 'Index {{index:code}} {{problem:full}}',
    provisioned: '{{mode}} {{counted}} {{what}}',
    onDemandCapacity: '{{key:arg:code}} set on on-demand {{counted}}',
    gsiOnDemandCapacity: 'Global index {{index:code}} sets {{key:arg:code}} on on-demand {{counted}}',
    stream: 'Stream enabled without a view type on {{counted}}',
    replicaStream: 'Replicas on {{counted}}, but {{state}}',
    replicaNoStream: 'Replicas on {{counted}} without `streamEnabled`',
    ttl: 'Time to live enabled without an attribute on {{counted}}',
  },
  fixHint: 'Declare in `attributes` exactly the key attributes (table hashKey/rangeKey, index hashKey/rangeKey), with types S, N or B; other item attributes are schemaless and are not declared.',
  docs: {
    summary: 'A DynamoDB table whose key schema, attribute definitions, index projections, capacity settings, stream or TTL settings are rejected by the provider or DynamoDB: declared attributes no key uses, keys not declared, wrong attribute types, local indexes without a table sort key, INCLUDE projections without attributes, provisioned tables without capacities, capacities on on-demand tables (on their indexes: ignored, low), streams without view type, replicas without the NEW_AND_OLD_IMAGES stream, TTL without attribute.',
    why: 'DynamoDB tables are schemaless except for keys: `attributes` must list exactly the attributes used as table or index keys. Generated tables often declare every item field (`email`, `status`, `createdAt`) "for documentation", or use an index key they forgot to declare; the provider rejects both at preview. The other settings are validated when the table is created, so the deployment fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'orderId',\n  attributes: [\n    { name: 'orderId', type: 'S' },\n    { name: 'customerEmail', type: 'S' },\n    { name: 'total', type: 'N' },\n  ],\n});\n`,
      py: `import pulumi_aws as aws\naws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="order_id",\n    attributes=[{"name": "order_id", "type": "S"}],\n    global_secondary_indexes=[{"name": "by-customer", "hash_key": "customer_id", "projection_type": "ALL"}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.dynamodb.Table('orders', {\n  billingMode: 'PAY_PER_REQUEST',\n  hashKey: 'orderId',\n  attributes: [\n    { name: 'orderId', type: 'S' },\n    { name: 'customerEmail', type: 'S' },\n  ],\n  globalSecondaryIndexes: [{ name: 'by-email', hashKey: 'customerEmail', projectionType: 'ALL' }],\n});\n`,
      py: `import pulumi_aws as aws\naws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="order_id",\n    attributes=[{"name": "order_id", "type": "S"}, {"name": "customer_id", "type": "S"}],\n    global_secondary_indexes=[{"name": "by-customer", "hash_key": "customer_id", "projection_type": "ALL"}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/dynamodb/table/',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html',
    ],
    notes: 'Attribute lists, index lists and key names are judged only when known in full (a list from configuration, an index built from unknown values, a key from a parameter leave the rule silent). The billing mode defaults to PROVISIONED when it is not given.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r) || !fileIntact(ctx.model, r) || !r.argsKnown) continue;
      checkAttributes(ctx, r);
      checkIndexes(ctx, r);
      checkCapacity(ctx, r);
      checkStreams(ctx, r);
    }
  },
});

interface Key {
  name: string;
  where: string;
  at?: At;
}

/** A closed list's objects, or undefined when the list or an element is not known in full. */
function objects(v: Value | undefined): ObjV[] | undefined {
  if (isAbsent(v)) return [];
  if (!v || v.kind !== 'list' || v.open) return undefined;
  const out: ObjV[] = [];
  for (const x of v.items) {
    if (!isObj(x) || x.open) return undefined;
    out.push(x);
  }
  return out;
}

/** Every key attribute of the table and its indexes; undefined when one of them is not known. */
function keys(r: Resource): Key[] | undefined {
  const out: Key[] = [];
  const add = (v: Value | undefined, where: string): boolean => {
    if (isAbsent(v)) return true;
    const s = str(v);
    if (s === undefined) return false;
    out.push(v!.at ? { name: s, where, at: v!.at } : { name: s, where });
    return true;
  };
  if (!add(r.args.props.get('hashKey'), 'The table') || !add(r.args.props.get('rangeKey'), 'The table')) return undefined;
  const gsis = objects(r.args.props.get('globalSecondaryIndexes'));
  const lsis = objects(r.args.props.get('localSecondaryIndexes'));
  if (!gsis || !lsis) return undefined;
  for (const g of gsis) {
    const where = `Global index \`${str(g.props.get('name')) ?? '?'}\``;
    if (!add(g.props.get('hashKey'), where) || !add(g.props.get('rangeKey'), where)) return undefined;
    const schemas = objects(g.props.get('keySchemas'));
    if (!schemas) return undefined;
    for (const k of schemas) if (!add(k.props.get('attributeName'), where)) return undefined;
  }
  for (const l of lsis) if (!add(l.props.get('rangeKey'), `Local index \`${str(l.props.get('name')) ?? '?'}\``)) return undefined;
  return out;
}

function checkAttributes(ctx: RuleContext, r: Resource): void {
  const attrs = objects(r.args.props.get('attributes'));
  if (!attrs || r.args.open) return;
  const declared = new Map<string, ObjV>();
  for (const a of attrs) {
    const name = str(a.props.get('name'));
    if (name === undefined) return;
    declared.set(name, a);
    const tv = a.props.get('type');
    const type = str(tv);
    if (type !== undefined && !['S', 'N', 'B'].includes(type)) ctx.report({ messageId: 'type', data: { name, type }, at: tv!.at, resource: r });
  }
  const used = keys(r);
  if (!used) return;
  const usedNames = new Set(used.map((k) => k.name));
  const unused = [...declared.keys()].filter((n) => !usedNames.has(n));
  if (unused.length > 0) {
    const first = declared.get(unused[0]!)!;
    ctx.report({ messageId: 'unused', data: { names: unused.map((n) => `\`${n}\``).join(', '), them: unused.length === 1 ? 'it' : 'them' }, at: first.at ?? keySpan(r.args, 'attributes'), resource: r });
  }
  const reported = new Set<string>();
  for (const k of used) {
    if (declared.has(k.name) || reported.has(k.name)) continue;
    reported.add(k.name);
    ctx.report({ messageId: 'undeclared', data: { where: k.where, name: k.name }, at: k.at, resource: r });
  }
}

function checkIndexes(ctx: RuleContext, r: Resource): void {
  const lsis = objects(r.args.props.get('localSecondaryIndexes'));
  if (lsis && lsis.length > 0 && !r.args.open && isAbsent(r.args.props.get('rangeKey'))) {
    ctx.report({ messageId: 'lsiWithoutRange', at: keySpan(r.args, 'localSecondaryIndexes'), resource: r });
  }
  for (const idx of [...(objects(r.args.props.get('globalSecondaryIndexes')) ?? []), ...(lsis ?? [])]) {
    const name = str(idx.props.get('name')) ?? '?';
    const pv = idx.props.get('projectionType');
    const projection = str(pv);
    const nonKey = idx.props.get('nonKeyAttributes');
    const hasNonKey = !isAbsent(nonKey) && !(nonKey!.kind === 'list' && nonKey!.items.length === 0 && !nonKey!.open);
    if (projection === 'INCLUDE' && isAbsent(nonKey)) {
      ctx.report({ messageId: 'projection', data: { index: name, problem: 'projects INCLUDE but lists no `nonKeyAttributes`', fix: 'List the attributes to project, or use ALL / KEYS_ONLY.' }, at: pv!.at, resource: r });
    } else if ((projection === 'ALL' || projection === 'KEYS_ONLY') && hasNonKey) {
      ctx.report({ messageId: 'projection', data: { index: name, problem: `lists \`nonKeyAttributes\` with projection ${projection}`, fix: 'Use `projectionType: "INCLUDE"` with them, or remove them.' }, at: nonKey!.at ?? pv?.at, resource: r });
    }
  }
}

function checkCapacity(ctx: RuleContext, r: Resource): void {
  const modeV = r.args.props.get('billingMode');
  const mode = isAbsent(modeV) ? (r.args.open ? undefined : 'PROVISIONED') : str(modeV);
  if (mode === 'PAY_PER_REQUEST') {
    for (const key of ['readCapacity', 'writeCapacity']) {
      const v = r.args.props.get(key);
      const n = num(v);
      if (n !== undefined && n !== 0) ctx.report({ messageId: 'onDemandCapacity', data: { key }, at: v!.at ?? keySpan(r.args, key), resource: r });
    }
    for (const g of objects(r.args.props.get('globalSecondaryIndexes')) ?? []) {
      const key = ['readCapacity', 'writeCapacity'].find((k) => (num(g.props.get(k)) ?? 0) > 0);
      if (key) ctx.report({ messageId: 'gsiOnDemandCapacity', data: { index: str(g.props.get('name')) ?? '?', key }, at: g.props.get(key)!.at ?? g.at, resource: r, severity: 'low' });
    }
    return;
  }
  if (mode !== 'PROVISIONED' || r.args.open) return;
  const label = isAbsent(modeV) ? 'PROVISIONED (the default when `billingMode` is not set)' : 'PROVISIONED';
  const missing = ['readCapacity', 'writeCapacity'].filter((k) => isAbsent(r.args.props.get(k)));
  if (missing.length > 0) {
    ctx.report({ messageId: 'provisioned', data: { mode: label, what: `sets no ${missing.map((m) => `\`${m}\``).join(' or ')}` }, at: modeV?.at ?? r.at, resource: r });
    return;
  }
  for (const g of objects(r.args.props.get('globalSecondaryIndexes')) ?? []) {
    const lacking = ['readCapacity', 'writeCapacity'].filter((k) => isAbsent(g.props.get(k)));
    if (lacking.length > 0) {
      ctx.report({ messageId: 'provisioned', data: { mode: label, what: `global index \`${str(g.props.get('name')) ?? '?'}\` sets no ${lacking.map((m) => `\`${m}\``).join(' or ')}` }, at: g.at, resource: r });
    }
  }
}

function checkStreams(ctx: RuleContext, r: Resource): void {
  const enabled = bool(arg(r, 'streamEnabled'));
  const viewV = r.args.props.get('streamViewType');
  if (enabled === true && isAbsent(viewV) && !r.args.open) ctx.report({ messageId: 'stream', at: arg(r, 'streamEnabled')?.at, resource: r });
  const replicas = arg(r, 'replicas');
  if (replicas?.kind === 'list' && replicas.items.length > 0) {
    const view = str(viewV);
    const at = keySpan(r.args, 'replicas') ?? replicas.at;
    if (view !== undefined && view !== 'NEW_AND_OLD_IMAGES') ctx.report({ messageId: 'replicaStream', data: { state: `its stream records ${view}` }, at, resource: r });
    else if (enabled === false || (isAbsent(arg(r, 'streamEnabled')) && !r.args.open)) ctx.report({ messageId: 'replicaNoStream', at, resource: r, severity: 'medium' });
  }
  const ttl = arg(r, 'ttl');
  if (ttl && isObj(ttl) && !ttl.open && bool(ttl.props.get('enabled')) === true && isAbsent(ttl.props.get('attributeName'))) {
    ctx.report({ messageId: 'ttl', at: ttl.at ?? keySpan(r.args, 'ttl'), resource: r });
  }
}
