// Services of the catalogue that are features built as resources of their own (Lambda aliases and
// layers, usage plans, FIFO queues, scaling policies, …): how a request names them, what does not
// name them, and the programs that provide them, in TypeScript and Python.
import { describe, expect, test } from 'vitest';
import { extractRequirements } from '../../src/requirements/extract.js';
import type { Status } from '../../src/requirements/types.js';
import { verdict, type Lang } from './helpers.js';

interface Case {
  service: string;
  /** Request sentences that ask for it (written for this test). */
  asks: string[];
  programs: Partial<Record<Status, Record<Lang, string>>>;
}

const FN_TS = (extra = '') => `const role = new aws.iam.Role('r', { assumeRolePolicy: '{}' });\nconst fn = new aws.lambda.Function('api', { runtime: 'nodejs20.x', handler: 'index.handler', role: role.arn, code: new pulumi.asset.AssetArchive({}) ${extra} });\n`;
const FN_PY = (extra = '') => `role = aws.iam.Role("r", assume_role_policy="{}")\nfn = aws.lambda_.Function("api", runtime="python3.12", handler="index.handler", role=role.arn, code=pulumi.AssetArchive({}) ${extra})\n`;
const API_TS = `const api = new aws.apigateway.RestApi('api');\n`;
const API_PY = `api = aws.apigateway.RestApi("api")\n`;

