// Failure titles: what is wrong, on what, how many, from the findings' facts; never the rule id in
// words where the rule has a template, and no prose about the corpus or what reviewers do.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';
import { analyzeInput, prepare, reviewPaths } from '../../src/pipeline.js';
import { renderReviewMarkdown } from '../../src/reporters/review.js';
import { KINDS, type RequirementKind } from '../../src/requirements/kinds.js';
import type { RuleDefinition } from '../../src/rules/define-rule.js';
import { RULES } from '../../src/rules/index.js';
import { groupTitle, ruleWords, titleTemplate } from '../../src/review/titles.js';
import { programOf } from '../helpers/program.js';
import { ROOT } from '../helpers/cli.js';

const INTERNAL = /corpus|reviewers?\b|labell?ed tasks/i;

function finding(over: Partial<Finding> & { data?: Record<string, string | number> }): Finding {
  return { ruleId: 'test/rule', class: 'TAGGING', severity: 'medium', message: 'm', location: { hostPath: 'index.ts', start: 0, end: 0 }, ...over };
}

const rule = (title: RuleDefinition['title']): RuleDefinition => ({ ...RULES[0]!, id: 'test/some-bad-pattern', title });

/** A title that is only the rule id in words and the scope (what a rule without a template gets). */
function isFallback(ruleId: string, title: string): boolean {
  return title === ruleWords(ruleId) || title.startsWith(`${ruleWords(ruleId)} on `) || title.startsWith(`${ruleWords(ruleId)} (`);
}

/** A title a reader can use: filled, no empty code span, no preposition left hanging. */
function wellFormed(title: string): string[] {
  const problems: string[] = [];
  if (!title.trim()) problems.push('empty');
  if (/\{\{|\}\}|\[\[|\]\]/.test(title)) problems.push('unfilled placeholder');
  if (/``/.test(title)) problems.push('empty code span');
  if (/\s(of|on|in|for|by|to|with)$/.test(title)) problems.push('dangling preposition');
  if (/\s{2}/.test(title)) problems.push('double space');
  return problems;
}

describe('title templates', () => {
  const tables = [
    finding({ resource: { type: 'aws:dynamodb/table:Table', name: 'users' }, resourceId: 1, data: { value: '`tenant-users`' } }),
    finding({ resource: { type: 'aws:dynamodb/table:Table', name: 'data' }, resourceId: 2, data: { value: '`tenant-data`' } }),
  ];

  test('data values of every place, the kind and how many resources', () => {
    expect(groupTitle(rule('Environment suffix missing from {{kind}} names {{value}}'), tables)).toBe(
      'Environment suffix missing from DynamoDB table names `tenant-users`, `tenant-data` (2 DynamoDB tables)',
    );
    expect(groupTitle(rule('No point-in-time recovery on {{counted}}'), tables)).toBe('No point-in-time recovery on 2 DynamoDB tables');
    expect(groupTitle(rule('No point-in-time recovery on {{counted}}'), tables.slice(0, 1))).toBe('No point-in-time recovery on DynamoDB table (`users`)');
  });

  test('several findings on one resource count it once; distinct values are listed once, a few at most', () => {
    const policy = (action: string) => finding({ resource: { type: 'aws:iam/rolePolicy:RolePolicy', name: 'lambda-policy' }, resourceId: 7, data: { action } });
    const group = ['dynamodb:*', 'logs:*', 'logs:*', 'kms:*', 's3:*'].map(policy);
    expect(groupTitle(rule('Wildcard action{{s}} {{action:code}} in {{counted}}'), group)).toBe(
      'Wildcard actions `dynamodb:*`, `logs:*`, `kms:*` and 1 more in IAM role policy (`lambda-policy`)',
    );
  });

  test('argument paths in the answer\'s language', () => {
    const f = finding({ resource: { type: 'aws:rds/instance:Instance', name: 'db' }, data: { path: 'serverSideEncryption.kmsKeyId' } });
    const r = rule('{{counted}} without {{path:arg:code}}');
    expect(groupTitle(r, [f], 'python')).toBe('RDS instance without `server_side_encryption.kms_key_id` (`db`)');
    expect(groupTitle(r, [f], 'typescript')).toBe('RDS instance without `serverSideEncryption.kmsKeyId` (`db`)');
  });

  test('optional parts, fallbacks and message ids', () => {
    const f = finding({ messageId: 'b', data: { days: 30, min: '' } });
    const r = rule({ a: 'never used', b: 'Logs kept[[ {{days}} days]][[ at least {{min}} days]] by {{counted|the log groups}}' });
    expect(groupTitle(r, [f])).toBe('Logs kept 30 days by the log groups');
    expect(groupTitle(rule({ default: 'Default title' }), [f])).toBe('Default title');
    expect(groupTitle(rule('{{missing/names}} not set'), [finding({ data: { missing: '', names: 'TENANT_ID, TENANT_SUBNET' } })])).toBe('TENANT_ID, TENANT_SUBNET not set');
  });

  test('without a template: what, on which resources, how many places', () => {
    const r = { ...RULES[0]!, id: 'aws/some-new-check', title: undefined } as RuleDefinition;
    const own = tables.map((f) => ({ ...f, ruleId: r.id }));
    expect(groupTitle(r, own)).toBe('Some new check on DynamoDB tables `users`, `data` (2 places)');
    expect(groupTitle(r, [finding({ ruleId: r.id })])).toBe('Some new check');
  });
});

