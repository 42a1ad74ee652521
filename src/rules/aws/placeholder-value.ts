import type { Severity } from '../../core/finding.js';
import type { Resource } from '../../model/types.js';
import { isOwnedDomainArg } from '../_shared/dns-names.js';
import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
import { lookupTexts, type LookupText } from '../_shared/lookup-texts.js';
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

/**
 * Stand-in names for a repository owner, repository or branch, compared whole (case-insensitive, `_`
 * read as `-`): `example-repo` is a placeholder, `example-repo-service` is somebody's name.
 */
const PLACEHOLDER_NAMES = new Set([
  'example', 'example-owner', 'example-org', 'example-organization', 'example-user', 'example-username', 'example-repo',
  'example-repository', 'example-branch', 'my-org', 'my-organization', 'my-user', 'my-username', 'my-github-username',
  'my-github-org', 'my-github-user', 'my-repo', 'my-repository', 'my-repo-name', 'my-branch', 'owner', 'repo', 'repository',
  'org', 'organization', 'username', 'user-name', 'owner-name', 'org-name', 'repo-name', 'repository-name', 'branch-name',
  'github-owner', 'github-org', 'github-user', 'github-username', 'github-repo', 'github-repository', 'sample-repo',
  'sample-org', 'sample-owner', 'foo', 'bar',
]);

/** CodePipeline source action configuration keys that name a repository, its owner or a branch. */
const SOURCE_CONFIG_KEY = /^(Owner|Repo|Branch|FullRepositoryId|BranchName|RepositoryName)$/;