const CASES: Case[] = [
  {
    service: 'lambda-alias',
    asks: ['- Create Lambda versions and aliases so that releases roll back quickly.', '- Use canary deployments for the Lambda functions through CodeDeploy.', '- Each function must have a live alias pointing at its latest version.'],
    programs: {
      pass: { ts: FN_TS(', publish: true') + `new aws.lambda.Alias('live', { functionName: fn.name, functionVersion: fn.version });`, py: FN_PY(', publish=True') + `aws.lambda_.Alias("live", function_name=fn.name, function_version=fn.version)` },
      fail: { ts: FN_TS(), py: FN_PY() },
    },
  },
  {
    service: 'lambda-layer',
    asks: ['- Package the shared dependencies as a Lambda layer.', '- Common layers for the functions must hold the SDK clients.'],
    programs: {
      pass: { ts: `new aws.lambda.LayerVersion('deps', { layerName: 'deps', code: new pulumi.asset.FileArchive('./layer') });\n` + FN_TS(), py: `aws.lambda_.LayerVersion("deps", layer_name="deps", code=pulumi.FileArchive("./layer"))\n` + FN_PY() },
      fail: { ts: FN_TS(), py: FN_PY() },
      unknown: { ts: FN_TS(", layers: config.requireObject<string[]>('layers')"), py: FN_PY(', layers=config.require_object("layers")') },
    },
  },
  {
    service: 'function-url',
    asks: ['- Expose the webhook handler through a function URL with IAM auth.'],
    programs: {
      pass: { ts: FN_TS() + `new aws.lambda.FunctionUrl('url', { functionName: fn.name, authorizationType: 'AWS_IAM' });`, py: FN_PY() + `aws.lambda_.FunctionUrl("url", function_name=fn.name, authorization_type="AWS_IAM")` },
      fail: { ts: FN_TS(), py: FN_PY() },
    },
  },
  {
    service: 'api-usage-plan',
    asks: ['- Throttle clients with an API Gateway usage plan (500 requests per second).'],
    programs: {
      pass: { ts: API_TS + `new aws.apigateway.UsagePlan('plan', { throttleSettings: { rateLimit: 500 } });`, py: API_PY + `aws.apigateway.UsagePlan("plan", throttle_settings={"rate_limit": 500})` },
      fail: { ts: API_TS, py: API_PY },
    },
  },
  {
    service: 'api-key',
    asks: ['- The orders endpoint must require an API key.', '- Protect the REST API with API key authentication.'],
    programs: {
      pass: { ts: API_TS + `new aws.apigateway.ApiKey('partner');`, py: API_PY + `aws.apigateway.ApiKey("partner")` },
      fail: { ts: API_TS, py: API_PY },
    },
  },
  {
    service: 'cloudfront-function',
    asks: ['- Rewrite request URIs with a CloudFront Function on viewer request.'],
    programs: {
      pass: { ts: `new aws.cloudfront.Function('rewrite', { runtime: 'cloudfront-js-2.0', code: 'function handler(e) { return e.request; }' });`, py: `aws.cloudfront.Function("rewrite", runtime="cloudfront-js-2.0", code="function handler(e) { return e.request; }")` },
      fail: { ts: `new aws.s3.BucketV2('site');`, py: `aws.s3.BucketV2("site")` },
    },
  },
  {
    service: 'cloudfront-waf',
    asks: ['- Attach an AWS WAF web ACL to the CloudFront distribution.', '- The CloudFront distribution must be protected by AWS WAF managed rules.'],
    programs: {
      pass: {
        ts: `const acl = new aws.wafv2.WebAcl('edge', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'edge', sampledRequestsEnabled: true } });\nnew aws.cloudfront.Distribution('cdn', { webAclId: acl.arn, enabled: true, origins: [], defaultCacheBehavior: { allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https' }, restrictions: { geoRestriction: { restrictionType: 'none' } }, viewerCertificate: { cloudfrontDefaultCertificate: true } });`,
        py: `acl = aws.wafv2.WebAcl("edge", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "edge", "sampled_requests_enabled": True})\naws.cloudfront.Distribution("cdn", web_acl_id=acl.arn, enabled=True, origins=[], default_cache_behavior={"allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "target_origin_id": "o", "viewer_protocol_policy": "redirect-to-https"}, restrictions={"geo_restriction": {"restriction_type": "none"}}, viewer_certificate={"cloudfront_default_certificate": True})`,
      },
      fail: {
        ts: `new aws.wafv2.WebAcl('edge', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'edge', sampledRequestsEnabled: true } });\nnew aws.cloudfront.Distribution('cdn', { enabled: true, origins: [], defaultCacheBehavior: { allowedMethods: ['GET', 'HEAD'], cachedMethods: ['GET', 'HEAD'], targetOriginId: 'o', viewerProtocolPolicy: 'redirect-to-https' }, restrictions: { geoRestriction: { restrictionType: 'none' } }, viewerCertificate: { cloudfrontDefaultCertificate: true } });`,
        py: `aws.wafv2.WebAcl("edge", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "edge", "sampled_requests_enabled": True})\naws.cloudfront.Distribution("cdn", enabled=True, origins=[], default_cache_behavior={"allowed_methods": ["GET", "HEAD"], "cached_methods": ["GET", "HEAD"], "target_origin_id": "o", "viewer_protocol_policy": "redirect-to-https"}, restrictions={"geo_restriction": {"restriction_type": "none"}}, viewer_certificate={"cloudfront_default_certificate": True})`,
      },
      unknown: { ts: `new aws.wafv2.WebAcl('edge', { scope: 'CLOUDFRONT', defaultAction: { allow: {} }, visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'edge', sampledRequestsEnabled: true } });`, py: `aws.wafv2.WebAcl("edge", scope="CLOUDFRONT", default_action={"allow": {}}, visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "edge", "sampled_requests_enabled": True})` },
    },
  },
  {
    service: 'sqs-fifo',
    asks: ['- Orders go through an SQS FIFO queue so they are processed in order.', '- The payment queues must be FIFO.'],
    programs: {
      pass: { ts: `new aws.sqs.Queue('orders', { fifoQueue: true, name: 'orders.fifo' });`, py: `aws.sqs.Queue("orders", fifo_queue=True, name="orders.fifo")` },
      fail: { ts: `new aws.sqs.Queue('orders');`, py: `aws.sqs.Queue("orders", fifo_queue=False)` },
      unknown: { ts: `new aws.sqs.Queue('orders', { fifoQueue: config.requireBoolean('fifo') });`, py: `aws.sqs.Queue("orders", fifo_queue=config.require_bool("fifo"))` },
    },
  },
  {
    service: 'scaling-policy',
    asks: ['- Add a target tracking policy that keeps CPU at 60%.', '- Scale-out and scale-in policies driven by request count.'],
    programs: {
      pass: {
        ts: `const t = new aws.appautoscaling.Target('t', { maxCapacity: 4, minCapacity: 1, resourceId: 'service/c/s', scalableDimension: 'ecs:service:DesiredCount', serviceNamespace: 'ecs' });\nnew aws.appautoscaling.Policy('cpu', { policyType: 'TargetTrackingScaling', resourceId: t.resourceId, scalableDimension: t.scalableDimension, serviceNamespace: t.serviceNamespace });`,
        py: `t = aws.appautoscaling.Target("t", max_capacity=4, min_capacity=1, resource_id="service/c/s", scalable_dimension="ecs:service:DesiredCount", service_namespace="ecs")\naws.appautoscaling.Policy("cpu", policy_type="TargetTrackingScaling", resource_id=t.resource_id, scalable_dimension=t.scalable_dimension, service_namespace=t.service_namespace)`,
      },
      fail: { ts: `new aws.ecs.Cluster('c');`, py: `aws.ecs.Cluster("c")` },
    },
  },
  {
    service: 'app-autoscaling',
    asks: ['- Configure ECS service auto-scaling between 2 and 8 tasks.'],
    programs: {
      pass: { ts: `new aws.appautoscaling.Target('t', { maxCapacity: 8, minCapacity: 2, resourceId: 'service/c/s', scalableDimension: 'ecs:service:DesiredCount', serviceNamespace: 'ecs' });`, py: `aws.appautoscaling.Target("t", max_capacity=8, min_capacity=2, resource_id="service/c/s", scalable_dimension="ecs:service:DesiredCount", service_namespace="ecs")` },
      fail: { ts: `new aws.ecs.Cluster('c');`, py: `aws.ecs.Cluster("c")` },
    },
  },
  {
    service: 'dynamodb-autoscaling',
    asks: ['- The DynamoDB table must auto-scale its read and write capacity.'],
    programs: {
      pass: { ts: `new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST' });`, py: `aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST")` },
      fail: { ts: `new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }], billingMode: 'PROVISIONED', readCapacity: 5, writeCapacity: 5 });`, py: `aws.dynamodb.Table("t", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PROVISIONED", read_capacity=5, write_capacity=5)` },
    },
  },
  {
    service: 'eventbridge-scheduler',
    asks: ['- Use EventBridge Scheduler to run the cleanup function nightly.'],
    programs: {
      pass: { ts: `new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * ? *)' });`, py: `aws.cloudwatch.EventRule("nightly", schedule_expression="cron(0 2 * * ? *)")` },
      fail: { ts: `new aws.cloudwatch.EventRule('changes', { eventPattern: '{"source":["aws.s3"]}' });`, py: `aws.cloudwatch.EventRule("changes", event_pattern='{"source":["aws.s3"]}')` },
    },
  },
  {
    service: 'kms-multi-region',
    asks: ['- Encrypt the replicated data with a multi-Region KMS key.'],
    programs: {
      pass: { ts: `new aws.kms.Key('k', { multiRegion: true, enableKeyRotation: true });`, py: `aws.kms.Key("k", multi_region=True, enable_key_rotation=True)` },
      fail: { ts: `new aws.kms.Key('k', { enableKeyRotation: true });`, py: `aws.kms.Key("k", enable_key_rotation=True)` },
    },
  },
  {
    service: 'log-subscription-filter',
    asks: ['- Ship the application logs to the analytics function with a subscription filter.'],
    programs: {
      pass: { ts: `const g = new aws.cloudwatch.LogGroup('app');\nnew aws.cloudwatch.LogSubscriptionFilter('ship', { logGroup: g.name, filterPattern: '', destinationArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' });`, py: `g = aws.cloudwatch.LogGroup("app")\naws.cloudwatch.LogSubscriptionFilter("ship", log_group=g.name, filter_pattern="", destination_arn="arn:aws:lambda:us-east-1:123456789012:function:f")` },
      fail: { ts: `new aws.cloudwatch.LogGroup('app');`, py: `aws.cloudwatch.LogGroup("app")` },
    },
  },
  {
    service: 'contributor-insights',
    asks: ['- Enable Contributor Insights for the sessions table.'],
    programs: {
      pass: { ts: `new aws.dynamodb.ContributorInsights('ci', { tableName: 'sessions' });`, py: `aws.dynamodb.ContributorInsights("ci", table_name="sessions")` },
      fail: { ts: `new aws.dynamodb.Table('sessions', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });`, py: `aws.dynamodb.Table("sessions", hash_key="id", attributes=[{"name": "id", "type": "S"}])` },
    },
  },
  {
    service: 'budget',
    asks: ['- Create a monthly AWS Budgets budget that emails finance at 80% of the limit.'],
    programs: {
      pass: { ts: `new aws.budgets.Budget('monthly', { budgetType: 'COST', limitAmount: '500', limitUnit: 'USD', timeUnit: 'MONTHLY' });`, py: `aws.budgets.Budget("monthly", budget_type="COST", limit_amount="500", limit_unit="USD", time_unit="MONTHLY")` },
      fail: { ts: `new aws.sns.Topic('finance');`, py: `aws.sns.Topic("finance")` },
    },
  },
  {
    service: 'ssm-document',
    asks: ['- Patch the fleet with an SSM Automation runbook on a maintenance schedule.'],
    programs: {
      pass: { ts: `new aws.ssm.Document('patch', { documentType: 'Automation', content: '{}' });`, py: `aws.ssm.Document("patch", document_type="Automation", content="{}")` },
      fail: { ts: `new aws.ec2.Instance('web', { ami: 'ami-123', instanceType: 't3.micro' });`, py: `aws.ec2.Instance("web", ami="ami-123", instance_type="t3.micro")` },
    },
  },
];

