import type { Resource } from '../../model/types.js';
import { isPublicPrincipal, parsePolicy, type PolicyEntry } from '../_shared/iam-policy.js';
import { quotedName } from '../_shared/resource-refs.js';
import { companionsOf, isBucket, isWebsiteBucket } from '../_shared/s3-buckets.js';
import { arg, bool, definitelyAbsent } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ACCOUNT_BLOCK = 'aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock';

/** The first statement of the bucket's policies that allows anyone without a condition. */
function publicGrant(ctx: RuleContext, b: Resource): PolicyEntry | undefined {
  const policies = companionsOf(ctx.model, b, 'policy');
  const docs = [...policies.inline, ...policies.found.map((p) => arg(p, 'policy'))];
  for (const v of docs) {
    for (const st of parsePolicy(v)?.statements ?? []) {
      if (st.effect !== 'Allow' || st.hasCondition) continue;
      const pub = st.principals.entries.find(isPublicPrincipal);
      if (pub) return pub.entry;
    }
  }
  return undefined;
}

/** `blockPublicPolicy` of a block resource: true, false (written false or left out: the resource defaults it to false), or unknown. */
function blocksPolicy(r: Resource): boolean | undefined {
  const v = arg(r, 'blockPublicPolicy');
  if (v) return bool(v);
  return definitelyAbsent(r, 'blockPublicPolicy') ? false : undefined;
}

export default defineRule({
  id: 'security/s3-public-access-block-missing',
  class: 'S3-PUBLIC-ACCESS',
  severity: 'low',
  category: 'security',
  resourceTypes: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
  messages: {
    missing: 'Bucket {{bucket}} has no `aws.s3.BucketPublicAccessBlock`. New buckets start with all four blocks on, but nothing in the program keeps them on: a later ACL or policy change, or a console edit, can make the bucket public without a diff. Add a BucketPublicAccessBlock with all four flags true.',
    policyBlocked: 'Bucket {{bucket}} gets a bucket policy that allows `Principal: "*"`, but {{blocker}}, so S3 rejects the policy (AccessDenied: public policies are blocked) and the deployment fails. If the content is really meant to be public, add a BucketPublicAccessBlock with `blockPublicPolicy: false` and `restrictPublicBuckets: false` that the policy depends on; better, keep the bucket private and serve it through CloudFront with origin access control.',
  },
  title: {
    missing: 'No public access block for {{counted}}',
    policyBlocked: 'Public bucket policy on {{counted}} rejected by the public access block',
  },
  fixHint: 'Give every bucket an `aws.s3.BucketPublicAccessBlock` (all four flags true); a bucket that must serve the public gets flags false that its policy depends on, or stays private behind CloudFront.',
  docs: {
    summary: 'Buckets without a public access block, and buckets whose public bucket policy is rejected because public policies are blocked.',
    why: 'Each bucket should declare its public access block: it is the control that keeps an ACL or policy mistake from exposing the data (CIS 2.1.5, AWS Foundational Security Best Practices S3.8, Checkov CKV2_AWS_6). Since April 2023 AWS switches all four blocks on for new buckets, so a missing block is reported at low severity: nothing in the program states or keeps the setting. The opposite mistake breaks the deployment: a bucket policy with `Principal: "*"` (a static website, public assets) on a bucket whose public access block is left at that default, or written with `blockPublicPolicy: true`, is refused by S3 with AccessDenied.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst reports = new aws.s3.BucketV2('reports');\nexport const name = reports.bucket;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\naws.s3.BucketWebsiteConfigurationV2("site", bucket=site.id, index_document={"suffix": "index.html"})\naws.s3.BucketPolicy("site", bucket=site.id, policy=site.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"{arn}/*"}]})))\npulumi.export("site", site.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst reports = new aws.s3.BucketV2('reports');\nnew aws.s3.BucketPublicAccessBlock('reports', { bucket: reports.id, blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true });\nexport const name = reports.bucket;\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\nsite = aws.s3.BucketV2("site")\naws.s3.BucketWebsiteConfigurationV2("site", bucket=site.id, index_document={"suffix": "index.html"})\nopen_ = aws.s3.BucketPublicAccessBlock("site", bucket=site.id, block_public_acls=True, ignore_public_acls=True,\n    block_public_policy=False, restrict_public_buckets=False)\naws.s3.BucketPolicy("site", bucket=site.id, policy=site.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"{arn}/*"}]})),\n    opts=pulumi.ResourceOptions(depends_on=[open_]))\npulumi.export("site", site.bucket)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://aws.amazon.com/about-aws/whats-new/2022/12/amazon-s3-automatically-enable-block-public-access-disable-access-control-lists-buckets-april-2023/',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
    ],
    notes: 'A bucket counts as covered when any `BucketPublicAccessBlock` of the program names it (by output or by its literal name), or when the program sets an `AccountPublicAccessBlock`. Static website buckets (inline `website` or a website configuration resource) are not reported for a missing block: they are public by design, and their policy is what the `policyBlocked` finding checks. Missing blocks are only reported when the whole program was seen; a block whose `bucket` cannot be resolved silences the rule for every bucket.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    const account = ctx.model.resources.filter((r) => r.type === ACCOUNT_BLOCK);
    const accountBlocks = account.some((r) => blocksPolicy(r) === true);
    for (const b of ctx.model.resources) {
      if (!isBucket(b) || !b.argsKnown || inFragment(ctx, b)) continue;
      const blocks = companionsOf(ctx.model, b, 'publicAccessBlock');
      const bucket = quotedName(b);
      const grant = publicGrant(ctx, b);
      if (grant) {
        if (blocks.unknown) continue;
        const states = blocks.found.map(blocksPolicy);
        let blocker: string | undefined;
        if (blocks.found.length === 0 && complete && account.length === 0) blocker = 'the program gives it no public access block, and S3 blocks public policies on new buckets by default';
        else if (blocks.found.length > 0 && states.every((s) => s === true)) blocker = 'its public access block sets `blockPublicPolicy: true`';
        else if (accountBlocks) blocker = 'the account public access block of the program sets `blockPublicPolicy: true`';
        if (blocker) ctx.report({ messageId: 'policyBlocked', data: { bucket, blocker }, at: grant.at, resource: b, severity: 'high' });
        continue;
      }
      if (!complete || account.length > 0 || blocks.found.length > 0 || blocks.unknown) continue;
      if (isWebsiteBucket(ctx.model, b) !== false) continue;
      ctx.report({ messageId: 'missing', data: { bucket }, resource: b });
    }
  },
});
