import type { At, ListV, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { dashboardBody, metricRows, metricWidgets } from '../_shared/cloudwatch-dashboard.js';
import { projectRegion, providerRegion } from '../_shared/regions.js';
import { quotedName, resourceById } from '../_shared/resource-refs.js';
import { isObj, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const DASHBOARD = 'aws:cloudwatch/dashboard:Dashboard';

/** Keys of the object that may close a metric entry (rendering properties and metric-math fields). */
const OPTION_KEYS = new Set(['stat', 'period', 'label', 'color', 'yAxis', 'visible', 'id', 'expression', 'region', 'accountId', 'returnData']);

/** What is wrong with one metric entry, the most specific problem first. */
type EntryProblem = 'dimensionsObject' | 'unknownOptions' | 'optionsNotLast' | 'dimensionWithoutValue' | 'notArray';

interface Problem {
  kind: EntryProblem;
  at?: At;
  keys?: string[];
}

export default defineRule({
  id: 'aws/cloudwatch-dashboard-invalid',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [DASHBOARD],
  messages: {
    notJson: '`dashboardBody` is not valid JSON ({{error}}). PutDashboard rejects the body, so the deployment fails; build it with JSON.stringify / json.dumps.',
    noWidgets: 'The dashboard body has no `widgets` array. PutDashboard requires one (it may be empty), so the deployment fails; put the widgets under `widgets`.',
    dimensionsObject: '{{count}} metric entr{{ies}} of this dashboard put the dimensions in an object (`{ dimensions: {...} }`). In a dashboard body dimensions are name/value pairs inside the metric array, and PutDashboard rejects the body ("The dashboard body is invalid"); write `[namespace, metric, "FunctionName", name, { stat: "Sum" }]`.',
    unknownOptions: '{{count}} metric entr{{ies}} of this dashboard end with an object holding `{{keys}}`, which are not rendering properties (stat, period, label, color, yAxis, visible, id, region, accountId). PutDashboard rejects the body; dimensions go into the array as name/value pairs (`..., "{{first}}", value, { stat: "Sum" }`).',
    optionsNotLast: '{{count}} metric entr{{ies}} of this dashboard have an object before the last element. A metric entry may end with one options object only, so PutDashboard rejects the body; merge the objects into one at the end and write dimensions as name/value pairs.',
    dimensionWithoutValue: '{{count}} metric entr{{ies}} of this dashboard have a dimension name without a value (an odd number of strings after the namespace and metric name). PutDashboard rejects the body; give every dimension name its value.',
    notArray: '{{count}} element{{s}} of a `metrics` list {{are}} not an array. Each metric is an array `[namespace, metric, dimName, dimValue, {options}]` (metric math: `[{ expression, id }]`), so PutDashboard rejects the body.',
    missingRegion: 'Metric widget{{title}} has no `region`. PutDashboard rejects metric widgets without one ("Should have required property \'region\'"), so the deployment fails; set `region` in the widget properties (e.g. from `aws.getRegionOutput().name`).',
    regionMismatch: 'Metric widget{{title}} shows region `{{widgetRegion}}`, but the resources it graphs ({{resource}}) are deployed in `{{region}}`: CloudWatch looks their metrics up in `{{widgetRegion}}`, so the graph stays empty. Use the stack\'s region (e.g. `aws.getRegionOutput().name`) instead of a literal.',
    duplicateKey: '`{{key}}` is written twice in one object of the dashboard body: TypeScript rejects the literal (TS1117) and otherwise the later value silently replaces the first, so the widget does not show what the first one says. Keep one.',
  },
  title: {
    notJson: 'Dashboard body of {{counted}} is not valid JSON',
    noWidgets: 'Dashboard body of {{counted}} has no widgets array',
    dimensionsObject: 'Metric dimensions written as an object in {{counted}}',
    unknownOptions: 'Metric entries of {{counted}} end with non-rendering keys {{keys:code}}',
    optionsNotLast: 'Options object before the end of a metric entry in {{counted}}',
    dimensionWithoutValue: 'Metric dimension without a value in {{counted}}',
    notArray: 'Metrics entries that are not arrays in {{counted}}',
    missingRegion: 'Metric widget without a region in {{counted}}',
    duplicateKey: 'Key {{key:code}} written twice in the body of {{counted}}',
    regionMismatch: 'Metric widget{{title}} graphs region `{{widgetRegion}}`, while its resources are in `{{region}}`',
  },
  fixHint: 'metrics: [["AWS/Lambda", "Errors", "FunctionName", fn.name, { stat: "Sum", period: 300 }]] with `region` set in every metric widget.',
  docs: {
    summary: 'A CloudWatch dashboard body that PutDashboard rejects: metric entries in the wrong shape, metric widgets without `region`, duplicate keys, no `widgets`.',
    why: 'The dashboard body is a JSON document that CloudWatch validates on PutDashboard. Generated programs often write metric entries the way the alarm API takes them (`{ dimensions: { FunctionName: name } }`), add a second options object, or omit the widget `region`; CloudWatch then answers "The dashboard body is invalid" and `pulumi up` fails on the dashboard. Dimensions belong in the metric array as name/value pairs, followed by at most one object of rendering properties.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('jobs');\nnew aws.cloudwatch.Dashboard('ops', {\n  dashboardName: 'ops',\n  dashboardBody: queue.name.apply((name) => JSON.stringify({\n    widgets: [{ type: 'metric', properties: { region: 'us-east-1', metrics: [['AWS/SQS', 'NumberOfMessagesSent', { stat: 'Sum', dimensions: { QueueName: name } }]] } }],\n  })),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs")\naws.cloudwatch.Dashboard("ops", dashboard_name="ops",\n    dashboard_body=queue.name.apply(lambda name: json.dumps({\n        "widgets": [{"type": "metric", "properties": {"metrics": [["AWS/SQS", "NumberOfMessagesSent", "QueueName", name]]}}],\n    })))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst queue = new aws.sqs.Queue('jobs');\nnew aws.cloudwatch.Dashboard('ops', {\n  dashboardName: 'ops',\n  dashboardBody: queue.name.apply((name) => JSON.stringify({\n    widgets: [{ type: 'metric', properties: { region: 'us-east-1', metrics: [['AWS/SQS', 'NumberOfMessagesSent', 'QueueName', name, { stat: 'Sum' }]] } }],\n  })),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nqueue = aws.sqs.Queue("jobs")\naws.cloudwatch.Dashboard("ops", dashboard_name="ops",\n    dashboard_body=queue.name.apply(lambda name: json.dumps({\n        "widgets": [{"type": "metric", "properties": {"region": "us-east-1", "metrics": [["AWS/SQS", "NumberOfMessagesSent", "QueueName", name]]}}],\n    })))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html',
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html',
    ],
    notes: 'Bodies whose structure is not known (built with f-strings or string concatenation) are not checked. Outputs serialised into the body are reported by pulumi/output-in-json. Several entries with the same problem give one finding per dashboard, at the first of them. A widget region is compared only with the known region (explicit provider or project `aws:region`) of program resources whose attributes its metrics graph.',
  },
  check(ctx) {
    const duplicates = ctx.model.events.filter((e) => e.kind === 'duplicate-key');
    for (const r of ctx.resources()) {
      const raw = r.args.props.get('dashboardBody');
      const parseError = notJson(raw);
      if (parseError) {
        ctx.report({ messageId: 'notJson', data: { error: parseError }, at: raw?.at, resource: r });
        continue;
      }
      const body = dashboardBody(r);
      if (!body) continue;
      const spans = objectSpans(body);
      const seen = new Set<string>();
      for (const d of duplicates) {
        const key = `${d.at.f}:${d.at.s}`;
        if (seen.has(key) || !spans.some((s) => inside(d.at, s))) continue;
        seen.add(key);
        ctx.report({ messageId: 'duplicateKey', data: { key: d.detail ?? 'a key' }, at: d.at, resource: r });
      }
      if (!body.props.has('widgets')) {
        if (!body.open && !inFragment(ctx, r)) ctx.report({ messageId: 'noWidgets', at: body.at ?? raw?.at, resource: r });
        continue;
      }
      checkWidgets(ctx, r, body);
    }
  },
});

/** The error of a literal string body that does not parse as JSON. */
function notJson(v: Value | undefined): string | undefined {
  if (!v || v.kind !== 'known' || typeof v.value !== 'string' || v.json) return undefined;
  try {
    JSON.parse(v.value);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : 'parse error';
  }
}

function checkWidgets(ctx: RuleContext, r: Resource, body: ObjV): void {
  const problems = new Map<EntryProblem, Problem[]>();
  for (const { widget, properties, metrics } of metricWidgets(body)) {
    const title = str(properties.props.get('title'));
    if (!properties.open && !properties.props.has('region') && needsRegion(metrics, properties)) {
      ctx.report({ messageId: 'missingRegion', data: { title: title ? ` "${title}"` : '' }, at: widget.at ?? properties.at, resource: r });
    }
    const other = metrics && regionMismatch(ctx, properties, metrics);
    if (other) ctx.report({ messageId: 'regionMismatch', data: { title: title ? ` "${title}"` : '', ...other }, at: properties.props.get('region')?.at ?? widget.at, resource: r });
    for (const entry of metrics?.items ?? []) {
      const p = entryProblem(entry);
      if (p) problems.set(p.kind, [...(problems.get(p.kind) ?? []), p]);
    }
  }
  for (const [kind, list] of problems) {
    const first = list[0]!;
    const keys = [...new Set(list.flatMap((p) => p.keys ?? []))];
    const n = list.length;
    const data = { count: n, ies: n === 1 ? 'y' : 'ies', s: n === 1 ? '' : 's', are: n === 1 ? 'is' : 'are', keys: keys.join('`, `'), first: keys[0] ?? '' };
    ctx.report({ messageId: kind, data, at: first.at, resource: r });
  }
}

/**
 * A metric widget that shows metrics or alarm annotations must name its region. The documented
 * requirement is the widget's `region`; whether a region in every metric entry also satisfies the
 * validation is not documented, so such widgets are spared, and so are widgets whose metrics list is
 * not known in full.
 */
function needsRegion(metrics: ListV | undefined, properties: ObjV): boolean {
  if (!metrics) return properties.props.has('annotations');
  if (metrics.open || metrics.items.length === 0) return false;
  return !metrics.items.every((e) => e.kind === 'list' && e.items.some((x) => isObj(x) && x.props.has('region')));
}

/**
 * A widget whose literal `region` differs from the known region of a program resource it graphs (a
 * dimension value that is that resource's attribute). Cross-region dashboards graph resources of the
 * region they name, so they are not affected.
 */
function regionMismatch(ctx: RuleContext, properties: ObjV, metrics: ListV): { widgetRegion: string; region: string; resource: string } | undefined {
  const widgetRegion = str(properties.props.get('region'));
  if (widgetRegion === undefined) return undefined;
  for (const row of metricRows(metrics)) {
    if (row.entry.items.some((x) => isObj(x) && x.props.has('region'))) continue;
    for (const d of row.dimensions ?? []) {
      const src = d.value.kind === 'output' ? resourceById(ctx.model, d.value.resource) : d.value.kind === 'unknown' && d.value.ref ? resourceById(ctx.model, d.value.ref.resource) : undefined;
      if (!src || src.provider === 'unknown') continue;
      const region = src.provider === undefined ? projectRegion(ctx.model) : providerRegion(ctx.model, src)?.region;
      if (region && region !== widgetRegion) return { widgetRegion, region, resource: quotedName(src) };
    }
  }
  return undefined;
}

function entryProblem(entry: Value): Problem | undefined {
  if (isObj(entry)) return withAt({ kind: 'notArray' }, entry.at);
  if (entry.kind !== 'list') return undefined;
  const last = entry.items.length - 1;
  const objects = entry.items.flatMap((x, i) => (isObj(x) ? [{ x, i }] : []));
  const withDimensions = objects.find(({ x }) => x.props.has('dimensions'));
  if (withDimensions) return withAt({ kind: 'dimensionsObject' }, withDimensions.x.keys?.get('dimensions')?.at ?? withDimensions.x.at);
  const foreign = objects.map(({ x }) => ({ x, keys: [...x.props.keys()].filter((k) => !OPTION_KEYS.has(k)) })).filter((o) => o.keys.length > 0);
  if (foreign.length > 0) return withAt({ kind: 'unknownOptions', keys: foreign.flatMap((o) => o.keys) }, foreign[0]!.x.at);
  const early = objects.find(({ i }) => i !== last);
  if (early) return withAt({ kind: 'optionsNotLast' }, early.x.at);
  return oddDimensions(entry);
}

/** `[namespace, metric, name]`: a dimension name with no value (shorthand `...` excepted). */
function oddDimensions(entry: ListV): Problem | undefined {
  if (entry.open) return undefined;
  const values = entry.items.filter((x) => !isObj(x));
  if (values.length < 3 || values.length % 2 === 0) return undefined;
  if (values.some((v) => str(v) === '...' || v.kind === 'list')) return undefined;
  return withAt({ kind: 'dimensionWithoutValue' }, entry.at);
}

function withAt(p: Problem, at: At | undefined): Problem {
  if (at) p.at = at;
  return p;
}

/** Spans of every object written in the body (to tell which duplicate keys are inside it). */
function objectSpans(v: Value, out: At[] = [], depth = 0): At[] {
  if (depth > 12) return out;
  if (v.kind === 'obj' && !v.cls) {
    if (v.at) out.push(v.at);
    for (const x of v.props.values()) objectSpans(x, out, depth + 1);
  } else if (v.kind === 'list') {
    for (const x of v.items) objectSpans(x, out, depth + 1);
  }
  return out;
}

function inside(a: At, b: At): boolean {
  return a.f === b.f && a.s >= b.s && a.e <= b.e;
}
