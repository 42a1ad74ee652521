import type { Severity } from '../../core/finding.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { definitelyAbsent } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** A host under the reserved example domains (RFC 2606), or an address at one. */
const EXAMPLE_DOMAIN = /(^|[^a-z0-9-])((?:[a-z0-9-]+\.)*example\.(?:com|org|net))(?![a-z0-9-])/i;

/** Fill-in-the-blank values: `your-key-pair`, `REPLACE_ME`, `<account-id>`, `xxxxxxxx`, `my-bucket-here`. */
const PLACEHOLDERS: RegExp[] = [
  /(^|[^a-z0-9])your[-_][a-z0-9]/i,
  /\b(REPLACE[_-]?ME|REPLACE[_-]WITH|CHANGE[_-]?ME|INSERT[_-]HERE|PLACEHOLDER|TODO|FIXME)\b/,
  /\b(replace[_-]me|change[_-]me)\b/,
  /<(your|account|acct|region|replace|insert|enter)[\w -]*>/i,
  /^<[a-z][\w -]*>$/i,
  /(^|[^a-z0-9])x{4,}([^a-z0-9]|$)/i,
  /^my-[\w-]*-here$/i,
  /\b12345678-1234-1234-1234-123456789012\b|\b00000000-0000-0000-0000-000000000000\b/,
];

/** Arguments whose value must name something that already exists (a key pair, a certificate, a bucket to log to). */
const REFERENCE_KEY = /(arn|arns|id|ids)$|^(keyName|bucket|targetBucket|certificate\w*|image|imageUri|zoneName)$/i;

/** Where a domain must be real for the deployment to finish: DNS zones and records, certificates, custom domains. */
const DNS_ARGS: Record<string, RegExp> = {
  'aws:acm/certificate:Certificate': /^(domainName|subjectAlternativeNames)$/,
  'aws:route53/zone:Zone': /^name$/,
  'aws:route53/record:Record': /^name$/,
  'aws:apigateway/domainName:DomainName': /^domainName$/,
  'aws:apigatewayv2/domainName:DomainName': /^domainName$/,
  'aws:cloudfront/distribution:Distribution': /^aliases$/,
};

/** Keys whose text is prose or metadata, never used by AWS. */
const IGNORED_KEY = /^(description|comment|inputTemplate|inputPaths)$/;

type Hit = { messageId: string; value: string; severity: Severity };

function hitOf(model: ResourceModel, r: Resource, t: LiteralText): Hit | undefined {
  if (t.text.includes('\n') || t.text.length > 300 || IGNORED_KEY.test(t.key) || t.path.split('.').includes('tags')) return undefined;
  const domain = EXAMPLE_DOMAIN.exec(t.text);
  if (domain) {
    const host = domain[2]!;
    if (domain[1] === '@') return { messageId: 'email', value: t.text, severity: 'medium' };
    if (DNS_ARGS[r.type]?.test(t.path.split('.')[0]!)) return dnsHit(model, r, host);
    return { messageId: 'exampleDomain', value: host, severity: 'medium' };
  }
  if (!PLACEHOLDERS.some((re) => re.test(t.text))) return undefined;
  const ownName = r.module === 's3' && t.path === 'bucket';
  return { messageId: 'placeholder', value: t.text, severity: REFERENCE_KEY.test(t.key) && !ownName ? 'high' : 'medium' };
}

function dnsHit(model: ResourceModel, r: Resource, host: string): Hit | undefined {
  // A record in a zone the program creates shares the zone's fate: the zone is the one reported.
  if (r.type === 'aws:route53/record:Record' && referencedResource(model, r.args.props.get('zoneId'))) return undefined;
  // A private hosted zone may use any name (it resolves only inside its VPCs); public example domains are reserved.
  if (r.type === 'aws:route53/zone:Zone' && !definitelyAbsent(r, 'vpcs')) return undefined;
  return { messageId: 'exampleDns', value: host, severity: 'high' };
}

export default defineRule({
  id: 'aws/placeholder-value',
  class: 'HARDCODED-VALUES',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    exampleDns: '`{{path}}` uses the reserved domain `{{value}}`, which nobody can own: Route 53 refuses to host it, records under it cannot go into any zone you own, and ACM never validates a certificate for it, so the deployment fails or hangs. Take the domain from configuration.',
    exampleDomain: '`{{path}}` points at the reserved example domain `{{value}}`, a documentation placeholder that serves nothing. Replace it with the real endpoint, or read it from configuration.',
    email: '`{{path}}` is the placeholder address `{{value}}`: nobody reads mail there, so whatever is sent to it (subscription confirmations, alerts, notices) is lost. Read the address from configuration.',
    placeholder: '`{{path}}` is still a placeholder (`{{value}}`). Nothing by that name exists, so AWS rejects the reference or the resource is created with a meaningless value; fill in the real value or read it from configuration.',
  },
  fixHint: 'Replace placeholders with configuration (`config.require("keyName")`, `config.require("alertEmail")`, `config.require("domainName")`) or with references to resources the program creates.',
  docs: {
    summary: 'Placeholder values left in resource arguments: example.com domains and emails, `your-…`, `REPLACE_ME`, `<…>`, `xxxx` and dummy certificate ARNs.',
    why: 'Generated programs often keep the placeholders of the examples they imitate. They look like values, so the program compiles, but they cannot work: a key pair named `your-key-pair` does not exist, a certificate ARN ending in `xxxxxxxx` or `12345678-1234-…` is not a certificate, Route 53 refuses hosted zones for the reserved example.com/.org/.net domains and ACM never validates them, and an SNS email subscription to `alerts@example.com` is never confirmed. Placeholders that break deployment are high severity; placeholder emails and URLs are medium.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst web = new aws.ec2.Instance('web', {\n  ami: aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'] }).id,\n  instanceType: 't3.micro',\n  keyName: 'your-key-pair',\n});\nexport const id = web.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.sns.TopicSubscription("email", topic=topic.arn, protocol="email", endpoint="alerts@example.com")\npulumi.export("topic", topic.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst web = new aws.ec2.Instance('web', {\n  ami: aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'] }).id,\n  instanceType: 't3.micro',\n  keyName: new pulumi.Config().require('keyName'),\n});\nexport const id = web.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntopic = aws.sns.Topic("alerts")\naws.sns.TopicSubscription("email", topic=topic.arn, protocol="email", endpoint=pulumi.Config().require("alertEmail"))\npulumi.export("topic", topic.arn)\n`,
    },
    references: [
      'https://www.rfc-editor.org/rfc/rfc2606',
      'https://docs.aws.amazon.com/Route53/latest/APIReference/API_CreateHostedZone.html',
      'https://docs.aws.amazon.com/acm/latest/userguide/dns-validation.html',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html',
    ],
    notes: 'One class per rule: these are reported as HARDCODED-VALUES, although reviewers file example.com certificates and zones under CDN-DNS-EDGE or ENCRYPTION-IN-TRANSIT too. Private hosted zones may use any name and are not reported. Values read from configuration (even with a placeholder default) are not reported, nor are tags, descriptions, multi-line text (scripts, inline code) and EventBridge input templates (whose `<name>` syntax is not a placeholder). Hard-coded account ids such as `123456789012` are reported by aws/hardcoded-account-id.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const t of literalTexts(r.args)) {
        const hit = hitOf(ctx.model, r, t);
        if (hit) ctx.report({ messageId: hit.messageId, data: { path: t.path, value: hit.value }, at: t.at, resource: r, severity: hit.severity });
      }
    }
  },
});
