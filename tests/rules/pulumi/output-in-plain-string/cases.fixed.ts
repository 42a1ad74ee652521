import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const bucket = new aws.s3.BucketV2('data');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r' });

// --- bad
new aws.cloudwatch.LogGroup('fn-logs', { name: pulumi.interpolate`/aws/lambda/${fn.name}` }); // error: [pulumi/output-in-plain-string]
new aws.ssm.Parameter('p', { type: 'String', value: pulumi.concat('arn:', bucket.arn) }); // error: [pulumi/output-in-plain-string]
new aws.ssm.Parameter('p2', { type: 'String', value: String(bucket.id) }); // error: [pulumi/output-in-plain-string]
new aws.ssm.Parameter('chain', { type: 'String', value: pulumi.concat('arn:', bucket.arn, '/', fn.name) }); // error: [pulumi/output-in-plain-string]
new aws.ssm.Parameter('tags', { type: 'String', value: 'x', tags: { Source: pulumi.interpolate`bucket ${bucket.id}` } }); // error: [pulumi/output-in-plain-string]
// Not fixed: a logical name takes a plain string, and so does JSON.stringify.
new aws.ssm.Parameter(`param-${bucket.id}`, { type: 'String', value: 'x' }); // error: [pulumi/output-in-plain-string]
new aws.ssm.Parameter('json', { type: 'String', value: JSON.stringify({ arn: `${bucket.arn}/*` }) }); // error: [pulumi/output-in-plain-string]
export const url = pulumi.interpolate`s3://${bucket.id}`; // error: [pulumi/output-in-plain-string]

// --- clean
new aws.cloudwatch.LogGroup('fn-logs2', { name: pulumi.interpolate`/aws/lambda/${fn.name}` });
new aws.ssm.Parameter('p3', { type: 'String', value: pulumi.concat('arn:', bucket.arn) });
new aws.ssm.Parameter('p4', { type: 'String', value: bucket.arn.apply((a) => `arn is ${a}`) });
const plain = 'static';
// pulumi.all and pulumi.output unwrap Outputs nested in arrays and objects: the callback sees plain values.
new aws.ssm.Parameter('p7', { type: 'String', value: pulumi.all([[bucket.arn, fn.arn], fn.name]).apply(([arns, n]) => arns.map((a) => `${a}/*`).join(',') + `${n}`) });
new aws.ssm.Parameter('p8', { type: 'String', value: pulumi.all({ refs: { b: bucket.arn } }).apply((o) => `${o.refs.b}/*`) });
new aws.ssm.Parameter('p9', { type: 'String', value: pulumi.output([bucket.arn]).apply((xs) => `${xs[0]}/*`) });
// The SDK's internal `__name` is the plain logical name, not an Output.
new aws.s3.BucketPolicy(`${(bucket as any).__name}-policy`, { bucket: bucket.id, policy: '{}' });
new aws.ssm.Parameter('p5', { type: 'String', value: `${plain}-value` });

// --- unknown
const cfg = new pulumi.Config();
new aws.ssm.Parameter('p6', { type: 'String', value: `${cfg.require('prefix')}-value` });
