import type { PolicyStatement } from '../_shared/iam-policy.js';
import { parsePolicy } from '../_shared/iam-policy.js';
import { stringParts } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const BUCKET_POLICY_TYPES = new Set(['aws:s3/bucketPolicy:BucketPolicy', 'aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);

/** Condition keys that tie a service principal to the caller's own resource or account. */
const SOURCE_KEY = /^aws:(SourceArn|SourceAccount|SourceOrgID|SourceOrgPaths)$/i;

/** The known text of a condition value, with unknown parts as `*`-free placeholders. */
function conditionTexts(st: PolicyStatement): { key: string; texts: (string | undefined)[] }[] {
  return st.conditions
    .filter((c) => SOURCE_KEY.test(c.key))
    .map((c) => ({
      key: c.key,
      texts: c.values.entries.map((e) => {
        const parts = stringParts(e.value.kind === 'output' && e.value.resource === undefined ? e.value.inner : e.value);
        return parts ? parts.map((p) => p ?? 'X').join('') : undefined;
      }),
    }));
}

/** Whom a CloudFront source ARN admits: `any account` (`arn:aws:cloudfront::*:...`), `any distribution` of one account, or just one. */
function wildcardSource(text: string): 'account' | 'distribution' | undefined {
  const m = /^arn:aws[a-z-]*:cloudfront::([^:]*):distribution\/(.*)$/.exec(text);
  if (!m) return undefined;
  if (m[1]!.includes('*')) return 'account';
  return m[2] === '*' ? 'distribution' : undefined;
}

export default defineRule({
  id: 'security/s3-service-principal-without-source',
  class: 'S3-BUCKET-POLICY',
  severity: 'high',
  category: 'security',
  resourceTypes: [...BUCKET_POLICY_TYPES],
  messages: {
    cloudfront: 'Bucket policy lets `cloudfront.amazonaws.com` read objects {{how}}: {{who}} can then read this bucket through an origin access control. Add `StringEquals: { "AWS:SourceArn": <this distribution\'s arn> }`.',
    service: 'Bucket policy lets `{{service}}` write to the bucket without an `aws:SourceArn` / `aws:SourceAccount` condition: the service acting for another AWS account can use this grant too (the confused-deputy problem). Add `StringEquals: { "aws:SourceAccount": <account id> }` (and `aws:SourceArn` of the trail, channel or load balancer).',
  },
  title: {
    cloudfront: 'CloudFront read access to the bucket not limited to one distribution ({{counted}})',
    service: '{{service:code}} may write to the bucket on behalf of any account ({{counted}} without a source condition)',
  },
  fixHint: 'Scope every service-principal statement of a bucket policy with `aws:SourceArn` (the distribution, trail or delivery source) or `aws:SourceAccount`.',
  docs: {
    summary: 'Bucket policy statements that allow an AWS service principal without tying it to the program\'s own resource or account (`aws:SourceArn` / `aws:SourceAccount`), or with a wildcard CloudFront source ARN.',
    why: 'A service principal acts for every AWS customer. A statement that allows `cloudfront.amazonaws.com` to read a bucket, without a source ARN naming the program\'s distribution, lets any distribution in any account read it; `arn:aws:cloudfront::*:distribution/*` does the same. Log-delivery principals without a source condition let other accounts\' trails or channels write into the bucket. AWS documents the `aws:SourceArn` / `aws:SourceAccount` conditions for each of these policies to prevent exactly this (the confused deputy problem).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst site = new aws.s3.BucketV2('site');\nnew aws.s3.BucketPolicy('site', {\n  bucket: site.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate\`\${site.arn}/*\`, Condition: { StringLike: { 'AWS:SourceArn': 'arn:aws:cloudfront::*:distribution/*' } } }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("trail")\naws.s3.BucketPolicy("trail", bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:PutObject", "Resource": f"{arn}/AWSLogs/*"}]})))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst site = new aws.s3.BucketV2('site');\nconst cdnArn = new pulumi.Config().require('distributionArn');\nnew aws.s3.BucketPolicy('site', {\n  bucket: site.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Resource: pulumi.interpolate\`\${site.arn}/*\`, Condition: { StringEquals: { 'AWS:SourceArn': cdnArn } } }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\naccount = aws.get_caller_identity().account_id\nlogs = aws.s3.BucketV2("trail")\naws.s3.BucketPolicy("trail", bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "s3:PutObject", "Resource": f"{arn}/AWSLogs/*",\n     "Condition": {"StringEquals": {"aws:SourceAccount": account}}}]})))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
      'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    ],
    notes: 'Severity: high for CloudFront read access open to other accounts, medium when the source ARN admits every distribution of one account, low for unconditioned writes by log-delivery and other services (reads of the bucket ACL are not reported). Statements with any other condition on the source (organisation, VPC endpoint) or whose conditions cannot be read are not reported; deny statements are not judged. The ELB account principal (`aws.elb.getServiceAccount()`) is an AWS account, not a service principal, and is not judged here.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const doc = parsePolicy(r.args.props.get('policy'));
      for (const st of doc?.statements ?? []) {
        if (st.effect !== 'Allow') continue;
        for (const p of st.principals.entries) {
          const service = p.type === 'Service' ? p.entry.text : undefined;
          if (!service) continue;
          const sources = conditionTexts(st);
          if (service === 'cloudfront.amazonaws.com') {
            if (st.hasCondition && st.conditions.length === 0) continue;
            const texts = sources.flatMap((s) => s.texts);
            const scopes = texts.map((t) => (t === undefined ? undefined : wildcardSource(t)));
            if (sources.length === 0 && !st.hasCondition) ctx.report({ messageId: 'cloudfront', data: { how: 'without any condition', who: 'CloudFront distributions of any AWS account' }, at: st.at, resource: r });
            else if (texts.length > 0 && scopes.every((x) => x !== undefined)) {
              const anyAccount = scopes.includes('account');
              const wild = texts[scopes.indexOf(anyAccount ? 'account' : 'distribution')]!;
              ctx.report({ messageId: 'cloudfront', data: { how: `for \`${wild}\``, who: anyAccount ? 'CloudFront distributions of any AWS account' : 'every distribution of the account, not just this one,' }, at: st.at, resource: r, ...(anyAccount ? {} : { severity: 'medium' as const }) });
            }
          } else if (/\.amazonaws\.com$/.test(service) && !st.hasCondition && st.actions.entries.some((a) => a.text !== undefined && /^s3:(Put|\*$)|^\*$/i.test(a.text))) {
            // Reading the bucket ACL (s3:GetBucketAcl) gives another account nothing; writes let it fill the bucket.
            ctx.report({ messageId: 'service', data: { service }, at: st.at, resource: r, severity: 'low' });
          }
        }
      }
    }
  },
});
