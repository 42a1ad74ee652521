import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { eventFieldReads, handlerEventParam } from '../_shared/handler-code.js';
import { handlerSource } from '../_shared/lambda-archive.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

/** The top-level fields of the events each trigger sends, by trigger. */
const EVENTS: Record<string, { label: string; fields: string[] }> = {
  records: { label: 'SQS, SNS, S3, DynamoDB and Kinesis events', fields: ['Records'] },
  eventbridge: { label: 'EventBridge events', fields: ['version', 'id', 'detail-type', 'source', 'account', 'time', 'region', 'resources', 'detail', 'replay-name'] },
  config: { label: 'AWS Config rule events', fields: ['version', 'invokingEvent', 'ruleParameters', 'resultToken', 'eventLeftScope', 'executionRoleArn', 'configRuleArn', 'configRuleName', 'configRuleId', 'accountId', 'evaluationMode'] },
  logs: { label: 'CloudWatch Logs subscription events', fields: ['awslogs'] },
  http1: {
    label: 'API Gateway proxy events (REST API, or payload format 1.0)',
    fields: ['version', 'resource', 'path', 'httpMethod', 'headers', 'multiValueHeaders', 'queryStringParameters', 'multiValueQueryStringParameters', 'pathParameters', 'stageVariables', 'requestContext', 'body', 'isBase64Encoded'],
  },
  http2: {
    label: 'HTTP API events of payload format 2.0 (also sent to function URLs)',
    fields: ['version', 'routeKey', 'rawPath', 'rawQueryString', 'cookies', 'headers', 'queryStringParameters', 'requestContext', 'body', 'pathParameters', 'isBase64Encoded', 'stageVariables'],
  },
};

/** Hints for fields that trigger carries elsewhere. */
const MOVED: Record<string, string> = {
  configurationItem: 'Config sends the configuration item JSON-encoded in `invokingEvent` (`JSON.parse(event.invokingEvent).configurationItem`)',
  configRuleInvokingEvent: 'the field is `invokingEvent`',
  Records: 'EventBridge delivers one event with its payload in `detail`, not a `Records` list',
  body: 'queue messages are in `Records[].body`',
  detail: 'queue, topic and bucket events arrive as a `Records` list',
  Sns: 'SNS messages are in `Records[].Sns`',
  path: 'payload format 2.0 has the path in `rawPath`',
  httpMethod: 'payload format 2.0 has the method in `requestContext.http.method`',
  resource: 'payload format 2.0 has the route in `routeKey`',
  multiValueHeaders: 'payload format 2.0 joins repeated headers with commas in `headers`',
  multiValueQueryStringParameters: 'payload format 2.0 joins repeated parameters with commas in `queryStringParameters`',
  rawPath: 'REST APIs and payload format 1.0 have the path in `path`',
  routeKey: 'REST APIs and payload format 1.0 have `resource` and `httpMethod`',
  rawQueryString: 'REST APIs and payload format 1.0 have only the parsed `queryStringParameters`',
  cookies: 'REST APIs and payload format 1.0 carry cookies in the `Cookie` header',
};

/** Resources that refer to a function without invoking it with an event of their own shape. */
const BYSTANDERS = new Set([
  'aws:lambda/permission:Permission',
  'aws:cloudwatch/logGroup:LogGroup',
  'aws:cloudwatch/metricAlarm:MetricAlarm',
  'aws:cloudwatch/dashboard:Dashboard',
  'aws:lambda/alias:Alias',
  'aws:lambda/functionEventInvokeConfig:FunctionEventInvokeConfig',
  'aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig',
]);

function refersToFunction(v: Value, fn: Resource): boolean {
  if (v.kind === 'output') return v.resource === fn.id || refersToFunction(v.inner, fn);
  if (v.kind === 'unknown') return v.ref?.resource === fn.id;
  if (v.kind === 'str') return v.parts.some((p) => refersToFunction(p, fn));
  return false;
}

