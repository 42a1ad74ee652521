import { literalTexts, type LiteralText } from '../_shared/literal-text.js';
import { lookupTexts } from '../_shared/lookup-texts.js';
import { defaultTexts } from '../_shared/program-texts.js';
import { defineRule } from '../define-rule.js';

/** EC2 ids: a prefix and 8 or 17 hex digits. */
const EC2_ID = new RegExp(`^(${['ami', 'vpc', 'subnet', 'sg', 'igw', 'nat', 'rtb', 'tgw', 'pcx', 'vpce', 'eipalloc', 'lt', 'i', 'snap', 'vol', 'eni', 'acl', 'pl', 'fs', 'fsap', 'eigw', 'cgw', 'vgw', 'dopt'].join('|')})-([0-9a-f]{8}|[0-9a-f]{17})$`);
const KIND: Record<string, string> = {
  ami: 'AMI id',
  vpc: 'VPC id',
  subnet: 'subnet id',
  sg: 'security group id',
  igw: 'internet gateway id',
  nat: 'NAT gateway id',
  rtb: 'route table id',
  tgw: 'transit gateway id',
  pcx: 'VPC peering connection id',
  vpce: 'VPC endpoint id',
  eipalloc: 'Elastic IP allocation id',
  lt: 'launch template id',
  i: 'EC2 instance id',
  snap: 'EBS snapshot id',
  vol: 'EBS volume id',
  eni: 'network interface id',
  acl: 'network ACL id',
  pl: 'prefix list id',
  fs: 'EFS file system id',
  fsap: 'EFS access point id',
  eigw: 'egress-only internet gateway id',
  cgw: 'customer gateway id',
  vgw: 'virtual private gateway id',
  dopt: 'DHCP options set id',
};
const LOOKUP: Record<string, string> = {
  ami: '`aws.ec2.getAmi` with owner and name filters, or an SSM parameter such as /aws/service/ami-amazon-linux-latest/…',
  vpc: 'the VPC the program creates, `aws.ec2.getVpc`, or configuration',
  subnet: 'the subnets the program creates, `aws.ec2.getSubnets`, or configuration',
  sg: 'the security group the program creates, `aws.ec2.getSecurityGroup`, or configuration',
  // AWS-managed prefix lists (S3, DynamoDB, CloudFront origins) have another id in every region.
  pl: '`aws.ec2.getManagedPrefixList` by name (`com.amazonaws.<region>.s3`), or configuration',
  snap: '`aws.ebs.getSnapshot` with owner and tag filters, or configuration',
  fs: 'the file system the program creates, `aws.efs.getFileSystem`, or configuration',
};
/**
 * An id of one of those kinds made up for an example: its digits count up (`0123456789abcdef`,
 * `12345678`) or repeat one character. Real ids are random hex, so these exist nowhere.
 */
const PLACEHOLDER_ID = new RegExp(`^(${Object.keys(KIND).join('|')})-([0-9a-f]*(?:01234567|12345678|abcdef)[0-9a-f]*|([0-9a-f])\\3{7,})$`);
/** A Route 53 hosted zone id. */
const ZONE_ID = /^Z[0-9A-Z]{6,31}$/;
/** A KMS key id: a UUID, or a multi-Region key's `mrk-` and 32 hex digits. */
const KMS_KEY_ID = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$/;
/** A KMS key ARN (`arn:aws:kms:<region>:<account>:key/<id>`), whole or as the known end of a built string. */
const KMS_KEY_ARN = /(?:^|:)key\/((?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}))$/;
/** Arguments that hold a KMS key (`kmsKeyId`, `kmsMasterKeyId`, `kmsKeyArn`, an alias's `targetKeyId`). */
const KMS_KEY_ARG = /kms|^targetKey(Id|Arn)$|^(master)?key(Id|Arn)$/i;
/** Made-up key ids: the documentation's `1234abcd-12ab-34cd-56ef-1234567890ab`, all zeros, counting digits. */
const MADE_UP_KEY = /01234567|12345678|abcdef|([0-9a-f])\1{7,}/;
/** Keys that name the resource itself or describe it; an id-like string there is not a reference. */
const NOT_A_REFERENCE = /^(name|namePrefix|description|comment)$/;

type Hit = { messageId: 'amiId' | 'resourceId' | 'zoneId' | 'lookupId' | 'placeholderDefault' | 'madeUpId'; data: Record<string, string> };

