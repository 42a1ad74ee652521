import type { Resource } from '../../model/types.js';
import { arg, isObj, str } from '../_shared/values.js';
import { inFragment } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const METRIC_FILTER = 'aws:cloudwatch/logMetricFilter:LogMetricFilter';

export default defineRule({
  id: 'aws/log-metric-filter-pattern-invalid',
  class: 'MONITORING-MISCONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [METRIC_FILTER],
  messages: {
    unbalanced: 'Filter pattern `{{pattern}}` has an unclosed {{what}}: CloudWatch Logs rejects it ("Invalid metric filter pattern"), so the deployment fails. Close it.',
    noSelector: 'JSON filter pattern `{{pattern}}` has no `$.` selector: a JSON pattern compares fields (`{ $.level = "ERROR" }`), so CloudWatch Logs rejects it and the deployment fails. Name the field with `$.`.',
    bareFields: 'Filter pattern `{{pattern}}` is a space-delimited pattern that only names {{count}} field{{s}} and tests none of them: it matches every log event made of exactly {{count}} word{{s}}, whatever the words are, not the events containing {{terms}}. Use a term pattern (`{{suggestion}}`), or give the fields conditions (`[..., level = "ERROR", ...]`).',
    value: '`metricTransformation.value` is `{{value}}`: it must be a number (usually "1" to count events) or a field of the pattern (`$bytes`, `$.latency`), so CloudWatch Logs rejects the filter and the deployment fails.',
    defaultWithDimensions: '`metricTransformation` sets both `defaultValue` and `dimensions`: CloudWatch Logs does not allow a default value on a metric with dimensions, so the deployment fails. Drop `defaultValue` or the dimensions.',
    dimensionField: 'Dimension `{{name}}` of the metric filter is `{{value}}`: dimension values must be fields of the pattern (`$.service`, `$status`), so CloudWatch Logs rejects the filter and the deployment fails.',
  },
  title: {
    unbalanced: 'Filter pattern {{pattern:code}} has an unclosed {{what}}',
    noSelector: 'JSON filter pattern {{pattern:code}} without a `$.` selector',
    bareFields: 'Filter pattern {{pattern:code}} tests no field and matches every {{count}}-field event',
    value: 'Metric filter value {{value:code}} is neither a number nor a field',
    defaultWithDimensions: 'Metric filter sets a default value and dimensions',
    dimensionField: 'Metric filter dimension {{name:code}} is {{value:code}}, not a field',
  },
  fixHint: 'Terms: `ERROR`, `?ERROR ?Exception`, `"Task timed out"`; JSON: `{ $.level = "ERROR" }`; space-delimited: `[ip, user, ..., status = 5*, bytes]` with value `$bytes`.',
  docs: {
    summary: 'A CloudWatch Logs metric filter that CloudWatch rejects (unbalanced braces, brackets or quotes, a JSON pattern without a `$.` selector, a metric value that is neither a number nor a field, a default value with dimensions, dimension values that are not fields), or a space-delimited pattern of bare field names that matches by word count instead of content.',
    why: 'PutMetricFilter validates the pattern and the transformation, so a malformed one fails the deployment. A subtler mistake is `[ERROR]` or `[ERROR, Exception]`: square brackets declare the fields of space-delimited logs, so these patterns name one or two fields and check nothing; they count every log line of that many words and miss the errors the author wanted to count (the term pattern is `ERROR` or `?ERROR ?Exception`).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });\nnew aws.cloudwatch.LogMetricFilter('errors', {\n  logGroupName: logs.name,\n  pattern: '[ERROR, Exception]',\n  metricTransformation: { name: 'Errors', namespace: 'App', value: '1' },\n});\n`,
      py: `import pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("app", retention_in_days=14)\naws.cloudwatch.LogMetricFilter("errors", log_group_name=logs.name, pattern='{ $.level = "ERROR"',\n    metric_transformation={"name": "Errors", "namespace": "App", "value": "1"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst logs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });\nnew aws.cloudwatch.LogMetricFilter('errors', {\n  logGroupName: logs.name,\n  pattern: '?ERROR ?Exception',\n  metricTransformation: { name: 'Errors', namespace: 'App', value: '1' },\n});\n`,
      py: `import pulumi_aws as aws\nlogs = aws.cloudwatch.LogGroup("app", retention_in_days=14)\naws.cloudwatch.LogMetricFilter("errors", log_group_name=logs.name, pattern='{ $.level = "ERROR" }',\n    metric_transformation={"name": "Errors", "namespace": "App", "value": "1"})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
      'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_MetricTransformation.html',
    ],
    notes: 'Only known pattern and transformation values are read. A space-delimited pattern of bare names is not reported when the metric value or a dimension uses one of its fields (extracting a value needs the fields named).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      checkTransformation(ctx, r);
      const pv = arg(r, 'pattern');
      const pattern = str(pv);
      if (pattern === undefined) continue;
      const at = pv!.at;
      const shown = pattern.length > 60 ? `${pattern.slice(0, 57)}...` : pattern;
      const open = unclosed(pattern);
      if (open) {
        ctx.report({ messageId: 'unbalanced', data: { pattern: shown, what: open }, at, resource: r });
        continue;
      }
      const t = pattern.trim();
      if (t.startsWith('{') && !t.includes('$')) {
        ctx.report({ messageId: 'noSelector', data: { pattern: shown }, at, resource: r });
        continue;
      }
      const fields = bareFields(t);
      if (fields && !usesFields(r)) {
        const n = fields.length;
        ctx.report({ messageId: 'bareFields', data: { pattern: shown, count: n, s: n === 1 ? '' : 's', terms: fields.map((f) => `"${f}"`).join(' or '), suggestion: n === 1 ? fields[0]! : fields.map((f) => `?${f}`).join(' ') }, at, resource: r, severity: 'medium' });
      }
    }
  },
});

/** The first delimiter left open, outside quoted strings. */
function unclosed(p: string): string | undefined {
  const stack: string[] = [];
  const pairs: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
  let quote = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') quote = !quote;
    if (quote) continue;
    if (c in pairs) stack.push(c);
    else if (c === '}' || c === ']' || c === ')') {
      if (pairs[stack.pop() ?? ''] !== c) return `\`${c}\` without its opening bracket`;
    }
  }
  if (quote) return 'quoted string (`"`)';
  const top = stack.pop();
  return top ? `\`${top}\`` : undefined;
}