/** A repository URL on a Git host: owner and repository segments. */
const REPO_URL = /^(?:https?:\/\/|git@)(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)[/:]([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/i;

function isPlaceholderName(s: string): boolean {
  return PLACEHOLDER_NAMES.has(s.trim().toLowerCase().replace(/_/g, '-'));
}

/** The placeholder segment of a repository reference (`owner/repo`, a Git URL, a bare name), if any. */
function placeholderRepoPart(r: Resource, t: LiteralText): string | undefined {
  if (!t.whole) return undefined;
  const segs = t.path.split('.');
  let parts: string[] | undefined;
  if (r.type === 'aws:codepipeline/pipeline:Pipeline' && segs[0] === 'stages' && segs.at(-2) === 'configuration' && SOURCE_CONFIG_KEY.test(t.key)) {
    parts = t.key === 'FullRepositoryId' ? t.text.split('/') : [t.text];
  } else if (r.type === 'aws:codebuild/project:Project' && /^(source|secondarySources)$/.test(segs[0]!) && t.key === 'location') {
    const m = REPO_URL.exec(t.text.trim());
    parts = m ? [m[1]!, m[2]!] : undefined;
  } else if (r.type === 'aws:amplify/app:App' && t.path === 'repository') {
    const m = REPO_URL.exec(t.text.trim());
    parts = m ? [m[1]!, m[2]!] : undefined;
  } else if (r.pkg === 'github' && segs.length === 1 && /^(repository|owner)$/.test(t.key)) {
    parts = [t.text];
  }
  return parts?.some(isPlaceholderName) ? t.text : undefined;
}

/** Documentation-only address blocks: RFC 5737 (IPv4) and RFC 3849 (IPv6). */
const DOC_V4: { prefix: string; block: string }[] = [
  { prefix: '192.0.2.', block: '192.0.2.0/24, RFC 5737' },
  { prefix: '198.51.100.', block: '198.51.100.0/24, RFC 5737' },
  { prefix: '203.0.113.', block: '203.0.113.0/24, RFC 5737' },
];

/** The documentation block an address or CIDR lies in, if it lies wholly inside one. */
function documentationBlock(text: string): string | undefined {
  const s = text.trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(s);
  if (v4) {
    const len = v4[5] === undefined ? 32 : Number(v4[5]);
    if (len < 24 || len > 32 || v4.slice(1, 5).some((o) => Number(o) > 255)) return undefined;
    return DOC_V4.find((d) => s.startsWith(d.prefix))?.block;
  }
  const v6 = /^2001:0?db8(?::[0-9a-f]{0,4}){0,7}(?:\/(\d{1,3}))?$/i.exec(s);
  if (v6 && (v6[1] === undefined || (Number(v6[1]) >= 32 && Number(v6[1]) <= 128))) return '2001:db8::/32, RFC 3849';
  return undefined;
}

const NACL = /^aws:ec2\/(networkAcl|defaultNetworkAcl|networkAclRule):/;

/**
 * Where an address is an allow-list entry or a rule's peer (security group and network ACL rules,
 * WAF IP sets, prefix lists, `aws:SourceIp` conditions, listener source-IP conditions), or an
 * endpoint something must reach (a customer gateway, a DNS A/AAAA record).
 */
function addressRole(r: Resource, t: LiteralText): 'allow' | 'endpoint' | undefined {
  const segs = t.path.split('.');
  if (/^(cidrBlocks|ipv6CidrBlocks|cidrIpv4|cidrIpv6)$/.test(t.key)) return 'allow';
  if (/^aws:sourceip$/i.test(t.key) || segs.includes('sourceIp')) return 'allow';
  if (NACL.test(r.type) && /^(cidrBlock|ipv6CidrBlock)$/.test(t.key)) return 'allow';
  if (/^aws:(wafv2\/ipSet|waf\/ipSet|wafregional\/ipSet):/.test(r.type) && (t.key === 'addresses' || (segs[0] === 'ipSetDescriptors' && t.key === 'value'))) return 'allow';
  if (r.type === 'aws:ec2/managedPrefixList:ManagedPrefixList' && t.key === 'cidr') return 'allow';
  if (r.type === 'aws:ec2/customerGateway:CustomerGateway' && t.path === 'ipAddress') return 'endpoint';
  if (r.type === 'aws:route53/record:Record' && t.path === 'records') return 'endpoint';
  return undefined;
}

type Hit = { messageId: string; value: string; severity: Severity; block?: string };

/** Key material written as text: a PEM block or an OpenSSH public key. */
const KEY_TEXT = /-----BEGIN [A-Z ]*KEY-----|^\s*(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) /;

/**
 * Key material that was made up rather than generated, and the part that shows it: a base64 body
 * with a short run of characters repeated over and over, or with ellipses and stand-in words.
 */
function fabricatedKey(text: string): string | undefined {
  if (!KEY_TEXT.test(text)) return undefined;
  const body = text.replace(/-----(BEGIN|END) [A-Z ]*-----/g, '').replace(/^\s*(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+)\s+/, '').replace(/\s+\S*@\S*\s*$/, '');
  const repeated = /(.{3,16})\1{5,}/.exec(body.replace(/\s+/g, ''));
  if (repeated) return `${repeated[1]!.repeat(3)}…`;
  return /\.\.\.|…|EXAMPLE|PLACEHOLDER|YOUR[_ -]?KEY/i.exec(body)?.[0];
}

function hitOf(r: Resource, t: LiteralText): Hit | undefined {
  const fake = t.whole ? fabricatedKey(t.text) : undefined;
  if (fake) return { messageId: 'fabricatedKey', value: fake, severity: 'high' };
  if (t.text.includes('\n') || t.text.length > 300 || IGNORED_KEY.test(t.key) || t.path.split('.').includes('tags')) return undefined;
  const block = t.whole ? documentationBlock(t.text) : undefined;
  const role = block ? addressRole(r, t) : undefined;
  if (block && role) return { messageId: role === 'allow' ? 'documentationRange' : 'documentationAddress', value: t.text, severity: 'medium', block };
  const repo = placeholderRepoPart(r, t);
  if (repo !== undefined) return { messageId: 'placeholderRepository', value: repo, severity: 'high' };
  const domain = EXAMPLE_DOMAIN.exec(t.text);
  if (domain?.[1] === '@') return { messageId: 'email', value: t.text, severity: 'medium' };
  // Domains that must be owned (zones, certificates, custom domains) are aws/placeholder-domain's.
  if (isOwnedDomainArg(r, t.path)) return undefined;
  if (domain) return { messageId: 'exampleDomain', value: domain[2]!, severity: 'medium' };
  if (!PLACEHOLDERS.some((re) => re.test(t.text))) return undefined;
  const ownName = r.module === 's3' && t.path === 'bucket';
  return { messageId: 'placeholder', value: t.text, severity: REFERENCE_KEY.test(t.key) && !ownName ? 'high' : 'medium' };
}

/**
 * A lookup (`aws.route53.getZone({ name: "example.com" })`) of a placeholder finds nothing: the
 * data source fails and the preview stops. Filter names (`tag:Name`, `vpc-id`) are the API's own words.
 */
function lookupHitOf(t: LookupText): Hit | undefined {
  if (t.text.includes('\n') || t.text.length > 300 || IGNORED_KEY.test(t.key) || (t.key === 'name' && t.path.split('.').includes('filters'))) return undefined;
  const domain = EXAMPLE_DOMAIN.exec(t.text);
  if (domain && domain[1] !== '@') return { messageId: 'lookupDomain', value: domain[2]!, severity: 'high' };
  if (PLACEHOLDERS.some((re) => re.test(t.text))) return { messageId: 'lookupPlaceholder', value: t.text, severity: 'high' };
  return undefined;
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
    placeholderRepository: '`{{path}}` is the placeholder `{{value}}`, not a real repository, owner or branch: the source cannot be fetched, so every pipeline run or build fails at its first step. Read the owner, repository and branch from configuration.',
    documentationRange: '`{{path}}` allows `{{value}}`, an address from a documentation-only block ({{block}}) that is never routed: an allow-list of such addresses admits nobody, so the rule or condition does not do what it is meant to. Use the real client range, read from configuration.',
    documentationAddress: '`{{path}}` is `{{value}}`, an address from a documentation-only block ({{block}}) that is never routed: nothing can be reached there. Use the real address, read from configuration.',
    fabricatedKey: '`{{path}}` holds key material that was made up, not generated (its body contains `{{value}}`): AWS rejects it as an invalid key when the resource is created. Generate the key pair (`tls.PrivateKey`) or read the public key from configuration or a file.',
    placeholder: '`{{path}}` is still a placeholder (`{{value}}`). Nothing by that name exists, so AWS rejects the reference or the resource is created with a meaningless value; fill in the real value or read it from configuration.',
    lookupDomain: '`{{fn}}` looks up the reserved example domain `{{value}}` (`{{path}}`), a documentation placeholder nobody can own: the lookup finds nothing, so the data source fails and the deployment stops before anything is created. Look up the domain the program really serves, read from configuration.',
    lookupPlaceholder: '`{{fn}}` looks up the placeholder `{{value}}` (`{{path}}`): nothing by that name exists, so the data source fails and the deployment stops before anything is created. Fill in the real value or read it from configuration.',
  },
  title: {
    exampleDomain: 'Placeholder domain {{value:code}} in {{path:arg:code}} of {{counted}}',
    email: 'Placeholder address {{value:code}} in {{path:arg:code}} of {{counted}}',
    placeholderRepository: 'Placeholder repository {{value:code}} in {{path:arg:code}} of {{counted}}',
    documentationRange: 'Documentation-only address range {{value:code}} allowed in {{counted}}',
    documentationAddress: 'Documentation-only address {{value:code}} in {{path:arg:code}} of {{counted}}',
    fabricatedKey: 'Made-up key material in {{path:arg:code}} of {{counted}}',
    placeholder: 'Placeholder {{value:code}} in {{path:arg:code}} of {{counted}}',
    lookupDomain: 'Lookup of placeholder domain {{value:code}} with {{fn:code}}',
    lookupPlaceholder: 'Lookup of placeholder {{value:code}} with {{fn:code}}',
  },
  fixHint: 'Replace placeholders with configuration (`config.require("keyName")`, `config.require("alertEmail")`, `config.require("domainName")`) or with references to resources the program creates.',
  docs: {
    summary: 'Placeholder values left in resource arguments: example.com URLs and emails, `your-…`, `REPLACE_ME`, `<…>`, `xxxx`, dummy certificate ARNs, stand-in repository owners and names (`example`, `my-repo`) in pipeline sources, and documentation-only IP addresses (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) in allow-lists.',
    why: 'Generated programs often keep the placeholders of the examples they imitate. They look like values, so the program compiles, but they cannot work: a key pair named `your-key-pair` does not exist, a certificate ARN ending in `xxxxxxxx` or `12345678-1234-…` is not a certificate, a callback URL at example.com serves nothing, an SNS email subscription to `alerts@example.com` is never confirmed, a pipeline whose GitHub source is `example/example-repo` fails on every run, and a security group or WAF IP set that allows `203.0.113.0/24` (a block reserved for documentation by RFC 5737, never routed) admits nobody. Placeholders that break deployment or every run are high severity; placeholder emails, URLs and documentation addresses are medium.',
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
      'https://www.rfc-editor.org/rfc/rfc5737',
      'https://www.rfc-editor.org/rfc/rfc3849',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-email-notifications.html',
      'https://docs.aws.amazon.com/codepipeline/latest/userguide/action-reference-CodestarConnectionSource.html',
    ],
    notes: 'Public keys written in the program (PEM blocks, OpenSSH keys) are reported when their body repeats a short run of characters many times or contains ellipses or stand-in words: such keys are made up and AWS rejects them. Domains that must be owned (hosted zones, records, certificates, CloudFront aliases, custom domains, SES identities) are reported by aws/placeholder-domain (CDN-DNS-EDGE), not here. Values read from configuration (even with a placeholder default) are not reported, nor are tags, descriptions, multi-line text (scripts, inline code) and EventBridge input templates (whose `<name>` syntax is not a placeholder). Hard-coded account ids such as `123456789012` are reported by aws/hardcoded-account-id. Data-source lookups are read too: a lookup of an example domain (`aws.route53.getZone({ name: "example.com" })`) or of a placeholder finds nothing and stops the deployment, at high severity; the names of lookup filters (`tag:Name`, `vpc-id`) are not read. Repository placeholders are matched as whole values (or whole `owner`/`repo` segments of a Git URL or `FullRepositoryId`) against a fixed list, only in CodePipeline action configurations (`Owner`, `Repo`, `Branch`, `FullRepositoryId`, `BranchName`, `RepositoryName`), CodeBuild source locations, Amplify repositories and the `repository`/`owner` of GitHub provider resources; tags named `Owner` are never read. Documentation addresses are reported only where they are an allow-list entry or rule peer (security group, network ACL and prefix-list entries, WAF IP sets, `aws:SourceIp` conditions, listener source-IP conditions) or an endpoint (customer gateway, Route 53 A/AAAA records); a VPC or subnet may use any range internally and is not reported.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const t of literalTexts(r.args)) {
        const hit = hitOf(r, t);
        if (hit) ctx.report({ messageId: hit.messageId, data: { path: t.path, value: hit.value, block: hit.block ?? '' }, at: t.at, resource: r, severity: hit.severity });
      }
    }
    for (const t of lookupTexts(ctx.model)) {
      const hit = lookupHitOf(t);
      if (hit) ctx.report({ messageId: hit.messageId, data: { fn: t.fn, path: t.path, value: hit.value }, at: t.at, severity: hit.severity });
    }
  },
});
