import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const repo = new aws.ecr.Repository('app', {});
const expire = { type: 'expire' };

// --- bad
new aws.ecr.LifecyclePolicy('age-without-unit', {
  repository: repo.name,
  policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 14 }, action: expire }] }), // error: [aws/ecr-lifecycle-policy-invalid]
});
new aws.ecr.LifecyclePolicy('any-first', {
  repository: repo.name,
  policy: JSON.stringify({ rules: [
    { rulePriority: 1, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 }, action: expire }, // error: [aws/ecr-lifecycle-policy-invalid]
    { rulePriority: 2, selection: { tagStatus: 'tagged', tagPrefixList: ['v'], countType: 'imageCountMoreThan', countNumber: 10 }, action: expire },
  ] }),
});

// --- clean
new aws.ecr.LifecyclePolicy('ok', {
  repository: repo.name,
  policy: JSON.stringify({ rules: [
    { rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }, action: expire },
    { rulePriority: 2, selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 30 }, action: expire },
  ] }),
});

// --- unknown
new aws.ecr.LifecyclePolicy('configured', { repository: repo.name, policy: config.require('lifecyclePolicy') });