function hitOf(t: Pick<LiteralText, 'path' | 'key' | 'text' | 'whole'>): Hit | undefined {
  if (t.path.split('.').includes('tags') || NOT_A_REFERENCE.test(t.key)) return undefined;
  const id = t.whole ? (EC2_ID.exec(t.text) ?? PLACEHOLDER_ID.exec(t.text)) : null;
  if (id) {
    const prefix = id[1]!;
    const data = { path: t.path, id: t.text, kind: KIND[prefix]!, lookup: LOOKUP[prefix] ?? 'a data source lookup or configuration' };
    return { messageId: prefix === 'ami' ? 'amiId' : 'resourceId', data };
  }
  if (t.whole && t.path === 'zoneId' && ZONE_ID.test(t.text)) return { messageId: 'zoneId', data: { path: t.path, id: t.text } };
  // An ARN with a literal account is reported for the account by aws/hardcoded-account-id.
  const key = (t.whole && KMS_KEY_ARG.test(t.key) && KMS_KEY_ID.test(t.text) ? t.text : undefined) ?? (/:\d{12}:key\//.test(t.text) ? undefined : KMS_KEY_ARN.exec(t.text)?.[1]);
  if (key) return { messageId: 'resourceId', data: { path: t.path, id: t.whole ? t.text : key, kind: 'KMS key id', lookup: 'the key the program creates (`key.arn`), `aws.kms.getKey` by alias, or configuration' } };
  return undefined;
}

/** Whether a hit's id was made up for an example (exists in no account). */
function madeUp(t: Pick<LiteralText, 'text' | 'whole'>, hit: Hit): boolean {
  if (hit.data.kind === 'KMS key id') return MADE_UP_KEY.test((KMS_KEY_ARN.exec(t.text)?.[1] ?? t.text).replace(/-/g, ''));
  return t.whole && PLACEHOLDER_ID.test(t.text);
}

export default defineRule({
  id: 'aws/hardcoded-resource-id',
  class: 'HARDCODED-VALUES',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    amiId: '`{{path}}` is the literal AMI id `{{id}}`. AMI ids differ per region, may be private to one account, and are deprecated over time, so the program fails anywhere else or later; use {{lookup}}.',
    resourceId: '`{{path}}` is the literal {{kind}} `{{id}}`, which exists in one account and region only, so the program fails anywhere else; use {{lookup}}.',
    zoneId: '`{{path}}` is the literal hosted zone id `{{id}}`, which exists only in the account that created it; look the zone up with `aws.route53.getZone({ name })` or take the id from configuration.',
    madeUpId: '`{{path}}` is the made-up {{kind}} `{{id}}` (its digits count up or repeat): no such resource exists in any account, so the deployment fails wherever it runs; use {{lookup}}.',
    stackConfigId: '`{{key}}` in `{{file}}` is the made-up {{kind}} `{{id}}` (its digits count up or repeat), and the program reads it: no such resource exists in any account, so deploying this stack fails. Put the id of the real resource there, or look it up with {{lookup}}.',
    placeholderDefault: '`{{path}}` falls back to the made-up {{kind}} `{{id}}` when its configuration is not set: no such resource exists, so a deployment with the defaults fails. Require the value (`config.require(...)`), or look the resource up.',
    lookupId: '`{{fn}}` looks up the literal {{kind}} `{{id}}` (`{{path}}`), which exists in one account and region only: anywhere else the lookup finds nothing and the deployment stops. Take the id from configuration, or look the resource up by its tags or name.',
  },
  title: {
    amiId: 'Hard-coded AMI id {{id:code}} in {{path:arg:code}} of {{counted}}',
    resourceId: 'Hard-coded {{kind}} {{id:code}} in {{path:arg:code}} of {{counted}}',
    zoneId: 'Hard-coded hosted zone id {{id:code}} in {{path:arg:code}} of {{counted}}',
    madeUpId: 'Made-up {{kind}} {{id:code}} in {{path:arg:code}} of {{counted}}',
    stackConfigId: 'Made-up {{kind}} {{id:code}} in stack setting {{key:code}}',
    placeholderDefault: 'Made-up fallback {{kind}} {{id:code}} in {{path:arg:code}} of {{counted}}',
    lookupId: 'Lookup of hard-coded {{kind}} {{id:code}} with {{fn:code}}',
  },
  fixHint: 'Look ids up (aws.ec2.getAmi, aws.ec2.getVpc, aws.route53.getZone), reference the resources the program creates, or read them from configuration.',
  docs: {
    summary: 'Literal AMI, VPC, subnet, security group, hosted zone and KMS key ids in resource arguments.',
    why: 'Resource ids are account- and region-specific: a literal `ami-…`, `vpc-…`, `subnet-…`, `sg-…` or hosted zone id works only where it was copied from, and generated code often invents them. Lookups (`aws.ec2.getAmi`, `aws.route53.getZone`) or configuration make the program deployable in any account and region.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst web = new aws.ec2.Instance('web', {\n  ami: 'ami-0c55b159cbfafe1f0',\n  instanceType: 't3.micro',\n  subnetId: 'subnet-0123456789abcdef0',\n});\nexport const id = web.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("db", vpc_id="vpc-0abcdef1234567890", description="db")\npulumi.export("sg", sg.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*-x86_64'] }] });\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('subnet', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nconst web = new aws.ec2.Instance('web', { ami: ami.id, instanceType: 't3.micro', subnetId: subnet.id });\nexport const id = web.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsg = aws.ec2.SecurityGroup("db", vpc_id=vpc.id, description="db")\npulumi.export("sg", sg.id)\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/getami/',
      'https://www.pulumi.com/registry/packages/aws/api-docs/route53/getzone/',
    ],
    notes: 'The EC2-style ids recognised are AMIs, VPCs, subnets, security groups, internet, NAT, egress-only, transit, customer and virtual private gateways, route tables, peering connections, VPC endpoints, Elastic IP allocations, launch templates, instances, EBS snapshots and volumes, network interfaces and ACLs, prefix lists (AWS-managed ones differ per region), EFS file systems and access points, and DHCP option sets; KMS key ids (a UUID or a multi-Region `mrk-` id in a KMS argument such as `kmsKeyId`, `kmsMasterKeyId` or an alias\'s `targetKeyId`, or the `key/<id>` end of a key ARN anywhere, also when the ARN\'s region and account are computed; an ARN with a literal account is reported by aws/hardcoded-account-id instead). Ids are recognised by their exact shape (a prefix and 8 or 17 hex digits; `Z…` for a top-level `zoneId`), so short made-up values such as `vpc-1` are ignored; ids whose digits count up or repeat (`vpc-0123456789abcdef`, `sg-11111111`, the documentation\'s key id `1234abcd-12ab-34cd-56ef-1234567890ab`) are made up whatever their length. A literal made-up id is reported at high severity (it exists in no account, so every deployment fails); a real-looking one at medium (it works in the one account and region it was copied from). A configured value is judged by its default only when that default is such a made-up id. Alias targets (`aliases[].zoneId`) are AWS-owned canonical zones and are not reported. Values in tags, names and descriptions are ignored. Regions written into ARNs and endpoints are reported by aws/hardcoded-region. A made-up id as the value of a stack configuration setting (`Pulumi.dev.yaml`) that the program reads is reported at high severity too. Data-source lookups are read too: a lookup by a literal id (`aws.ec2.getVpc({ id: "vpc-…" })`, a `vpc-id` filter with a literal value) works only where the id was copied from.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const t of literalTexts(r.args)) {
        const hit = hitOf(t);
        // A made-up id (digits counting up or repeating) exists in no account: every deployment fails.
        if (hit && madeUp(t, hit) && hit.messageId !== 'zoneId') ctx.report({ messageId: 'madeUpId', data: hit.data, at: t.at, resource: r, severity: 'high' });
        else if (hit) ctx.report({ messageId: hit.messageId, data: hit.data, at: t.at, resource: r });
      }
    }
    // A made-up id as the fallback of a configured value: every deployment that does not set it fails.
    for (const r of ctx.resources()) {
      for (const t of defaultTexts(r.args, r.lang)) {
        const id = PLACEHOLDER_ID.exec(t.text);
        const hit = id ? hitOf({ ...t, whole: true }) : undefined;
        if (id && hit) ctx.report({ messageId: 'placeholderDefault', data: { ...hit.data, kind: KIND[id[1]!]! }, at: t.at, resource: r });
      }
    }
    // A made-up id in a stack configuration file that the program reads.
    const read = new Set(ctx.model.configReads.map((r) => r.key.slice(r.key.indexOf(':') + 1)));
    for (const stack of ctx.model.input.stackConfigs ?? []) {
      if (stack.parseError) continue;
      for (const { key, value, offset } of stack.plain ?? []) {
        const id = PLACEHOLDER_ID.exec(value);
        if (!id || !read.has(key.slice(key.indexOf(':') + 1))) continue;
        const prefix = id[1]!;
        ctx.report({ messageId: 'stackConfigId', data: { key, file: stack.file, id: value, kind: KIND[prefix]!, lookup: LOOKUP[prefix] ?? 'a data source' }, at: { f: stack.file, s: offset, e: offset + key.length }, severity: 'high' });
      }
    }
    for (const t of lookupTexts(ctx.model)) {
      const hit = hitOf(t);
      if (hit) ctx.report({ messageId: 'lookupId', data: { ...hit.data, fn: t.fn, kind: hit.data.kind ?? 'hosted zone id' }, at: t.at });
    }
  },
});
