// Requirement families as requests word them in general (not one request's phrasing): each case reads
// the requirement from a request snippet and checks it against TypeScript and Python programs.
import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract.js';
import type { RequirementKind } from '../../src/requirements/kinds.js';
import type { Status } from '../../src/requirements/types.js';
import { verdict, type Lang } from './helpers.js';

function found(markdown: string, kind: RequirementKind) {
  return extractRequirements(markdown).filter((r) => r.kind === kind);
}

interface Family {
  name: string;
  markdown: string;
  kind: RequirementKind;
  params: Record<string, unknown>;
  /** Programs per language and the verdict each gets. */
  programs: Partial<Record<Status, Record<Lang, string>>>;
}

const TAGGED_TS = (tags: string) => `new aws.s3.BucketV2('b', { tags: ${tags} });\nnew aws.sqs.Queue('q', { tags: ${tags} });`;
const TAGGED_PY = (tags: string) => `aws.s3.BucketV2("b", tags=${tags})\naws.sqs.Queue("q", tags=${tags})`;

const FAMILIES: Family[] = [
  {
    name: 'tags a general sentence lists ("Tags should include …, with … values")',
    markdown: '## Requirements\n\n- Tags should include Environment, Team, and CostCenter with your own sensible defaults.',
    kind: 'required-tags',
    params: { keys: ['Environment', 'Team', 'CostCenter'] },
    programs: {
      pass: { ts: TAGGED_TS(`{ Environment: 'dev', Team: 'a', CostCenter: '1' }`), py: TAGGED_PY(`{"Environment": "dev", "Team": "a", "CostCenter": "1"}`) },
      fail: { ts: TAGGED_TS(`{ Environment: 'dev', Team: 'a' }`), py: TAGGED_PY(`{"Environment": "dev", "Team": "a"}`) },
      unknown: { ts: TAGGED_TS(`config.requireObject('tags')`), py: TAGGED_PY(`config.require_object("tags")`) },
    },
  },
  {
    name: 'tag items under a tagging list ("- Environment tag (dev/staging/prod)")',
    markdown: '1. **Tagging Strategy**\n    - All resources must be tagged with:\n      - Environment tag (dev/staging/prod)\n      - ManagedBy tag (Pulumi)',
    kind: 'required-tags',
    params: { keys: ['Environment', 'ManagedBy'] },
    programs: {
      pass: { ts: TAGGED_TS(`{ Environment: 'dev', ManagedBy: 'pulumi' }`), py: TAGGED_PY(`{"Environment": "dev", "ManagedBy": "pulumi"}`) },
      fail: { ts: TAGGED_TS(`{ Environment: 'dev' }`), py: TAGGED_PY(`{"Environment": "dev"}`) },
    },
  },
  {
    name: 'tag keys in lower case that the request calls tags ("Include owner, project, and cost center tags")',
    markdown: '4. **Resource Tagging Strategy**\n   - Include owner, project, and cost center tags',
    kind: 'required-tags',
    params: { keys: ['owner', 'project', 'CostCenter'] },
    programs: {
      // The program's Owner, Project and cost-center keys are the ones the request names.
      pass: { ts: TAGGED_TS(`{ Owner: 'a', Project: 'p', 'cost-center': '1' }`), py: TAGGED_PY(`{"Owner": "a", "Project": "p", "CostCenter": "1"}`) },
      fail: { ts: TAGGED_TS(`{ Owner: 'a', CostCenter: '1' }`), py: TAGGED_PY(`{"Owner": "a", "CostCenter": "1"}`) },
    },
  },
  {
    name: 'a tag with its purpose under a tagging item ("Tag with CostCenter for billing allocation")',
    markdown: '11. **Resource Tagging Strategy**\n    - Tag with CostCenter for billing allocation',
    kind: 'required-tags',
    params: { keys: ['CostCenter'] },
    programs: { pass: { ts: TAGGED_TS(`{ CostCenter: '1' }`), py: TAGGED_PY(`{"CostCenter": "1"}`) }, fail: { ts: TAGGED_TS(`{ Team: 'a' }`), py: TAGGED_PY(`{"Team": "a"}`) } },
  },
  {
    name: 'tags in a settings list ("Tags: `Environment=production`, …"): the keys',
    markdown: '### Resource Management\n\n- Tags: `Environment=production`, `ManagedBy=pulumi`',
    kind: 'required-tags',
    params: { keys: ['Environment', 'ManagedBy'] },
    programs: {
      pass: { ts: TAGGED_TS(`{ Environment: 'dev', ManagedBy: 'pulumi' }`), py: TAGGED_PY(`{"Environment": "dev", "ManagedBy": "pulumi"}`) },
      fail: { ts: TAGGED_TS(`{ Environment: 'production' }`), py: TAGGED_PY(`{"Environment": "production"}`) },
    },
  },
  {
    name: 'an alert on a metric crossing a threshold ("Trigger alerts when replication lag exceeds 30 seconds")',
    markdown: '## Requirements\n\n- Trigger alerts when replication lag exceeds 30 seconds',
    kind: 'alarm-metrics',
    params: { metrics: ['replication-lag'] },
    programs: {
      pass: {
        ts: `new aws.cloudwatch.MetricAlarm('lag', { metricName: 'ReplicaLag', namespace: 'AWS/RDS', comparisonOperator: 'GreaterThanThreshold', threshold: 30, evaluationPeriods: 1, period: 60, statistic: 'Average' });`,
        py: `aws.cloudwatch.MetricAlarm("lag", metric_name="AuroraReplicaLag", namespace="AWS/RDS", comparison_operator="GreaterThanThreshold", threshold=30, evaluation_periods=1, period=60, statistic="Average")`,
      },
      fail: {
        ts: `new aws.cloudwatch.MetricAlarm('cpu', { metricName: 'CPUUtilization', namespace: 'AWS/RDS', comparisonOperator: 'GreaterThanThreshold', threshold: 80, evaluationPeriods: 1, period: 60, statistic: 'Average' });`,
        py: `aws.cloudwatch.MetricAlarm("cpu", metric_name="CPUUtilization", namespace="AWS/RDS", comparison_operator="GreaterThanThreshold", threshold=80, evaluation_periods=1, period=60, statistic="Average")`,
      },
      unknown: {
        ts: `new aws.cloudwatch.MetricAlarm('m', { metricName: config.require('metric'), comparisonOperator: 'GreaterThanThreshold', threshold: 1, evaluationPeriods: 1 });`,
        py: `aws.cloudwatch.MetricAlarm("m", metric_name=config.require("metric"), comparison_operator="GreaterThanThreshold", threshold=1, evaluation_periods=1)`,
      },
    },
  },
  {
    name: 'logging of a service to a destination ("Configure API Gateway logging to CloudWatch")',
    markdown: '## Requirements\n\n- Configure API Gateway logging to CloudWatch',
    kind: 'service-logging',
    params: { service: 'api-gateway' },
    programs: {
      pass: {
        ts: `const g = new aws.cloudwatch.LogGroup('g');\nnew aws.apigateway.Stage('s', { restApi: 'a', deployment: 'd', stageName: 'prod', accessLogSettings: { destinationArn: g.arn, format: '$context.requestId' } });`,
        py: `g = aws.cloudwatch.LogGroup("g")\naws.apigateway.Stage("s", rest_api="a", deployment="d", stage_name="prod", access_log_settings={"destination_arn": g.arn, "format": "$context.requestId"})`,
      },
      fail: { ts: `new aws.apigateway.Stage('s', { restApi: 'a', deployment: 'd', stageName: 'prod' });`, py: `aws.apigateway.Stage("s", rest_api="a", deployment="d", stage_name="prod")` },
    },
  },
  {
    name: 'container logs sent to CloudWatch ("Container logs must stream to CloudWatch Log Groups")',
    markdown: '## Requirements\n\n- Container logs must stream to CloudWatch Log Groups',
    kind: 'service-logging',
    params: { service: 'ecs' },
    programs: {
      pass: {
        ts: `new aws.ecs.TaskDefinition('t', { family: 'f', containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', logConfiguration: { logDriver: 'awslogs', options: {} } }]) });`,
        py: `aws.ecs.TaskDefinition("t", family="f", container_definitions=json.dumps([{"name": "app", "image": "nginx", "logConfiguration": {"logDriver": "awslogs", "options": {}}}]))`,
      },
      fail: {
        ts: `new aws.ecs.TaskDefinition('t', { family: 'f', containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx' }]) });`,
        py: `aws.ecs.TaskDefinition("t", family="f", container_definitions=json.dumps([{"name": "app", "image": "nginx"}]))`,
      },
    },
  },
  {
    name: 'a log service that must be enabled ("VPC Flow Logs must be enabled and sent to CloudWatch Logs")',
    markdown: '## Requirements\n\n- VPC Flow Logs must be enabled and sent to CloudWatch Logs',
    kind: 'required-service',
    params: { service: 'flow-logs' },
    programs: {
      pass: {
        ts: `const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });\nnew aws.ec2.FlowLog('f', { vpcId: vpc.id, trafficType: 'ALL' });`,
        py: `vpc = aws.ec2.Vpc("v", cidr_block="10.0.0.0/16")\naws.ec2.FlowLog("f", vpc_id=vpc.id, traffic_type="ALL")`,
      },
      fail: { ts: `new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });`, py: `aws.ec2.Vpc("v", cidr_block="10.0.0.0/16")` },
      // A program that imports a module it lacks may create the flow logs there.
      unknown: { ts: `import { Net } from './net';\nnew Net('n');\nnew aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });`, py: `from .net import Net\nNet("n")\naws.ec2.Vpc("v", cidr_block="10.0.0.0/16")` },
    },
  },
  {
    name: 'a trail named with its logging ("Enable CloudTrail logging for audit trails")',
    markdown: '## Requirements\n\n- Enable CloudTrail logging for audit trails',
    kind: 'required-service',
    params: { service: 'cloudtrail' },
    programs: {
      pass: { ts: `new aws.cloudtrail.Trail('t', { s3BucketName: 'logs' });`, py: `aws.cloudtrail.Trail("t", s3_bucket_name="logs")` },
      fail: { ts: `new aws.s3.BucketV2('logs');`, py: `aws.s3.BucketV2("logs")` },
    },
  },
  {
    name: 'encrypted EBS volumes ("All EBS volumes must be encrypted")',
    markdown: '## Requirements\n\n- All EBS volumes must be encrypted',
    kind: 'encryption-at-rest',
    params: { customerManaged: false, scope: ['ebs'] },
    programs: {
      pass: {
        ts: `new aws.ec2.LaunchTemplate('lt', { imageId: 'ami-1', blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20, encrypted: 'true' } }] });`,
        py: `aws.ec2.Instance("i", ami="ami-1", instance_type="t3.micro", root_block_device={"volume_size": 20, "encrypted": True})`,
      },
      fail: {
        ts: `new aws.ec2.LaunchTemplate('lt', { imageId: 'ami-1', blockDeviceMappings: [{ deviceName: '/dev/xvda', ebs: { volumeSize: 20 } }] });`,
        py: `aws.ebs.Volume("v", availability_zone="us-east-1a", size=20)`,
      },
      // The volumes of an instance that describes none follow its AMI or the account's default.
      unknown: { ts: `new aws.ec2.Instance('i', { ami: 'ami-1', instanceType: 't3.micro' });`, py: `aws.ec2.Instance("i", ami="ami-1", instance_type="t3.micro")` },
    },
  },
  {
    name: 'Container Insights on the ECS clusters ("Enable Container Insights for enhanced monitoring")',
    markdown: '6. **CloudWatch Container Insights**\n   - Enable Container Insights for enhanced monitoring',
    kind: 'container-insights',
    params: {},
    programs: {
      pass: { ts: `new aws.ecs.Cluster('c', { settings: [{ name: 'containerInsights', value: 'enhanced' }] });`, py: `aws.ecs.Cluster("c", settings=[{"name": "containerInsights", "value": "enabled"}])` },
      fail: { ts: `new aws.ecs.Cluster('c', { settings: [{ name: 'containerInsights', value: 'disabled' }] });`, py: `aws.ecs.Cluster("c")` },
      unknown: { ts: `new aws.s3.BucketV2('b');`, py: `aws.s3.BucketV2("b")` },
    },
  },
  {
    name: 'the region of an environment description ("### Environment Setup: … deployed in us-east-1 …")',
    markdown: '## Additional Context\n\n### Environment Setup\n\nProduction e-commerce infrastructure deployed in eu-central-1 across 3 availability zones.',
    kind: 'region',
    params: { region: 'eu-central-1' },
    programs: {
      pass: { ts: `const p = new aws.Provider('p', { region: 'eu-central-1' });\nnew aws.s3.BucketV2('b', {}, { provider: p });`, py: `p = aws.Provider("p", region="eu-central-1")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))` },
      fail: { ts: `const p = new aws.Provider('p', { region: 'us-east-1' });\nnew aws.s3.BucketV2('b', {}, { provider: p });`, py: `p = aws.Provider("p", region="us-east-1")\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))` },
      unknown: { ts: `const p = new aws.Provider('p', { region: config.require('region') });\nnew aws.s3.BucketV2('b', {}, { provider: p });`, py: `p = aws.Provider("p", region=config.require("region"))\naws.s3.BucketV2("b", opts=pulumi.ResourceOptions(provider=p))` },
    },
  },
];

