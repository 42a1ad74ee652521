import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const primaryRegion = config.get('primaryRegion') || 'us-east-1';

// --- bad
new aws.s3.BucketV2('primary-data', {}, { provider: new aws.Provider('primary-provider', { region: primaryRegion }) });
new aws.sqs.Queue('primary-jobs', {}, { provider: new aws.Provider('primary-provider', { region: primaryRegion }) }); // error: [pulumi/provider-created-repeatedly]

function regional(region: string) {
  return new aws.Provider('regional', { region }); // error: [pulumi/provider-created-repeatedly]
}
for (const name of ['a', 'b']) {
  new aws.sns.Topic(`topic-${name}`, {}, { provider: regional('us-west-2') });
}

// --- clean
const providers = ['us-east-2', 'eu-west-1'].map((region) => new aws.Provider(`provider-${region}`, { region }));
new aws.sqs.Queue('east', {}, { provider: providers[0] });
new aws.sqs.Queue('west', {}, { provider: providers[1] });

// --- unknown
for (const region of config.requireObject<string[]>('regions')) {
  new aws.Provider(`p-${region}`, { region });
}
