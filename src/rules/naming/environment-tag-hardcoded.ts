import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceRef } from '../_shared/labels.js';
import { programHasSuffix, SUFFIX_KEY } from '../_shared/suffix.js';
import { isObj, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** Tag keys that state the deployment environment. */
const ENVIRONMENT_KEY = /^(env|environment|stage|deployment[-_ ]?environment)$/i;
/** Values that name one environment. */
const ENVIRONMENT_VALUE = /^(prod|production|staging|stage|dev|development|qa|uat|test|sandbox)$/i;
/** Configuration keys and environment variables that choose the environment. */
const ENVIRONMENT_SOURCE = /^(env|environment|stage|env[-_]?name|environment[-_]?name)$/i;

/** Where the program reads which environment it deploys (a suffix or an environment name), if it does. */
function environmentRead(model: ResourceModel): string | undefined {
  const c = model.configReads.find((x) => !x.key.startsWith('aws:') && x.namespace !== 'aws' && (SUFFIX_KEY.test(x.key) || ENVIRONMENT_SOURCE.test(x.key.split(':').pop() ?? x.key)));
  if (c) return `config \`${c.key}\``;
  const e = model.envReads.find((x) => SUFFIX_KEY.test(x.name) || ENVIRONMENT_SOURCE.test(x.name));
  if (e) return `environment variable \`${e.name}\``;
  return programHasSuffix(model) ? 'an environment suffix' : undefined;
}

/** The tags object of a resource (its `tags`, or a provider's `defaultTags.tags`), seen through an Output. */
function tagsOf(r: Resource): Value | undefined {
  const v = r.isProvider ? (() => { const d = r.args.props.get('defaultTags'); const inner = d?.kind === 'output' ? d.inner : d; return isObj(inner) ? inner.props.get('tags') : undefined; })() : r.args.props.get('tags');
  return v?.kind === 'output' ? v.inner : v;
}

export default defineRule({
  id: 'naming/environment-tag-hardcoded',
  class: 'TAGGING',
  severity: 'low',
  category: 'naming',
  resourceTypes: [],
  messages: {
    literal: 'The `{{key}}` tag of {{resource}} is the literal `{{value}}`, although the program reads which environment it deploys ({{source}}){{more}}. Deployed as any other environment, the resources are still tagged `{{value}}`: cost reports, tag-based access policies and automation then treat a test stack as {{value}}. Set the tag from the same value that names the environment.',
  },
  title: '{{key}} tag hard-coded to `{{value}}` on {{counted}} although the environment is configurable',
  fixHint: 'Tag with the configured environment: `tags: { Environment: environmentSuffix }` / `tags={"Environment": environment}`, or set it once in the provider\'s `defaultTags`.',
  docs: {
    summary: 'An `Environment` tag fixed to one environment (`production`) in a program that is deployed per environment.',
    why: 'Programs that read an environment suffix or an environment name are meant to be deployed several times (dev, staging, per pull request). A literal `Environment: "production"` tag in such a program labels every deployment as production, so cost allocation, tag-based IAM conditions, backup plans and clean-up automation keyed on the tag act on the wrong resources. The tag must come from the same configuration that names the environment.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst tags = { Environment: 'production', Team: 'payments' };\nconst bucket = new aws.s3.BucketV2(\`data-\${environmentSuffix}\`, { tags });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nenvironment = pulumi.Config().get("environment") or "dev"\nqueue = aws.sqs.Queue(f"jobs-{environment}", tags={"Environment": "Production"})\npulumi.export("queue", queue.url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst environmentSuffix = new pulumi.Config().get('environmentSuffix') || 'dev';\nconst tags = { Environment: environmentSuffix, Team: 'payments' };\nconst bucket = new aws.s3.BucketV2(\`data-\${environmentSuffix}\`, { tags });\nexport const name = bucket.bucket;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs", tags={"Environment": "Production"})\npulumi.export("queue", queue.url)\n`,
    },
    references: ['https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/provider/#default_tags_nodejs'],
    notes: 'Only programs that read an environment suffix or an environment name (configuration key or environment variable such as `environmentSuffix`, `environment`, `env`, `stage`) are judged: a program written for one environment may tag it literally. Tag keys `Environment`, `Env`, `Stage` (any case) with a literal environment name (prod, production, staging, dev, development, qa, uat, test, sandbox) are reported, in resource `tags` and provider `defaultTags`; one finding per file, at the first such tag. Requests sometimes ask for a fixed tag (`Environment=production`) on purpose, hence the low severity; a tags object extended from an unknown value (`{ Environment: "prod", ...args.tags }`) may be overridden and is not judged.',
  },
  check(ctx) {
    const source = environmentRead(ctx.model);
    if (!source) return;
    const byFile = new Map<string, { r: Resource; key: string; value: string; at: At | undefined; count: number }>();
    for (const r of ctx.resources()) {
      if (!r.reached || r.inApply) continue;
      const tags = tagsOf(r);
      if (!isObj(tags)) continue;
      for (const [key, v] of tags.props) {
        const value = str(v);
        if (!ENVIRONMENT_KEY.test(key) || value === undefined || !ENVIRONMENT_VALUE.test(value)) continue;
        const at = v.at ?? tags.keys?.get(key)?.at;
        const file = at?.f ?? r.at.f;
        const known = byFile.get(file);
        if (known) known.count++;
        else byFile.set(file, { r, key, value, at, count: 1 });
        break;
      }
    }
    for (const { r, key, value, at, count } of byFile.values()) {
      const more = count === 1 ? '' : `; ${count - 1} other ${count === 2 ? 'resource carries' : 'resources carry'} the same tag`;
      ctx.report({ messageId: 'literal', data: { key, value, resource: resourceRef(r), source, more }, at: at ?? r.at, resource: r });
    }
  },
});
