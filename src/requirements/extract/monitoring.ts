// Alarms on error rates: "alarms if Lambda error rates exceed 5%", "Lambda errors exceeding 1% error
// rate", "High error rates (>1% over 5 minutes)". A percentage of errors is a ratio of two metrics,
// which an alarm on the error count does not measure.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor } from './found.js';

const PERCENT = String.raw`(\d+(?:\.\d+)?)\s*%`;
// The percentage is about errors: after "error(s)/error rate … exceed/above/over/>" or before "error rate".
const AFTER_ERRORS = new RegExp(String.raw`\b(?:errors?|error[- ]rates?|failures?|failure rates?|5xx(?:\s+errors?)?|4xx(?:\s+errors?)?)\b[^.%]{0,40}?(?:exceed\w*|above|over|greater than|more than|higher than|reach\w*|>=?|crosses)\s*${PERCENT}`, 'i');
const BEFORE_RATE = new RegExp(String.raw`${PERCENT}\s+(?:error|failure|5xx|4xx)\s*(?:rates?|errors?)\b`, 'i');
const ALARM = /\balarms?\b|\balert\w*\b|\bnotif\w*\b|\btrigger\w*\b|\bmonitor\w*\b|\bpage\b|\bescalat\w*/i;

function serviceOf(text: string): ParamsOf<'alarm-error-rate'>['service'] {
  if (/\b5xx|4xx\b/i.test(text) && /\bapi\s*gateway\b|\bapi\b/i.test(text)) return 'api-gateway';
  if (/\blambdas?\b|\bfunctions?\b|\binvocations?\b/i.test(text)) return 'lambda';
  if (/\bapi\s*gateway\b/i.test(text)) return 'api-gateway';
  if (/\b(alb|load balancer|target groups?)\b/i.test(text)) return 'alb';
  return undefined;
}

export const extractErrorRateAlarm: Extractor = (c) => {
  const { text, low } = c;
  const m = AFTER_ERRORS.exec(text) ?? BEFORE_RATE.exec(text);
  if (!m) return [];
  if (!ALARM.test(low) && !ALARM.test(c.lead) && !c.headings.some((h) => /\balarm|\bmonitor|\balert/.test(h))) return [];
  const percent = Number(m[1]);
  if (!(percent > 0 && percent < 100)) return [];
  const service = serviceOf(text) ?? serviceOf(c.lead);
  return [found('alarm-error-rate', service ? { percent, service } : { percent }, 0.8)];
};

/** What a request calls the metrics it wants alarms on, by the ids `alarm-metrics` checks. */
export const ALARM_METRICS: [string, RegExp][] = [
  ['cpu', /\bcpu\b/i],
  ['memory', /\bmemory (usage|utili[sz]ation|pressure)\b|\bfreeable memory\b|\bmemory\b(?=\s*(,|and|or|\)|$|thresholds?|alarms?|metrics?))/i],
  ['storage', /\b(free )?storage( space)?\b|\bdisk (space|usage)\b/i],
  ['replication-lag', /\breplica(tion)? lag\b|\b(rds|database|db|aurora) lag\b/i],
  ['5xx', /\b5xx\b/i],
  ['4xx', /\b4xx\b/i],
  ['health-checks', /\bhealth[- ]checks? (failures?|status)\b|\bhealth status\b|\bstatus check (failures?|failed)\b/i],
  ['errors', /\berrors?\b(?!\s+rates?\s+(exceed|above|over|>))|(?<!health[- ]checks?\s|status check\s|critical\s|all\s)\bfailures?\b(?!\s+(scenarios|detection))|\bfailed (invocations|executions|requests)\b/i],
  ['throttles', /\bthrottl\w*/i],
  ['latency', /\blatency\b|\bresponse times?\b|\bduration\b/i],
  ['connections', /(?<!peering\s|vpn\s|direct\s)\b(database |db )?connections?( counts?| pool)?\b/i],
  ['queue-depth', /\bqueue (depth|length|backlog)\b|\bmessages? (visible|waiting|in (the )?(queue|dlq))\b|\bdlq (messages|depth)\b|\bmessage age\b|\bmessages? (are |is )?older than\b|\boldest message\b/i],
  ['unhealthy-hosts', /\bunhealthy (hosts?|targets?|instances?)\b|\bhealthy host count\b|\btarget health\b/i],
  ['iterator-age', /\biterator age\b/i],
  ['concurrency', /\bconcurrent executions\b/i],
];

// "Create CloudWatch alarms for replication lag exceeding 60 seconds, CPU utilization, storage space
// and connection count": the metrics named after the alarms.
// "Alert when replication lag exceeds 30 seconds", "Notify the team if CPU goes above 80%", "Send an
// alert on high error rates": an alert on a metric crossing a threshold is an alarm on that metric.
const ALERT_WHEN = /\b(alert\w*|notif(y|ies|ied|ications?)|page|paging|warn)\b[^.]*?\b(when|if|whenever|on|for)\b[^.]*?\b(exceed\w*|above|over|greater than|more than|higher than|older than|longer than|below|under|less than|drops?|falls?|spikes?|breach\w*|crosses|reach\w*|high|low|thresholds?|>|<)/i;
// "Email the on-call team when the ALB returns 5xx errors", "page us if the queue backs up": being told
// when a metric misbehaves is an alarm on it, threshold or not (the metrics named after decide).
const NOTIFY_ON = /\b(alert\w*|notif(y|ies|ied)|page|paging|e-?mail|text|sms)\b\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(when|if|whenever)\b/i;

export const extractAlarmMetrics: Extractor = (c) => {
  const { text, low } = c;
  const alarm = /\balarms?\b/i.exec(text) ?? ALERT_WHEN.exec(text) ?? NOTIFY_ON.exec(text);
  const listed = !alarm && /\balarms?\b/.test(c.lead) && /:\s*$/.test(c.lead);
  if (!alarm && !listed) return [];
  // Alarm plumbing and what the program under test reports are not metrics to watch.
  if (/\balarm (actions?|triggers?|states?|notifications?|thresholds? (should|must) be configurable)\b|\bcomposite\b|\bdashboards? (showing|with|aggregat\w*)\b|\bcosts?\b/.test(low)) return [];
  const after = alarm ? text.slice(alarm.index) : text;
  // Pipeline, build, deployment and job failures are events (EventBridge rules), not metrics of a resource.
  const metrics = ALARM_METRICS.filter(([id, re]) => re.test(after) && !(id === 'errors' && /\b(pipeline|build|deployment|job|migration)\b/.test(low))).map(([id]) => id);
  // "4xx and 5xx errors" names the two; "errors" besides them adds nothing.
  const ids = metrics.includes('5xx') || metrics.includes('4xx') ? metrics.filter((m) => m !== 'errors') : metrics;
  return ids.length ? [found('alarm-metrics', { metrics: ids }, 0.75)] : [];
};

// "Enable Container Insights for ECS monitoring", "ECS cluster with container insights enabled".
export const extractContainerInsights: Extractor = (c) => {
  const m = /\bcontainer insights\b/.exec(c.low);
  if (!m || /\bno container insights\b|\bcontainer insights (is |are )?(not|disabled|optional)\b|\bwithout container insights\b/.test(c.low)) return [];
  return [found('container-insights', {}, 0.8)];
};