describe.each(FAMILIES)('$name', (f) => {
  test('is read from the request', () => {
    expect(found(f.markdown, f.kind).map((r) => r.params)).toEqual([f.params]);
  });
  for (const lang of ['ts', 'py'] as const) {
    test(lang === 'ts' ? 'TypeScript' : 'Python', async () => {
      const reqs = found(f.markdown, f.kind);
      for (const [status, code] of Object.entries(f.programs) as [Status, Record<Lang, string>][]) {
        const r = await verdict(reqs, lang, code[lang]);
        expect(r.status, `${status}: ${r.evidence.detail}`).toBe(status);
      }
    });
  }
});

test.each([
  ['ts', `new aws.ebs.EncryptionByDefault('d', { enabled: true });\nnew aws.ebs.Volume('v', { availabilityZone: 'us-east-1a', size: 20 });`],
  ['py', `aws.ebs.EncryptionByDefault("d", enabled=True)\naws.ebs.Volume("v", availability_zone="us-east-1a", size=20)`],
] as const)('account-wide EBS encryption by default encrypts every volume (%s)', async (lang, code) => {
  expect((await verdict(found('- All EBS volumes must be encrypted', 'encryption-at-rest'), lang, code)).status).toBe('pass');
});

test.each([
  ['ts', `new aws.s3.BucketV2('b', config.requireObject('bucketArgs'));`],
  ['py', `aws.s3.BucketV2("b", **config.require_object("bucket_args"))`],
  // A summary of the code that stands `...` for the arguments it leaves out.
  ['ts', `new aws.s3.BucketV2(..., { forceDestroy: true });`],
  ['py', `aws.s3.BucketV2(...)`],
] as const)('tags of a resource whose arguments are not known are not known to be missing (%s)', async (lang, code) => {
  expect((await verdict(found('- All resources must be tagged with Environment and Owner', 'required-tags'), lang, code)).status).toBe('unknown');
});

