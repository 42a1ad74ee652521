import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const RECORD = 'aws:route53/record:Record';
const ZONE = 'aws:route53/zone:Zone';
const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';
const CLOUDFRONT_ZONE = 'Z2FDTNDATAQYW2';

/** Alias target types: the attributes that give their DNS name and their hosted zone id. */
const TARGETS: Record<string, { names: string[]; zones: string[]; what: string }> = {
  'aws:lb/loadBalancer:LoadBalancer': { names: ['dnsName'], zones: ['zoneId'], what: 'load balancer' },
  'aws:alb/loadBalancer:LoadBalancer': { names: ['dnsName'], zones: ['zoneId'], what: 'load balancer' },
  [DISTRIBUTION]: { names: ['domainName'], zones: ['hostedZoneId'], what: 'CloudFront distribution' },
  'aws:apigateway/domainName:DomainName': { names: ['cloudfrontDomainName', 'regionalDomainName'], zones: ['cloudfrontZoneId', 'regionalZoneId'], what: 'API Gateway custom domain' },
  'aws:s3/bucket:Bucket': { names: ['websiteDomain', 'websiteEndpoint'], zones: ['hostedZoneId'], what: 'S3 website bucket' },
  'aws:s3/bucketV2:BucketV2': { names: ['websiteDomain', 'websiteEndpoint'], zones: ['hostedZoneId'], what: 'S3 website bucket' },
  'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration': { names: ['websiteDomain', 'websiteEndpoint'], zones: [], what: 'S3 website configuration' },
  'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2': { names: ['websiteDomain', 'websiteEndpoint'], zones: [], what: 'S3 website configuration' },
  'aws:globalaccelerator/accelerator:Accelerator': { names: ['dnsName', 'dualStackDnsName'], zones: ['hostedZoneId'], what: 'Global Accelerator' },
  'aws:elasticbeanstalk/environment:Environment': { names: ['cname'], zones: [], what: 'Elastic Beanstalk environment' },
  [RECORD]: { names: ['name', 'fqdn'], zones: [], what: 'Route 53 record' },
  'aws:elb/loadBalancer:LoadBalancer': { names: ['dnsName'], zones: ['zoneId'], what: 'load balancer' },
};

/** Resources an alias cannot target at all, and what to do instead. */
const NOT_TARGETS: Record<string, { what: string; instead: string }> = {
  'aws:apigateway/restApi:RestApi': { what: 'REST API', instead: 'alias an `aws.apigateway.DomainName` (its `regionalDomainName`/`regionalZoneId`) mapped to the API' },
  'aws:apigateway/stage:Stage': { what: 'API stage', instead: 'alias an `aws.apigateway.DomainName` (its `regionalDomainName`/`regionalZoneId`) mapped to the stage' },
  'aws:apigatewayv2/api:Api': { what: 'HTTP/WebSocket API', instead: 'alias an `aws.apigatewayv2.DomainName` (`domainNameConfiguration.targetDomainName`/`hostedZoneId`) mapped to the API' },
  'aws:apigatewayv2/stage:Stage': { what: 'API stage', instead: 'alias an `aws.apigatewayv2.DomainName` (`domainNameConfiguration.targetDomainName`/`hostedZoneId`) mapped to the stage' },
  'aws:lambda/functionUrl:FunctionUrl': { what: 'Lambda function URL', instead: 'put CloudFront in front of the function URL and alias the distribution' },
  'aws:ec2/instance:Instance': { what: 'EC2 instance', instead: 'use a plain `A` record with `records: [instance.publicIp]` (or an Elastic IP)' },
};

