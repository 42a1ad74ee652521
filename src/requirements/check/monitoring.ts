// Alarms on error rates. "Errors above 1%" is errors divided by requests: metric math over two
// metrics, or a metric that is already a ratio (the Average of API Gateway's 5XXError, of Lambda's
// Errors), compared with a fraction. An alarm on the Sum of errors counts them: threshold 1 fires on
// the first error, threshold 5 after five, whatever the traffic.

import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, items, num, str } from '../../rules/_shared/values.js';
import type { ParamsOf } from '../kinds.js';
import { argsShown, fail, label, nothingToCheck, pass, resourcesOf, unknown, type Check } from './context.js';

const ERROR_METRIC = /errors?$|fault|5xx|4xx|failed|failure/i;
const NAMESPACE: Record<NonNullable<ParamsOf<'alarm-error-rate'>['service']>, string> = {
  lambda: 'AWS/Lambda',
  'api-gateway': 'AWS/ApiGateway',
  alb: 'AWS/ApplicationELB',
};

type Kind = 'rate' | 'count' | 'other' | 'unknown';

/** What an alarm measures: a rate, an error count, something else, or not known statically. */
function measures(a: Resource, namespace: string | undefined): Kind {
  if (!definitelyAbsent(a, 'metricQueries')) {
    const queries = items(arg(a, 'metricQueries'));
    if (!queries || queries.open) return 'unknown';
    const expressions = queries.items.map((q) => (q.kind === 'obj' ? q.props.get('expression') : undefined)).filter((e) => e !== undefined);
    if (expressions.length === 0) return 'unknown';
    return expressions.some((e) => str(e) === undefined || /\//.test(str(e)!)) ? 'rate' : 'other';
  }
  const metric = str(arg(a, 'metricName'));
  const ns = str(arg(a, 'namespace'));
  if (metric === undefined || (namespace && ns === undefined)) return 'unknown';
  if (!ERROR_METRIC.test(metric) || (namespace && ns !== namespace)) return 'other';
  const statistic = str(arg(a, 'statistic'));
  if (statistic === undefined) return definitelyAbsent(a, 'statistic') ? 'other' : 'unknown';
  if (statistic === 'Sum' || statistic === 'SampleCount') return 'count';
  // The Average of a 0/1 error metric is the error ratio; a threshold above 1 is not a fraction of it.
  const threshold = num(arg(a, 'threshold'));
  return statistic === 'Average' && threshold !== undefined && threshold <= 1 ? 'rate' : 'unknown';
}

export const checkAlarmErrorRate: Check<'alarm-error-rate'> = (req, ctx) => {
  const alarms = resourcesOf(ctx, /^aws:cloudwatch\/metricAlarm:/);
  if (alarms.length === 0) return nothingToCheck(ctx, 'CloudWatch alarms');
  const namespace = req.params.service ? NAMESPACE[req.params.service] : undefined;
  const kinds = alarms.map((a) => ({ a, kind: measures(a, namespace) }));
  const rate = kinds.find((k) => k.kind === 'rate');
  if (rate) return pass(`${label(rate.a)} alarms on a ratio of metrics`, rate.a);
  const count = kinds.find((k) => k.kind === 'count');
  if (count) {
    const a = count.a;
    const threshold = num(arg(a, 'threshold'));
    return fail(
      req,
      `${label(a)} alarms on the ${str(arg(a, 'statistic'))} of ${str(arg(a, 'metricName'))}${threshold !== undefined ? ` above ${threshold}` : ''}: a count of errors, not ${req.params.percent}% of requests (divide by the request count with metricQueries)`,
      a,
      arg(a, 'statistic')?.at ?? arg(a, 'metricName')?.at,
    );
  }
  return kinds.some((k) => k.kind === 'unknown') ? unknown('what some alarms measure is not known statically') : unknown('no alarm watches an error metric');
};

// The CloudWatch metric names (any namespace) that an alarm on each metric of `alarm-metrics` watches.
const METRIC_NAMES: Record<string, RegExp> = {
  cpu: /cpu/i,
  memory: /memory|mem_used/i,
  storage: /storage|disk|volumebytes|bucketsizebytes|freespace/i,
  'replication-lag': /lag|replicationlatency|cdclatency/i,
  '5xx': /5xx/i,
  '4xx': /4xx/i,
  'health-checks': /healthcheck|healthyhost|statuscheck/i,
  errors: /error|fault|5xx|4xx|fail/i,
  throttles: /throttl/i,
  latency: /latency|duration|responsetime/i,
  connections: /connection/i,
  'queue-depth': /approximatenumberofmessages|approximateageofoldestmessage|messagesvisible/i,
  'unhealthy-hosts': /healthyhostcount/i,
  'iterator-age': /iteratorage/i,
  concurrency: /concurrentexecutions/i,
};

/** The metric names an alarm watches; undefined when one of them is not known statically. */
function watched(a: Resource): string[] | undefined {
  const name = arg(a, 'metricName');
  if (name) {
    const n = str(name);
    return n === undefined ? undefined : [n];
  }
  // An alarm with neither a metric name nor metric queries is malformed; what it was meant to watch is not known.
  if (definitelyAbsent(a, 'metricQueries')) return undefined;
  const queries = items(arg(a, 'metricQueries'));
  if (!queries || queries.open) return undefined;
  const names: string[] = [];
  for (const q of queries.items) {
    if (q.kind !== 'obj') return undefined;
    const metric = q.props.get('metric');
    if (!metric) continue;
    const n = metric.kind === 'obj' ? str(metric.props.get('metricName')) : undefined;
    if (n === undefined) return undefined;
    names.push(n);
  }
  return names;
}

export const checkAlarmMetrics: Check<'alarm-metrics'> = (req, ctx) => {
  const alarms = resourcesOf(ctx, /^aws:cloudwatch\/metricAlarm:/);
  if (alarms.length === 0) return nothingToCheck(ctx, 'CloudWatch alarms');
  const names = alarms.map(watched);
  const known = names.flatMap((n) => n ?? []);
  const missing = req.params.metrics.filter((m) => {
    const re = METRIC_NAMES[m];
    return re !== undefined && !known.some((n) => re.test(n));
  });
  if (missing.length === 0) return pass(`alarms watch ${req.params.metrics.join(', ')}`, alarms.find((_a, i) => names[i]?.some((n) => req.params.metrics.some((m) => METRIC_NAMES[m]?.test(n)))) ?? alarms[0]);
  if (names.some((n) => n === undefined) || !ctx.complete) return unknown('what some alarms watch is not known statically');
  const watching = [...new Set(known)].slice(0, 6).join(', ');
  return fail(req, `no alarm watches ${missing.join(', ')} (its alarms watch ${watching || 'no metric'})`, undefined, undefined, { missing: missing.join(', ') });
};

const ECS_CLUSTER = /^aws:ecs\/cluster:Cluster$/;

/** Does the cluster enable Container Insights (`enabled`, or `enhanced` observability)? undefined: not known. */
function insights(cluster: Resource): boolean | undefined {
  if (definitelyAbsent(cluster, 'settings')) return false;
  const settings = items(arg(cluster, 'settings'));
  if (!settings) return undefined;
  for (const item of settings.items) {
    if (item.kind !== 'obj') return undefined;
    const name = str(item.props.get('name'));
    if (name === undefined) return undefined;
    if (name !== 'containerInsights') continue;
    const value = str(item.props.get('value'));
    return value === undefined ? undefined : value === 'enabled' || value === 'enhanced';
  }
  return settings.open ? undefined : false;
}

export const checkContainerInsights: Check<'container-insights'> = (req, ctx) => {
  const clusters = resourcesOf(ctx, ECS_CLUSTER);
  if (clusters.length === 0) return nothingToCheck(ctx, 'ECS clusters');
  // The account default (aws.ecs.AccountSettingDefault containerInsights) covers clusters that set nothing.
  const accountDefault = resourcesOf(ctx, /^aws:ecs\/accountSettingDefault:/).some((d) => str(arg(d, 'name')) === 'containerInsights' && /^(enabled|enhanced)$/.test(str(arg(d, 'value')) ?? ''));
  // A cluster written in an elided fragment (`new aws.ecs.Cluster(name, ...)`) may set what is cut.
  const verdicts = clusters.map((c) => {
    const on = accountDefault && definitelyAbsent(c, 'settings') ? true : insights(c);
    return { c, on: on === false && !argsShown(ctx, c) ? undefined : on };
  });
  const off = verdicts.filter((v) => v.on === false).map((v) => v.c);
  const first = off[0];
  if (first) {
    const set = items(arg(first, 'settings'))?.items.find((i) => i.kind === 'obj' && str(i.props.get('name')) === 'containerInsights');
    const value = set?.kind === 'obj' ? str(set.props.get('value')) : undefined;
    return fail(req, `${label(first)} ${value ? `sets containerInsights to '${value}'` : 'has no containerInsights setting, so Container Insights is off'}`, first, set?.at ?? arg(first, 'settings')?.at);
  }
  return verdicts.some((v) => v.on === undefined) ? unknown('the cluster settings are not known statically') : pass('Container Insights is enabled on every ECS cluster', verdicts[0]?.c, verdicts[0] ? arg(verdicts[0].c, 'settings')?.at : undefined);
};
