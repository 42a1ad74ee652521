import type { Resource } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, isAbsent, items, keySpan, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const RECORD = 'aws:route53/record:Record';
const ZONE = 'aws:route53/zone:Zone';

const present = (r: Resource, key: string) => {
  const v = arg(r, key);
  return !!v && !isAbsent(v);
};

/** A DNS name as Route 53 compares them: lower case, without the trailing dot. */
const dnsName = (s: string) => s.toLowerCase().replace(/\.$/, '');

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
// Loose on purpose: only values that cannot be an IPv6 address at all (a host name) are reported.
const IPV6ISH = /^[0-9a-f:.]+$/i;

/** A and AAAA records hold addresses; a host name there (a load balancer's or CloudFront's) is refused. */
function checkAddresses(ctx: RuleContext, r: Resource, type: 'A' | 'AAAA'): void {
  const records = items(arg(r, 'records'));
  if (!records) return;
  for (const v of records.items) {
    const value = str(v)?.trim();
    if (value === undefined || value === '') continue;
    const ok = type === 'A' ? IPV4.test(value) : IPV6ISH.test(value) && value.includes(':');
    if (ok) continue;
    ctx.report({ messageId: 'notAddress', data: { type, value }, at: v.at ?? keySpan(r.args, 'records'), resource: r });
    return;
  }
}

/**
 * A record name the writer meant as a full name in another part of the domain: it ends with a dot,
 * or it shares the zone's registered domain (`api.example.com` in zone `app.example.com`). Relative
 * names (`api`, `api.dev`) are the provider's shorthand for names inside the zone and are not judged.
 */
function checkInZone(ctx: RuleContext, r: Resource, zoneName: string | undefined, name: string | undefined): void {
  if (zoneName === undefined || !name || name.includes('*') && !name.startsWith('*.')) return;
  const rn = dnsName(name);
  const z = dnsName(zoneName);
  if (!z.includes('.') || rn === z || rn.endsWith(`.${z}`)) return;
  const domain = z.split('.').slice(-2).join('.');
  if (!name.endsWith('.') && !(rn === domain || rn.endsWith(`.${domain}`))) return;
  // The provider adds the zone's name to a name that does not end with it; one that ends with it
  // without being inside it (`myexample.com` in `example.com`) reaches Route 53, which refuses it.
  const becomes = rn.endsWith(z) ? undefined : `${rn}.${z}`;
  ctx.report({ messageId: becomes ? 'outsideZoneAppended' : 'outsideZone', data: { name, zone: zoneName, becomes: becomes ?? '' }, at: keySpan(r.args, 'name'), resource: r, ...(becomes ? { severity: 'medium' as const } : {}) });
}

/** The name of the zone the record is in, when the program creates that zone with a known name. */
function zoneNameOf(ctx: RuleContext, r: Resource): string | undefined {
  const zone = referencedResource(ctx.model, arg(r, 'zoneId'));
  return zone?.type === ZONE ? str(arg(zone, 'name')) : undefined;
}

function check(ctx: RuleContext, r: Resource): void {
  const zoneName = zoneNameOf(ctx, r);
  const name = str(arg(r, 'name'));
  checkInZone(ctx, r, zoneName, name);
  const aliases = items(arg(r, 'aliases'));
  const hasAlias = !!aliases && aliases.items.length > 0;
  if (hasAlias) {
    for (const key of ['ttl', 'records']) {
      if (present(r, key)) ctx.report({ messageId: 'aliasConflict', data: { key }, at: keySpan(r.args, key), resource: r });
    }
  }
  const type = str(arg(r, 'type'))?.toUpperCase();
  if ((type === 'A' || type === 'AAAA') && !hasAlias) checkAddresses(ctx, r, type);
  if (type !== 'CNAME') return;
  const records = items(arg(r, 'records'));
  if (records && !records.open && records.items.length > 1) {
    ctx.report({ messageId: 'cnameValues', data: { count: String(records.items.length) }, at: keySpan(r.args, 'records'), resource: r });
  }
  if (zoneName !== undefined && name !== undefined && (name === '' || dnsName(name) === dnsName(zoneName))) {
    ctx.report({ messageId: 'cnameApex', data: { zone: zoneName }, at: keySpan(r.args, 'name'), resource: r });
  }
}

