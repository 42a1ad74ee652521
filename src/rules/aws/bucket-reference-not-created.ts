import type { Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import { lookupTexts } from '../_shared/lookup-texts.js';
import { slotValues } from '../_shared/network-slots.js';
import { isBucket, namesBucket } from '../_shared/s3-buckets.js';
import { str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** How an argument names a bucket: by name, by ARN (`arn:aws:s3:::name`), by URI (`s3://name/…`) or by its domain (`name.s3.amazonaws.com`). */
type Form = 'name' | 'arn' | 'uri' | 'domain';

interface Ref {
  type: RegExp;
  /** Dotted path; `*` walks every item of a list. */
  path: string;
  form: Form;
  /** What the bucket is for, in the message. */
  use: string;
}

/**
 * Arguments through which AWS writes to or reads from an existing bucket: the bucket must exist (and
 * accept the service) when the resource is created.
 */
const REFS: readonly Ref[] = [
  { type: /^aws:(lb|alb)\/loadBalancer:/, path: 'accessLogs.bucket', form: 'name', use: 'access logs' },
  { type: /^aws:(lb|alb)\/loadBalancer:/, path: 'connectionLogs.bucket', form: 'name', use: 'connection logs' },
  { type: /^aws:elb\/loadBalancer:/, path: 'accessLogs.bucket', form: 'name', use: 'access logs' },
  { type: /^aws:cloudtrail\/trail:/, path: 's3BucketName', form: 'name', use: 'CloudTrail logs' },
  { type: /^aws:cfg\/deliveryChannel:/, path: 's3BucketName', form: 'name', use: 'AWS Config snapshots' },
  { type: /^aws:lambda\/function:/, path: 's3Bucket', form: 'name', use: 'the function code' },
  { type: /^aws:lambda\/layerVersion:/, path: 's3Bucket', form: 'name', use: 'the layer code' },
  { type: /^aws:s3\/bucketLogging(V2)?:/, path: 'targetBucket', form: 'name', use: 'server access logs' },
  { type: /^aws:s3\/(bucket|bucketV2):/, path: 'loggings.*.targetBucket', form: 'name', use: 'server access logs' },
  { type: /^aws:cloudfront\/distribution:/, path: 'loggingConfig.bucket', form: 'domain', use: 'CloudFront access logs' },
  { type: /^aws:ec2\/flowLog:/, path: 'logDestination', form: 'arn', use: 'flow logs' },
  { type: /^aws:kinesis\/firehoseDeliveryStream:/, path: 'extendedS3Configuration.bucketArn', form: 'arn', use: 'delivered records' },
  { type: /^aws:codepipeline\/pipeline:/, path: 'artifactStores.*.location', form: 'name', use: 'pipeline artifacts' },
  { type: /^aws:athena\/workgroup:/, path: 'configuration.resultConfiguration.outputLocation', form: 'uri', use: 'query results' },
  { type: /^aws:glue\/job:/, path: 'command.scriptLocation', form: 'uri', use: 'the job script' },
];

/** The bucket name a literal value gives, in the argument's form. */
function bucketName(text: string, form: Form): string | undefined {
  const m =
    form === 'name' ? /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])$/.exec(text)
    : form === 'arn' ? /^arn:aws[a-z-]*:s3:::([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/.exec(text)
    : form === 'uri' ? /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/.*)?$/.exec(text)
    : /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(\.[a-z0-9-]+)?\.amazonaws\.com$/.exec(text);
  return m?.[1];
}

/** Stand-ins reported by aws/placeholder-value (`your-bucket`, `REPLACE_ME`, example names). */
const PLACEHOLDER = /^your[-_.]|example|placeholder|replace|changeme|xxx|dummy/i;

/**
 * Whether the program may create a bucket of this name: one of its buckets is called so, or may be
 * (its name is not known, or built from parts the name fits), or a library component creates
 * buckets of its own. An auto-named bucket's logical name counts too: a literal equal to it is
 * reported by aws/logical-name-as-physical-name.
 */
function mayBeProgramBucket(model: ResourceModel, name: string): boolean {
  const literal: Value = { kind: 'known', value: name };
  return model.resources.some((r) =>
    isBucket(r)
      ? namesBucket(model, literal, r) !== 'no' || (r.name.kind === 'known' && r.name.value === name)
      : r.pkg !== 'aws' && r.pkg !== 'pulumi' && /bucket/i.test(r.type),
  );
}

export default defineRule({
  id: 'aws/bucket-reference-not-created',
  class: 'HARDCODED-VALUES',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    missing: '`{{path}}` names the bucket `{{bucket}}` for {{use}}, but the program creates no bucket of that name and does not look it up. Unless a bucket of exactly that name already exists in this account (and lets the service write to it), creating the {{type}} fails; the fixed name is also the same for every stack. Create the bucket in the program and pass its name (`bucket.bucket` / `bucket.id`, or `bucket.arn`), or read the name from configuration.',
  },
  title: {
    missing: 'Bucket {{bucket:code}} for {{use}} is not created by the program',
  },
  fixHint: 'Reference a bucket the program creates (`bucket.bucket`, `bucket.arn`) or read an existing bucket\'s name from configuration and look it up with `aws.s3.getBucket`.',
  docs: {
    summary: 'A load balancer, trail, function, pipeline or log delivery pointed at a literal bucket name that the program neither creates nor looks up.',
    why: 'Access logs, trails, Config snapshots, flow logs, Firehose deliveries, pipeline artifacts and function code stored in S3 all go to a bucket that must exist when the resource is created, and usually need a bucket policy that lets the service write. A literal bucket name that the program does not create works only in the one account where somebody created that bucket by hand: everywhere else `pulumi up` fails (`InvalidConfigurationRequest: Access Denied for bucket`, `NoSuchBucket`), and every stack writes into the same bucket.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('web', {\n  loadBalancerType: 'application',\n  subnets: ['subnet-0f3a9c27b81d4e605', 'subnet-04c2e7b9a1d3f5086'],\n  accessLogs: { bucket: 'prod-alb-logs', enabled: true },\n});\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ntrail = aws.cloudtrail.Trail("audit", s3_bucket_name="company-cloudtrail-logs")\npulumi.export("trail", trail.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.BucketV2('alb-logs', { forceDestroy: true });\nconst alb = new aws.lb.LoadBalancer('web', {\n  loadBalancerType: 'application',\n  subnets: ['subnet-0f3a9c27b81d4e605', 'subnet-04c2e7b9a1d3f5086'],\n  accessLogs: { bucket: logs.bucket, enabled: true },\n});\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\nexisting = aws.s3.get_bucket(bucket=config.require("trailBucket"))\ntrail = aws.cloudtrail.Trail("audit", s3_bucket_name=existing.bucket)\npulumi.export("trail", trail.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
    ],
    notes: 'Read: load balancer access and connection logs, CloudTrail and AWS Config delivery buckets, Lambda function and layer code (`s3Bucket`), S3 server access logging targets, CloudFront logging buckets (`name.s3.amazonaws.com`), S3 flow-log destinations and Firehose bucket ARNs (`arn:aws:s3:::name`), CodePipeline artifact stores, Athena result locations and Glue job scripts (`s3://name/…`). Only literal names are judged, and only in a program whose code is complete: a name that equals a bucket the program creates (its `bucket`, or a `bucketPrefix` it starts with), that the program looks up (`aws.s3.getBucket`), or that might be one of the program\'s buckets whose name is not known (read from configuration, built from unknown parts, created by a library component) is not reported. Stand-ins such as `your-log-bucket` are reported by aws/placeholder-value, and a literal equal to the logical name of an auto-named bucket by aws/logical-name-as-physical-name.',
  },
  check(ctx) {
    const model = ctx.model;
    if (!programIsComplete(model)) return;
    const looked = new Set(lookupTexts(model).filter((t) => t.whole).map((t) => t.text));
    for (const r of ctx.resources()) {
      if (r.pkg !== 'aws' || ctx.fileOf(r.at)?.snippet) continue;
      for (const ref of REFS) {
        if (!ref.type.test(r.type)) continue;
        for (const v of slotValues(r, ref.path)) {
          const text = str(v);
          if (text === undefined || v.kind !== 'known') continue;
          const bucket = bucketName(text, ref.form);
          if (!bucket || PLACEHOLDER.test(bucket) || looked.has(bucket) || looked.has(text) || mayBeProgramBucket(model, bucket)) continue;
          ctx.report({ messageId: 'missing', data: { path: ref.path.replace(/\.\*/g, '[]'), bucket, use: ref.use, type: r.typePath }, at: v.at ?? r.at, resource: r });
        }
      }
    }
  },
});