/** The trigger a resource referring to the function is, 'none' for bystanders, undefined when unknown. */
function triggerOf(model: ResourceModel, r: Resource): string | undefined {
  if (BYSTANDERS.has(r.type)) return 'none';
  switch (r.type) {
    case 'aws:lambda/eventSourceMapping:EventSourceMapping': {
      const source = referencedResource(model, arg(r, 'eventSourceArn'));
      return source && /^aws:(sqs\/queue|dynamodb\/table|kinesis\/stream):/.test(source.type) ? 'records' : undefined;
    }
    case 'aws:sns/topicSubscription:TopicSubscription':
      return str(arg(r, 'protocol')) === 'lambda' ? 'records' : undefined;
    case 'aws:s3/bucketNotification:BucketNotification':
      return 'records';
    case 'aws:cloudwatch/eventTarget:EventTarget':
      // A target with its own input sends that input, not the event.
      return ['input', 'inputPath', 'inputTransformer'].some((k) => arg(r, k)) || r.args.open ? undefined : 'eventbridge';
    case 'aws:cfg/rule:Rule':
      return str(arg(r, 'source.owner')) === 'CUSTOM_LAMBDA' ? 'config' : undefined;
    case 'aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter':
      return 'logs';
    case 'aws:apigateway/integration:Integration':
      // A non-proxy integration sends what its request template makes.
      return str(arg(r, 'type')) === 'AWS_PROXY' ? 'http1' : undefined;
    case 'aws:apigatewayv2/integration:Integration': {
      if (str(arg(r, 'integrationType')) !== 'AWS_PROXY') return undefined;
      const version = arg(r, 'payloadFormatVersion');
      // The provider's default is 1.0.
      if (version === undefined) return 'http1';
      return str(version) === '2.0' ? 'http2' : str(version) === '1.0' ? 'http1' : undefined;
    }
    case 'aws:apigatewayv2/api:Api':
      // Quick create (`target`): a Lambda proxy integration of payload format 2.0.
      return str(arg(r, 'protocolType')) === 'HTTP' ? 'http2' : undefined;
    case 'aws:lambda/functionUrl:FunctionUrl':
      return 'http2';
    default:
      return undefined;
  }
}

/** The kinds of events the function receives, when every resource that refers to it is understood. */
function triggers(model: ResourceModel, fn: Resource): Set<string> | undefined {
  const out = new Set<string>();
  for (const r of model.resources) {
    if (r === fn) continue;
    let refers = false;
    walk(r.args, ({ value }) => {
      if (!refers && refersToFunction(value, fn)) refers = true;
    });
    if (!refers) continue;
    const t = triggerOf(model, r);
    if (t === undefined) return undefined;
    if (t !== 'none') out.add(t);
  }
  return out;
}

