import { arg, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';

export default defineRule({
  id: 'aws/lambda-log-level-without-json-format',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    textFormat: '`loggingConfig.{{level}}` is set while `logFormat` is "Text": Lambda filters logs by level only in JSON format, so creating the function fails (InvalidParameterValueException). Set `logFormat: "JSON"`, or drop the log levels.',
  },
  title: 'Log level {{level:code}} set with text log format on {{counted}}',
  fixHint: 'loggingConfig: { logFormat: "JSON", applicationLogLevel: "INFO", systemLogLevel: "WARN", logGroup: logs.name }.',
  docs: {
    summary: 'A Lambda function whose `loggingConfig` sets `applicationLogLevel` or `systemLogLevel` with the plain-text log format.',
    why: 'Lambda\'s advanced logging controls filter logs by level only when the function logs in JSON: CreateFunction and UpdateFunctionConfiguration reject log levels with `LogFormat: "Text"`. The deployment fails for a setting meant only to reduce log volume.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('api', {\n  runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/api',\n  code: new pulumi.asset.FileArchive('./app'),\n  loggingConfig: { logFormat: 'Text', applicationLogLevel: 'INFO' },\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("api", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/api",\n    code=pulumi.FileArchive("./app"), logging_config={"log_format": "Text", "system_log_level": "WARN"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nnew aws.lambda.Function('api', {\n  runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/api',\n  code: new pulumi.asset.FileArchive('./app'),\n  loggingConfig: { logFormat: 'JSON', applicationLogLevel: 'INFO' },\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\naws.lambda_.Function("api", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/api",\n    code=pulumi.FileArchive("./app"), logging_config={"log_format": "JSON", "system_log_level": "WARN"})\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs-advanced.html#monitoring-cloudwatchlogs-log-level'],
    notes: 'Only a known "Text" format is judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (str(arg(r, 'loggingConfig.logFormat')) !== 'Text') continue;
      for (const level of ['applicationLogLevel', 'systemLogLevel']) {
        const v = arg(r, `loggingConfig.${level}`);
        if (v) {
          ctx.report({ messageId: 'textFormat', data: { level }, at: v.at, resource: r });
          break;
        }
      }
    }
  },
});
