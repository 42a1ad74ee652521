import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

// --- bad
const bucket = new aws.s3.BucketV2('b', { tags: commonTags }); // error: [code/undefined-name]
const vpc = createVpc('main'); // error: [code/undefined-name]
export const again = createVpc('second');
export const handlerDir = path.join(__dirname, 'handler'); // error: [code/undefined-name]

// --- clean
const region = process.env.AWS_REGION ?? 'us-east-1';
const started = new Date().toISOString();
const encoded = Buffer.from('x').toString('base64');
export const names = [bucket.bucket, vpc, region, started, encoded];

// --- unknown
export const maybe = config.getObject<{ name: string }>('settings')?.name;
