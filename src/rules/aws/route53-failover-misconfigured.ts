import type { Resource } from '../../model/types.js';
import { arg, bool, isAbsent, items, keySpan, str } from '../_shared/values.js';
import { programIsComplete, knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const RECORD = 'aws:route53/record:Record';
const POLICIES = ['failoverRoutingPolicies', 'weightedRoutingPolicies', 'latencyRoutingPolicies', 'geolocationRoutingPolicies', 'geoproximityRoutingPolicy', 'cidrRoutingPolicy'];

function failoverType(r: Resource): string | undefined {
  const list = items(arg(r, 'failoverRoutingPolicies'));
  const first = list?.items[0];
  return first?.kind === 'obj' ? str(first.props.get('type'))?.toUpperCase() : undefined;
}

/** An alias record that evaluates its target's health: it can fail over without a health check. */
function evaluatesTarget(r: Resource): boolean | undefined {
  const aliases = items(arg(r, 'aliases'));
  if (!aliases) return false;
  const a = aliases.items[0];
  if (!a || a.kind !== 'obj' || a.open) return undefined;
  return bool(a.props.get('evaluateTargetHealth'));
}

/** Zone and name of a record as a key, when both are known enough to compare (same value or same resource attribute). */
function recordKey(r: Resource): string | undefined {
  const name = str(arg(r, 'name'));
  const zone = arg(r, 'zoneId');
  const zoneKey = str(zone) ?? (zone?.kind === 'output' && zone.resource !== undefined ? `#${zone.resource}.${zone.attr}` : undefined);
  return name && zoneKey ? `${zoneKey}\u0000${name.replace(/\.$/, '').toLowerCase()}\u0000${str(arg(r, 'type')) ?? ''}` : undefined;
}

export default defineRule({
  id: 'aws/route53-failover-misconfigured',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [RECORD],
  messages: {
    noHealthCheck: 'This PRIMARY failover record has no `healthCheckId`{{alias}}: Route 53 then treats it as always healthy, so it never fails over to the SECONDARY record when the primary goes down. Attach an `aws.route53.HealthCheck` (or, for an alias, set `evaluateTargetHealth: true`).',
    setIdentifier: 'This record uses a routing policy (`{{policy}}`) but has no `setIdentifier`: Route 53 needs it to tell the records of the set apart, so the provider rejects the record. Give each record of the set a distinct `setIdentifier`.',
    noSecondary: 'This PRIMARY failover record has no SECONDARY record with the same name and type in the program: when the primary fails there is nothing to fail over to and the name stops resolving. Create the SECONDARY record for the standby endpoint.',
  },
  title: {
    noHealthCheck: 'PRIMARY failover record{{s}} without a health check',
    setIdentifier: 'Routing record{{s}} ({{policy:arg:code}}) without a setIdentifier',
    noSecondary: 'PRIMARY failover record{{s}} without a SECONDARY record',
  },
  fixHint: 'new aws.route53.Record("primary", { zoneId, name, type: "A", setIdentifier: "primary", failoverRoutingPolicies: [{ type: "PRIMARY" }], healthCheckId: hc.id, aliases: [{ name: alb.dnsName, zoneId: alb.zoneId, evaluateTargetHealth: true }] }) and a SECONDARY record with its own setIdentifier.',
  docs: {
    summary: 'Failover records that cannot fail over (PRIMARY without a health check or target-health evaluation, PRIMARY without a SECONDARY) and routing-policy records without `setIdentifier`.',
    why: 'Route 53 fails over from a PRIMARY record only when it knows the record is unhealthy: through the health check attached to it, or, for an alias, by evaluating the target\'s health. Without either the primary is always healthy and the disaster-recovery design never switches. Every record of a routing policy set also needs a `setIdentifier`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.route53.Record('primary', {\n  zoneId: 'Z0123456789ABCDEFGHIJ',\n  name: 'api.acme-corp.io',\n  type: 'CNAME',\n  ttl: 60,\n  records: ['primary.acme-corp.io'],\n  setIdentifier: 'primary',\n  failoverRoutingPolicies: [{ type: 'PRIMARY' }],\n});\nnew aws.route53.Record('secondary', { zoneId: 'Z0123456789ABCDEFGHIJ', name: 'api.acme-corp.io', type: 'CNAME', ttl: 60, records: ['dr.acme-corp.io'], setIdentifier: 'secondary', failoverRoutingPolicies: [{ type: 'SECONDARY' }] });\n`,
      py: `import pulumi_aws as aws\naws.route53.Record("blue", zone_id="Z0123456789ABCDEFGHIJ", name="app.acme-corp.io", type="CNAME", ttl=60, records=["blue.acme-corp.io"],\n    weighted_routing_policies=[{"weight": 90}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst hc = new aws.route53.HealthCheck('primary', { type: 'HTTPS', fqdn: 'primary.acme-corp.io', port: 443, resourcePath: '/health', requestInterval: 30, failureThreshold: 3 });\nnew aws.route53.Record('primary', {\n  zoneId: 'Z0123456789ABCDEFGHIJ',\n  name: 'api.acme-corp.io',\n  type: 'CNAME',\n  ttl: 60,\n  records: ['primary.acme-corp.io'],\n  setIdentifier: 'primary',\n  healthCheckId: hc.id,\n  failoverRoutingPolicies: [{ type: 'PRIMARY' }],\n});\nnew aws.route53.Record('secondary', { zoneId: 'Z0123456789ABCDEFGHIJ', name: 'api.acme-corp.io', type: 'CNAME', ttl: 60, records: ['dr.acme-corp.io'], setIdentifier: 'secondary', failoverRoutingPolicies: [{ type: 'SECONDARY' }] });\n`,
      py: `import pulumi_aws as aws\naws.route53.Record("blue", zone_id="Z0123456789ABCDEFGHIJ", name="app.acme-corp.io", type="CNAME", ttl=60, records=["blue.acme-corp.io"],\n    set_identifier="blue", weighted_routing_policies=[{"weight": 90}])\n`,
    },
    references: ['https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-configuring.html', 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html'],
    notes: 'A missing SECONDARY is judged only when the whole program was read and the record\'s zone and name are known (the same literal or the same resource attribute). Alias records that evaluate their target\'s health need no health check.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    const secondaries = new Set<string>();
    let unsure = false;
    for (const r of ctx.resources()) {
      if (r.args.open) unsure = true;
      if (failoverType(r) === 'SECONDARY') {
        const key = recordKey(r);
        if (key) secondaries.add(key);
        else unsure = true;
      }
    }
    for (const r of ctx.resources()) {
      if (r.args.open) continue;
      const policy = POLICIES.find((p) => !isAbsent(r.args.props.get(p)) && (items(r.args.props.get(p))?.items.length ?? 1) > 0);
      if (policy && knownAbsent(ctx, r, 'setIdentifier')) ctx.report({ messageId: 'setIdentifier', data: { policy }, at: keySpan(r.args, policy), resource: r });
      if (failoverType(r) !== 'PRIMARY') continue;
      const evaluates = evaluatesTarget(r);
      if (knownAbsent(ctx, r, 'healthCheckId') && evaluates === false) {
        const alias = items(arg(r, 'aliases')) ? ' and its alias does not evaluate the target\'s health' : '';
        ctx.report({ messageId: 'noHealthCheck', data: { alias }, at: keySpan(r.args, 'failoverRoutingPolicies'), resource: r });
      }
      const key = recordKey(r);
      if (complete && !unsure && key && !r.conditional && !secondaries.has(key)) ctx.report({ messageId: 'noSecondary', resource: r, severity: 'medium' });
    }
  },
});
