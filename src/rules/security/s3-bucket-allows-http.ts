import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { quotedName, resourceById } from '../_shared/resource-refs.js';
import { companionsOf, isBucket, isWebsiteBucket } from '../_shared/s3-buckets.js';
import { arg, bool, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** Tag values by which a program declares a compliance regime that requires encryption in transit. */
const COMPLIANCE = /\b(pci([- ]?dss)?|hipaa|hitrust|fedramp|soc ?2|sox|gdpr|nist|iso ?27001|cis)\b/i;

/** Does the policy deny requests when `aws:SecureTransport` is false? undefined: cannot tell. */
function deniesHttp(v: Value | undefined): boolean | undefined {
  const doc = parsePolicy(v);
  if (!doc) return undefined;
  for (const st of doc.statements) {
    if (st.effect !== 'Deny') continue;
    for (const c of st.conditions) {
      if (c.key.toLowerCase() !== 'aws:securetransport') continue;
      if (c.values.entries.some((e) => bool(e.value) === false)) return true;
    }
  }
  return doc.open ? undefined : false;
}

/** true: some policy of the bucket denies HTTP; false: none does; undefined: cannot tell. */
function bucketDeniesHttp(model: ResourceModel, b: Resource): boolean | undefined {
  const c = companionsOf(model, b, 'policy');
  if (c.unknown) return undefined;
  const states = [...c.inline, ...c.found.map((p) => arg(p, 'policy'))].map(deniesHttp);
  if (states.includes(true)) return true;
  return states.includes(undefined) ? undefined : false;
}

/** The compliance regime a bucket's tags (or its provider's default tags) name, if any. */
function complianceTag(model: ResourceModel, b: Resource): string | undefined {
  const sources: (Value | undefined)[] = [arg(b, 'tags')];
  const provider = typeof b.provider === 'number' ? resourceById(model, b.provider) : undefined;
  if (provider) sources.push(arg(provider, 'defaultTags.tags'));
  for (const tags of sources) {
    if (tags?.kind !== 'obj') continue;
    for (const [key, v] of tags.props) {
      const text = str(v);
      const m = (text !== undefined && /compliance|regulat|framework|standard|data-?class/i.test(key) ? COMPLIANCE.exec(text) : null) ?? COMPLIANCE.exec(key);
      if (m) return m[1]!.toUpperCase();
    }
  }
  return undefined;
}

export default defineRule({
  id: 'security/s3-bucket-allows-http',
  class: 'S3-BUCKET-POLICY',
  severity: 'medium',
  category: 'security',
  resourceTypes: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
  messages: {
    compliance: 'Bucket {{bucket}} is tagged for {{regime}}, but no bucket policy denies requests without TLS: clients can read and write it over plain HTTP. Add a `Deny` statement for `s3:*` with `Condition: { Bool: { "aws:SecureTransport": "false" } }` (Security Hub S3.5).',
    inconsistent: 'The program denies plain-HTTP access on other buckets (`aws:SecureTransport` false), but bucket {{bucket}} has no such statement, so it still accepts requests over HTTP. Add the same `Deny` statement to its bucket policy.',
  },
  title: {
    compliance: 'Plain HTTP accepted by {{counted}} tagged {{regime}} (no TLS-only policy)',
    inconsistent: 'Plain HTTP accepted by {{counted}}, unlike the program\'s other buckets',
  },
  fixHint: 'Give every bucket a policy statement `{ Effect: "Deny", Principal: "*", Action: "s3:*", Resource: [bucketArn, `${bucketArn}/*`], Condition: { Bool: { "aws:SecureTransport": "false" } } }`.',
  docs: {
    summary: 'Buckets without an HTTPS-only (`aws:SecureTransport`) bucket policy, where the program itself sets that posture: a compliance tag on the bucket, or the deny statement on its other buckets.',
    why: 'S3 accepts plain HTTP unless a bucket policy denies it; compliance frameworks (PCI DSS, HIPAA, FedRAMP; Security Hub S3.5) require the deny. Reporting it on every bucket would judge programs by a standard they did not choose, so the rule reports it only where the program declares the standard: a compliance tag on the bucket or its provider, or the same statement on its other buckets (one bucket left out is an oversight).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst phi = new aws.s3.BucketV2('phi', { tags: { Compliance: 'HIPAA' } });\nexport const name = phi.bucket;\n`,
      py: `import json\nimport pulumi_aws as aws\ndata = aws.s3.BucketV2("data")\naws.s3.BucketPolicy("data", bucket=data.id, policy=data.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": [arn, f"{arn}/*"], "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})))\nlogs = aws.s3.BucketV2("logs")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst phi = new aws.s3.BucketV2('phi', { tags: { Compliance: 'HIPAA' } });\nnew aws.s3.BucketPolicy('phi', {\n  bucket: phi.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [phi.arn, pulumi.interpolate\`\${phi.arn}/*\`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),\n});\nexport const name = phi.bucket;\n`,
      py: `import pulumi_aws as aws\ndata = aws.s3.BucketV2("data")\nlogs = aws.s3.BucketV2("logs")\n`,
    },
    references: ['https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5', 'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule'],
    notes: 'Only judged when the whole program was seen and every bucket policy that may apply can be read. Website buckets (served over HTTP by design) are skipped. Compliance is read from tag keys or values naming PCI DSS, HIPAA, HITRUST, FedRAMP, SOC 2, SOX, GDPR, NIST, ISO 27001 or CIS (values only under keys such as `Compliance`, `Framework`, `DataClassification`).',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    const buckets = ctx.resources().filter((b) => isBucket(b) && b.argsKnown && !inFragment(ctx, b));
    const states = new Map(buckets.map((b) => [b, bucketDeniesHttp(ctx.model, b)]));
    const someDeny = [...states.values()].includes(true);
    for (const b of buckets) {
      if (states.get(b) !== false || isWebsiteBucket(ctx.model, b) !== false) continue;
      const regime = complianceTag(ctx.model, b);
      if (regime) ctx.report({ messageId: 'compliance', data: { bucket: quotedName(b), regime }, resource: b });
      else if (someDeny) ctx.report({ messageId: 'inconsistent', data: { bucket: quotedName(b) }, resource: b, severity: 'low' });
    }
  },
});

