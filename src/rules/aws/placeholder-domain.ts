import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { domainProblem, type DomainProblem, isOwnedDomainArg } from '../_shared/dns-names.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { definitelyAbsent, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** A text the argument is, or falls back to when its configuration is missing. */
interface Text {
  text: string;
  viaDefault: boolean;
  at?: At;
}

/**
 * The texts a domain argument ends with: a known string, the known tail of a built string, or the
 * default an unknown (config) value falls back to. Only the end of a built string decides the domain.
 */
function domainTexts(v: Value | undefined, viaDefault = false, depth = 0): Text[] {
  if (!v || depth > 6) return [];
  const here = (text: string, at: At | undefined): Text[] => [{ text, viaDefault, ...(at ? { at } : {}) }];
  switch (v.kind) {
    case 'known':
      return typeof v.value === 'string' ? here(v.value, v.at) : [];
    case 'str': {
      const last = v.parts[v.parts.length - 1];
      if (last?.kind === 'known' && typeof last.value === 'string') return here(last.value, last.at ?? v.at);
      return last ? domainTexts(last, viaDefault, depth + 1).map((t) => (t.at ? t : { ...t, ...(v.at ? { at: v.at } : {}) })) : [];
    }
    case 'unknown':
      if (v.default) return domainTexts(v.default, true, depth + 1);
      return (v.alts ?? []).flatMap((a) => domainTexts(a, true, depth + 1));
    case 'list':
      return v.items.flatMap((x) => domainTexts(x, viaDefault, depth + 1));
    case 'output':
      return domainTexts(v.inner, viaDefault, depth + 1);
    default:
      return [];
  }
}

/** Names that are no DNS name at all: a single label, or a fill-in word. */
const NOT_A_HOST = /placeholder|change-?me|replace-?me|\btodo\b|^[a-z0-9_-]+$/i;

/** Where a resource points at another DNS name: alias targets, CNAME values, CloudFront origins. */
function targets(r: Resource): { path: string; value: Value }[] {
  const out: { path: string; value: Value }[] = [];
  const each = (list: Value | undefined, path: string, key: string) => {
    if (list?.kind !== 'list') return;
    list.items.forEach((it, i) => {
      const v = it.kind === 'obj' ? it.props.get(key) : undefined;
      if (v) out.push({ path: `${path}.${i}.${key}`, value: v });
    });
  };
  if (r.type === 'aws:route53/record:Record') {
    each(r.args.props.get('aliases'), 'aliases', 'name');
    const records = r.args.props.get('records');
    if (str(r.args.props.get('type')) === 'CNAME' && records?.kind === 'list') records.items.forEach((v, i) => out.push({ path: `records.${i}`, value: v }));
  }
  if (r.type === 'aws:cloudfront/distribution:Distribution') each(r.args.props.get('origins'), 'origins', 'domainName');
  return out;
}

const PROBLEM: Record<DomainProblem['kind'], string> = {
  example: 'a documentation domain nobody can own (RFC 2606)',
  specialTld: 'a special-use top-level domain nobody can own (RFC 6761)',
  fillIn: 'a fill-in-the-blank domain the deployer does not own',
  privateOnly: 'a name for private networks only',
};

type Verdict = { consequence: string; severity: 'high' | 'medium' };

/**
 * What the problem does to this resource, or undefined when it does not matter here. Route 53 refuses
 * zones under example.com/.net/.org ("is reserved by AWS"); other zones are created but never
 * delegated to; certificates for any of these names are never validated.
 */
function verdict(model: ResourceModel, r: Resource, p: DomainProblem): Verdict | undefined {
  const zone = r.type === 'aws:route53/zone:Zone';
  if (zone || r.type === 'aws:route53/record:Record') {
    // Private zones (and records that may sit in one) may use private-only names.
    if (p.kind === 'privateOnly') return undefined;
    // A private hosted zone may use any name: it resolves only inside its VPCs.
    if (zone && !definitelyAbsent(r, 'vpcs')) return undefined;
    // A record in a zone the program creates shares the zone's fate: the zone is the one reported.
    if (!zone && referencedResource(model, r.args.props.get('zoneId'))) return undefined;
    if (p.kind === 'example') return { consequence: 'Route 53 rejects it ("InvalidDomainName: … is reserved by AWS") and the deployment fails', severity: 'high' };
    return { consequence: 'the zone is never delegated to, so nothing under it resolves and DNS-validated certificates in it never complete', severity: 'medium' };
  }
  if (r.module === 'ses' || r.module === 'sesv2') return { consequence: 'SES can never verify the identity, so no mail is sent from it', severity: 'high' };
  return { consequence: 'no certificate authority issues a certificate for it, so ACM validation never completes and the deployment hangs or fails', severity: 'high' };
}

