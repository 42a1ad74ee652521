// Platform, structure, region, naming and destroyability.
import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'platform',
    req: {
      ts: req('platform', { tool: 'pulumi', language: 'typescript' }, 'Create this using Pulumi with TypeScript'),
      py: req('platform', { tool: 'pulumi', language: 'python' }, 'Create this using Pulumi with Python'),
    },
    ts: { pass: `new aws.s3.BucketV2('b');`, fail: `import * as cdk from 'aws-cdk-lib';\nnew cdk.App();`, unknown: '' },
    py: { pass: `aws.s3.BucketV2("b")`, fail: `import aws_cdk_lib\naws_cdk_lib.App()`, unknown: '' },
  },
  {
    name: 'component-resource',
    req: req('component-resource', { className: 'TapStack' }, 'Must be implemented as a proper Pulumi ComponentResource'),
    ts: {
      pass: `class TapStack extends pulumi.ComponentResource {\n  constructor(name: string) {\n    super('tap:stack:TapStack', name);\n    new aws.s3.BucketV2('b', {}, { parent: this });\n  }\n}\nnew TapStack('tap');`,
      fail: `new aws.s3.BucketV2('b');`,
      unknown: '',
    },
    py: {
      pass: `class TapStack(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("tap:stack:TapStack", name)\n        aws.s3.BucketV2("b", opts=pulumi.ResourceOptions(parent=self))\nTapStack("tap")`,
      fail: `class Network(pulumi.ComponentResource):\n    def __init__(self, name):\n        super().__init__("tap:net:Network", name)\n        aws.ec2.Vpc("v", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(parent=self))\nNetwork("n")`,
      unknown: '',
    },
  },
  {
    name: 'region',
    req: req('region', { region: 'us-west-2' }, 'The infrastructure should be deployed in us-west-2'),
    ts: {
      pass: `const p = new aws.Provider('p', { region: 'us-west-2' });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
      fail: `new aws.s3.BucketV2('b');`,
      unknown: `const p = new aws.Provider('p', { region: config.require('region') as aws.Region });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
    },
    py: {
      pass: `p = aws.Provider("p", region="us-west-2")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`,
      fail: `p = aws.Provider("p", region="us-west-1")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`,
      unknown: `region = aws.config.region\naws.s3.BucketV2("b")`,
    },
  },
  {
    name: 'multi-region',
    req: req('multi-region', { regions: ['eu-south-1', 'eu-central-1'] }, 'span two AWS regions - eu-south-1 and eu-central-1'),
    ts: {
      pass: `for (const region of ['eu-south-1', 'eu-central-1']) {\n  const p = new aws.Provider(\`p-\${region}\`, { region: region as aws.Region });\n  new aws.s3.BucketV2(\`b-\${region}\`, {}, { provider: p });\n}`,
      fail: `const p = new aws.Provider('p', { region: 'eu-south-1' });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
      unknown: `const p = new aws.Provider('p', { region: config.require('secondary') as aws.Region });\nnew aws.s3.BucketV2('b', {}, { provider: p });`,
    },
    py: {
      pass: `primary = aws.Provider("primary", region="eu-south-1")\nstandby = aws.Provider("standby", region="eu-central-1")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=standby))`,
      fail: `aws.s3.BucketV2("b")`,
      unknown: `p = aws.Provider("p", region=config.require("secondary"))\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))`,
    },
  },
  {
    name: 'naming-pattern',
    req: req('naming-pattern', { pattern: 'file-processor-lambda-{environment}-{timestamp}', resource: 'lambda' }, 'Lambda function: `file-processor-lambda-{environment}-{timestamp}`'),
    ts: {
      pass: `const env = config.require('environmentSuffix');\nnew aws.lambda.Function('f', { name: \`file-processor-lambda-\${env}-20240101\`, runtime: 'nodejs20.x', handler: 'h', role: 'r' });`,
      fail: `new aws.lambda.Function('f', { runtime: 'nodejs20.x', handler: 'h', role: 'r' });`,
      unknown: `new aws.lambda.Function('f', { name: config.require('functionName'), runtime: 'nodejs20.x', handler: 'h', role: 'r' });`,
    },
    py: {
      pass: `aws.lambda_.Function("f", name="file-processor-lambda-dev-1700000000", runtime="python3.12", handler="h", role="r")`,
      fail: `aws.lambda_.Function("f", name="processor", runtime="python3.12", handler="h", role="r")`,
      unknown: `aws.lambda_.Function("f", name=config.require("function_name"), runtime="python3.12", handler="h", role="r")`,
    },
  },
  {
    name: 'environment-suffix',
    req: req('environment-suffix', {}, 'Resource names must include environmentSuffix for uniqueness'),
    ts: {
      pass: `const environmentSuffix = config.require('environmentSuffix');\nnew aws.s3.BucketV2(\`logs-\${environmentSuffix}\`);`,
      fail: `new aws.s3.BucketV2('logs', { bucket: 'my-logs' });`,
      unknown: '',
    },
    py: {
      pass: `import os\nsuffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")\naws.s3.BucketV2(f"logs-{suffix}")`,
      fail: `aws.s3.BucketV2("logs")`,
      unknown: '',
    },
  },
  {
    name: 'destroyable',
    req: req('destroyable', {}, 'All resources must be destroyable (no deletion protection)'),
    ts: {
      pass: `new aws.rds.Instance('db', { engine: 'postgres', instanceClass: 'db.t3.micro', skipFinalSnapshot: true, deletionProtection: false });`,
      fail: `new aws.dynamodb.Table('t', { hashKey: 'id', deletionProtectionEnabled: true });`,
      unknown: '',
    },
    py: {
      pass: `aws.s3.BucketV2("b", opts=pulumi.ResourceOptions(protect=False))`,
      fail: `aws.s3.BucketV2("b", opts=pulumi.ResourceOptions(protect=True))`,
      unknown: '',
    },
  },
  {
    name: 'destroyable with force-destroy',
    req: req('destroyable', { forceDestroy: true }, 'S3 buckets with force destroy enabled'),
    ts: { pass: `new aws.s3.BucketV2('b', { forceDestroy: true });`, fail: `new aws.s3.BucketV2('b');`, unknown: '' },
    py: { pass: `aws.s3.BucketV2("b", force_destroy=True)`, fail: `aws.ecr.Repository("r")`, unknown: '' },
  },
];
