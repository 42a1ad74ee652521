// Reading CloudWatch dashboard bodies. `dashboardBody` is a JSON string: the model keeps the
// structure of JSON.stringify / json.dumps results in `.json` (also inside `apply` and
// `pulumi.jsonStringify`), and a literal string is parsed here. In the metric widgets, each entry of
// `properties.metrics` is an array `[namespace, metricName, dim1Name, dim1Value, ..., {options}]`,
// where `"."` repeats the element at the same position of the previous entry and `"..."` repeats all
// of the previous entry's namespace, name and dimensions, or `[{ expression, id, ... }]` for metric
// math (https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html).

import type { At, ListV, ObjV, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { policyStructure } from './iam-policy.js';
import { isObj, str } from './values.js';

/** The structure of a dashboard body, when it is known to be an object. */
export function dashboardBody(r: Resource): ObjV | undefined {
  const s = policyStructure(r.args.props.get('dashboardBody'));
  return isObj(s) ? s : undefined;
}

export interface MetricWidget {
  widget: ObjV;
  properties: ObjV;
  /** The `metrics` list, when it is one. */
  metrics?: ListV;
}

/** The widgets of type `metric` with an object `properties`. */
export function metricWidgets(body: ObjV): MetricWidget[] {
  const widgets = body.props.get('widgets');
  if (!widgets || widgets.kind !== 'list') return [];
  const out: MetricWidget[] = [];
  for (const w of widgets.items) {
    if (!isObj(w) || str(w.props.get('type')) !== 'metric') continue;
    const properties = w.props.get('properties');
    if (!isObj(properties)) continue;
    const metrics = properties.props.get('metrics');
    out.push(metrics?.kind === 'list' ? { widget: w, properties, metrics } : { widget: w, properties });
  }
  return out;
}

export interface MetricDimension {
  name: string;
  value: Value;
  at?: At;
}

/** One metric entry with the shorthand resolved against the entries before it. */
export interface MetricRow {
  entry: ListV;
  /** The namespace and metric name, when known. */
  namespace?: string;
  metric?: string;
  /** Dimension pairs whose name is known; undefined when the pairs cannot be read. */
  dimensions?: MetricDimension[];
}

/**
 * The metric entries of a widget that name a metric (not math expressions), with `"."` resolved.
 * Entries using `"..."`, or whose elements are not plain values, have no `dimensions`.
 */
export function metricRows(metrics: ListV): MetricRow[] {
  const out: MetricRow[] = [];
  let previous: Value[] | undefined;
  for (const entry of metrics.items) {
    if (entry.kind !== 'list') {
      previous = undefined;
      continue;
    }
    const values = entry.items.filter((x) => !isObj(x));
    if (values.length === 0) continue;
    const resolved = values.map((v, i) => (str(v) === '.' ? previous?.[i] : v));
    const ns = str(resolved[0]);
    const row: MetricRow = { entry };
    const plain = resolved.every((v): v is Value => v !== undefined && v.kind !== 'list' && v.kind !== 'obj');
    if (ns === '...' || !plain) {
      out.push(row);
      previous = undefined;
      continue;
    }
    if (ns !== undefined) row.namespace = ns;
    const metric = str(resolved[1]);
    if (metric !== undefined) row.metric = metric;
    const dims = entry.open ? undefined : pairs(resolved);
    if (dims) row.dimensions = dims;
    out.push(row);
    previous = resolved;
  }
  return out;
}

function pairs(values: Value[]): MetricDimension[] | undefined {
  if (values.length % 2 !== 0) return undefined;
  const out: MetricDimension[] = [];
  for (let i = 2; i + 1 < values.length; i += 2) {
    const name = str(values[i]);
    if (name === undefined) return undefined;
    const value = values[i + 1]!;
    const at = values[i]!.at ?? value.at;
    out.push(at ? { name, value, at } : { name, value });
  }
  return out;
}
