import type { Severity } from '../../core/finding.js';
import type { Resource } from '../../model/types.js';
import { isOwnedDomainArg } from '../_shared/dns-names.js';
import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
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

/** Keys whose text is prose or metadata, never used by AWS. */
const IGNORED_KEY = /^(description|comment|inputTemplate|inputPaths)$/;

type Hit = { messageId: string; value: string; severity: Severity };

function hitOf(r: Resource, t: LiteralText): Hit | undefined {
  if (t.text.includes('\n') || t.text.length > 300 || IGNORED_KEY.test(t.key) || t.path.split('.').includes('tags')) return undefined;
  const domain = EXAMPLE_DOMAIN.exec(t.text);
  if (domain?.[1] === '@') return { messageId: 'email', value: t.text, severity: 'medium' };
  // Domains that must be owned (zones, certificates, custom domains) are aws/placeholder-domain's.
  if (isOwnedDomainArg(r, t.path)) return undefined;
  if (domain) return { messageId: 'exampleDomain', value: domain[2]!, severity: 'medium' };
  if (!PLACEHOLDERS.some((re) => re.test(t.text))) return undefined;
  const ownName = r.module === 's3' && t.path === 'bucket';
  return { messageId: 'placeholder', value: t.text, severity: REFERENCE_KEY.test(t.key) && !ownName ? 'high' : 'medium' };
}

export default defineRule({
  id: 'aws/placeholder-value',
  class: 'HARDCODED-VALUES',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    exampleDomain: '`{{path}}` points at the reserved example domain `{{value}}`, a documentation placeholder that serves nothing. Replace it with the real endpoint, or read it from configuration.',
    email: '`{{path}}` is the placeholder address `{{value}}`: nobody reads mail there, so whatever is sent to it (subscription confirmations, alerts, notices) is lost. Read the address from configuration.',
    placeholder: '`{{path}}` is still a placeholder (`{{value}}`). Nothing by that name exists, so AWS rejects the reference or the resource is created with a meaningless value; fill in the real value or read it from configuration.',
  },
  fixHint: 'Replace placeholders with configuration (`config.require("keyName")`, `config.require("alertEmail")`, `config.require("domainName")`) or with references to resources the program creates.',
  docs: {
    summary: 'Placeholder values left in resource arguments: example.com URLs and emails, `your-…`, `REPLACE_ME`, `<…>`, `xxxx` and dummy certificate ARNs.',
    why: 'Generated programs often keep the placeholders of the examples they imitate. They look like values, so the program compiles, but they cannot work: a key pair named `your-key-pair` does not exist, a certificate ARN ending in `xxxxxxxx` or `12345678-1234-…` is not a certificate, a callback URL at example.com serves nothing, and an SNS email subscription to `alerts@example.com` is never confirmed. Placeholders that break deployment are high severity; placeholder emails and URLs are medium.',
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
      'https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html',
    ],
    notes: 'Domains that must be owned (hosted zones, records, certificates, CloudFront aliases, custom domains, SES identities) are reported by aws/placeholder-domain (CDN-DNS-EDGE), not here. Values read from configuration (even with a placeholder default) are not reported, nor are tags, descriptions, multi-line text (scripts, inline code) and EventBridge input templates (whose `<name>` syntax is not a placeholder). Hard-coded account ids such as `123456789012` are reported by aws/hardcoded-account-id.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const t of literalTexts(r.args)) {
        const hit = hitOf(r, t);
        if (hit) ctx.report({ messageId: hit.messageId, data: { path: t.path, value: hit.value }, at: t.at, resource: r, severity: hit.severity });
      }
    }
  },
});
