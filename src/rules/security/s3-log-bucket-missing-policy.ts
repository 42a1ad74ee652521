import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { parsePolicy, type PolicyPrincipal } from '../_shared/iam-policy.js';
import { resourceWhere } from '../_shared/resource-refs.js';
import { arg, bool, definitelyAbsent, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const BUCKET_TYPES = new Set(['aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2']);
const BUCKET_POLICY = 'aws:s3/bucketPolicy:BucketPolicy';

interface Writer {
  service: string;
  /** Does a principal of a bucket policy statement let this service write? undefined: cannot tell. */
  granted(p: PolicyPrincipal): boolean | undefined;
}

/**
 * ALB/NLB access logs are written by `logdelivery.elasticloadbalancing.amazonaws.com` (Regions since
 * 2022), by the Region's Elastic Load Balancing account (`aws.elb.getServiceAccount()`), or, for
 * NLB TLS logs, by `delivery.logs.amazonaws.com`. `elasticloadbalancing.amazonaws.com` is not one of them.
 */
const ELB: Writer = {
  service: 'Elastic Load Balancing (`logdelivery.elasticloadbalancing.amazonaws.com` or the Region\'s ELB account)',
  granted(p) {
    const text = p.entry.text;
    if (p.type !== 'Service' && p.type !== 'AWS') return false;
    // An unknown AWS principal is usually aws.elb.getServiceAccount(): it may be the ELB account.
    if (text === undefined) return undefined;
    if (p.type === 'Service') return text === 'logdelivery.elasticloadbalancing.amazonaws.com' || text === 'delivery.logs.amazonaws.com';
    return /^(arn:aws[a-z-]*:iam::)?\d{12}(:root)?$/.test(text);
  },
};

const CLOUDTRAIL: Writer = {
  service: '`cloudtrail.amazonaws.com`',
  granted(p) {
    if (p.type !== 'Service') return false;
    return p.entry.text === undefined ? undefined : p.entry.text === 'cloudtrail.amazonaws.com';
  },
};

/** The program's bucket a value names: a bucket's output, or a literal equal to a bucket's known name. */
function bucketOf(model: ResourceModel, v: Value | undefined): Resource | undefined {
  if (!v) return undefined;
  if (v.kind === 'output') return resourceWhere(model, v.resource, (r) => BUCKET_TYPES.has(r.type));
  const name = str(v);
  return name === undefined ? undefined : model.resources.find((r) => BUCKET_TYPES.has(r.type) && str(arg(r, 'bucket')) === name);
}

/** Policies that apply to the bucket; `unknown` when some policy might apply but cannot be read. */
function policiesOf(model: ResourceModel, bucket: Resource): { docs: Value[]; unknown: boolean } {
  const docs: Value[] = [];
  let unknown = !!bucket.args.open;
  const inline = arg(bucket, 'policy');
  if (inline) docs.push(inline);
  for (const r of model.resources) {
    if (r.type !== BUCKET_POLICY) continue;
    const target = arg(r, 'bucket');
    const b = bucketOf(model, target);
    if (b === bucket) {
      const doc = arg(r, 'policy');
      if (doc) docs.push(doc);
      else unknown = true;
    } else if (!b) unknown = true;
  }
  return { docs, unknown };
}

/** true: some Allow statement lets the writer in; false: none does; undefined: cannot tell. */
function grants(docs: Value[], writer: Writer): boolean | undefined {
  let unknown = false;
  for (const v of docs) {
    const doc = parsePolicy(v);
    if (!doc || doc.open) return undefined;
    for (const st of doc.statements) {
      if (st.effect !== 'Allow') {
        unknown ||= st.effect === undefined;
        continue;
      }
      if (st.principals.open) unknown = true;
      for (const p of st.principals.entries) {
        if (p.type === '*' || (p.type === 'AWS' && p.entry.text === '*')) return undefined;
        const g = writer.granted(p);
        if (g === true) return true;
        if (g === undefined) unknown = true;
      }
    }
  }
  return unknown ? undefined : false;
}

interface Delivery {
  consumer: Resource;
  value: Value;
  writer: Writer;
}

function deliveries(model: ResourceModel): Delivery[] {
  const out: Delivery[] = [];
  for (const r of model.resources) {
    if (r.type === 'aws:lb/loadBalancer:LoadBalancer' || r.type === 'aws:alb/loadBalancer:LoadBalancer' || r.type === 'aws:elb/loadBalancer:LoadBalancer') {
      const enabled = bool(arg(r, 'accessLogs.enabled'));
      // ALB/NLB access logs are off unless enabled; the classic ELB's are on by default.
      const on = r.type === 'aws:elb/loadBalancer:LoadBalancer' ? enabled !== false && (enabled === true || definitelyAbsent(r, 'accessLogs.enabled')) : enabled === true;
      const v = arg(r, 'accessLogs.bucket');
      if (on && v) out.push({ consumer: r, value: v, writer: ELB });
    }
    if (r.type === 'aws:cloudtrail/trail:Trail') {
      const v = arg(r, 's3BucketName');
      if (v) out.push({ consumer: r, value: v, writer: CLOUDTRAIL });
    }
  }
  return out;
}

export default defineRule({
  id: 'security/s3-log-bucket-missing-policy',
  class: 'S3-BUCKET-POLICY',
  severity: 'high',
  category: 'security',
  resourceTypes: [],
  messages: {
    noPolicy: '{{consumer}} delivers logs to bucket `{{bucket}}`, which has no bucket policy: {{service}} is not allowed to write to it, so {{failure}}. Add an `aws.s3.BucketPolicy` that allows the delivery principal `s3:PutObject` on the log prefix (and `s3:GetBucketAcl` for CloudTrail).',
    notGranted: '{{consumer}} delivers logs to bucket `{{bucket}}`, but its bucket policy does not allow {{service}} to write, so {{failure}}. Add a statement for the delivery principal (`s3:PutObject` on the log prefix, `s3:GetBucketAcl` for CloudTrail).',
  },
  title: {
    noPolicy: 'Log bucket {{bucket:code}} of {{consumer}} has no policy allowing delivery',
    notGranted: 'Policy of log bucket {{bucket:code}} does not allow {{consumer}} to deliver',
  },
  fixHint: 'Add an `aws.s3.BucketPolicy` on the log bucket granting the delivery principal: `cloudtrail.amazonaws.com` for CloudTrail, `logdelivery.elasticloadbalancing.amazonaws.com` or `aws.elb.getServiceAccount()` for load balancer access logs.',
  docs: {
    summary: 'A bucket used for CloudTrail or load balancer access logs whose bucket policy does not let the delivery service write.',
    why: 'AWS services write logs as their own principal, so the bucket policy must allow them. CloudTrail checks the policy when the trail is created (InsufficientS3BucketPolicyException: the deployment fails); a load balancer with access logs enabled fails to save its attributes (Access Denied for bucket). A common mistake is granting `elasticloadbalancing.amazonaws.com`, which is not the log delivery principal. The bucket is followed from the consumer argument (an output of the bucket or its literal name) to the `aws.s3.BucketPolicy` resources of the program.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.s3.BucketV2('trail-logs', { forceDestroy: true });\nnew aws.cloudtrail.Trail('trail', { s3BucketName: logs.bucket });\n`,
      py: `import json\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("alb-logs", force_destroy=True)\naws.s3.BucketPolicy("alb-logs", bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "elasticloadbalancing.amazonaws.com"}, "Action": "s3:PutObject", "Resource": f"{arn}/*"}]})))\naws.lb.LoadBalancer("web", load_balancer_type="application", subnets=["subnet-1", "subnet-2"],\n    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs.bucket, enabled=True))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst logs = new aws.s3.BucketV2('trail-logs', { forceDestroy: true });\nconst policy = new aws.s3.BucketPolicy('trail-logs', {\n  bucket: logs.id,\n  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [\n    { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:GetBucketAcl', Resource: logs.arn },\n    { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: pulumi.interpolate\`\${logs.arn}/AWSLogs/*\`, Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } } },\n  ] }),\n});\nnew aws.cloudtrail.Trail('trail', { s3BucketName: logs.bucket }, { dependsOn: [policy] });\n`,
      py: `import json\nimport pulumi_aws as aws\nlogs = aws.s3.BucketV2("alb-logs", force_destroy=True)\naws.s3.BucketPolicy("alb-logs", bucket=logs.id, policy=logs.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [\n    {"Effect": "Allow", "Principal": {"Service": "logdelivery.elasticloadbalancing.amazonaws.com"}, "Action": "s3:PutObject", "Resource": f"{arn}/*"}]})))\naws.lb.LoadBalancer("web", load_balancer_type="application", subnets=["subnet-1", "subnet-2"],\n    access_logs=aws.lb.LoadBalancerAccessLogsArgs(bucket=logs.bucket, enabled=True))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html#attach-bucket-policy',
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-access-logs.html#access-logging-bucket-requirements',
    ],
    notes: 'Only buckets created by the program are judged. Policies that cannot be read, policies with a `*` principal, bucket policies whose bucket cannot be resolved, and load balancers whose `accessLogs.enabled` is not known are skipped. AWS Config delivery channels are not checked: Config writes with the recorder\'s IAM role, which may carry the S3 permissions instead of a bucket policy.',
  },
  check(ctx) {
    for (const d of deliveries(ctx.model)) {
      const bucket = bucketOf(ctx.model, d.value);
      // A fragment may elide the policy that would grant the writer, so nothing is proven there.
      if (!bucket || ctx.fileOf(bucket.at)?.snippet) continue;
      const { docs, unknown } = policiesOf(ctx.model, bucket);
      if (unknown || (docs.length > 0 && grants(docs, d.writer) !== false)) continue;
      const failure = d.writer === CLOUDTRAIL ? 'creating the trail fails (InsufficientS3BucketPolicyException)' : 'enabling access logs fails (Access Denied for bucket)';
      ctx.report({
        messageId: docs.length === 0 ? 'noPolicy' : 'notGranted',
        data: { consumer: d.consumer.typePath, bucket: bucketLabel(bucket), service: d.writer.service, failure },
        at: d.value.at,
        resource: d.consumer,
      });
    }
  },
});

function bucketLabel(b: Resource): string {
  const name = str(arg(b, 'bucket')) ?? (b.name.kind === 'known' ? String(b.name.value) : undefined);
  return name ?? b.typePath;
}