export default defineRule({
  id: 'aws/route53-record-invalid',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [RECORD],
  messages: {
    aliasConflict: 'This alias record also sets `{{key}}`: an alias record takes its answer and TTL from the alias target, and the provider rejects `{{key}}` next to `aliases` ("conflicts with alias"). Remove `{{key}}`.',
    cnameValues: 'This CNAME record lists {{count}} values: a CNAME holds exactly one name, so Route 53 rejects the record. Keep one value, or use weighted records for several targets.',
    cnameApex: 'This CNAME record is at the apex of the zone `{{zone}}`: DNS does not allow a CNAME next to the zone\'s SOA and NS records, so Route 53 rejects it ("RRSet of type CNAME … is not permitted at apex"). Use an A/AAAA alias record for the apex.',
    outsideZoneAppended: 'The record name `{{name}}` is not inside the hosted zone `{{zone}}`: the provider completes names that do not end with the zone\'s name, so the record is created as `{{becomes}}`, and `{{name}}` itself never resolves. Create the record in the zone of that domain, or give the name inside this zone (`api` or `api.{{zone}}`).',
    outsideZone: 'The record name `{{name}}` is not inside the hosted zone `{{zone}}`: Route 53 refuses it ("RRSet with DNS name … is not permitted in zone …"). Create the record in the zone of that domain, or give a name inside this zone.',
    notAddress: 'This {{type}} record lists `{{value}}`, which is not an {{type}} address: Route 53 rejects the record ("Invalid Resource Record"). Point a host name at the record with a CNAME, or with an alias record when the target is an AWS load balancer, CloudFront distribution or S3 website.',
  },
  title: {
    aliasConflict: 'Alias record that also sets {{key:code}}',
    cnameValues: 'CNAME record with {{count}} values',
    cnameApex: 'CNAME record at the apex of zone `{{zone}}`',
    notAddress: '{{type}} record holding a host name',
    outsideZoneAppended: 'Record {{name:code}} outside its zone {{zone:code}} (created as {{becomes:code}})',
    outsideZone: 'Record {{name:code}} outside its zone {{zone:code}}',
  },
  fixHint: 'new aws.route53.Record("apex", { zoneId: zone.zoneId, name: zone.name, type: "A", aliases: [{ name: cdn.domainName, zoneId: cdn.hostedZoneId, evaluateTargetHealth: false }] }) (no ttl, no records).',
  docs: {
    summary: 'Route 53 records that are refused or land elsewhere: an alias record that also sets `ttl` or `records`, a CNAME with several values, a CNAME at the zone apex, an A/AAAA record whose values are host names, a full name outside the record\'s zone.',
    why: 'Alias records answer with the target\'s addresses and TTL, so `ttl` and `records` cannot be given with them; a CNAME names exactly one other name and cannot sit at the apex, where the zone\'s SOA and NS records are. Pointing a domain at CloudFront or a load balancer is where these are written most often, and each one stops the deployment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nnew aws.route53.Record('apex', { zoneId: zone.zoneId, name: 'acme-corp.io', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });\n`,
      py: `import pulumi_aws as aws\naws.route53.Record("www", zone_id="Z0123456789ABCDEFGHIJ", name="www.acme-corp.io", type="A", ttl=300,\n    aliases=[{"name": "d111111abcdef8.cloudfront.net", "zone_id": "Z2FDTNDATAQYW2", "evaluate_target_health": False}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nnew aws.route53.Record('apex', { zoneId: zone.zoneId, name: 'acme-corp.io', type: 'A', aliases: [{ name: 'd111111abcdef8.cloudfront.net', zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false }] });\n`,
      py: `import pulumi_aws as aws\naws.route53.Record("www", zone_id="Z0123456789ABCDEFGHIJ", name="www.acme-corp.io", type="A",\n    aliases=[{"name": "d111111abcdef8.cloudfront.net", "zone_id": "Z2FDTNDATAQYW2", "evaluate_target_health": False}])\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/route53/record/',
      'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-choosing-alias-non-alias.html',
    ],
    notes: 'A record name outside its zone is judged only when the zone is created by the program with a known name and the name is known and meant as a full name: it ends with a dot, or it belongs to the zone\'s registered domain without being inside the zone (`api.example.com` in zone `app.example.com`). Such a name is created with the zone\'s name appended (medium: the deployment succeeds, but the intended name never resolves). Relative names (`api`, `api.dev`) are the shorthand for names inside the zone and are not reported. The apex check needs the zone to be created by the program with a known name and the record\'s name to be known.',
  },
  check(ctx) {
    for (const r of ctx.resources()) check(ctx, r);
  },
});
