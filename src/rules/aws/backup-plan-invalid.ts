import type { ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { refersTo } from '../_shared/resource-refs.js';
import { arg, isAbsent, isObj, items, num, str } from '../_shared/values.js';
import { inFragment, knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const PLAN = 'aws:backup/plan:Plan';
const SELECTION = 'aws:backup/selection:Selection';

export default defineRule({
  id: 'aws/backup-plan-invalid',
  class: 'DB-BACKUP-PITR',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PLAN, SELECTION],
  messages: {
    coldStorage: 'Backup rule {{rule}} moves recovery points to cold storage after {{cold}} days but deletes them after {{deleteAfter}}: AWS Backup requires them to stay at least 90 days in cold storage (deleteAfter ≥ coldStorageAfter + 90), so creating the plan fails. Delete after {{min}} days or more, or drop `coldStorageAfter`.',
    startWindow: 'Backup rule {{rule}} has `startWindow` {{value}}: AWS Backup needs at least 60 minutes, so creating the plan fails. Use 60 or more.',
    noSelection: 'Backup plan {{plan}} has no `aws.backup.Selection`: a plan backs up only the resources a selection assigns to it, so nothing is ever backed up. Add a selection with `planId`, `iamRoleArn` and the resources (or tags) to protect.',
    emptySelection: 'The backup selection names no `resources`, `selectionTags` or `condition`: it assigns nothing to the plan, so no backup runs. List the resource ARNs or the tags that select them.',
  },
  title: {
    coldStorage: 'Backup rule {{rule}} deletes cold-storage recovery points after {{deleteAfter}} days, before the {{min}}-day minimum',
    startWindow: 'Backup rule {{rule}} start window {{value}} minutes, under 60',
    noSelection: 'Backup plan {{plan}} selects no resources',
    emptySelection: 'Backup selection assigns nothing to its plan',
  },
  fixHint: 'new aws.backup.Selection("db", { planId: plan.id, iamRoleArn: backupRole.arn, resources: [db.arn] }); lifecycle: { coldStorageAfter: 30, deleteAfter: 120 }.',
  docs: {
    summary: 'An AWS Backup plan that cannot be created (recovery points deleted less than 90 days after moving to cold storage, a start window under 60 minutes) or that protects nothing (no selection, or a selection that names no resources or tags).',
    why: 'AWS Backup validates plan lifecycles: cold storage has a 90-day minimum, so `deleteAfter` must be at least `coldStorageAfter + 90`, and the plan fails to create otherwise. A plan without a selection, or with an empty one, deploys but never backs anything up, which is the opposite of what the stack promises.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vault = new aws.backup.Vault('vault', {});\nnew aws.backup.Plan('daily', {\n  rules: [{ ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)', lifecycle: { coldStorageAfter: 30, deleteAfter: 35 } }],\n});\n`,
      py: `import pulumi_aws as aws\nvault = aws.backup.Vault("vault")\nplan = aws.backup.Plan("daily", rules=[{"rule_name": "daily", "target_vault_name": vault.name, "schedule": "cron(0 5 * * ? *)",\n    "lifecycle": {"delete_after": 35}}])\naws.backup.Selection("nothing", plan_id=plan.id, iam_role_arn="arn:aws:iam::123456789012:role/backup")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vault = new aws.backup.Vault('vault', {});\nconst plan = new aws.backup.Plan('daily', {\n  rules: [{ ruleName: 'daily', targetVaultName: vault.name, schedule: 'cron(0 5 * * ? *)', lifecycle: { coldStorageAfter: 30, deleteAfter: 120 } }],\n});\nnew aws.backup.Selection('db', { planId: plan.id, iamRoleArn: 'arn:aws:iam::123456789012:role/backup', resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/orders'] });\n`,
      py: `import pulumi_aws as aws\nvault = aws.backup.Vault("vault")\nplan = aws.backup.Plan("daily", rules=[{"rule_name": "daily", "target_vault_name": vault.name, "schedule": "cron(0 5 * * ? *)",\n    "lifecycle": {"delete_after": 35}}])\naws.backup.Selection("tagged", plan_id=plan.id, iam_role_arn="arn:aws:iam::123456789012:role/backup",\n    selection_tags=[{"type": "STRINGEQUALS", "key": "backup", "value": "daily"}])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Lifecycle.html',
      'https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html',
    ],
    notes: 'A plan without selection is reported only when the whole program was analysed and no selection might refer to it. Only known day counts are compared; copy-action lifecycles are checked like the rule\'s own.',
  },
  check(ctx) {
    const selections = ctx.model.resources.filter((r) => r.type === SELECTION);
    const complete = programIsComplete(ctx.model);
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      if (r.type === SELECTION) {
        if (['resources', 'selectionTags', 'conditions'].every((k) => knownAbsent(ctx, r, k) || emptyList(arg(r, k)))) ctx.report({ messageId: 'emptySelection', resource: r });
        continue;
      }
      for (const rule of items(arg(r, 'rules'))?.items ?? []) if (isObj(rule)) checkRule(ctx, r, rule);
      if (complete && r.reached && !r.conditional && selections.every((s) => refersTo(ctx.model, arg(s, 'planId'), r) === 'no')) {
        ctx.report({ messageId: 'noSelection', data: { plan: planName(r) }, resource: r, severity: 'medium' });
      }
    }
  },
});

function emptyList(v: Value | undefined): boolean {
  return !!v && v.kind === 'list' && !v.open && v.items.length === 0;
}

function planName(r: Resource): string {
  const n = str(arg(r, 'name')) ?? str(r.name);
  return n ? `\`${n}\`` : r.typePath;
}

function checkRule(ctx: RuleContext, r: Resource, rule: ObjV): void {
  const label = str(rule.props.get('ruleName')) ? `\`${str(rule.props.get('ruleName'))}\`` : '(unnamed)';
  const lifecycles = [rule.props.get('lifecycle'), ...(items(rule.props.get('copyActions'))?.items ?? []).map((c) => (isObj(c) ? c.props.get('lifecycle') : undefined))];
  for (const lc of lifecycles) {
    if (!isObj(lc)) continue;
    const cold = num(lc.props.get('coldStorageAfter'));
    const dv = lc.props.get('deleteAfter');
    const deleteAfter = num(dv);
    if (cold !== undefined && cold > 0 && deleteAfter !== undefined && deleteAfter < cold + 90) {
      ctx.report({ messageId: 'coldStorage', data: { rule: label, cold, deleteAfter, min: cold + 90 }, at: dv!.at ?? lc.at, resource: r });
    }
  }
  const sv = rule.props.get('startWindow');
  const start = num(sv);
  if (!isAbsent(sv) && start !== undefined && start < 60) ctx.report({ messageId: 'startWindow', data: { rule: label, value: start }, at: sv!.at, resource: r });
}
