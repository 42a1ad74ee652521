// The fix the message gives depends on which kind of API the alarm's ApiId points at: a REST API's
// id under ApiId is a wrong dimension, not a wrong metric name.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { analyzePath, prepare } from '../../../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'stacklint-alarm-'));
const RULE = 'aws/alarm-metric-not-published';

beforeAll(async () => {
  await prepare();
});

const programs: Record<string, string> = {
  'rest.ts': `import * as aws from '@pulumi/aws';
const api = new aws.apigateway.RestApi('api', {});
export const alarm = new aws.cloudwatch.MetricAlarm('api-5xx', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, period: 60, statistic: 'Sum', threshold: 1, namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensions: { ApiId: api.id } }).arn;
`,
  'rest.py': `import pulumi
import pulumi_aws as aws
api = aws.apigateway.RestApi("api")
alarm = aws.cloudwatch.MetricAlarm("api-5xx", comparison_operator="GreaterThanThreshold", evaluation_periods=1, period=60, statistic="Sum", threshold=1, namespace="AWS/ApiGateway", metric_name="5XXError", dimensions={"ApiId": api.id})
pulumi.export("alarm", alarm.arn)
`,
  'http.ts': `import * as aws from '@pulumi/aws';
const api = new aws.apigatewayv2.Api('api', { protocolType: 'HTTP' });
export const alarm = new aws.cloudwatch.MetricAlarm('api-5xx', { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, period: 60, statistic: 'Sum', threshold: 1, namespace: 'AWS/ApiGateway', metricName: '5XXError', dimensions: { ApiId: api.id } }).arn;
`,
  'http.py': `import pulumi
import pulumi_aws as aws
api = aws.apigatewayv2.Api("api", protocol_type="HTTP")
alarm = aws.cloudwatch.MetricAlarm("api-5xx", comparison_operator="GreaterThanThreshold", evaluation_periods=1, period=60, statistic="Sum", threshold=1, namespace="AWS/ApiGateway", metric_name="5XXError", dimensions={"ApiId": api.id})
pulumi.export("alarm", alarm.arn)
`,
};

for (const [name, text] of Object.entries(programs)) {
  test(`${name}: the fix names the dimension of the API the alarm points at`, async () => {
    const p = join(dir, name);
    writeFileSync(p, text);
    const found = (await analyzePath(p)).findings.filter((f) => f.ruleId === RULE);
    expect(found).toHaveLength(1);
    if (name.startsWith('rest')) expect(found[0]!.message).toContain('selected by `ApiName`');
    else expect(found[0]!.message).toContain('HTTP APIs publish `5xx`');
  });
}