/** Hosted zone ids that depend on the target's region (and load balancer type): a written one is right in one region only. */
const REGIONAL_ZONES = new Set(['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer', 'aws:elb/loadBalancer:LoadBalancer', 'aws:apigateway/domainName:DomainName', 'aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2', 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration', 'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2']);

function ref(ctx: RuleContext, v: Value | undefined): { r: Resource; attr: string } | undefined {
  if (!v || v.kind !== 'output' || !v.attr) return undefined;
  const r = referencedResource(ctx.model, v);
  return r ? { r, attr: v.attr } : undefined;
}

export default defineRule({
  id: 'aws/route53-alias-wrong-target',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [RECORD],
  messages: {
    name: 'The alias points at `{{attr}}` of {{what}} {{target}}, which is not a DNS name: Route 53 rejects the alias ("Tried to create an alias that targets …, but it doesn\'t exist"). Use `{{right}}`.',
    zone: 'The alias zone is `{{attr}}` of {{what}} {{target}}, which is not a hosted zone id: Route 53 rejects the alias. Use `{{right}}`.',
    ownZone: 'The alias targets {{what}} {{target}} but gives the record\'s own hosted zone ({{zone}}) as `zoneId`: an alias names the hosted zone of its target, so Route 53 rejects it. Use the target\'s `{{right}}`.',
    cloudfrontZone: 'The alias targets CloudFront distribution {{target}} with zone `{{zone}}`: CloudFront aliases always use hosted zone {{cloudfront}}, so Route 53 rejects it. Use `distribution.hostedZoneId`.',
    pair: 'The alias name is `{{name}}` of {{what}} {{target}} but its zone is `{{attr}}`: each DNS name of the domain has its own hosted zone, so Route 53 rejects the alias. Use `{{right}}` with `{{name}}`.',
    mixed: 'The alias name comes from {{what}} {{target}} but its zone from {{zoneWhat}} {{zoneTarget}}: an alias names the hosted zone of its own target, so Route 53 rejects it. Use the zone attribute of {{target}}.',
    notTarget: 'The alias points at {{what}} {{target}}, which Route 53 cannot alias: the record is rejected. Instead, {{instead}}.',
    cloudfrontZoneElsewhere: 'The alias zone is CloudFront\'s hosted zone `{{cloudfront}}` but the target is {{what}} {{target}}: Route 53 rejects the alias. Use `{{right}}`.',
    hardcodedZone: 'The alias to {{what}} {{target}} writes its hosted zone id (`{{zone}}`): that id differs by region (and load balancer type), so the record breaks when the stack is deployed elsewhere or the target changes. Use `{{right}}`.',
  },
  title: {
    name: 'Alias points at {{attr:code}} of {{what}} {{target}}, not a DNS name',
    zone: 'Alias zone is {{attr:code}} of {{what}} {{target}}, not a hosted zone id',
    ownZone: 'Alias to {{what}} {{target}} given the record\'s own hosted zone',
    cloudfrontZone: 'CloudFront alias to {{target}} with zone {{zone:code}}',
    pair: 'Alias to {{what}} {{target}} pairs {{name:code}} with {{attr:code}}',
    mixed: 'Alias name from {{target}} but zone from {{zoneTarget}}',
    notTarget: 'Alias to {{what}} {{target}}, which cannot be an alias target',
    cloudfrontZoneElsewhere: 'CloudFront hosted zone on an alias to {{what}} {{target}}',
    hardcodedZone: 'Hard-coded hosted zone id on alias to {{what}} {{target}}',
  },
  fixHint: 'aliases: [{ name: alb.dnsName, zoneId: alb.zoneId, evaluateTargetHealth: true }] (CloudFront: distribution.domainName / distribution.hostedZoneId).',
  docs: {
    summary: 'Route 53 alias records whose target name or zone comes from the wrong attribute (an ARN, id or name instead of the DNS name; the record\'s own zone, another target\'s zone, the zone of the other endpoint of the same domain, or an id instead of the target\'s hosted zone), targets Route 53 cannot alias (APIs, stages, function URLs, instances), and hosted zone ids written for region-dependent targets.',
    why: 'An alias names its target by DNS name and by the hosted zone AWS runs for that kind of target: `alb.dnsName` with `alb.zoneId`, `distribution.domainName` with `distribution.hostedZoneId` (always Z2FDTNDATAQYW2), `domain.regionalDomainName` with `domain.regionalZoneId`. Model-written records pass `distribution.id`, `alb.arn` or the zone the record lives in; Route 53 rejects the change and the deployment fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nnew aws.route53.Record('app', { zoneId: zone.zoneId, name: 'app.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: zone.zoneId, evaluateTargetHealth: true }] });\n`,
      py: `import pulumi_aws as aws\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])\naws.route53.Record("app", zone_id="Z0123456789ABCDEFGHIJ", name="app.acme-corp.io", type="A",\n    aliases=[{"name": alb.arn, "zone_id": alb.zone_id, "evaluate_target_health": True}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst zone = new aws.route53.Zone('zone', { name: 'acme-corp.io' });\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nnew aws.route53.Record('app', { zoneId: zone.zoneId, name: 'app.acme-corp.io', type: 'A', aliases: [{ name: alb.dnsName, zoneId: alb.zoneId, evaluateTargetHealth: true }] });\n`,
      py: `import pulumi_aws as aws\nalb = aws.lb.LoadBalancer("alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])\naws.route53.Record("app", zone_id="Z0123456789ABCDEFGHIJ", name="app.acme-corp.io", type="A",\n    aliases=[{"name": alb.dns_name, "zone_id": alb.zone_id, "evaluate_target_health": True}])\n`,
    },
    references: ['https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/route53/record/#alias'],
    notes: 'Only aliases whose name or zone is an attribute of a resource of the program are judged, for the target types listed in the rule (load balancers, CloudFront, API Gateway domains, S3 websites, Global Accelerator, Elastic Beanstalk, other records). Names that are not DNS names at all (placeholders) are aws/placeholder-domain\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const alias of items(arg(r, 'aliases'))?.items ?? []) {
        if (alias.kind === 'obj') checkAlias(ctx, r, alias.props.get('name'), alias.props.get('zoneId'));
      }
    }
  },
});

