import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const sg = new aws.ec2.SecurityGroup('sg', { vpcId: vpc.id, description: 'app' });
const securityGroupId = sg.id;
const subnets = [0, 1].map((i) => new aws.ec2.Subnet(`subnet-${i}`, { vpcId: vpc.id, cidrBlock: `10.0.${i}.0/24` }));
const bucket = new aws.s3.BucketV2('data');
const versioning = new aws.s3.BucketVersioningV2('data-versioning', {
  bucket: bucket.id,
  versioningConfiguration: { status: 'Enabled' },
});

// --- bad
new aws.sqs.Queue('q1', {}, { dependsOn: [sg.id] }); // error: [pulumi/depends-on-not-resource]
new aws.sqs.Queue('q2', {}, { dependsOn: [securityGroupId] }); // error: [pulumi/depends-on-not-resource]
new aws.sqs.Queue('q3', {}, { dependsOn: ['sg'] }); // error: [pulumi/depends-on-not-resource]
new aws.sqs.Queue('q4', {}, { dependsOn: [aws.getCallerIdentity()] }); // error: [pulumi/depends-on-not-resource]
new aws.sqs.Queue('q5', {}, { dependsOn: [vpc, subnets] }); // error: [pulumi/depends-on-not-resource]
const placeholderGateway = { id: pulumi.output('tgw-placeholder') } as any;
new aws.sqs.Queue('q6', {}, { dependsOn: [placeholderGateway] }); // error: [pulumi/depends-on-not-resource]
new aws.s3.BucketPolicy('policy', { bucket: bucket.id, policy: '{}' }, {
  dependsOn: [new aws.s3.BucketVersioningV2('data-versioning-2', {} as aws.s3.BucketVersioningV2Args)], // error: [pulumi/depends-on-not-resource]
});

// --- clean
new aws.sqs.Queue('ok1', {}, { dependsOn: [sg, versioning] });
new aws.sqs.Queue('ok2', {}, { dependsOn: subnets });
new aws.sqs.Queue('ok3', {}, { dependsOn: [vpc, ...subnets] });
new aws.sqs.Queue('ok4', {}, { dependsOn: sg });
new aws.sqs.Queue('ok5', {}, { dependsOn: pulumi.output(bucket) });
new aws.sqs.Queue('ok6', {}, {
  dependsOn: [new aws.iam.Role('inline-role', { assumeRolePolicy: '{}' })],
});

// --- unknown
declare function extraDependencies(): pulumi.Resource[];
new aws.sqs.Queue('u1', {}, { dependsOn: [config.get('dependency') as unknown as pulumi.Resource] });
new aws.sqs.Queue('u2', {}, { dependsOn: extraDependencies() });

export const queueBucket = bucket.bucket;