describe('what these families do not read as requirements', () => {
  test.each([
    ['tags that select what a tool acts on', '- Target only instances tagged with Environment=development', 'required-tags'],
    ['session tags of IAM roles', '- Session tags for Environment attribute', 'required-tags'],
    ['container image tags', '- Using `:latest` tag is acceptable for this demo environment', 'required-tags'],
    ['tags of one resource', '### Tagging\n\n- Tag the KMS key with Purpose for compliance tracking', 'required-tags'],
    ['a general word about tags', '### Tagging\n\n- Apply tags', 'required-tags'],
    ['a report of missing tags', '### Tagging\n\n- Report missing or incomplete tagging as violations', 'required-tags'],
    ['logs sent to a bucket by a trail', '- Ensure CloudTrail is enabled and logging to the centralized S3 logging bucket', 'service-logging'],
    ['a role for logging', '- Set up roles for RDS enhanced monitoring and CloudWatch logging', 'service-logging'],
    ['Lambda logs CloudWatch writes by itself', '- CloudWatch Logs must be enabled for Lambda function', 'required-service'],
    ['a future multi-region plan in an environment description', '## Additional Context\n\n### Environment Setup\n\nNetwork architecture uses Transit Gateway for future multi-region connectivity.', 'multi-region'],
    ['services of an environment description', '## Additional Context\n\n### Environment Setup\n\nUses ECS Fargate for the application and RDS PostgreSQL 14 for data.', 'required-service'],
  ] as const)('%s', (_what, markdown, kind) => {
    expect(found(markdown, kind)).toEqual([]);
  });

  test('a phrase describing the tags is not a key', () => {
    expect(found('- All resources tagged with mandatory compliance tags for audit trails', 'required-tags').map((r) => r.params)).toEqual([{ keys: [] }]);
  });

  test('a tag value without a scope over all resources keeps only the key', () => {
    expect(found('### Resource Management\n\n- Tags: `Environment=production`', 'required-tags').map((r) => r.params)).toEqual([{ keys: ['Environment'] }]);
  });

  test('the region of an environment description yields to a region stated as a requirement', () => {
    const markdown = '## Target Region\n\nDeploy to eu-west-1.\n\n## Additional Context\n\n### Environment Setup\n\nInfrastructure deployed in us-east-1.';
    expect(found(markdown, 'region').map((r) => r.params)).toEqual([{ region: 'eu-west-1' }]);
  });

  test('an alert without a threshold is no alarm on a metric', () => {
    expect(found('- Send email notifications via SNS for deployments', 'alarm-metrics')).toEqual([]);
  });
});
