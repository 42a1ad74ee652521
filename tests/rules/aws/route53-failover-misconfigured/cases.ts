import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });
const subnets = ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'];
const primaryAlb = new aws.lb.LoadBalancer('primary', { subnets });
const drAlb = new aws.lb.LoadBalancer('dr', { subnets });

// --- bad
new aws.route53.Record('api-primary', {
  zoneId: zone.zoneId, name: 'api.acme-corp.io', type: 'A', setIdentifier: 'primary',
  failoverRoutingPolicies: [{ type: 'PRIMARY' }], // error: [aws/route53-failover-misconfigured]
  aliases: [{ name: primaryAlb.dnsName, zoneId: primaryAlb.zoneId, evaluateTargetHealth: false }],
});
new aws.route53.Record('api-secondary', { zoneId: zone.zoneId, name: 'api.acme-corp.io', type: 'A', setIdentifier: 'secondary', failoverRoutingPolicies: [{ type: 'SECONDARY' }], aliases: [{ name: drAlb.dnsName, zoneId: drAlb.zoneId, evaluateTargetHealth: true }] });
const hc = new aws.route53.HealthCheck('web', { type: 'HTTP', fqdn: 'web.acme-corp.io', port: 80, resourcePath: '/', requestInterval: 30, failureThreshold: 3 });
new aws.route53.Record('web-primary', { zoneId: zone.zoneId, name: 'web.acme-corp.io', type: 'CNAME', ttl: 60, records: ['primary.acme-corp.io'], setIdentifier: 'primary', healthCheckId: hc.id, failoverRoutingPolicies: [{ type: 'PRIMARY' }] }); // error: [aws/route53-failover-misconfigured]
class Weighted extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:dns:Weighted', name, {}, opts);
    ['blue', 'green'].forEach((color, i) =>
      new aws.route53.Record(`${name}-${color}`, {
        zoneId: zone.zoneId, name: `${name}.acme-corp.io`, type: 'CNAME', ttl: 60, records: [`${color}.acme-corp.io`],
        weightedRoutingPolicies: [{ weight: i === 0 ? 100 : 0 }], // error: [aws/route53-failover-misconfigured]
      }, { parent: this }),
    );
  }
}
new Weighted('app');

// --- clean
const ok = new aws.route53.HealthCheck('ok', { type: 'HTTP', fqdn: 'ok.acme-corp.io', port: 80, resourcePath: '/', requestInterval: 30, failureThreshold: 3 });
new aws.route53.Record('ok-primary', { zoneId: zone.zoneId, name: 'ok.acme-corp.io', type: 'CNAME', ttl: 60, records: ['a.acme-corp.io'], setIdentifier: 'primary', healthCheckId: ok.id, failoverRoutingPolicies: [{ type: 'PRIMARY' }] });
new aws.route53.Record('ok-secondary', { zoneId: zone.zoneId, name: 'ok.acme-corp.io', type: 'CNAME', ttl: 60, records: ['b.acme-corp.io'], setIdentifier: 'secondary', failoverRoutingPolicies: [{ type: 'SECONDARY' }] });
new aws.route53.Record('alias-primary', { zoneId: zone.zoneId, name: 'alias.acme-corp.io', type: 'A', setIdentifier: 'primary', failoverRoutingPolicies: [{ type: 'PRIMARY' }], aliases: [{ name: primaryAlb.dnsName, zoneId: primaryAlb.zoneId, evaluateTargetHealth: true }] });
new aws.route53.Record('alias-secondary', { zoneId: zone.zoneId, name: 'alias.acme-corp.io', type: 'A', setIdentifier: 'secondary', failoverRoutingPolicies: [{ type: 'SECONDARY' }], aliases: [{ name: drAlb.dnsName, zoneId: drAlb.zoneId, evaluateTargetHealth: true }] });

// --- unknown
new aws.route53.Record('cfg-primary', { zoneId: zone.zoneId, name: config.require('name'), type: 'CNAME', ttl: 60, records: ['a.acme-corp.io'], setIdentifier: 'primary', healthCheckId: config.get('healthCheckId'), failoverRoutingPolicies: [{ type: 'PRIMARY' }] });