describe('every rule and requirement kind has a title', () => {
  test('a rule with templates has one for each of its messages (or a default), and none for a message it lacks', () => {
    for (const r of RULES) {
      if (typeof r.title !== 'object') continue;
      const ids = Object.keys(r.messages);
      if (!('default' in r.title)) for (const id of ids) expect(r.title[id], `${r.id}: no title for message ${id}`).toBeDefined();
      for (const id of Object.keys(r.title)) if (id !== 'default') expect(ids, `${r.id}: title for unknown message ${id}`).toContain(id);
    }
  });

  test('the rules\' documented examples get a filled title that is not the rule id in words', async () => {
    await prepare();
    const problems: string[] = [];
    for (const r of RULES) {
      for (const [kind, code] of Object.entries(r.docs.bad) as ['ts' | 'py' | 'md', string][]) {
        const name = kind === 'ts' ? 'index.ts' : kind === 'py' ? '__main__.py' : 'ANSWER.md';
        const input = kind === 'md' ? loadMarkdownAnswer(name, code) : programOf({ [name]: code }, name);
        const found = analyzeInput(input).findings.filter((f) => f.ruleId === r.id);
        for (const f of found) {
          const title = groupTitle(r, [f], kind === 'py' ? 'python' : 'typescript');
          for (const p of wellFormed(title)) problems.push(`${r.id} (${kind}): ${p}: ${title}`);
          // A rule without a template gets the generic title; every rule with one must not.
          if (titleTemplate(r, f) && isFallback(r.id, title)) problems.push(`${r.id} (${kind}): generic title: ${title}`);
          if (!titleTemplate(r, f)) expect(title.startsWith(ruleWords(r.id))).toBe(true);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('requirement kinds: a title for every way they fail, filled from their parameters, and a reason', () => {
    for (const [kind, spec] of Object.entries(KINDS) as [RequirementKind, (typeof KINDS)[RequirementKind]][]) {
      expect(spec.why.length, `${kind}: why`).toBeGreaterThan(40);
      const data: Record<string, string | number> = { missing: 'X', got: 'Y', what: 'Z' };
      for (const p of Object.keys(spec.params)) data[p] = p === 'count' ? 3 : `<${p}>`;
      const variants = typeof spec.title === 'string' ? [undefined] : Object.keys(spec.title);
      for (const v of variants) {
        const f = finding({ ruleId: `requirements/${kind}`, data, resource: { type: 'aws:lambda/function:Function', name: 'fn' }, ...(v && v !== 'default' ? { messageId: v } : {}) });
        const title = groupTitle(undefined, [f]);
        expect(wellFormed(title), `${kind}/${v}: ${title}`).toEqual([]);
        expect(isFallback(`requirements/${kind}`, title), `${kind}/${v}: ${title}`).toBe(false);
      }
    }
  });
});

describe('prose for the program\'s owner', () => {
  test('no rule or requirement kind explains itself with the corpus or with what reviewers do', () => {
    for (const r of RULES) {
      for (const [where, text] of [['why', r.docs.why], ['fixHint', r.fixHint], ...Object.entries(r.messages).map(([id, m]) => [`message ${id}`, m])]) {
        expect(INTERNAL.test(text!), `${r.id} ${where}: ${text}`).toBe(false);
      }
    }
    for (const [kind, spec] of Object.entries(KINDS)) expect(INTERNAL.test(`${JSON.stringify(spec.title)} ${spec.why}`), kind).toBe(false);
  });

  test('a review report does not speak of the corpus or of reviewers', async () => {
    await prepare();
    const seed = join(ROOT, 'tests', 'seeds', 'seed-003');
    const r = await reviewPaths({ model: join(seed, 'MODEL_RESPONSE.md'), ideal: join(seed, 'IDEAL_RESPONSE.md') });
    const md = renderReviewMarkdown(r, ROOT);
    expect(md).not.toMatch(/the corpus|reviewers (report|flag|expect)/i);
    for (const f of r.failures) expect(f.why, f.title).not.toMatch(INTERNAL);
  });
});

describe('a reviewed answer', () => {
  const py = `import json
import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")
table_args = dict(hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")], billing_mode="PAY_PER_REQUEST")
users = aws.dynamodb.Table(f"users-{environment_suffix}", name="tenant-001-users", **table_args)
data = aws.dynamodb.Table(f"data-{environment_suffix}", name="tenant-001-data", **table_args)
role = aws.iam.Role(f"fn-role-{environment_suffix}", assume_role_policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}],
}))
aws.iam.RolePolicy(f"fn-policy-{environment_suffix}", role=role.id, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"},
        {"Effect": "Allow", "Action": "logs:*", "Resource": "*"},
    ],
}))
fn = aws.lambda_.Function(
    f"tenant-fn-{environment_suffix}",
    runtime="python3.12",
    handler="index.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(event, context):\\n    return {}\\n")}),
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"TENANT_ID": "tenant-001"}),
)
db = aws.rds.Instance(
    f"db-{environment_suffix}",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
    skip_final_snapshot=True,
)
pulumi.export("function_name", fn.name)
pulumi.export("tables", [users.name, data.name])
pulumi.export("db_endpoint", db.endpoint)
`;
  const prompt = '# Multi-tenant API\n\nCreate a Pulumi Python program for a multi-tenant SaaS backend.\n\n- Lambda environment variables must include TENANT_ID and TENANT_SUBNET.\n';

  test('titles name the problem, the resources, the facts and the count, in Python names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-titles-'));
    writeFileSync(join(dir, '__main__.py'), py);
    writeFileSync(join(dir, 'PROMPT.md'), prompt);
    await prepare();
    const r = await reviewPaths({ model: join(dir, '__main__.py'), prompt: join(dir, 'PROMPT.md') });
    const title = (ruleId: string) => r.failures.find((f) => f.ruleId === ruleId)?.title;
    expect(title('naming/missing-environment-suffix')).toBe('Environment suffix missing from DynamoDB table names `tenant-001-users`, `tenant-001-data` (2 DynamoDB tables)');
    expect(title('security/iam-wildcard-action')).toBe('Wildcard actions `dynamodb:*`, `logs:*` in IAM role policy');
    expect(title('requirements/env-vars')).toBe('TENANT_SUBNET not set in any function, container or build environment');
    expect(title('security/encryption-at-rest-disabled')).toBe('RDS instance stored unencrypted (`storage_encrypted` not set)');
    for (const f of r.failures) {
      expect(isFallback(f.ruleId, f.title), f.title).toBe(false);
      expect(f.why.length, `${f.title}: why it matters`).toBeGreaterThan(0);
    }
  });
});
