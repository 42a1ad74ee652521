// Event wiring (a source connected to the target the request names) and the kind of API Gateway API.

import { knownString, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, items, str, stringParts } from '../../rules/_shared/values.js';
import type { ParamsOf } from '../kinds.js';
import { fail, given, label, nothingToCheck, pass, referencedResource, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

type Source = ParamsOf<'event-wiring'>['source'];
type Target = ParamsOf<'event-wiring'>['target'];

const TARGET_TYPES: Record<Target, RegExp> = {
  lambda: /^aws:lambda\/(function|callbackFunction):/,
  sqs: /^aws:sqs\/queue:/,
  sns: /^aws:sns\/topic:/,
  'step-functions': /^aws:sfn\/stateMachine:/,
};

// Resources an event of the source comes from (none for schedules and EventBridge rules of the bus).
const SOURCE_TYPES: Record<Source, RegExp | undefined> = {
  s3: TYPES.bucket,
  sqs: TYPES.queue,
  sns: /^aws:sns\/topic:/,
  dynamodb: TYPES.table,
  kinesis: /^aws:kinesis\/stream:/,
  schedule: undefined,
  eventbridge: undefined,
  'api-gateway': /^aws:apigateway(v2)?\/(restApi|api):|^awsx:/,
  logs: TYPES.logGroup,
};

const LABEL: Record<Source | Target, string> = {
  s3: 'S3 bucket events',
  sqs: 'an SQS queue',
  sns: 'an SNS topic',
  dynamodb: 'the DynamoDB stream',
  kinesis: 'the Kinesis stream',
  schedule: 'a schedule',
  eventbridge: 'EventBridge rules',
  'api-gateway': 'API Gateway',
  logs: 'CloudWatch Logs subscriptions',
  lambda: 'a Lambda function',
  'step-functions': 'a Step Functions state machine',
};

/** 'yes' when the value refers to a resource of the type, 'unknown' when it refers to something unresolved. */
function pointsTo(ctx: CheckContext, v: Value | undefined, type: RegExp): 'yes' | 'no' | 'unknown' {
  if (!v) return 'no';
  const id = referencedResource(v);
  if (id !== undefined) return ctx.model.resources.some((r) => r.id === id && type.test(r.type)) ? 'yes' : 'no';
  const s = knownString(v);
  if (s !== undefined) {
    // A literal ARN names the service it belongs to.
    const service = /^arn:aws[\w-]*:(lambda|sqs|sns|states):/.exec(s)?.[1];
    const want = /lambda/.test(type.source) ? 'lambda' : /sqs/.test(type.source) ? 'sqs' : /sns/.test(type.source) ? 'sns' : 'states';
    // A function or queue given by name may be the target; only an ARN of another service is not.
    return service === want ? 'yes' : service ? 'no' : 'unknown';
  }
  return 'unknown';
}

interface Link {
  /** Resources that connect something to a target, with the argument naming the target. */
  connectors: { r: Resource; target: Value | undefined }[];
}

function unresolved(why: string): Value {
  return { kind: 'unknown', why };
}

function entries(v: Value | undefined, key: string): Value[] {
  const list = items(v);
  if (!list) return v ? [unresolved('entries')] : [];
  const out = list.items.map((it) => (it.kind === 'obj' ? (it.props.get(key) ?? unresolved(key)) : unresolved(key)));
  return list.open ? [...out, unresolved('element')] : out;
}

/** The resources that would connect the source to the target, and where they name the target. */
function links(ctx: CheckContext, source: Source, target: Target): Link {
  const connectors: Link['connectors'] = [];
  const add = (r: Resource, vs: (Value | undefined)[]) => vs.forEach((v) => connectors.push({ r, target: v }));
  if (source === 's3') {
    const key = target === 'lambda' ? ['lambdaFunctions', 'lambdaFunctionArn'] : target === 'sqs' ? ['queues', 'queueArn'] : target === 'sns' ? ['topics', 'topicArn'] : undefined;
    for (const n of resourcesOf(ctx, /^aws:s3\/bucketNotification:/)) {
      if (key) add(n, entries(arg(n, key[0]!), key[1]!));
    }
  }
  if (source === 'sqs' || source === 'dynamodb' || source === 'kinesis') {
    const from = SOURCE_TYPES[source]!;
    for (const m of resourcesOf(ctx, /^aws:lambda\/eventSourceMapping:/)) {
      const origin = pointsTo(ctx, arg(m, 'eventSourceArn'), from);
      if (origin === 'no') continue;
      connectors.push({ r: m, target: origin === 'yes' ? (target === 'lambda' ? arg(m, 'functionName') : undefined) : unresolved('eventSourceArn') });
    }
  }
  if (source === 'sns') {
    for (const s of resourcesOf(ctx, /^aws:sns\/topicSubscription:/)) {
      const protocol = str(arg(s, 'protocol'));
      if (protocol !== undefined && protocol !== target) continue;
      connectors.push({ r: s, target: protocol === undefined ? unresolved('protocol') : arg(s, 'endpoint') });
    }
  }
  if (source === 'schedule' || source === 'eventbridge' || source === 's3' || source === 'dynamodb') {
    const rules = resourcesOf(ctx, /^aws:cloudwatch\/eventRule:/);
    for (const t of resourcesOf(ctx, /^aws:cloudwatch\/eventTarget:/)) {
      const ruleId = referencedResource(arg(t, 'rule'));
      const rule = rules.find((r) => r.id === ruleId);
      if (source === 'schedule' && rule && !given(rule, 'scheduleExpression')) {
        if (!definitelyAbsent(rule, 'scheduleExpression')) connectors.push({ r: t, target: unresolved('scheduleExpression') });
        continue;
      }
      // An S3 or stream event reaches its target through a rule only when the rule matches that source.
      if (source === 's3' || source === 'dynamodb') {
        // Patterns interpolate bucket names; their literal parts say which service they match.
        const parts = rule ? stringParts(arg(rule, 'eventPattern')) : undefined;
        const pattern = parts?.some((p) => p?.includes('"source"')) ? parts.map((p) => p ?? '').join('') : undefined;
        if (pattern !== undefined && !pattern.includes(`aws.${source}`)) continue;
        if (pattern === undefined && rule && !arg(rule, 'eventPattern')) continue;
        connectors.push({ r: t, target: pattern === undefined ? unresolved('eventPattern') : arg(t, 'arn') });
        continue;
      }
      connectors.push({ r: t, target: rule || source === 'eventbridge' ? arg(t, 'arn') : unresolved('rule') });
    }
    if (source === 'schedule' || source === 'eventbridge') {
      for (const s of resourcesOf(ctx, /^aws:scheduler\/schedule:/)) add(s, [arg(s, 'target.arn') ?? unresolved('target')]);
    }
  }
  if (source === 'api-gateway' && target === 'lambda') {
    for (const i of resourcesOf(ctx, /^aws:apigateway\/integration:/)) add(i, [arg(i, 'uri')]);
    for (const i of resourcesOf(ctx, /^aws:apigatewayv2\/integration:/)) add(i, [arg(i, 'integrationUri')]);
    // awsx APIs route to their handlers themselves.
    for (const a of resourcesOf(ctx, /^awsx:.*apigateway/i)) add(a, [unresolved('awsx routes')]);
  }
  if (source === 'logs') {
    for (const f of resourcesOf(ctx, /^aws:cloudwatch\/logSubscriptionFilter:/)) add(f, [arg(f, 'destinationArn')]);
  }
  return { connectors };
}

// Event subscriptions written as methods of the source (`bucket.onObjectCreated(...)`,
// `topic.onEvent(...)`) create their wiring inside the SDK, out of the model's sight.
function subscribesThroughMethods(ctx: CheckContext): boolean {
  return ctx.model.attributeReads.some((a) => /^on[A-Z]\w*$|^subscribe$/.test(a.attr));
}

export const checkEventWiring: Check<'event-wiring'> = (req, ctx) => {
  const { source, target } = req.params;
  const targets = resourcesOf(ctx, TARGET_TYPES[target]);
  if (targets.length === 0) return nothingToCheck(ctx, LABEL[target].replace(/^an? /, '') + 's');
  const sourceType = SOURCE_TYPES[source];
  if (sourceType && resourcesOf(ctx, sourceType).length === 0) return nothingToCheck(ctx, LABEL[source]);
  const { connectors } = links(ctx, source, target);
  const verdicts = connectors.map((c) => ({ c, to: pointsTo(ctx, c.target, TARGET_TYPES[target]) }));
  const hit = verdicts.find((v) => v.to === 'yes');
  if (hit) return pass(`${label(hit.c.r)} connects ${LABEL[source]} to ${LABEL[target]}`, hit.c.r);
  if (verdicts.some((v) => v.to === 'unknown')) return unknown('what some event subscriptions connect is not known statically');
  // EventBridge Pipes connect a stream or queue to a target without an event source mapping.
  if (resourcesOf(ctx, /^aws:pipes\/pipe:Pipe$/).length > 0) return unknown('an EventBridge pipe may connect them');
  if (subscribesThroughMethods(ctx)) return unknown('event subscriptions created through SDK methods are not modelled');
  if (!ctx.complete) return unknown('the program imports modules the answer does not contain');
  const what = connectors.length > 0 ? `its ${connectors[0]!.r.typePath} resources do not reach ${LABEL[target]}` : `nothing connects ${LABEL[source]} to ${LABEL[target]}`;
  return fail(req, `${what} (${WIRING_HINT[source]})`);
};

const WIRING_HINT: Record<Source, string> = {
  s3: 'no aws.s3.BucketNotification delivers to it',
  sqs: 'no aws.lambda.EventSourceMapping reads the queue',
  sns: 'no aws.sns.TopicSubscription delivers to it',
  dynamodb: 'no aws.lambda.EventSourceMapping reads the table stream',
  kinesis: 'no aws.lambda.EventSourceMapping reads the stream',
  schedule: 'no scheduled aws.cloudwatch.EventRule has an EventTarget for it',
  eventbridge: 'no aws.cloudwatch.EventTarget points at it',
  'api-gateway': 'no API Gateway integration uses it',
  logs: 'no aws.cloudwatch.LogSubscriptionFilter delivers to it',
};

const REST_API = /^aws:apigateway\/restApi:|^awsx:.*apigateway.*:API$|^awsx:apigateway:/i;
const V2_API = /^aws:apigatewayv2\/api:/;

export const checkApiType: Check<'api-type'> = (req, ctx) => {
  const rest = resourcesOf(ctx, REST_API);
  const v2 = resourcesOf(ctx, V2_API).map((r) => ({ r, protocol: str(arg(r, 'protocolType'))?.toUpperCase() ?? 'unknown' }));
  if (rest.length + v2.length === 0) return nothingToCheck(ctx, 'API Gateway APIs');
  const want = req.params.type;
  if (want === 'rest') {
    if (rest.length > 0) return pass(`${label(rest[0]!)} is a REST API`, rest[0]);
    if (v2.some((a) => a.protocol === 'unknown')) return unknown('the protocol of the API is not known statically');
    const a = v2[0]!;
    return fail(req, `it builds ${label(a.r)}, an API Gateway ${a.protocol === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API (v2), not a REST API`, a.r, arg(a.r, 'protocolType')?.at);
  }
  const protocol = want === 'http' ? 'HTTP' : 'WEBSOCKET';
  const hit = v2.find((a) => a.protocol === protocol);
  if (hit) return pass(`${label(hit.r)} is an ${protocol} API`, hit.r);
  if (v2.some((a) => a.protocol === 'unknown')) return unknown('the protocol of the API is not known statically');
  const other = v2[0]?.r ?? rest[0]!;
  return fail(req, `it builds ${label(other)}, ${v2[0] ? `an API Gateway ${v2[0].protocol === 'WEBSOCKET' ? 'WebSocket' : 'HTTP'} API` : 'a REST API (API Gateway v1)'}, not ${want === 'http' ? 'an HTTP' : 'a WebSocket'} API`, other);
};