/** `[a, b]` with only identifiers (no conditions, no `...`): the names, else undefined. */
function bareFields(p: string): string[] | undefined {
  const m = /^\[(.*)\]$/s.exec(p);
  if (!m) return undefined;
  const fields = m[1]!.split(',').map((f) => f.trim());
  return fields.length > 0 && fields.every((f) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(f)) ? fields : undefined;
}

/** The metric value or a dimension takes a field of the pattern (`$name`). */
function usesFields(r: Resource): boolean {
  const t = arg(r, 'metricTransformation');
  const texts: (string | undefined)[] = [];
  for (const x of t?.kind === 'list' ? t.items : t ? [t] : []) {
    if (!isObj(x)) return true;
    texts.push(str(x.props.get('value')));
    const dims = x.props.get('dimensions');
    if (isObj(dims)) for (const d of dims.props.values()) texts.push(str(d));
    else if (dims) return true;
  }
  return texts.some((s) => s === undefined || s.includes('$'));
}

function checkTransformation(ctx: RuleContext, r: Resource): void {
  const t = arg(r, 'metricTransformation');
  for (const x of t?.kind === 'list' ? t.items : t ? [t] : []) {
    if (!isObj(x)) continue;
    const vv = x.props.get('value');
    const value = str(vv);
    if (value !== undefined && !/^\s*-?\d+(\.\d+)?\s*$/.test(value) && !/^\$/.test(value.trim())) {
      ctx.report({ messageId: 'value', data: { value }, at: vv!.at, resource: r });
    }
    const dims = x.props.get('dimensions');
    const dflt = x.props.get('defaultValue');
    const hasDims = isObj(dims) && dims.props.size > 0;
    if (hasDims && dflt !== undefined && dflt.kind !== 'absent' && !(dflt.kind === 'known' && dflt.value === null)) {
      ctx.report({ messageId: 'defaultWithDimensions', at: dflt.at ?? x.at, resource: r });
    }
    if (isObj(dims)) {
      for (const [name, d] of dims.props) {
        const s = str(d);
        if (s !== undefined && !s.trim().startsWith('$')) ctx.report({ messageId: 'dimensionField', data: { name, value: s }, at: d.at, resource: r });
      }
    }
  }
}