function reportDomains(ctx: RuleContext, r: Resource): void {
  for (const [key, value] of r.args.props) {
    if (!isOwnedDomainArg(r, key)) continue;
    for (const t of domainTexts(value)) {
      const p = domainProblem(t.text);
      const v = p && verdict(ctx.model, r, p);
      if (!p || !v) continue;
      const data = { path: key, value: p.domain, problem: PROBLEM[p.kind], type: r.typePath, consequence: v.consequence };
      ctx.report({ messageId: t.viaDefault ? 'defaulted' : 'domain', data, at: t.at ?? value.at, resource: r, severity: t.viaDefault ? 'medium' : v.severity });
    }
  }
}

function reportTargets(ctx: RuleContext, r: Resource): void {
  for (const { path, value } of targets(r)) {
    for (const t of domainTexts(value)) {
      if (t.viaDefault || !NOT_A_HOST.test(t.text)) continue;
      ctx.report({ messageId: 'target', data: { path, value: t.text, type: r.typePath }, at: t.at ?? value.at, resource: r });
    }
  }
}

export default defineRule({
  id: 'aws/placeholder-domain',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    domain: '{{type}} `{{path}}` uses `{{value}}`, {{problem}}: {{consequence}}. Take the domain from configuration (`config.require("domainName")`).',
    defaulted: '{{type}} `{{path}}` falls back to `{{value}}`, {{problem}}, when the domain is not configured; deployed without that setting, {{consequence}}. Require the domain (`config.require("domainName")`) instead of defaulting to a placeholder.',
    target: '{{type}} `{{path}}` points at `{{value}}`, which is not a DNS name. The alias, CNAME or origin cannot resolve (AWS rejects it or traffic goes nowhere); point it at the real target, e.g. the distribution\'s or load balancer\'s `domainName` / `dnsName` Output.',
  },
  title: {
    domain: 'Domain {{value:code}} nobody can own used by {{counted}}',
    defaulted: 'Domain falls back to {{value:code}} on {{counted}} when not configured',
    target: '{{path:arg:code}} of {{counted}} points at {{value:code}}, not a DNS name',
  },
  fixHint: 'Read domains from configuration (config.require("domainName")) and point DNS records at the resources\' own DNS name outputs (distribution.domainName, alb.dnsName).',
  docs: {
    summary: 'Hosted zones, records, certificates, CloudFront aliases, custom domains and SES identities for reserved or placeholder domains, and DNS targets that are not DNS names.',
    why: 'A deployment with DNS only finishes when someone owns the domain. The reserved documentation domains (example.com/.net/.org, `.example`, `.test`, `.invalid`, `.localhost`) can never be owned: Route 53 rejects a hosted zone for example.com (InvalidDomainName), and ACM never issues a certificate for them, so `CertificateValidation` waits until it times out. Fill-in names such as `yourdomain.com` or `mydomain.com` belong to somebody else, and `.local`/`.internal` names exist only in private networks. A record or distribution pointing at `"placeholder"` instead of a DNS name cannot resolve.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst cert = new aws.acm.Certificate('cert', { domainName: 'api.example.com', validationMethod: 'DNS' });\nexport const certArn = cert.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nzone = aws.route53.Zone("zone", name="yourdomain.com")\npulumi.export("zone_id", zone.zone_id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst domain = new pulumi.Config().require('domainName');\nconst cert = new aws.acm.Certificate('cert', { domainName: \`api.\${domain}\`, validationMethod: 'DNS' });\nexport const certArn = cert.arn;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nzone = aws.route53.Zone("zone", name=pulumi.Config().require("domain_name"))\npulumi.export("zone_id", zone.zone_id)\n`,
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc2606',
      'https://www.rfc-editor.org/rfc/rfc6761',
      'https://github.com/boto/boto/pull/2098',
      'https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html',
      'https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html',
    ],
    notes: 'Private hosted zones may use any name and are not reported; a record in a zone the program creates is covered by the finding on the zone. `.local`/`.internal` names are reported only where a certificate is needed (Route 53 hosts them, they just never resolve publicly). Public zones for names Route 53 accepts but nobody can delegate (`.test`, `yourdomain.com`) are medium; example.com/.net/.org zones, which Route 53 rejects, and certificates, custom domains and SES identities for any of these names are high. A domain that falls back to a placeholder when its configuration is missing (`config.get("domain") or "example.com"`) is reported at medium severity; a configured domain without a default is unknown and never reported. DNS targets checked: Route 53 alias names and CNAME values, CloudFront origin domain names. Email addresses at example domains are reported by aws/placeholder-value.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      reportDomains(ctx, r);
      reportTargets(ctx, r);
    }
  },
});
