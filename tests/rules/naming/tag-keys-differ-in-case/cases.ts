import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.get('environmentSuffix') || 'dev';
const defaultTags = { Environment: environmentSuffix, Team: 'platform' };

// --- bad
class Central extends pulumi.ComponentResource {
  constructor(name: string, tags: Record<string, string>, opts?: pulumi.ComponentResourceOptions) {
    super('tap:central:Central', name, {}, opts);
    const centralTags = pulumi.output(tags).apply((t) => ({ ...t, environment: environmentSuffix, team: 'platform' }));
    new aws.iam.Role(`${name}-role`, { assumeRolePolicy: '{}', tags: centralTags }, { parent: this }); // error: [naming/tag-keys-differ-in-case]
    new aws.iam.Role(`${name}-edge-role`, { assumeRolePolicy: '{}', tags: centralTags }, { parent: this });
    new aws.s3.BucketV2(`${name}-content`, { tags: centralTags }, { parent: this }); // error: [naming/tag-keys-differ-in-case]
  }
}
new Central('central', defaultTags);

// --- clean
new aws.sqs.Queue('jobs', { tags: defaultTags });

// --- unknown
new aws.sqs.Queue('configured', { tags: { ...config.requireObject<Record<string, string>>('tags'), Team: 'platform' } });
