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
    name: 'secrets-manager for the database password',
    req: req('secrets-manager', { database: true }, 'Store the database master password in Secrets Manager'),
    ts: {
      pass: `const s = new aws.secretsmanager.Secret('db');\nconst v = new aws.secretsmanager.SecretVersion('db', { secretId: s.id, secretString: aws.secretsmanager.getRandomPasswordOutput({ passwordLength: 24 }).randomPassword });\nnew aws.rds.Cluster('c', { engine: 'aurora-postgresql', masterUsername: 'app', masterPassword: v.secretString });`,
      fail: `new aws.secretsmanager.Secret('api');\nnew aws.rds.Cluster('c', { engine: 'aurora-postgresql', masterUsername: 'app', masterPassword: 'Sup3rSecret!' });`,
      unknown: `import { Data } from './data';\nnew Data('d');\nnew aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", username="app", manage_master_user_password=True)`,
      fail: `aws.secretsmanager.Secret("api")\naws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", username="app", password=config.require_secret("db_password"))`,
      unknown: `from .data import Data\nData("d")\naws.s3.BucketV2("b")`,
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
    name: 'required-service: a function with a job',
    req: req('required-service', { service: 'lambda' }, 'Create Lambda functions to handle environment switching logic'),
    ts: {
      pass: `new aws.lambda.Function('switch', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(\`
const { ElasticLoadBalancingV2Client, ModifyListenerCommand } = require('@aws-sdk/client-elastic-load-balancing-v2');
const client = new ElasticLoadBalancingV2Client({});
exports.handler = async (event) => {
  await client.send(new ModifyListenerCommand({ ListenerArn: process.env.LISTENER_ARN, DefaultActions: [{ Type: 'forward', TargetGroupArn: event.target }] }));
  return { switched: event.target };
};\`) }) });`,
      fail: `new aws.lambda.Function('switch', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(\`
exports.handler = async (event) => {
  console.log('event', JSON.stringify(event));
  // TODO: switch the listener
  return { statusCode: 200, body: JSON.stringify({ message: 'ok' }) };
};\`) }) });`,
      unknown: `new aws.lambda.Function('switch', { runtime: 'nodejs20.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/r', code: new pulumi.asset.FileArchive('./switch') });`,
    },
    py: {
      pass: `code = """
import os
import boto3

elb = boto3.client("elbv2")

def handler(event, context):
    elb.modify_listener(ListenerArn=os.environ["LISTENER_ARN"], DefaultActions=[{"Type": "forward", "TargetGroupArn": event["target"]}])
    return {"switched": event["target"]}
"""
aws.lambda_.Function("switch", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(code)}))`,
      fail: `code = """
import json

def lambda_handler(event, context):
    return {
        'statusCode': 200,
        'body': json.dumps('Hello from Lambda!')
    }
"""
aws.lambda_.Function("switch", runtime="python3.12", handler="index.lambda_handler", role="arn:aws:iam::123456789012:role/r",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(code)}))`,
      unknown: `aws.lambda_.Function("switch", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/r", code=pulumi.FileArchive("./switch"))`,
    },
  },
  {
    name: 'forbidden-service',
    req: req('forbidden-service', { service: 'guardduty' }, 'Do NOT create GuardDuty detectors in code'),
    ts: { pass: `new aws.s3.BucketV2('b');`, fail: `new aws.guardduty.Detector('d', { enable: true });`, unknown: '' },
    py: { pass: `aws.s3.BucketV2("b")`, fail: `aws.guardduty.Detector("d", enable=True)`, unknown: '' },
  },
  {
    name: 'config-keys (named)',
    req: req('config-keys', { keys: ['allowed_cidr', 'replication_region'] }, 'Fail fast if required Pulumi config like allowed_cidr or replication_region is missing'),
    ts: {
      pass: `const cidr = config.require('allowedCidr');\nconst region = config.require('replicationRegion');\nnew aws.ec2.SecurityGroup('sg', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: [cidr] }], description: region });`,
      fail: `const cidr = config.require('allowedCidr');\nnew aws.ec2.SecurityGroup('sg', { ingress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: [cidr] }] });`,
      unknown: `const settings = config.requireObject<Record<string, string>>('settings');\nnew aws.ec2.SecurityGroup('sg', { description: settings.allowed_cidr });`,
    },
    py: {
      pass: `cidr = config.require("allowed_cidr")\nregion = config.get("replication_region") or "us-west-2"\naws.ec2.SecurityGroup("sg", description=region, ingress=[{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": [cidr]}])`,
      fail: `aws.ec2.SecurityGroup("sg", ingress=[{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["10.0.0.0/8"]}])`,
      unknown: '',
    },
  },
  {
    name: 'config-keys (any)',
    req: req('config-keys', {}, 'Use Pulumi config for environment-specific values'),
    ts: {
      pass: `const env = config.get('environment') ?? 'dev';\nnew aws.s3.BucketV2('b', { tags: { Environment: env } });`,
      fail: `const env = process.env.ENVIRONMENT ?? 'dev';\nnew aws.s3.BucketV2('b', { tags: { Environment: env } });`,
      unknown: `class Stack extends pulumi.ComponentResource {\n  constructor(name: string) {\n    super('app:Stack', name);\n    new aws.s3.BucketV2('b', {}, { parent: this });\n  }\n}`,
    },
    py: {
      pass: `env = config.get("environment") or "dev"\naws.s3.BucketV2("b", tags={"Environment": env})`,
      fail: `aws.s3.BucketV2("b", tags={"Environment": "dev"})`,
      unknown: `class Stack(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("app:Stack", name)\n        aws.s3.BucketV2(f"{name}-b", opts=pulumi.ResourceOptions(parent=self))`,
    },
  },
  {
    name: 'event-wiring S3 → Lambda',
    req: req('event-wiring', { source: 's3', target: 'lambda' }, 'Configure S3 event notifications to trigger the validator Lambda on object creation'),
    ts: {
      pass: `const fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nconst b = new aws.s3.BucketV2('b');\nnew aws.s3.BucketNotification('n', { bucket: b.id, lambdaFunctions: [{ lambdaFunctionArn: fn.arn, events: ['s3:ObjectCreated:*'] }] });`,
      fail: `const fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nconst b = new aws.s3.BucketV2('b');\nconst q = new aws.sqs.Queue('q');\nnew aws.s3.BucketNotification('n', { bucket: b.id, queues: [{ queueArn: q.arn, events: ['s3:ObjectCreated:*'] }] });`,
      unknown: `const b = new aws.s3.BucketV2('b');\nnew aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nnew aws.s3.BucketNotification('n', { bucket: b.id, lambdaFunctions: config.requireObject('targets') });`,
    },
    py: {
      pass: `class Pipeline(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("app:Pipeline", name)\n        fn = aws.lambda_.Function(f"{name}-fn", runtime="python3.12", handler="h", role="r", opts=pulumi.ResourceOptions(parent=self))\n        b = aws.s3.BucketV2(f"{name}-b", opts=pulumi.ResourceOptions(parent=self))\n        aws.s3.BucketNotification(f"{name}-n", bucket=b.id, lambda_functions=[aws.s3.BucketNotificationLambdaFunctionArgs(lambda_function_arn=fn.arn, events=["s3:ObjectCreated:*"])], opts=pulumi.ResourceOptions(parent=self))\n\nPipeline("p")`,
      fail: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")\naws.s3.BucketV2("b")`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'event-wiring schedule → Lambda',
    req: req('event-wiring', { source: 'schedule', target: 'lambda' }, 'Schedule the Lambda to run every 12 hours'),
    ts: {
      pass: `const fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nconst rule = new aws.cloudwatch.EventRule('every12h', { scheduleExpression: 'rate(12 hours)' });\nnew aws.cloudwatch.EventTarget('t', { rule: rule.name, arn: fn.arn });`,
      fail: `const fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nconst rule = new aws.cloudwatch.EventRule('onPush', { eventPattern: JSON.stringify({ source: ['aws.codecommit'] }) });\nnew aws.cloudwatch.EventTarget('t', { rule: rule.name, arn: fn.arn });`,
      unknown: `const fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nnew aws.cloudwatch.EventTarget('t', { rule: config.require('rule'), arn: fn.arn });`,
    },
    py: {
      pass: `fn = aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")\naws.scheduler.Schedule("s", schedule_expression="rate(12 hours)", flexible_time_window={"mode": "OFF"}, target={"arn": fn.arn, "role_arn": "r"})`,
      fail: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")`,
      unknown: `fn = aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")\naws.cloudwatch.EventTarget("t", rule=config.require("rule"), arn=fn.arn)`,
    },
  },
  {
    name: 'event-wiring SQS → Lambda',
    req: req('event-wiring', { source: 'sqs', target: 'lambda' }, 'Create a second Lambda function triggered by SQS to perform fraud detection'),
    ts: {
      pass: `const q = new aws.sqs.Queue('q');\nconst fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nnew aws.lambda.EventSourceMapping('m', { eventSourceArn: q.arn, functionName: fn.name });`,
      fail: `const q = new aws.sqs.Queue('q');\nconst t = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], streamEnabled: true, streamViewType: 'NEW_IMAGE' });\nconst fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nnew aws.lambda.EventSourceMapping('m', { eventSourceArn: t.streamArn, functionName: fn.name });`,
      unknown: `new aws.sqs.Queue('q');\nconst fn = new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });\nnew aws.lambda.EventSourceMapping('m', { eventSourceArn: config.require('source'), functionName: fn.name });`,
    },
    py: {
      pass: `queues = [aws.sqs.Queue(n) for n in ["a", "b"]]\nfn = aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")\nfor i, q in enumerate(queues):\n    aws.lambda_.EventSourceMapping(f"m{i}", event_source_arn=q.arn, function_name=fn.arn)`,
      fail: `aws.sqs.Queue("q")\naws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")`,
      unknown: `aws.lambda_.Function("f", runtime="python3.12", handler="h", role="r")`,
    },
  },
  {
    name: 'event-wiring SNS → SQS',
    req: req('event-wiring', { source: 'sns', target: 'sqs' }, 'Messages flow through SNS to two SQS queues'),
    ts: {
      pass: `const topic = new aws.sns.Topic('t');\nconst q = new aws.sqs.Queue('q');\nnew aws.sns.TopicSubscription('s', { topic: topic.arn, protocol: 'sqs', endpoint: q.arn });`,
      fail: `const topic = new aws.sns.Topic('t');\nnew aws.sqs.Queue('q');\nnew aws.sns.TopicSubscription('s', { topic: topic.arn, protocol: 'email', endpoint: 'ops@corp.test' });`,
      unknown: `const topic = new aws.sns.Topic('t');\nnew aws.sqs.Queue('q');\nnew aws.sns.TopicSubscription('s', { topic: topic.arn, protocol: config.require('protocol'), endpoint: config.require('endpoint') });`,
    },
    py: {
      pass: `topic = aws.sns.Topic("t")\nq = aws.sqs.Queue("q")\naws.sns.TopicSubscription("s", topic=topic.arn, protocol="sqs", endpoint=q.arn)`,
      fail: `aws.sns.Topic("t")\naws.sqs.Queue("q")`,
      unknown: `aws.sns.Topic("t")`,
    },
  },
  {
    name: 'api-type',
    req: req('api-type', { type: 'rest' }, 'REST API with /webhook endpoint accepting POST requests'),
    ts: {
      pass: `const api = new aws.apigateway.RestApi('api');\nnew aws.apigateway.Resource('webhook', { restApi: api.id, parentId: api.rootResourceId, pathPart: 'webhook' });`,
      fail: `new aws.apigatewayv2.Api('api', { protocolType: 'HTTP' });`,
      unknown: `new aws.apigatewayv2.Api('api', { protocolType: config.require('protocol') });`,
    },
    py: {
      pass: `aws.apigateway.RestApi("api")`,
      fail: `for region in ["us-east-1", "us-west-2"]:\n    aws.apigatewayv2.Api(f"api-{region}", protocol_type="HTTP")`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'config-keys (with a default)',
    req: req('config-keys', { optional: ['environmentSuffix'] }, "Environment suffix can be set via `ENVIRONMENT_SUFFIX` environment variable or Pulumi config (defaults to 'dev')"),
    ts: {
      pass: `const suffix = process.env.ENVIRONMENT_SUFFIX || config.get('environmentSuffix') || 'dev';\nnew aws.s3.BucketV2(\`b-\${suffix}\`);`,
      fail: `const suffix = config.require('environmentSuffix');\nnew aws.s3.BucketV2(\`b-\${suffix}\`);`,
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `suffix = config.get("environment_suffix") or "dev"\naws.s3.BucketV2(f"b-{suffix}")`,
      fail: `suffix = config.require("environment_suffix")\naws.s3.BucketV2(f"b-{suffix}")`,
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
];
