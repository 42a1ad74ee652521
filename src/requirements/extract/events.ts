// Event wiring the request names ("S3 uploads trigger the Lambda", "a Lambda triggered by DynamoDB
// streams", "SQS queue subscribed to the SNS topic", "a Lambda that runs every 6 hours") and the kind
// of API Gateway API it asks for.

import type { ParamsOf } from '../kinds.js';
import { found, type Clause, type Extractor, type Found } from './found.js';
import { negatedAt } from './text.js';

type Source = ParamsOf<'event-wiring'>['source'];
type Target = ParamsOf<'event-wiring'>['target'];

// How a request names event sources; the first that matches names the source of a mention.
const SOURCES: [Source, RegExp][] = [
  ['dynamodb', /\bdynamo\s?db\s+streams?\b|\btable streams?\b|\bstreams? (of|from|on) (the |a )?(dynamo\s?db )?tables?\b/i],
  ['kinesis', /\bkinesis\b(?!\s+(data\s+)?firehose)/i],
  ['s3', /\bs3\b|\bbuckets?\b|\b(file|object) uploads?\b|\buploads? to\b|\bobjects? (are )?(created|uploaded)\b|\bobject creation\b/i],
  ['sqs', /\bsqs\b|\bqueues?\b|\bdlqs?\b|\bdead[- ]letter queues?\b/i],
  ['sns', /\bsns\b|\btopics?\b/i],
  ['schedule', /\bschedul\w*\b|\bcron\b|\brate\(|\bevery\s+(\d+\s+)?(minutes?|hours?|days?|weeks?|night|morning)\b|\b(hourly|daily|nightly|weekly)\b/i],
  ['eventbridge', /\bevent\s?bridge\b|\bcloudwatch events?\b|\bevent rules?\b/i],
  ['api-gateway', /\bapi\s?gateway\b/i],
  ['logs', /\blog subscriptions?\b|\bsubscription filters?\b|\blog groups?\b/i],
];

const TARGETS: [Target, RegExp][] = [
  // "the processor function": a function in an AWS request is a Lambda function (not a Step Functions one).
  ['lambda', /\blambdas?\b|\blambda functions?\b|(?<!\bstep\s)\bfunctions?\b/i],
  ['step-functions', /\bstep functions?\b|\bstate machines?\b/i],
  ['sqs', /\bsqs\b|\bqueues?\b/i],
  ['sns', /\bsns\b|\btopics?\b/i],
];

// Verbs that say the source sets the target off; passive forms put the target first.
const ACTIVE = /\b(triggers?|triggering|invokes?|invoking|fires?|kicks? off|(?:is |are )?(?:wired|connected|routed) to|delivers? (?:events |messages |notifications )?to|forwards? (?:events |messages )?to|sends? (?:events|messages|notifications|records) to|fans? out to|(?:runs|executes|starts|calls) (?=(?:the|a|an)\b)|streams? (?:(?:changes|records|events) )?(?:in)?to|(?:is |are )?(?:sent|pushed|fed|delivered|routed|forwarded) (?:on )?to)\b/i;
const PASSIVE = /\b(triggered|invoked|fired|driven)\s+(?:by|from|on)\b|\b(?:runs?|executes?|invoked|triggered)\s+(?:on a schedule|every\b|hourly|daily|nightly|weekly)|\bconsum\w*\s+(?:messages\s+|records\s+|events\s+)?from\b|\bprocess\w*\s+(?:messages|records|events|data)\s+from\b|\bsubscribed\s+to\b|\bpoll\w*\b/i;
// "Messages on the orders queue are consumed by the fulfilment Lambda": the source comes first.
const BY_TARGET = /\b(?:consumed|processed|handled|picked up|read|polled|drained)\s+by\b/i;
// "When a file lands in the raw bucket, invoke the transform function": a condition names the source
// and the main clause the target.
const WHEN = /^(?:when(?:ever)?|each time|every time|as soon as|once|after|on)\b([^,]*),\s*(?:(?:it|we|the system)\s+(?:should|must|will)\s+)?(?:automatically\s+)?(?:invoke|trigger|run|call|start|execute|notify|kick off|send\b[^,]*\bto)\b(.*)$/i;
const EVENTFUL = /\b(lands?|arriv\w*|uploaded|upload\w*|created|added|put|written|dropped|placed|published|posted|sent|received|changes?|modified|inserted|deleted|appears?)\b/i;

/** The condition clause naming an event and the main clause naming what it sets off, if the sentence is one. */
export function eventCondition(text: string): { event: string; action: string } | undefined {
  const when = WHEN.exec(text.trim());
  return when && EVENTFUL.test(when[1]!) ? { event: when[1]!, action: when[2]! } : undefined;
}

// A function run on a timer: "on a schedule", "runs every 6 hours", "scheduled Lambda".
const SCHEDULE = /\bon (a )?(regular |daily |nightly |weekly |hourly |fixed )?schedules?\b|\b(runs?|run|execut\w*|invok\w*|trigger\w*|process\w*|performs?|checks?|scans?)\b[^.]*?\bevery\s+(\d+\s+)?(minutes?|hours?|days?|weeks?|night|morning)\b|\bscheduled (lambda|function|execution|invocation)s?\b/i;

// The request describes what the program under test reports, or alarms ("alarms trigger when …").
const NOT_WIRING = /\bpermissions?\b|\bpermitted\b|\balarms?\b|\balerts?\b|\bthresholds?\b|\bdeploy(ment)? (stage|pipeline)|\bpipeline\b|\brollback\b|\bhealth checks?\b|\bcodepipeline\b|\bcodebuild\b/i;

function firstOf<T extends string>(table: [T, RegExp][], text: string, not?: T): T | undefined {
  let best: { id: T; at: number } | undefined;
  for (const [id, re] of table) {
    if (id === not) continue;
    const m = new RegExp(re.source, 'gi').exec(text);
    if (m && (!best || m.index < best.at)) best = { id, at: m.index };
  }
  return best?.id;
}

function lastOf<T extends string>(table: [T, RegExp][], text: string, not?: T): T | undefined {
  let best: { id: T; at: number } | undefined;
  for (const [id, re] of table) {
    if (id === not) continue;
    for (const m of text.matchAll(new RegExp(re.source, 'gi'))) if (!best || m.index >= best.at) best = { id, at: m.index };
  }
  return best?.id;
}

/** The pair a sentence wires: the source before an active verb and the target after, or the reverse. */
function pairOf(c: Clause): { source: Source; target: Target } | undefined {
  const text = c.text.replace(/\([^)]*\)/g, ' ');
  const passive = PASSIVE.exec(text);
  if (passive && !negatedAt(text, passive.index)) {
    const before = text.slice(0, passive.index);
    const after = text.slice(passive.index + passive[0].length);
    const target = lastOf(TARGETS, before);
    // "Lambda … runs every 6 hours": the schedule is the verb phrase itself.
    const source = /\bevery\b|hourly|daily|nightly|weekly|schedule/i.test(passive[0]) ? 'schedule' : firstOf(SOURCES, after);
    // Processing or polling what a queue or stream holds needs a mapping; reading from S3 need not.
    if (/consum|process|poll/i.test(passive[0]) && !(source === 'sqs' || source === 'kinesis' || source === 'dynamodb')) return undefined;
    if (target && source && !(source === 'sns' && target === 'sns') && !(source === 'sqs' && target === 'sqs')) {
      // "queue subscribed to the topic": the queue receives what the topic publishes.
      return /subscribed/i.test(passive[0]) && source !== 'sns' ? undefined : { source, target };
    }
  }
  const active = ACTIVE.exec(text);
  if (active && !negatedAt(text, active.index)) {
    const before = text.slice(0, active.index);
    const after = text.slice(active.index + active[0].length);
    // "Trigger Lambda function automatically on schedule" under "Scheduled Execution": the source is in
    // the rest of the sentence or in the item that introduces it.
    // "Changes in the DynamoDB table stream into the Lambda": the table's stream.
    const streamed = /^stream/i.test(active[0]) ? (/\bdynamo\s?db\b|\btables?\b/i.test(before) ? 'dynamodb' : /\bkinesis\b/i.test(before) ? 'kinesis' : undefined) : undefined;
    const source = streamed ?? lastOf(SOURCES, before) ?? (before.trim() === '' ? (SCHEDULE.test(text) ? 'schedule' : firstOf(SOURCES, c.lead)) : undefined);
    const target = firstOf(TARGETS, after);
    // "Dead letter queues connected to the Lambda functions" are their DLQs, not their triggers.
    if (source === 'sqs' && /\bdlqs?\b|\bdead[- ]letter/i.test(before) && !/trigger|invok|fire/i.test(active[0])) return undefined;
    if (source && target && source !== target) return { source, target };
  }
  const by = BY_TARGET.exec(text);
  if (by && !negatedAt(text, by.index)) {
    const source = lastOf(SOURCES, text.slice(0, by.index));
    const target = firstOf(TARGETS, text.slice(by.index + by[0].length));
    if ((source === 'sqs' || source === 'kinesis' || source === 'dynamodb') && target === 'lambda') return { source, target };
  }
  const when = eventCondition(text);
  if (when) {
    const source = firstOf(SOURCES, when.event);
    const target = firstOf(TARGETS, when.action);
    if (source && target && source !== target) return { source, target };
  }
  // "The Lambda function should: - Receive S3 PUT event notifications".
  const receive = /\breceiv\w*\s+(.{0,40}?)\b(events?|notifications?|messages?)\b/i.exec(text);
  if (receive && !negatedAt(text, receive.index)) {
    const source = firstOf(SOURCES, receive[1]!);
    const target = lastOf(TARGETS, text.slice(0, receive.index)) ?? firstOf(TARGETS, c.lead);
    if (source && target && source !== target) return { source, target };
  }
  // "Lambda event source mappings from SQS queues to the functions".
  const mapping = /\bevent source mappings?\b[^.]*?\bfrom\s+(.*)$/i.exec(text);
  if (mapping) {
    const source = firstOf(SOURCES, mapping[1]!);
    if (source) return { source, target: 'lambda' };
  }
  // "S3 event notifications to the Lambda function" / "Kinesis consumer Lambda".
  const notification = /\b(s3|bucket)\s+(event\s+)?notifications?\b[^.]*?\b(to|for|on)\b(.*)$/i.exec(text);
  if (notification) {
    const target = firstOf(TARGETS, notification[4]!);
    if (target) return { source: 's3', target };
  }
  // "a Lambda function that performs failover testing on a schedule".
  if (SCHEDULE.test(text)) {
    const target = firstOf(TARGETS, text.slice(0, SCHEDULE.exec(text)!.index));
    if (target === 'lambda' || target === 'step-functions') return { source: 'schedule', target };
  }
  const consumer = /\b(kinesis|sqs|queue|stream)\w*\s+consumer\s+lambda\b|\blambda\s+consumer\s+(?:that|which)?[^.]*\b(kinesis|stream|queue|sqs)\b/i.exec(text);
  if (consumer) {
    const word = (consumer[1] ?? consumer[2])!.toLowerCase();
    return { source: /kinesis|stream/.test(word) ? 'kinesis' : 'sqs', target: 'lambda' };
  }
  return undefined;
}

