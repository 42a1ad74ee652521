import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

// --- bad
const baseTags = { Team: 'payments', CostCenter: 'fintech' };
const resourceTags = {
  ...baseTags,
  Environment: 'production', // error: [naming/environment-tag-hardcoded]
};
new aws.s3.BucketV2(`data-${environmentSuffix}`, { tags: resourceTags });
new aws.sqs.Queue(`jobs-${environmentSuffix}`, { tags: resourceTags });

// --- clean
new aws.sns.Topic(`alerts-${environmentSuffix}`, { tags: { Environment: environmentSuffix, Owner: 'production-support' } });
new aws.sns.Topic(`audit-${environmentSuffix}`, { tags: { Tier: 'production' } });

// --- unknown
new aws.sns.Topic(`configured-${environmentSuffix}`, { tags: { Environment: config.get('environmentTag') || 'production' } });