const services = (md: string) => extractRequirements(md).flatMap((r) => (r.kind === 'required-service' ? [r.params.service] : []));

describe.each(CASES)('$service', (c) => {
  test.each(c.asks)('read from %s', (md) => {
    expect(services(md)).toContain(c.service);
  });
  for (const lang of ['ts', 'py'] as const) {
    test(`${lang} programs`, async () => {
      const reqs = extractRequirements(c.asks[0]!).filter((r) => r.kind === 'required-service' && r.params.service === c.service);
      expect(reqs).toHaveLength(1);
      for (const [status, code] of Object.entries(c.programs) as [Status, Record<Lang, string>][]) {
        const r = await verdict(reqs, lang, code[lang]);
        expect(r.status, `${status}: ${r.evidence.detail}`).toBe(status);
      }
    });
  }
});

// Sentences that mention the word without asking for the service.
const NOT_ASKED: [string, string, string][] = [
  ['lambda-layer', 'layers of a design', '- Security groups only allow traffic between the application and database layers.'],
  ['lambda-layer', 'one of two ways', '- Either bundle the SDK with each function or use Lambda layers.'],
  ['lambda-alias', 'a DNS alias record', '- Create a Route 53 alias record for the load balancer.'],
  ['lambda-alias', 'a KMS alias', '- Give the KMS key an alias of alias/app-data.'],
  ['synthetics-canary', 'a canary release is not a Synthetics canary', '- Release new Lambda versions as canary deployments with CodeDeploy.'],
  ['kinesis', 'Kinesis Video Streams are not data streams', '- Ingest camera feeds with Kinesis Video Streams.'],
  ['api-key', 'third-party API keys kept as secrets', '- Store the payment provider API keys in Secrets Manager.'],
  ['function-url', 'function URLs allowed, not asked for', '- You can use Lambda function URLs instead of an ALB.'],
  ['lambda-edge', 'an optional edge function', '- Add an optional Lambda@Edge function for header rewrites.'],
  ['access-analyzer', 'policies validated by Access Analyzer', '- All IAM policies must pass Access Analyzer validation.'],
  ['scaling-policy', "Kubernetes' cluster autoscaler", '- Install the cluster autoscaler with scaling policies for the node groups.'],
  ['resource-group', 'modules per group of resources', '- Create separate modules for different resource groups (network, data, compute).'],
  ['budget', 'a cost ceiling', '- Keep the monthly cost within budget.'],
  ['cloudfront-waf', 'a regional WAF beside a distribution', '- Attach the WAF web ACL to the API Gateway stage; CloudFront serves the static site.'],
  ['sqs-fifo', 'a FIFO queue not to use', '- Do not use FIFO queues; ordering does not matter.'],
];