export const extractEventWiring: Extractor = (c) => {
  if (NOT_WIRING.test(c.low) || /\bif\b/.test(c.low)) return [];
  const pair = pairOf(c);
  if (!pair) return [];
  // "CloudWatch Events trigger the Lambda every 6 hours": a rule on a schedule.
  if (pair.source === 'eventbridge' && /\bevery\b|\bschedul|\bcron\b|\brate\(|\b(hourly|daily|nightly|weekly)\b/.test(c.low)) pair.source = 'schedule';
  return [found('event-wiring', pair, 0.7)];
};

// "REST API" is API Gateway's v1 API when the request is about API Gateway; "RESTful" describes style.
// "REST API endpoints" are endpoints of some API; they do not name the API Gateway type.
const REST = /\brest\s+apis?\b(?!\s+(design|endpoints?|calls?|requests?))|\bapi\s*gateway\s+rest\s+api\s+endpoints?\b/i;
const HTTP = /\bhttp\s+apis?\b|\bapi\s*gateway\s+v2\b|\bapigatewayv2\b/i;
const WEBSOCKET = /\bweb\s?socket\s+apis?\b|\bweb\s?sockets?\b[^.]*\bapi\s*gateway\b|\bapi\s*gateway\b[^.]*\bweb\s?sockets?\b/i;

export const extractApiType: Extractor = (c) => {
  const { text, low } = c;
  const gateway = /\bapi\s*gateway\b/;
  const context = gateway.test(low) || gateway.test(c.lead) || gateway.test(c.headings[c.headings.length - 1] ?? '');
  if (!context) return [];
  const out: Found[] = [];
  const hit = (re: RegExp) => {
    const m = new RegExp(re.source, 'i').exec(text);
    return m && !negatedAt(text, m.index) && !/\bnot\s+(an?\s+)?$/i.test(text.slice(Math.max(0, m.index - 10), m.index)) ? m : undefined;
  };
  if (hit(WEBSOCKET)) out.push(found('api-type', { type: 'websocket' }, 0.8));
  else if (hit(REST)) out.push(found('api-type', { type: 'rest' }, 0.75));
  else if (hit(HTTP) && !/\bhttp\s+apis?\s+(calls?|requests?|endpoints?)\b/i.test(text)) out.push(found('api-type', { type: 'http' }, 0.75));
  return out;
};
