import type { Value } from '../../ir/values.js';
import { shownName } from '../_shared/name-display.js';
import { alternatives, isEnvironmentPart, partsOf } from '../_shared/name-provenance.js';
import { keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** What a part of a bucket name is, when it is something every deployer has too. */
type Shared = 'literal' | 'environment' | 'stack' | 'project' | 'region' | 'default';

/** Pulumi's stack or project name, possibly transformed (`pulumi.getStack().toLowerCase()`). */
const PULUMI_NAME = /^(?:call:)*(stack|project)(?:\.\w+)*$/;
/** The deployment region: the provider configuration or the region data source. */
const REGION = /^(?:call:)*(config:aws:region|invoke:getRegion\.(name|region|id))(?:\.\w+)*$/;

/**
 * How a part of the name is shared with other deployers: a literal, the environment name, the stack
 * or project name (`dev`, `tap` for everyone), the region, or another value by its configured
 * default. Undefined for parts that may be unique (the account id, a random or resource output, a
 * configuration value without default, a parameter).
 */
function sharedPart(p: Value): Shared | undefined {
  if (p.kind === 'known') return 'literal';
  if (isEnvironmentPart(p)) return 'environment';
  if (p.kind !== 'unknown' || p.alts || p.taint?.some((t) => /^(time|random)/.test(t))) return undefined;
  const pulumiName = PULUMI_NAME.exec(p.why);
  if (pulumiName) return pulumiName[1] as 'stack' | 'project';
  if (REGION.test(p.why)) return 'region';
  if (p.why.startsWith('config:') && p.default && p.default.kind === 'known') return 'default';
  return undefined;
}

/**
 * The shared parts of a bucket name that every account deploying this program would ask for: each
 * alternative is made only of shared parts (`api-logs-dev`, `api-logs-${suffix}`, `${project}-${stack}`).
 */
function sharedByEveryAccount(v: Value): Set<Shared> | undefined {
  const kinds = new Set<Shared>();
  for (const alt of alternatives(v)) {
    const parts = partsOf(alt);
    if (!parts) return undefined;
    for (const p of parts) {
      const k = sharedPart(p);
      if (!k) return undefined;
      // Separators (`-`, `/`) are shared but name nothing.
      if (k !== 'literal' || /[a-z0-9]/i.test(String(p.kind === 'known' ? p.value : ''))) kinds.add(k);
    }
  }
  return kinds;
}

const PART_TEXT: Record<Exclude<Shared, 'literal'>, string> = {
  environment: 'the environment suffix',
  stack: 'the stack name',
  project: 'the project name',
  region: 'the region',
  default: 'configuration defaults',
};

/** `the stack name and the region` */
function partsText(kinds: Set<Shared>): string {
  const words = [...kinds].filter((k): k is Exclude<Shared, 'literal'> => k !== 'literal').map((k) => PART_TEXT[k]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function shown(v: Value): string {
  return `\`${shownName(v)}\``;
}

export default defineRule({
  id: 'naming/non-unique-bucket-name',
  class: 'NAME-GLOBAL-UNIQUE',
  severity: 'high',
  category: 'naming',
  resourceTypes: ['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'],
  messages: {
    shared: 'S3 bucket name {{value}} is built only from {{what}}, so every account that deploys this program asks for the same name. Bucket names are global across all AWS accounts: the deployment fails with BucketAlreadyExists when anyone has taken it. Add the account id (aws.getCallerIdentity) and region to the name, or omit `bucket` and let Pulumi generate a unique one.',
    sharedParts: 'S3 bucket name {{value}} is built only from literals and {{parts}}, which other deployers of this program have too (environments and stacks are commonly named `dev` or `prod`, regions are few): a naming convention, but not a unique name. Bucket names are global across all AWS accounts, so the deployment fails with BucketAlreadyExists if anyone else already owns that exact name. Add the account id (aws.getCallerIdentity) to the name, or omit `bucket` and let Pulumi generate a unique one.',
  },
  title: {
    shared: 'S3 bucket name{{value:s}} {{value}} the same in every account (bucket names are global)',
    sharedParts: 'S3 bucket name{{value:s}} {{value}} built only from {{parts}} (bucket names are global)',
  },
  fixHint: 'bucket: pulumi.interpolate`logs-${suffix}-${accountId}-${region}` (accountId from aws.getCallerIdentity(), region from aws.getRegion()), or leave `bucket` unset.',
  docs: {
    summary: 'An S3 bucket name made only of literals and the environment suffix, which is not unique across AWS accounts.',
    why: 'S3 bucket names share one namespace across every AWS account in a partition. A name such as `api-logs-dev` or `api-logs-${environmentSuffix}` is the same for everyone who deploys the program, so the first deployment somewhere else (or a name already taken by a stranger) fails with `BucketAlreadyExists`. An account id, the region, the stack name or a random suffix resource makes the name unique; leaving `bucket` out lets Pulumi add a random suffix.',
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
    notes: 'Fixed names (literals only, or the environment suffix alone) are reported at high severity. Names that combine the program\'s own words with the environment suffix, the stack or project name, the region, or configuration values by their literal defaults (`config.get("appName") || "web-app"`) are reported at medium: they follow a naming convention and collide only when another deployer (or a stranger) owns that exact name. Parts that come from the account id or another data source, a resource output (a random suffix resource), a configuration key without default or a parameter are taken as possibly unique and keep the rule silent. `bucketPrefix` is not checked: the provider appends a unique suffix to it. A bucket without `bucket` is auto-named and fine.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const v = r.args.props.get('bucket');
      const kinds = v && v.kind !== 'absent' ? sharedByEveryAccount(v) : undefined;
      if (!v || !kinds) continue;
      const at = v.at ?? keySpan(r.args, 'bucket');
      // A fixed name (or the bare environment suffix) is the same for everyone: high. A name of
      // the program's own words and a per-environment part follows a naming convention and
      // collides only when someone else owns that exact name: medium.
      const fixed = [...kinds].every((k) => k === 'literal') || (kinds.size === 1 && kinds.has('environment'));
      if (fixed) {
        ctx.report({ messageId: 'shared', data: { value: shown(v), what: kinds.has('environment') ? 'the environment suffix' : 'literals' }, at, resource: r });
      } else {
        ctx.report({ messageId: 'sharedParts', data: { value: shown(v), parts: partsText(kinds) }, at, resource: r, severity: 'medium' });
      }
    }
  },
});
