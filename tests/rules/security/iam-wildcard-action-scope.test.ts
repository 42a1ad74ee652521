import { describe, expect, test } from 'vitest';
import { analyzeInput, prepare } from '../../../src/pipeline.js';
import { programOf } from '../../helpers/program.js';

// A service wildcard granted on `Resource: "*"` reaches every resource of the service in the account:
// the message says so, and says nothing of it when the statement is scoped or the resource unknown.
describe('security/iam-wildcard-action names a `Resource: "*"` scope', () => {
  const programs = {
    'index.ts': `import * as aws from '@pulumi/aws';
const table = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
const role = new aws.iam.Role('r', { assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });
new aws.iam.RolePolicy('everywhere', { role: role.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:*', 'kms:*'], Resource: '*' }] }) });
new aws.iam.RolePolicy('scoped', { role: role.id, policy: table.arn.apply((arn) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: arn }] })) });
new aws.iam.RolePolicy('unknown', { role: role.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: process.env.BUCKET_ARN }] }) });
`,
    '__main__.py': `import json
import pulumi_aws as aws
import os
table = aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}])
role = aws.iam.Role("r", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
aws.iam.RolePolicy("everywhere", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["dynamodb:*", "kms:*"], "Resource": "*"}]}))
aws.iam.RolePolicy("scoped", role=role.id, policy=table.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": arn}]})))
aws.iam.RolePolicy("unknown", role=role.id, policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": os.environ["BUCKET_ARN"]}]}))
`,
  };
  for (const [name, text] of Object.entries(programs)) {
    test(name, async () => {
      await prepare();
      const found = analyzeInput(programOf({ [name]: text }, name)).findings.filter((f) => f.ruleId === 'security/iam-wildcard-action');
      const said = (n: string) => found.filter((f) => f.resource?.name === n).map((f) => f.message.includes('on `Resource: "*"`'));
      expect(said('everywhere')).toEqual([true]);
      expect(said('scoped')).toEqual([false]);
      expect(said('unknown')).toEqual([false]);
    });
  }
});