function checkAlias(ctx: RuleContext, r: Resource, nameV: Value | undefined, zoneV: Value | undefined): void {
  const name = ref(ctx, nameV);
  const not = name && NOT_TARGETS[name.r.type];
  if (name && not) {
    ctx.report({ messageId: 'notTarget', data: { what: not.what, target: quotedName(name.r), instead: not.instead }, at: nameV?.at, resource: r });
    return;
  }
  const spec = name && TARGETS[name.r.type];
  if (name && spec && !spec.names.includes(name.attr)) {
    ctx.report({ messageId: 'name', data: { attr: name.attr, what: spec.what, target: quotedName(name.r), right: spec.names.join('` or `') }, at: nameV?.at, resource: r });
  }
  const zone = ref(ctx, zoneV);
  const zoneSpec = zone && TARGETS[zone.r.type];
  const zoneText = str(zoneV);
  const targetText = str(nameV);
  if (zone && zoneSpec && zoneSpec.zones.length > 0 && !zoneSpec.zones.includes(zone.attr)) {
    ctx.report({ messageId: 'zone', data: { attr: zone.attr, what: zoneSpec.what, target: quotedName(zone.r), right: zoneSpec.zones.join('` or `') }, at: zoneV?.at, resource: r });
  } else if (zone && zone.r.type === ZONE && spec && spec.zones.length > 0) {
    ctx.report({ messageId: 'ownZone', data: { what: spec.what, target: quotedName(name!.r), zone: quotedName(zone.r), right: spec.zones.join('` or `') }, at: zoneV?.at, resource: r });
  } else if (name && spec && zone && zoneSpec && zone.r.id === name.r.id && spec.zones.length > 1 && spec.zones.length === spec.names.length) {
    const i = spec.names.indexOf(name.attr);
    if (i >= 0 && spec.zones.indexOf(zone.attr) !== i) {
      ctx.report({ messageId: 'pair', data: { name: name.attr, attr: zone.attr, what: spec.what, target: quotedName(name.r), right: spec.zones[i]! }, at: zoneV?.at, resource: r });
    }
  } else if (name && spec && zone && zoneSpec && zoneSpec.zones.length > 0 && spec.zones.length > 0 && zoneSpec.what !== spec.what) {
    ctx.report({ messageId: 'mixed', data: { what: spec.what, target: quotedName(name.r), zoneWhat: zoneSpec.what, zoneTarget: quotedName(zone.r) }, at: zoneV?.at, resource: r });
  } else if ((name?.r.type === DISTRIBUTION || (targetText !== undefined && /\.cloudfront\.net\.?$/i.test(targetText))) && zoneText !== undefined && zoneText !== CLOUDFRONT_ZONE) {
    ctx.report({ messageId: 'cloudfrontZone', data: { target: name ? quotedName(name.r) : `\`${targetText}\``, zone: zoneText, cloudfront: CLOUDFRONT_ZONE }, at: zoneV?.at, resource: r });
  } else if (name && spec && spec.zones.length > 0 && zoneText === CLOUDFRONT_ZONE && name.r.type !== DISTRIBUTION) {
    ctx.report({ messageId: 'cloudfrontZoneElsewhere', data: { what: spec.what, target: quotedName(name.r), cloudfront: CLOUDFRONT_ZONE, right: spec.zones.join('` or `') }, at: zoneV?.at, resource: r });
  } else if (name && spec && zoneText !== undefined && REGIONAL_ZONES.has(name.r.type) && spec.names.includes(name.attr)) {
    ctx.report({ messageId: 'hardcodedZone', data: { what: spec.what, target: quotedName(name.r), zone: zoneText, right: spec.zones.join('` or `') || 'bucket.hostedZoneId' }, at: zoneV?.at, resource: r, severity: 'medium' });
  }
}
