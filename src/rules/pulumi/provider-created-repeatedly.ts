import { duplicateUrns, isResource, namePattern } from '../_shared/urns.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'pulumi/provider-created-repeatedly',
  class: 'PROVIDER-PROPAGATION',
  severity: 'high',
  category: 'pulumi',
  resourceTypes: [],
  messages: {
    repeated: 'The provider `{{name}}` is created {{count}} times with the same logical name (in a loop, in a function called more than once, or in each module that needs it), so `pulumi up` stops with "Duplicate resource URN" before creating anything. Create each provider once (one per region or account) and pass it to the resources and components that need it.',
  },
  title: 'Provider {{name:code}} created {{count}} times with the same name',
  fixHint: 'Create the providers once, e.g. `const providers = { primary: new aws.Provider("primary", { region }) }`, and pass `{ provider: providers.primary }` or `{ providers: [...] }` to components.',
  docs: {
    summary: 'An explicit provider created more than once under the same name (inline in resource options, per module, or in a loop).',
    why: 'A provider is a resource with a URN like any other. Code that builds `new aws.Provider("primary-provider", ...)` wherever a resource needs it (inline in the options, in every module, inside a loop or a helper) registers the same URN several times, and the update fails before anything is created. Besides, copies of one provider drift apart (a region changed in one place only), so resources land in different regions than intended. One provider per region or account, created once and passed along, avoids both.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst region = 'us-west-2';\nconst bucket = new aws.s3.BucketV2('data', {}, { provider: new aws.Provider('west', { region }) });\nconst queue = new aws.sqs.Queue('jobs', {}, { provider: new aws.Provider('west', { region }) });\nexport const names = [bucket.bucket, queue.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndef west():\n    return aws.Provider("west", region="us-west-2")\nbucket = aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(provider=west()))\nqueue = aws.sqs.Queue("jobs", opts=pulumi.ResourceOptions(provider=west()))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst west = new aws.Provider('west', { region: 'us-west-2' });\nconst bucket = new aws.s3.BucketV2('data', {}, { provider: west });\nconst queue = new aws.sqs.Queue('jobs', {}, { provider: west });\nexport const names = [bucket.bucket, queue.name];\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nwest = aws.Provider("west", region="us-west-2")\nbucket = aws.s3.BucketV2("data", opts=pulumi.ResourceOptions(provider=west))\nqueue = aws.sqs.Queue("jobs", opts=pulumi.ResourceOptions(provider=west))\npulumi.export("bucket", bucket.bucket)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/resources/providers/#explicit-provider-configuration', 'https://www.pulumi.com/docs/iac/concepts/resources/names/#urns'],
    notes: 'Providers with known names and parents are compared; providers created in branches whose condition is unknown, inside `apply`, or in code no entry point reaches are not. Without an entry point, files are compared with themselves only. Other resources with duplicate names are reported by naming/duplicate-resource-name.',
  },
  check(ctx) {
    for (const group of duplicateUrns(ctx.model)) {
      const dup = group[1]!;
      if (!isResource(dup) || !dup.isProvider) continue;
      ctx.report({ messageId: 'repeated', data: { name: namePattern(dup.name), count: group.length }, at: dup.at, resource: dup });
    }
  },
});