test.each(NOT_ASKED)('%s not asked: %s', (service, _name, md) => {
  expect(services(md)).not.toContain(service);
});

// ------------------------------------------------------------------ a reusable component
const COMP_TS = (body: string, uses: string) => `class FnComponent extends pulumi.ComponentResource {\n  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {\n    super('app:fn:FnComponent', name, {}, opts);\n    ${body}\n  }\n}\n${uses}`;
const COMP_PY = (body: string, uses: string) => `class FnComponent(pulumi.ComponentResource):\n    def __init__(self, name, opts=None):\n        super().__init__("app:fn:FnComponent", name, {}, opts)\n        ${body}\n\n${uses}`;

describe('a reusable component', () => {
  const md = '- Define the Lambda functions through a reusable component to remove code duplication.';
  test('read as reusable', () => {
    expect(extractRequirements(md).filter((r) => r.kind === 'component-resource').map((r) => r.params)).toEqual([{ reusable: true }]);
  });
  test.each([
    ['environments reuse a component through stacks', '- Every environment uses the same reusable ComponentResource classes.'],
    ['a single stack without components', '- Build everything in one stack without component resources.'],
  ])('%s', (_name, text) => {
    expect(extractRequirements(text).filter((r) => r.kind === 'component-resource' && r.params.reusable)).toEqual([]);
  });
  test('no component requirement from a negated mention', () => {
    expect(extractRequirements('- Build everything in one stack without component resources.').filter((r) => r.kind === 'component-resource')).toEqual([]);
  });
  const programs: Record<Status, Record<Lang, string>> = {
    pass: {
      ts: COMP_TS(`new aws.sqs.Queue(name, {}, { parent: this });`, `new FnComponent('ingest');\nnew FnComponent('report');`),
      py: COMP_PY(`aws.sqs.Queue(name, opts=pulumi.ResourceOptions(parent=self))`, `FnComponent("ingest")\nFnComponent("report")`),
    },
    fail: {
      ts: COMP_TS(`new aws.sqs.Queue('a', {}, { parent: this });\n    new aws.sqs.Queue('b', {}, { parent: this });`, `new FnComponent('stack');`),
      py: COMP_PY(`aws.sqs.Queue("a", opts=pulumi.ResourceOptions(parent=self))\n        aws.sqs.Queue("b", opts=pulumi.ResourceOptions(parent=self))`, `FnComponent("stack")`),
    },
    unknown: {
      ts: COMP_TS(`new aws.sqs.Queue(name, {}, { parent: this });`, `import { more } from './more';\nmore();\nnew FnComponent('stack');`),
      py: COMP_PY(`aws.sqs.Queue(name, opts=pulumi.ResourceOptions(parent=self))`, `from .more import more\nmore()\nFnComponent("stack")`),
    },
  };
  for (const lang of ['ts', 'py'] as const) {
    test(`${lang} programs`, async () => {
      const reqs = extractRequirements(md).filter((r) => r.kind === 'component-resource');
      for (const [status, code] of Object.entries(programs) as [Status, Record<Lang, string>][]) {
        const r = await verdict(reqs, lang, code[lang]);
        expect(r.status, `${status}: ${r.evidence.detail}`).toBe(status);
      }
    });
  }
});

