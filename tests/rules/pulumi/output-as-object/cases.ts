import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const commonTags = { Project: 'tap', Team: 'platform' };
const base = new aws.s3.BucketV2('base', { tags: commonTags });

// --- bad
new aws.s3.BucketV2('data', {
  tags: { ...pulumi.output(commonTags).apply((t) => t), Name: 'data' }, // error: [pulumi/output-as-object]
});
new aws.sqs.Queue('jobs', { tags: { ...base.tags, Name: 'jobs' } }); // error: [pulumi/output-as-object]
for (const [key, value] of Object.entries(base.tags)) { // error: [pulumi/output-as-object]
  new aws.ssm.Parameter(`tag-${key}`, { type: 'String', value: String(value) });
}

// --- clean
new aws.s3.BucketV2('logs', { tags: { ...commonTags, Name: 'logs' } });
new aws.sqs.Queue('events', { tags: base.tags.apply((t) => ({ ...(t ?? {}), Name: 'events' })) });
for (const [key, value] of Object.entries(commonTags)) {
  new aws.ssm.Parameter(`common-${key}`, { type: 'String', value });
}

// --- unknown
const extraTags = config.getObject<Record<string, string>>('extraTags');
new aws.sns.Topic('alerts', { tags: { ...extraTags, Name: 'alerts' } });

export const bucketName = base.bucket;
