import { req, type Fixture } from '../helpers.js';

const fnTs = (props: string) => `new aws.lambda.Function('f', { handler: 'index.handler', role: 'r', code: new pulumi.asset.FileArchive('./app'), ${props} });`;
const fnPy = (props: string) => `aws.lambda_.Function("f", handler="index.handler", role="r", code=pulumi.FileArchive("./app"), ${props})`;

export const fixtures: Fixture[] = [
  {
    name: 'lambda-runtime',
    req: req('lambda-runtime', { runtime: 'python3.11' }, 'Both functions must use Python 3.11 runtime'),
    ts: { pass: fnTs(`runtime: 'python3.11'`), fail: fnTs(`runtime: aws.lambda.Runtime.Python3d9`), unknown: fnTs(`runtime: config.require('runtime')`) },
    py: { pass: fnPy(`runtime="python3.11"`), fail: fnPy(`runtime="nodejs20.x"`), unknown: fnPy(`runtime=config.require("runtime")`) },
  },
  {
    name: 'lambda-runtime or newer',
    req: req('lambda-runtime', { runtime: 'nodejs18.x', orNewer: true }, 'Lambda functions must use Node.js 18+ runtime'),
    ts: { pass: fnTs(`runtime: 'nodejs20.x'`), fail: fnTs(`runtime: 'nodejs16.x'`), unknown: fnTs(`runtime: config.require('runtime')`) },
    py: { pass: fnPy(`runtime="python3.12"`), fail: fnPy(`runtime="nodejs14.x"`), unknown: fnPy(`runtime=config.require("runtime")`) },
  },
  {
    name: 'lambda-memory',
    req: req('lambda-memory', { min: 512, max: 1024 }, 'memory settings (512MB-1024MB)'),
    ts: { pass: fnTs(`runtime: 'nodejs20.x', memorySize: 1024`), fail: fnTs(`runtime: 'nodejs20.x', memorySize: 3008`), unknown: fnTs(`runtime: 'nodejs20.x', memorySize: config.requireNumber('mem')`) },
    py: { pass: fnPy(`runtime="python3.12", memory_size=512`), fail: fnPy(`runtime="python3.12"`), unknown: fnPy(`runtime="python3.12", memory_size=config.require_int("mem")`) },
  },
  {
    name: 'lambda-timeout',
    req: req('lambda-timeout', { seconds: 30, atMost: true }, 'Set maximum timeout of 30 seconds per function'),
    ts: { pass: fnTs(`runtime: 'nodejs20.x', timeout: 30`), fail: fnTs(`runtime: 'nodejs20.x', timeout: 900`), unknown: fnTs(`runtime: 'nodejs20.x', timeout: config.requireNumber('t')`) },
    py: { pass: fnPy(`runtime="python3.12"`), fail: fnPy(`runtime="python3.12", timeout=60`), unknown: fnPy(`runtime="python3.12", timeout=config.require_int("t")`) },
  },
  {
    name: 'lambda-concurrency reserved',
    req: req('lambda-concurrency', { type: 'reserved', count: 100 }, 'a concurrent execution limit of 100'),
    ts: { pass: fnTs(`runtime: 'nodejs20.x', reservedConcurrentExecutions: 100`), fail: fnTs(`runtime: 'nodejs20.x'`), unknown: fnTs(`runtime: 'nodejs20.x', reservedConcurrentExecutions: config.requireNumber('c')`) },
    py: { pass: fnPy(`runtime="python3.12", reserved_concurrent_executions=100`), fail: fnPy(`runtime="python3.12", reserved_concurrent_executions=5`), unknown: fnPy(`runtime="python3.12", reserved_concurrent_executions=config.require_int("c")`) },
  },
  {
    name: 'lambda-concurrency provisioned',
    req: req('lambda-concurrency', { type: 'provisioned' }, 'Implement provisioned concurrency for critical Lambda functions'),
    ts: {
      pass: `${fnTs(`runtime: 'nodejs20.x', publish: true`)}\nnew aws.lambda.ProvisionedConcurrencyConfig('pc', { functionName: 'f', qualifier: '1', provisionedConcurrentExecutions: 2 });`,
      fail: fnTs(`runtime: 'nodejs20.x'`),
      unknown: `new aws.s3.BucketV2('b');`,
    },
    py: {
      pass: `${fnPy(`runtime="python3.12", publish=True`)}\naws.lambda_.ProvisionedConcurrencyConfig("pc", function_name="f", qualifier="1", provisioned_concurrent_executions=2)`,
      fail: fnPy(`runtime="python3.12"`),
      unknown: `aws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'lambda-architecture',
    req: req('lambda-architecture', { arch: 'arm64' }, 'Python 3.11 runtime with arm64 architecture'),
    ts: { pass: fnTs(`runtime: 'nodejs20.x', architectures: ['arm64']`), fail: fnTs(`runtime: 'nodejs20.x'`), unknown: fnTs(`runtime: 'nodejs20.x', architectures: [config.require('arch')]`) },
    py: { pass: fnPy(`runtime="python3.12", architectures=["arm64"]`), fail: fnPy(`runtime="python3.12", architectures=["x86_64"]`), unknown: fnPy(`runtime="python3.12", architectures=[config.require("arch")]`) },
  },
  {
    name: 'lambda-retries',
    req: req('lambda-retries', { attempts: 1 }, 'retries up to 1 time'),
    ts: {
      pass: `${fnTs(`runtime: 'nodejs20.x'`)}\nnew aws.lambda.FunctionEventInvokeConfig('c', { functionName: 'f', maximumRetryAttempts: 1 });`,
      fail: fnTs(`runtime: 'nodejs20.x'`),
      unknown: `${fnTs(`runtime: 'nodejs20.x'`)}\nnew aws.lambda.FunctionEventInvokeConfig('c', { functionName: 'f', maximumRetryAttempts: config.requireNumber('n') });`,
    },
    py: {
      pass: `${fnPy(`runtime="python3.12"`)}\naws.lambda_.FunctionEventInvokeConfig("c", function_name="f", maximum_retry_attempts=1)`,
      fail: `${fnPy(`runtime="python3.12"`)}\naws.lambda_.FunctionEventInvokeConfig("c", function_name="f", maximum_retry_attempts=2)`,
      unknown: `${fnPy(`runtime="python3.12"`)}\naws.lambda_.FunctionEventInvokeConfig("c", function_name="f", maximum_retry_attempts=config.require_int("n"))`,
    },
  },
  {
    name: 'lambda-snapstart',
    req: req('lambda-snapstart', {}, 'Include AWS Lambda Snapstart for reduced cold starts'),
    ts: { pass: fnTs(`runtime: 'java21', snapStart: { applyOn: 'PublishedVersions' }`), fail: fnTs(`runtime: 'java21'`), unknown: fnTs(`runtime: 'java21', snapStart: { applyOn: config.require('snap') }`) },
    py: { pass: fnPy(`runtime="python3.12", snap_start={"apply_on": "PublishedVersions"}`), fail: fnPy(`runtime="python3.12", snap_start={"apply_on": "None"}`), unknown: fnPy(`runtime="python3.12", snap_start={"apply_on": config.require("snap")}`) },
  },
  {
    name: 'dead-letter-queue for functions',
    req: req('dead-letter-queue', { target: 'lambda' }, 'Add dead letter queues to Lambda functions'),
    ts: {
      pass: `const dlq = new aws.sqs.Queue('dlq');\n${fnTs(`runtime: 'nodejs20.x', deadLetterConfig: { targetArn: dlq.arn }`)}`,
      fail: fnTs(`runtime: 'nodejs20.x'`),
      unknown: fnTs(`runtime: 'nodejs20.x', deadLetterConfig: config.requireObject('dlq')`),
    },
    py: {
      pass: `dlq = aws.sqs.Queue("dlq")\nfn = ${fnPy(`runtime="python3.12"`)}\naws.lambda_.FunctionEventInvokeConfig("c", function_name=fn.name, destination_config={"on_failure": {"destination": dlq.arn}})`,
      fail: fnPy(`runtime="python3.12"`),
      unknown: fnPy(`runtime="python3.12", dead_letter_config=config.require_object("dlq")`),
    },
  },
  {
    name: 'dead-letter-queue for queues',
    req: req('dead-letter-queue', { target: 'sqs', maxReceiveCount: 3 }, 'Configure dead letter queues for each primary SQS queue with max receive count of 3'),
    ts: {
      pass: `const dlq = new aws.sqs.Queue('orders-dlq');\nnew aws.sqs.Queue('orders', { redrivePolicy: dlq.arn.apply((arn) => JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 3 })) });`,
      fail: `const dlq = new aws.sqs.Queue('orders-dlq');\nnew aws.sqs.Queue('orders', { redrivePolicy: pulumi.jsonStringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount: 5 }) });`,
      unknown: `new aws.sqs.Queue('orders', { redrivePolicy: config.require('redrive') });`,
    },
    py: {
      pass: `dlq = aws.sqs.Queue("orders-dlq")\naws.sqs.Queue("orders", redrive_policy=pulumi.Output.json_dumps({"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 3}))`,
      fail: `aws.sqs.Queue("orders")`,
      unknown: `aws.sqs.Queue("orders", redrive_policy=config.require("redrive"))`,
    },
  },
  {
    name: 'lambda-vpc (every function)',
    req: req('lambda-vpc', { all: true }, 'Deploy all Lambda functions within a VPC using private subnets only'),
    ts: {
      pass: `class Workers extends pulumi.ComponentResource {\n  constructor(name: string, subnets: string[]) {\n    super('app:Workers', name);\n    for (const n of ['a', 'b']) {\n      ${fnTs(`runtime: 'nodejs20.x', vpcConfig: { subnetIds: subnets, securityGroupIds: ['sg-1'] }`).replace("'f'", '`f-${n}`').replace('});', '}, { parent: this });')}\n    }\n  }\n}\nnew Workers('w', ['subnet-1', 'subnet-2']);`,
      fail: `${fnTs(`runtime: 'nodejs20.x', vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] }`)}\n${fnTs(`runtime: 'nodejs20.x'`).replace("'f'", "'g'")}`,
      unknown: fnTs(`runtime: 'nodejs20.x', vpcConfig: config.requireObject('vpc')`),
    },
    py: {
      pass: `def make(name, subnets):\n    return ${fnPy(`runtime="python3.12", vpc_config={"subnet_ids": subnets, "security_group_ids": ["sg-1"]}`).replace('"f"', 'name')}\n\nfor n in ["a", "b"]:\n    make(n, ["subnet-1"])`,
      fail: fnPy(`runtime="python3.12"`),
      unknown: fnPy(`runtime="python3.12", vpc_config=config.require_object("vpc")`),
    },
  },
  {
    name: 'lambda-vpc (a function)',
    req: req('lambda-vpc', {}, 'Create a Lambda function for rotation logic (must run in private subnet)'),
    ts: {
      pass: `${fnTs(`runtime: 'nodejs20.x', vpcConfig: { subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] }`)}\n${fnTs(`runtime: 'nodejs20.x'`).replace("'f'", "'g'")}`,
      fail: fnTs(`runtime: 'nodejs20.x', vpcConfig: { subnetIds: [], securityGroupIds: [] }`),
      unknown: `new aws.sqs.Queue('q');`,
    },
    py: {
      pass: fnPy(`runtime="python3.12", vpc_config=aws.lambda_.FunctionVpcConfigArgs(subnet_ids=["subnet-1"], security_group_ids=["sg-1"])`),
      fail: fnPy(`runtime="python3.12", memory_size=256`),
      unknown: fnPy(`**config.require_object("fn")`),
    },
  },
];
