import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'required-tags',
    req: req('required-tags', { keys: ['Environment', 'CostCenter'], values: { Environment: 'production' } }, "Tag all resources with Environment='production' and CostCenter"),
    ts: {
      pass: `const tags = { Environment: 'production', CostCenter: 'payments' };\nnew aws.s3.BucketV2('b', { tags });\nnew aws.sqs.Queue('q', { tags: { ...tags, Name: 'q' } });`,
      fail: `new aws.s3.BucketV2('b', { tags: { Environment: 'production', CostCenter: 'payments' } });\nnew aws.sqs.Queue('q', { tags: { Environment: 'production' } });`,
      unknown: `new aws.s3.BucketV2('b', { tags: config.requireObject<Record<string, string>>('tags') });`,
    },
    py: {
      pass: `provider = aws.Provider("p", region="us-east-1", default_tags={"tags": {"Environment": "Production", "CostCenter": "payments"}})\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=provider))`,
      fail: `aws.s3.BucketV2("b", tags={"Environment": "dev", "CostCenter": "payments"})`,
      unknown: `aws.s3.BucketV2("b", tags=config.require_object("tags"))`,
    },
  },
  {
    name: 'required-tags without keys',
    req: req('required-tags', { keys: [] }, 'Apply consistent tags across all resources'),
    ts: { pass: `new aws.kms.Key('k', { tags: { Team: 'a' } });`, fail: `new aws.kms.Key('k');`, unknown: `new aws.kms.Key('k', { tags: config.requireObject('tags') });` },
    py: { pass: `aws.kms.Key("k", tags={"Team": "a"})`, fail: `aws.kms.Key("k")`, unknown: `pulumi.export("x", 1)` },
  },
];
