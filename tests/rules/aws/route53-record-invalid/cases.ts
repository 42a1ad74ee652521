import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });
const cdnAlias = { name: 'd111111abcdef8.cloudfront.net', zoneId: 'Z2FDTNDATAQYW2', evaluateTargetHealth: false };

// --- bad
new aws.route53.Record('www', { zoneId: zone.zoneId, name: 'www.acme-corp.io', type: 'A', ttl: 300, aliases: [cdnAlias] }); // error: [aws/route53-record-invalid]
new aws.route53.Record('apex', { zoneId: zone.zoneId, name: 'acme-corp.io.', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] }); // error: [aws/route53-record-invalid]
new aws.route53.Record('api', { zoneId: zone.zoneId, name: 'api.acme-corp.io', type: 'CNAME', ttl: 60, records: ['a.example.net', 'b.example.net'] }); // error: [aws/route53-record-invalid]
for (const type of ['A', 'AAAA']) {
  new aws.route53.Record(`app-${type}`, { zoneId: zone.zoneId, name: 'app.acme-corp.io', type, records: ['192.0.2.1'], aliases: [cdnAlias] }); // error: [aws/route53-record-invalid]
}
new aws.route53.Record('app-a', { zoneId: zone.zoneId, name: 'app2.acme-corp.io', type: 'A', ttl: 300, records: ['my-alb-123456.us-east-1.elb.amazonaws.com'] }); // error: [aws/route53-record-invalid]
new aws.route53.Record('app-aaaa', { zoneId: zone.zoneId, name: 'app2.acme-corp.io', type: 'AAAA', ttl: 300, records: ['192.0.2.10'] }); // error: [aws/route53-record-invalid]
// Full names outside their zone: the provider appends the zone's name (`api.acme-corp.io.app.acme-corp.io`).
const appZone = new aws.route53.Zone('app-zone', { name: 'app.acme-corp.io' });
new aws.route53.Record('sibling', { zoneId: appZone.zoneId, name: 'api.acme-corp.io', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] }); // error: [aws/route53-record-invalid]
new aws.route53.Record('elsewhere', { zoneId: zone.zoneId, name: 'status.other-corp.io.', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] }); // error: [aws/route53-record-invalid]

// --- clean
// Relative names are the shorthand for names inside the zone.
new aws.route53.Record('relative', { zoneId: appZone.zoneId, name: 'api', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });
new aws.route53.Record('relative-two', { zoneId: appZone.zoneId, name: 'api.dev', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });
new aws.route53.Record('inside', { zoneId: appZone.zoneId, name: 'web.app.acme-corp.io.', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });
new aws.route53.Record('ip-a', { zoneId: zone.zoneId, name: 'ip.acme-corp.io', type: 'A', ttl: 300, records: ['192.0.2.10', '198.51.100.7'] });
new aws.route53.Record('ip-aaaa', { zoneId: zone.zoneId, name: 'ip.acme-corp.io', type: 'AAAA', ttl: 300, records: ['2001:db8::10'] });
new aws.route53.Record('www-ok', { zoneId: zone.zoneId, name: 'www.acme-corp.io', type: 'A', aliases: [cdnAlias] });
new aws.route53.Record('docs', { zoneId: zone.zoneId, name: 'docs.acme-corp.io', type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });
new aws.route53.Record('txt', { zoneId: zone.zoneId, name: 'acme-corp.io', type: 'TXT', ttl: 300, records: ['v=spf1 -all', 'google-site-verification=x'] });

// --- unknown
new aws.route53.Record('configured', { zoneId: zone.zoneId, name: config.require('host'), type: 'CNAME', ttl: 300, records: ['d111111abcdef8.cloudfront.net'] });
const eip = new aws.ec2.Eip('eip', { domain: 'vpc' });
new aws.route53.Record('eip-a', { zoneId: zone.zoneId, name: 'eip.acme-corp.io', type: 'A', ttl: 300, records: [eip.publicIp, config.require('ip')] });

export const zoneId = zone.zoneId;