// ------------------------------------------------------------------ a role per function
describe('a role per function', () => {
  test.each(['- Create separate IAM roles for each Lambda function.', '- Each function must have its own execution role with only the permissions it needs.', '- Use per-function IAM roles.'])('read from %s', (md) => {
    expect(extractRequirements(md).map((r) => r.kind)).toContain('role-per-function');
  });
  test.each(['- Design separate roles for the EC2 instances and the Lambda functions.', '- Separate roles per environment.', '- The functions do not need separate roles for each function; one shared role is fine.'])('not read from %s', (md) => {
    expect(extractRequirements(md).map((r) => r.kind)).not.toContain('role-per-function');
  });
  const fnTs = (name: string, role: string) => `new aws.lambda.Function('${name}', { runtime: 'nodejs20.x', handler: 'index.handler', role: ${role}, code: new pulumi.asset.AssetArchive({}) });\n`;
  const fnPy = (name: string, role: string) => `aws.lambda_.Function("${name}", runtime="python3.12", handler="index.handler", role=${role}, code=pulumi.AssetArchive({}))\n`;
  const programs: Record<Status, Record<Lang, string>> = {
    pass: {
      ts: `const a = new aws.iam.Role('a', { assumeRolePolicy: '{}' });\nconst b = new aws.iam.Role('b', { assumeRolePolicy: '{}' });\n` + fnTs('ingest', 'a.arn') + fnTs('report', 'b.arn'),
      py: `a = aws.iam.Role("a", assume_role_policy="{}")\nb = aws.iam.Role("b", assume_role_policy="{}")\n` + fnPy('ingest', 'a.arn') + fnPy('report', 'b.arn'),
    },
    fail: {
      ts: `const shared = new aws.iam.Role('shared', { assumeRolePolicy: '{}' });\n` + fnTs('ingest', 'shared.arn') + fnTs('report', 'shared.arn'),
      py: `shared = aws.iam.Role("shared", assume_role_policy="{}")\n` + fnPy('ingest', 'shared.arn') + fnPy('report', 'shared.arn'),
    },
    unknown: {
      ts: `const a = new aws.iam.Role('a', { assumeRolePolicy: '{}' });\n` + fnTs('ingest', 'a.arn') + fnTs('report', "config.require('reportRoleArn')"),
      py: `a = aws.iam.Role("a", assume_role_policy="{}")\n` + fnPy('ingest', 'a.arn') + fnPy('report', 'config.require("report_role_arn")'),
    },
  };
  for (const lang of ['ts', 'py'] as const) {
    test(`${lang} programs`, async () => {
      const reqs = extractRequirements('- Create separate IAM roles for each Lambda function.').filter((r) => r.kind === 'role-per-function');
      for (const [status, code] of Object.entries(programs) as [Status, Record<Lang, string>][]) {
        const r = await verdict(reqs, lang, code[lang]);
        expect(r.status, `${status}: ${r.evidence.detail}`).toBe(status);
      }
    });
  }
});
