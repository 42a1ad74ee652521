import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// --- bad
class TapStack extends pulumi.ComponentResource {
  constructor(name: string, args: { environmentSuffix?: string; tags?: Record<string, string> }, opts?: pulumi.ComponentResourceOptions) {
    super('tap:stack:TapStack', name, {}, opts);
    const environmentSuffix = args.environmentSuffix || 'dev';
    new aws.sqs.Queue(`jobs-${environmentSuffix}`, { name: `jobs-${environmentSuffix}` }, { parent: this }); // error: [naming/environment-suffix-hardcoded]
    new aws.sns.Topic(`alerts-${environmentSuffix}`, {}, { parent: this });
    this.registerOutputs({});
  }
}
new TapStack('pulumi-infra', { tags: { Team: 'platform' } });

// --- clean
// (the same component instantiated with a configured suffix is in the Markdown fixtures)

// --- unknown
// (a suffix from configuration keeps the rule silent: see configured.md)
