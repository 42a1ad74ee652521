import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from '../_shared/resource-refs.js';
import { arg, bool, isObj, items, keySpan, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const STAGE = 'aws:apigateway/stage:Stage';
const METHOD_SETTINGS = 'aws:apigateway/methodSettings:MethodSettings';
const STAGE_V2 = 'aws:apigatewayv2/stage:Stage';
const API_V2 = 'aws:apigatewayv2/api:Api';
const ACCOUNT = 'aws:apigateway/account:Account';

export default defineRule({
  id: 'aws/apigateway-logging-without-account-role',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [STAGE, METHOD_SETTINGS, STAGE_V2],
  messages: {
    noRole: '{{what}} turns on CloudWatch logging for a REST or WebSocket API, but the program sets no API Gateway CloudWatch role (`aws.apigateway.Account` with `cloudwatchRoleArn`): in an account where none was set before, the update fails with "CloudWatch Logs role ARN must be set in account settings to enable logging". Create the role (trusted by apigateway.amazonaws.com, policy AmazonAPIGatewayPushToCloudWatchLogs) and the Account settings, and make the stage depend on them.',
  },
  title: 'API Gateway logging ({{what}}) without the account\'s CloudWatch role',
  fixHint: 'const account = new aws.apigateway.Account("account", { cloudwatchRoleArn: apiGatewayLogsRole.arn }); then create the stage / method settings with { dependsOn: [account] }.',
  docs: {
    summary: 'A REST API stage with access logs, method settings with execution logging, or a WebSocket API stage with execution logging, in a program that never sets the account-level API Gateway CloudWatch Logs role.',
    why: 'API Gateway writes REST API access and execution logs with a role configured once per account and region (`aws.apigateway.Account.cloudwatchRoleArn`). In an account where it was never set, enabling logging on a stage fails the deployment ("CloudWatch Logs role ARN must be set in account settings to enable logging"). Generated stacks turn logging on but forget the account setting. WebSocket API stages (`apigatewayv2`) with execution logging need the same role; HTTP APIs, which only have access logs, do not.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api', {});\nconst logs = new aws.cloudwatch.LogGroup('api-access', { retentionInDays: 30 });\nconst deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id });\nnew aws.apigateway.Stage('prod', {\n  restApi: api.id, deployment: deployment.id, stageName: 'prod',\n  accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId $context.status' },\n});\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id)\nstage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\naws.apigateway.MethodSettings("all", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",\n    settings={"logging_level": "INFO", "metrics_enabled": True})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst role = new aws.iam.Role('apigw-logs', {\n  assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),\n  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'],\n});\nconst account = new aws.apigateway.Account('account', { cloudwatchRoleArn: role.arn });\nconst api = new aws.apigateway.RestApi('api', {});\nconst logs = new aws.cloudwatch.LogGroup('api-access', { retentionInDays: 30 });\nconst deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id });\nnew aws.apigateway.Stage('prod', {\n  restApi: api.id, deployment: deployment.id, stageName: 'prod',\n  accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId $context.status' },\n}, { dependsOn: [account] });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id)\nstage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\naws.apigateway.MethodSettings("all", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",\n    settings={"logging_level": "OFF", "metrics_enabled": True})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions',
      'https://repost.aws/knowledge-center/api-gateway-cloudwatch-logs',
      'https://www.pulumi.com/registry/packages/aws/api-docs/apigateway/account/',
    ],
    notes: 'Reported only when the whole program was analysed and has no `aws.apigateway.Account` at all (one created behind a flag counts). A WebSocket API stage is judged by its execution logging (`defaultRouteSettings` and `routeSettings`), when its API is a WebSocket API of the program. An account that already has the role accepts the stage; the finding is medium for that reason. The Account resource itself is an account-level singleton (aws/account-singleton-resource).',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model) || ctx.model.resources.some((r) => r.type === ACCOUNT)) return;
    for (const r of ctx.resources()) {
      const where = r.type === STAGE_V2 && !onWebSocketApi(ctx.model, r) ? undefined : logging(r);
      if (where) ctx.report({ messageId: 'noRole', data: { what: where.what }, at: where.at, resource: r });
    }
  },
});

/** Whether a v2 stage belongs to a WebSocket API of the program (HTTP APIs have no execution logs). */
function onWebSocketApi(model: ResourceModel, stage: Resource): boolean {
  const api = referencedResource(model, arg(stage, 'apiId'));
  return api?.type === API_V2 && str(arg(api, 'protocolType')) === 'WEBSOCKET';
}

/** Where the resource turns REST or WebSocket API logging on, if it does. */
function logging(r: Resource): { what: string; at?: At } | undefined {
  if (r.type === STAGE) {
    const access = arg(r, 'accessLogSettings');
    if (access && isObj(access)) return { what: 'The stage\'s `accessLogSettings`', ...atOf(keySpan(r.args, 'accessLogSettings') ?? access.at) };
    return undefined;
  }
  if (r.type === METHOD_SETTINGS) return executionLogging(arg(r, 'settings.loggingLevel'), arg(r, 'settings.dataTraceEnabled'));
  // A WebSocket API stage: its default route settings and the settings of each route.
  const found = executionLogging(arg(r, 'defaultRouteSettings.loggingLevel'), arg(r, 'defaultRouteSettings.dataTraceEnabled'));
  if (found) return found;
  for (const route of items(arg(r, 'routeSettings'))?.items ?? []) {
    const hit = isObj(route) ? executionLogging(route.props.get('loggingLevel'), route.props.get('dataTraceEnabled')) : undefined;
    if (hit) return hit;
  }
  return undefined;
}

function executionLogging(level: Value | undefined, trace: Value | undefined): { what: string; at?: At } | undefined {
  const l = str(level);
  if (l === 'INFO' || l === 'ERROR') return { what: `\`loggingLevel: "${l}"\``, ...atOf(level!.at) };
  if (bool(trace) === true) return { what: '`dataTraceEnabled: true`', ...atOf(trace!.at) };
  return undefined;
}

function atOf(at: At | undefined): { at?: At } {
  return at ? { at } : {};
}
