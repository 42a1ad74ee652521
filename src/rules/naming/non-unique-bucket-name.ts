import { describe, type Value } from '../../ir/values.js';
import { alternatives, isEnvironmentPart, partsOf } from '../_shared/name-provenance.js';
import { keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/**
 * A bucket name that every account deploying this program would ask for: each alternative is a
 * string made of literals and the environment name only (`api-logs-dev`, `api-logs-${suffix}`).
 */
function sharedByEveryAccount(v: Value): boolean {
  return alternatives(v).every((alt) => {
    const parts = partsOf(alt);
    return parts !== undefined && parts.every((p) => p.kind === 'known' || isEnvironmentPart(p));
  });
}

function shown(v: Value): string {
  const s = v.kind === 'output' ? describe(v.inner) : describe(v);
  return s.length > 70 ? s.slice(0, 67) + '...' : s;
}

export default defineRule({
  id: 'naming/non-unique-bucket-name',
  class: 'NAME-GLOBAL-UNIQUE',
  severity: 'high',
  category: 'naming',
  resourceTypes: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
  messages: {
    shared: 'S3 bucket name {{value}} is built only from literals{{env}}, so every account that deploys this program asks for the same name. Bucket names are global across all AWS accounts: the deployment fails with BucketAlreadyExists when anyone has taken it. Add the account id (aws.getCallerIdentity) and region to the name, or omit `bucket` and let Pulumi generate a unique one.',
  },
  fixHint: 'bucket: pulumi.interpolate`logs-${suffix}-${accountId}-${region}` (accountId from aws.getCallerIdentity(), region from aws.getRegion()), or leave `bucket` unset.',
  docs: {
    summary: 'An S3 bucket name made only of literals and the environment suffix, which is not unique across AWS accounts.',
    why: 'S3 bucket names share one namespace across every AWS account in a partition. A name such as `api-logs-dev` or `api-logs-${environmentSuffix}` is the same for everyone who deploys the program, so the first deployment somewhere else (or a name already taken by a stranger) fails with `BucketAlreadyExists`. Reviewers report it as a deployment blocker. An account id, the region, the stack name or a random suffix resource makes the name unique; leaving `bucket` out lets Pulumi add a random suffix.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst logs = new aws.s3.BucketV2('api-logs', { bucket: \`api-logs-\${environmentSuffix}\` });\nexport const bucketName = logs.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nenvironment_suffix = pulumi.Config().get("environmentSuffix") or "dev"\nlogs = aws.s3.BucketV2("api-logs", bucket=f"api-logs-{environment_suffix}")\npulumi.export("bucket", logs.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst identity = aws.getCallerIdentityOutput();\nconst logs = new aws.s3.BucketV2('api-logs', { bucket: pulumi.interpolate\`api-logs-\${environmentSuffix}-\${identity.accountId}\` });\nexport const bucketName = logs.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nenvironment_suffix = pulumi.Config().get("environmentSuffix") or "dev"\naccount_id = aws.get_caller_identity().account_id\nlogs = aws.s3.BucketV2("api-logs", bucket=f"api-logs-{environment_suffix}-{account_id}")\npulumi.export("bucket", logs.bucket)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html',
      'https://www.pulumi.com/docs/iac/concepts/resources/names/#autonaming',
    ],
    notes: 'Parts that come from a data source (account id, region), a resource output (a random suffix resource), the stack name or any other configuration key or parameter are taken as possibly unique and keep the rule silent. `bucketPrefix` is not checked: the provider appends a unique suffix to it. A bucket without `bucket` is auto-named and fine.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v = r.args.props.get('bucket');
      if (!v || v.kind === 'absent' || !sharedByEveryAccount(v)) continue;
      const env = alternatives(v).some((alt) => partsOf(alt)?.some((p) => p.kind !== 'known')) ? ' and the environment suffix' : '';
      ctx.report({ messageId: 'shared', data: { value: shown(v), env }, at: v.at ?? keySpan(r.args, 'bucket'), resource: r });
    }
  },
});
