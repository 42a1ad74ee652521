import { shownName } from '../_shared/name-display.js';
import { arg } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const STAGE = 'aws:apigateway/stage:Stage';
const STAGE_V2 = 'aws:apigatewayv2/stage:Stage';

export default defineRule({
  id: 'aws/apigw-stage-without-access-logs',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'low',
  category: 'aws',
  resourceTypes: [STAGE, STAGE_V2],
  messages: {
    noAccessLogs: 'API stage {{name}} writes no access logs (`{{arg}}` is not set): who called the API, which route, with what status and latency is recorded nowhere, so failed, throttled or abusive requests cannot be traced. Send access logs to a CloudWatch log group with `{{arg}}` (`destinationArn` and a `format`).',
  },
  title: 'No access logs for {{counted}}',
  fixHint: 'Create an aws.cloudwatch.LogGroup with a retention and set the stage\'s `accessLogSettings: { destinationArn: logGroup.arn, format: JSON.stringify({ requestId: "$context.requestId", status: "$context.status", ... }) }`. A REST API also needs the account\'s API Gateway CloudWatch role (aws.apigateway.Account).',
  docs: {
    summary: 'API Gateway stages (REST, HTTP or WebSocket) that set no access log destination.',
    why: 'An API stage logs nothing about the requests it serves unless access logging is configured: without it there is no record of callers, routes, status codes or latency, and incidents, abuse or client errors cannot be traced after the fact (AWS Foundational Security Best Practices APIGateway.1, CIS). Access logs cost only the CloudWatch Logs ingestion of one line per request.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('api', { protocolType: 'HTTP' });\nnew aws.apigatewayv2.Stage('default', { apiId: api.id, name: '$default', autoDeploy: true });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id)\naws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('api', { protocolType: 'HTTP' });\nconst logs = new aws.cloudwatch.LogGroup('api-access', { retentionInDays: 30 });\nnew aws.apigatewayv2.Stage('default', {\n  apiId: api.id, name: '$default', autoDeploy: true,\n  accessLogSettings: { destinationArn: logs.arn, format: JSON.stringify({ requestId: '$context.requestId', status: '$context.status' }) },\n});\n`,
      py: `import json\nimport pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\nlogs = aws.cloudwatch.LogGroup("api-access", retention_in_days=30)\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id)\naws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod",\n    access_log_settings={"destination_arn": logs.arn, "format": json.dumps({"requestId": "$context.requestId", "status": "$context.status"})})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html',
    ],
    notes: 'Stages whose arguments are not all known (spread or built elsewhere) are not judged. Execution logging (REST `MethodSettings` `loggingLevel`, WebSocket `defaultRouteSettings`) is a different log and does not count as access logging. Stages created implicitly (a REST Deployment\'s `stageName`, an HTTP API\'s quick-create `target`) are not reported here.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.args.open || !r.argsKnown) continue;
      if (arg(r, 'accessLogSettings') !== undefined) continue;
      const name = `\`${shownName(r.name, 60)}\``;
      ctx.report({ messageId: 'noAccessLogs', data: { name, arg: r.lang === 'py' ? 'access_log_settings' : 'accessLogSettings' }, resource: r });
    }
  },
});
