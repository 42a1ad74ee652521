// Secrets, configuration handed to code, stack outputs, pipeline stages and services.
import { req, type Fixture } from '../helpers.js';

const fnTs = (env: string) => `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r', environment: { variables: ${env} } });`;
const fnPy = (env: string) => `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r", environment={"variables": ${env}})`;
const pipelineTs = (stages: string) => `new aws.codepipeline.Pipeline('p', { roleArn: 'r', artifactStores: [{ location: 'b', type: 'S3' }], stages: ${stages} });`;
const pipelinePy = (stages: string) => `aws.codepipeline.Pipeline("p", role_arn="r", artifact_stores=[{"location": "b", "type": "S3"}], stages=${stages})`;
const stage = (name: string, lang: 'ts' | 'py') => (lang === 'ts' ? `{ name: '${name}', actions: [] }` : `{"name": "${name}", "actions": []}`);

export const fixtures: Fixture[] = [
  {
    name: 'secrets-manager',
    req: req('secrets-manager', { rotation: true, rotationDays: 30 }, 'AWS Secrets Manager with 30-day credential rotation'),
    ts: {
      pass: `const s = new aws.secretsmanager.Secret('s');\nnew aws.secretsmanager.SecretRotation('r', { secretId: s.id, rotationLambdaArn: 'arn', rotationRules: { automaticallyAfterDays: 30 } });`,
      fail: `new aws.secretsmanager.Secret('s');`,
      unknown: `const s = new aws.secretsmanager.Secret('s');\nnew aws.secretsmanager.SecretRotation('r', { secretId: s.id, rotationRules: { automaticallyAfterDays: config.requireNumber('days') } });`,
    },
    py: {
      pass: `s = aws.secretsmanager.Secret("s")\naws.secretsmanager.SecretRotation("r", secret_id=s.id, rotation_rules={"automatically_after_days": 30})`,
      fail: `aws.s3.BucketV2("b")`,
      unknown: '',
    },
  },
  {
    name: 'ssm-parameter',
    req: req('ssm-parameter', { secure: true }, 'Store Pulumi access token in Parameter Store as SecureString type'),
    ts: {
      pass: `new aws.ssm.Parameter('token', { type: 'SecureString', value: config.requireSecret('token') });`,
      fail: `new aws.ssm.Parameter('token', { type: 'String', value: 'x' });`,
      unknown: `new aws.ssm.Parameter('token', { type: config.require('type'), value: 'x' });`,
    },
    py: {
      pass: `aws.ssm.Parameter("token", type="SecureString", value=config.require_secret("token"))`,
      fail: `aws.ssm.Parameter("token", type="String", value="x")`,
      unknown: `aws.ssm.Parameter("token", type=config.require("type"), value="x")`,
    },
  },
  {
    name: 'env-vars',
    req: req('env-vars', { names: ['TENANT_ID', 'TENANT_SUBNET'] }, 'Lambda environment variables must include TENANT_ID and TENANT_SUBNET'),
    ts: {
      pass: fnTs(`{ TENANT_ID: 't1', TENANT_SUBNET: 's1' }`),
      fail: fnTs(`{ TENANT_ID: 't1' }`),
      unknown: fnTs(`{ TENANT_ID: 't1', ...config.requireObject<Record<string, string>>('extra') }`),
    },
    py: {
      pass: `for tenant in ["a", "b"]:\n    ${fnPy(`{"TENANT_ID": tenant, "TENANT_SUBNET": f"subnet-{tenant}"}`)}`,
      fail: fnPy(`{"TENANT_ID": "t1"}`),
      unknown: fnPy(`config.require_object("env")`),
    },
  },
  {
    name: 'stack-outputs',
    req: req('stack-outputs', { outputs: ['API Gateway endpoint URL', 'DynamoDB table ARN'] }, 'The stack should output the API Gateway endpoint URL and DynamoDB table ARN'),
    ts: {
      pass: `const api = new aws.apigateway.RestApi('api');\nconst table = new aws.dynamodb.Table('t', { hashKey: 'id' });\nexport const apiUrl = api.id;\nexport const tableArn = table.arn;`,
      fail: `const table = new aws.dynamodb.Table('t', { hashKey: 'id' });\nexport const tableArn = table.arn;`,
      unknown: '',
    },
    py: {
      pass: `api = aws.apigateway.RestApi("api")\ntable = aws.dynamodb.Table("t", hash_key="id")\npulumi.export("endpoint", api.id)\npulumi.export("transactions", table.arn)`,
      fail: `aws.dynamodb.Table("t", hash_key="id")`,
      unknown: '',
    },
  },
  {
    name: 'pipeline-stages',
    req: req('pipeline-stages', { stages: ['Source', 'Build', 'Deploy'], count: 3 }, 'Create pipeline with exactly 3 stages: Source, Build, and Deploy'),
    ts: {
      pass: pipelineTs(`[${['Source', 'Build', 'Deploy'].map((s) => stage(s, 'ts')).join(', ')}]`),
      fail: pipelineTs(`[${['Source', 'Build'].map((s) => stage(s, 'ts')).join(', ')}]`),
      unknown: pipelineTs(`config.requireObject('stages')`),
    },
    py: {
      pass: pipelinePy(`[${['Source', 'Build', 'Deploy'].map((s) => stage(s, 'py')).join(', ')}]`),
      fail: pipelinePy(`[${['Source', 'Build', 'Approve', 'Deploy'].map((s) => stage(s, 'py')).join(', ')}]`),
      unknown: pipelinePy(`[{"name": config.require("stage"), "actions": []}]`),
    },
  },
  {
    name: 'required-service',
    req: req('required-service', { service: 'sns-email-subscription' }, 'Add email subscription to the topic'),
    ts: {
      pass: `const t = new aws.sns.Topic('t');\nnew aws.sns.TopicSubscription('s', { topic: t.arn, protocol: 'email', endpoint: 'ops@example.org' });`,
      fail: `const t = new aws.sns.Topic('t');\nnew aws.sns.TopicSubscription('s', { topic: t.arn, protocol: 'sqs', endpoint: 'arn' });`,
      unknown: `const t = new aws.sns.Topic('t');\nnew aws.sns.TopicSubscription('s', { topic: t.arn, protocol: config.require('protocol'), endpoint: 'x' });`,
    },
    py: {
      pass: `t = aws.sns.Topic("t")\naws.sns.TopicSubscription("s", topic=t.arn, protocol="email", endpoint="ops@example.org")`,
      fail: `aws.sns.Topic("t")`,
      unknown: '',
    },
  },
  {
    name: 'forbidden-service',
    req: req('forbidden-service', { service: 'guardduty' }, 'Do NOT create GuardDuty detectors in code'),
    ts: { pass: `new aws.s3.BucketV2('b');`, fail: `new aws.guardduty.Detector('d', { enable: true });`, unknown: '' },
    py: { pass: `aws.s3.BucketV2("b")`, fail: `aws.guardduty.Detector("d", enable=True)`, unknown: '' },
  },
];
