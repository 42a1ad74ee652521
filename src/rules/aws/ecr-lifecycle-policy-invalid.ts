import type { ObjV } from '../../ir/values.js';
import { policyStructure } from '../_shared/iam-policy.js';
import { arg, isObj, num, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const LIFECYCLE_POLICY = 'aws:ecr/lifecyclePolicy:LifecyclePolicy';

export default defineRule({
  id: 'aws/ecr-lifecycle-policy-invalid',
  class: 'STORAGE-VERSIONING-LIFECYCLE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [LIFECYCLE_POLICY],
  messages: {
    rule: 'Lifecycle rule {{rule}} {{problem}}: ECR validates the policy when it is set and rejects it (InvalidParameterException), so the deployment fails. {{fix}}',
    priority: 'Two lifecycle rules share `rulePriority` {{priority}}: priorities must be unique, so ECR rejects the policy and the deployment fails. Number the rules 1, 2, 3, …',
    anyNotLast: 'The rule with `tagStatus: "any"` (priority {{priority}}) is not the one with the highest `rulePriority`: ECR requires it to be evaluated last and rejects the policy. Give it the highest priority number.',
  },
  title: {
    rule: 'ECR lifecycle rule {{rule}} {{problem:full}}',
    priority: 'Two ECR lifecycle rules with priority {{priority}}',
    anyNotLast: 'ECR lifecycle rule for any tag (priority {{priority}}) is not the last',
  },
  fixHint: '{ rulePriority: 1, selection: { tagStatus: "untagged", countType: "sinceImagePushed", countUnit: "days", countNumber: 14 }, action: { type: "expire" } }, { rulePriority: 2, selection: { tagStatus: "any", countType: "imageCountMoreThan", countNumber: 30 }, action: { type: "expire" } }.',
  docs: {
    summary: 'An ECR lifecycle policy that ECR rejects: a `sinceImagePushed` rule without `countUnit`, an `imageCountMoreThan` rule with one, a tagged rule without tag prefixes or patterns, a rule without `countNumber`, duplicate priorities, or a `tagStatus: "any"` rule that is not last.',
    why: 'ECR checks the lifecycle policy document when it is put: age-based rules need `countUnit: "days"`, count-based rules must not have it, `tagStatus: "tagged"` needs `tagPrefixList` or `tagPatternList`, priorities are unique, and the catch-all `any` rule must come last. A rejected policy fails the deployment, and without it images pile up in the repository.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst repo = new aws.ecr.Repository('app', {});\nnew aws.ecr.LifecyclePolicy('app', {\n  repository: repo.name,\n  policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countNumber: 14 }, action: { type: 'expire' } }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrepo = aws.ecr.Repository("app")\naws.ecr.LifecyclePolicy("app", repository=repo.name, policy=json.dumps({"rules": [\n    {"rulePriority": 1, "selection": {"tagStatus": "tagged", "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst repo = new aws.ecr.Repository('app', {});\nnew aws.ecr.LifecyclePolicy('app', {\n  repository: repo.name,\n  policy: JSON.stringify({ rules: [{ rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nrepo = aws.ecr.Repository("app")\naws.ecr.LifecyclePolicy("app", repository=repo.name, policy=json.dumps({"rules": [\n    {"rulePriority": 1, "selection": {"tagStatus": "tagged", "tagPrefixList": ["v"], "countType": "imageCountMoreThan", "countNumber": 10}, "action": {"type": "expire"}}]}))\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html'],
    notes: 'Only policy documents whose structure is known are read (JSON.stringify / json.dumps of literals, or a JSON literal).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const doc = policyStructure(arg(r, 'policy'));
      const rules = isObj(doc) ? doc.props.get('rules') : undefined;
      if (!rules || rules.kind !== 'list' || rules.open) continue;
      const priorities = new Map<number, ObjV>();
      let anyRule: { priority: number; at: ObjV } | undefined;
      let maxPriority = -Infinity;
      for (const rule of rules.items) {
        if (!isObj(rule) || rule.open) continue;
        const pv = rule.props.get('rulePriority');
        const priority = num(pv);
        const label = priority !== undefined ? String(priority) : '?';
        if (priority !== undefined) {
          if (priorities.has(priority)) ctx.report({ messageId: 'priority', data: { priority }, at: pv!.at ?? rule.at, resource: r });
          priorities.set(priority, rule);
          maxPriority = Math.max(maxPriority, priority);
        }
        const sel = rule.props.get('selection');
        if (!isObj(sel) || sel.open) continue;
        const tagStatus = str(sel.props.get('tagStatus'));
        const countType = str(sel.props.get('countType'));
        const has = (k: string) => sel.props.has(k);
        const report = (problem: string, fix: string) => ctx.report({ messageId: 'rule', data: { rule: label, problem, fix }, at: sel.at ?? rule.at, resource: r });
        if (countType === 'sinceImagePushed' && !has('countUnit')) report('counts `sinceImagePushed` without `countUnit`', 'Add `countUnit: "days"`.');
        else if (countType === 'imageCountMoreThan' && has('countUnit')) report('sets `countUnit` on an `imageCountMoreThan` rule', 'Remove `countUnit` (it is for age-based rules).');
        if (countType !== undefined && !has('countNumber')) report('has no `countNumber`', 'Add how many images (or days) to keep.');
        if (tagStatus === 'tagged' && !has('tagPrefixList') && !has('tagPatternList')) report('selects `tagStatus: "tagged"` without `tagPrefixList` or `tagPatternList`', 'List the tag prefixes or patterns, or use `tagStatus: "any"`.');
        if (tagStatus === 'any' && priority !== undefined) anyRule = { priority, at: rule };
      }
      if (anyRule && anyRule.priority < maxPriority) ctx.report({ messageId: 'anyNotLast', data: { priority: anyRule.priority }, at: anyRule.at.at, resource: r });
    }
  },
});