export default defineRule({
  id: 'aws/lambda-handler-reads-missing-event-field',
  class: 'LAMBDA-CODE-BUGS',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    missing: 'The handler `{{file}}` reads {{reads}}, but this function only receives {{events}}, which have no {{fields}}{{hint}}: {{effect}}. Read the event in the shape its trigger sends it.',
  },
  title: 'Handler {{file:code}} reads {{reads}}, which {{events}} do not have',
  fixHint: 'SQS/SNS/S3/streams: iterate event.Records; EventBridge: read event.detail; Config rules: JSON.parse(event.invokingEvent).configurationItem.',
  docs: {
    summary: 'A Lambda handler that reads a top-level event field that none of the function\'s triggers ever sends (`event.configurationItem` in a Config rule, `event["Records"]` from EventBridge, `event.detail` from SQS, `event["path"]` behind an HTTP API of payload format 2.0).',
    why: 'Each event source has a fixed event shape: queues, topics, buckets and streams send a `Records` list, EventBridge sends one event with `detail`, Config rules send `invokingEvent` as a JSON string. A handler written for another source deploys fine and then fails on every event (KeyError, TypeError) or silently does nothing.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('check', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("exports.handler = async (event) => {\\n  const item = JSON.parse(event.configurationItem || '{}');\\n  return item.resourceType;\\n};\\n") }),\n});\nnew aws.lambda.Permission('config', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'config.amazonaws.com' });\nnew aws.cfg.Rule('tags', { source: { owner: 'CUSTOM_LAMBDA', sourceIdentifier: fn.arn, sourceDetails: [{ messageType: 'ConfigurationItemChangeNotification' }] } });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("nightly", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(event, context):\\n    for record in event['Records']:\\n        print(record)\\n")}))\nrule = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")\naws.cloudwatch.EventTarget("nightly", rule=rule.name, arn=fn.arn)\naws.lambda_.Permission("events", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com", source_arn=rule.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('check', {\n  runtime: 'nodejs22.x',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("exports.handler = async (event) => {\\n  const item = JSON.parse(event.invokingEvent).configurationItem;\\n  return item.resourceType;\\n};\\n") }),\n});\nnew aws.lambda.Permission('config', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'config.amazonaws.com' });\nnew aws.cfg.Rule('tags', { source: { owner: 'CUSTOM_LAMBDA', sourceIdentifier: fn.arn, sourceDetails: [{ messageType: 'ConfigurationItemChangeNotification' }] } });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("nightly", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(event, context):\\n    print(event['detail'])\\n")}))\nrule = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")\naws.cloudwatch.EventTarget("nightly", rule=rule.name, arn=fn.arn)\naws.lambda_.Permission("events", action="lambda:InvokeFunction", function=fn.name, principal="events.amazonaws.com", source_arn=rule.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/config/latest/developerguide/evaluate-config_develop-rules_example-events.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html',
      'https://docs.aws.amazon.com/eventbridge/latest/ref/overiew-event-structure.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html (payload format versions 1.0 and 2.0)',
    ],
    notes: 'Judged only when the model saw the whole program, the handler code is known, and every resource that refers to the function is a trigger whose event shape is fixed (SQS, DynamoDB and Kinesis event source mappings, SNS lambda subscriptions, S3 bucket notifications, EventBridge targets without their own input, Config custom rules, log subscription filters) or one that does not invoke it (permissions, log groups, alarms, aliases). API Gateway Lambda proxy integrations count too: a REST API `AWS_PROXY` integration and an HTTP API integration of payload format 1.0 (the provider\'s default) send `path`, `httpMethod` and `resource`; payload format 2.0, an HTTP API quick-created with `target`, and function URLs send `rawPath`, `routeKey` and `requestContext.http`, so a handler written for the other format fails on every request. A function that anything else refers to (a non-proxy integration, a state machine, a policy, another function\'s environment) may be invoked with any payload and is not judged. Only reads of the handler\'s event parameter in the handler\'s own body are read, and not when the body reassigns it or tests for the field.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) {
      if (inFragment(ctx, fn) || fn.conditional) continue;
      const src = handlerSource(ctx, fn);
      const kinds = src && triggers(ctx.model, fn);
      if (!src || !kinds || kinds.size === 0) continue;
      const param = handlerEventParam(src.text, src.lang, src.fn);
      if (!param) continue;
      const fields = new Set([...kinds].flatMap((k) => EVENTS[k]!.fields));
      const events = [...kinds].map((k) => EVENTS[k]!.label).join(' and ');
      // One finding per function, naming every missing field it reads: they are one mistake (the
      // handler was written for another trigger), shown at the function's `handler`.
      const seen = new Set<string>();
      const missing: { written: string; field: string; hard: boolean }[] = [];
      for (const read of eventFieldReads(src.text, src.lang, src.fn, param)) {
        if (fields.has(read.field) || seen.has(read.field)) continue;
        seen.add(read.field);
        missing.push(read);
      }
      if (missing.length === 0) continue;
      const hard = missing.some((m) => m.hard);
      const hints = missing.filter((m) => MOVED[m.field]).map((m) => MOVED[m.field]!);
      const hint = hints.length ? ` (${hints.join('; ')})` : '';
      const effect = hard ? (src.lang === 'py' ? 'every invocation fails with KeyError' : 'every invocation fails with a TypeError') : 'the code never sees the data it expects';
      const reads = missing.map((m) => `\`${param}${m.written}\``).join(', ');
      const fieldsText = missing.length === 1 ? `\`${missing[0]!.field}\` field` : `${missing.map((m) => `\`${m.field}\``).join(', ')} fields`;
      ctx.report({ messageId: 'missing', data: { file: src.file, param, reads, events, fields: fieldsText, hint, effect }, at: arg(fn, 'handler')?.at, resource: fn, ...(hard ? {} : { severity: 'medium' as const }) });
    }
  },
});

