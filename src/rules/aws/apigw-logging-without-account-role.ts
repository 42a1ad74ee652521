import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, items, keySpan, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const STAGE = 'aws:apigateway/stage:Stage';
const METHOD_SETTINGS = 'aws:apigateway/methodSettings:MethodSettings';
const STAGE_V2 = 'aws:apigatewayv2/stage:Stage';
const ACCOUNT = 'aws:apigateway/account:Account';

/** Where the stage or its settings turn on CloudWatch logging, as far as known. */
function loggingAt(r: Resource): { at: At | undefined; what: string } | undefined {
  const on = (level: string | undefined) => level !== undefined && level.toUpperCase() !== 'OFF';
  if (r.type === STAGE) {
    const access = arg(r, 'accessLogSettings');
    return access && access.kind === 'obj' && !access.open && access.props.size > 0 ? { at: keySpan(r.args, 'accessLogSettings') ?? access.at, what: 'access logging' } : undefined;
  }
  if (r.type === METHOD_SETTINGS) {
    const level = arg(r, 'settings.loggingLevel');
    if (on(str(level))) return { at: level?.at, what: `execution logging (\`loggingLevel: ${str(level)}\`)` };
    const trace = arg(r, 'settings.dataTraceEnabled');
    return bool(trace) === true ? { at: trace?.at, what: 'data tracing' } : undefined;
  }
  const level = arg(r, 'defaultRouteSettings.loggingLevel');
  if (on(str(level))) return { at: level?.at, what: `execution logging (\`loggingLevel: ${str(level)}\`)` };
  for (const route of items(arg(r, 'routeSettings'))?.items ?? []) {
    const l = route.kind === 'obj' ? route.props.get('loggingLevel') : undefined;
    if (on(str(l))) return { at: l?.at, what: `execution logging (\`loggingLevel: ${str(l)}\`)` };
  }
  return undefined;
}

export default defineRule({
  id: 'aws/apigw-logging-without-account-role',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [STAGE, METHOD_SETTINGS, STAGE_V2],
  messages: {
    noRole: 'This stage turns on {{what}}, but the program never gives API Gateway its account-level CloudWatch Logs role (no `aws.apigateway.Account` with `cloudwatchRoleArn`): in an account and region where that role is not already set, `pulumi up` fails with "CloudWatch Logs role ARN must be set in account settings to enable logging". Create a role trusted by apigateway.amazonaws.com with AmazonAPIGatewayPushToCloudWatchLogs and an `aws.apigateway.Account` that uses it.',
  },
  fixHint: 'new aws.apigateway.Account("account", { cloudwatchRoleArn: apiGatewayLogsRole.arn }) with a role that has AmazonAPIGatewayPushToCloudWatchLogs; make the stage depend on it.',
  docs: {
    summary: 'An API Gateway REST or WebSocket stage with access or execution logging, in a program that never sets API Gateway\'s account-level CloudWatch Logs role.',
    why: 'API Gateway writes stage logs with one role per account and region, set through `aws.apigateway.Account`. Until it is set, enabling access logs, execution logs or data tracing is rejected and the deployment fails. A program that enables logging and relies on the role having been set by someone else only deploys in accounts that already have it.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api', {});\nconst logs = new aws.cloudwatch.LogGroup('api-logs', { retentionInDays: 14 });\nconst deployment = new aws.apigateway.Deployment('d', { restApi: api.id });\nnew aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod', accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId' } });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("d", rest_api=api.id)\nstage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\naws.apigateway.MethodSettings("all", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",\n    settings={"logging_level": "INFO", "metrics_enabled": True})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('apigw-logs', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'apigateway.amazonaws.com' }), managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'] });\nconst account = new aws.apigateway.Account('account', { cloudwatchRoleArn: role.arn });\nconst api = new aws.apigateway.RestApi('api', {});\nconst logs = new aws.cloudwatch.LogGroup('api-logs', { retentionInDays: 14 });\nconst deployment = new aws.apigateway.Deployment('d', { restApi: api.id });\nnew aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod', accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId' } }, { dependsOn: [account] });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("d", rest_api=api.id)\nstage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\naws.apigateway.MethodSettings("all", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",\n    settings={"logging_level": "OFF", "metrics_enabled": True})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions',
      'https://www.pulumi.com/registry/packages/aws/api-docs/apigateway/account/',
    ],
    notes: 'Medium: the setting is per account and region, so a program deploys where someone already set it. HTTP APIs (API Gateway v2 access logs) do not use the role and are not judged. Reported once per program, at the first stage that enables logging, and only when the model saw the whole program.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model) || ctx.model.resources.some((r) => r.type === ACCOUNT)) return;
    for (const r of ctx.resources()) {
      const site = loggingAt(r);
      if (!site) continue;
      ctx.report({ messageId: 'noRole', data: { what: site.what }, at: site.at, resource: r });
      return;
    }
  },
});
