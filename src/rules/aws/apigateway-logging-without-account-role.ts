import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, isObj, keySpan, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const STAGE = 'aws:apigateway/stage:Stage';
const METHOD_SETTINGS = 'aws:apigateway/methodSettings:MethodSettings';
const ACCOUNT = 'aws:apigateway/account:Account';

export default defineRule({
  id: 'aws/apigateway-logging-without-account-role',
  class: 'LOGGING-AUDIT-MISSING',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [STAGE, METHOD_SETTINGS],
  messages: {
    noRole: '{{what}} turns on CloudWatch logging for a REST API, but the program sets no API Gateway CloudWatch role (`aws.apigateway.Account` with `cloudwatchRoleArn`): in an account where none was set before, the update fails with "CloudWatch Logs role ARN must be set in account settings to enable logging". Create the role (trusted by apigateway.amazonaws.com, policy AmazonAPIGatewayPushToCloudWatchLogs) and the Account settings, and make the stage depend on them.',
  },
  fixHint: 'const account = new aws.apigateway.Account("account", { cloudwatchRoleArn: apiGatewayLogsRole.arn }); then create the stage / method settings with { dependsOn: [account] }.',
  docs: {
    summary: 'A REST API stage with access logs, or method settings with execution logging, in a program that never sets the account-level API Gateway CloudWatch Logs role.',
    why: 'API Gateway writes REST API access and execution logs with a role configured once per account and region (`aws.apigateway.Account.cloudwatchRoleArn`). In an account where it was never set, enabling logging on a stage fails the deployment ("CloudWatch Logs role ARN must be set in account settings to enable logging"). Generated stacks turn logging on but forget the account setting; HTTP and WebSocket APIs (`apigatewayv2`) do not need it.',
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
    notes: 'Reported only when the whole program was analysed and has no `aws.apigateway.Account` at all (one created behind a flag counts). An account that already has the role accepts the stage; the finding is medium for that reason. The Account resource itself is an account-level singleton (aws/account-singleton-resource).',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model) || ctx.model.resources.some((r) => r.type === ACCOUNT)) return;
    for (const r of ctx.resources()) {
      const where = logging(r);
      if (where) ctx.report({ messageId: 'noRole', data: { what: where.what }, at: where.at, resource: r });
    }
  },
});

/** Where the resource turns REST API logging on, if it does. */
function logging(r: Resource): { what: string; at?: At } | undefined {
  if (r.type === STAGE) {
    const access = arg(r, 'accessLogSettings');
    if (access && isObj(access)) return { what: 'The stage\'s `accessLogSettings`', ...atOf(keySpan(r.args, 'accessLogSettings') ?? access.at) };
    return undefined;
  }
  const level = arg(r, 'settings.loggingLevel');
  const trace = arg(r, 'settings.dataTraceEnabled');
  const l = str(level);
  if (l === 'INFO' || l === 'ERROR') return { what: `\`loggingLevel: "${l}"\``, ...atOf(level!.at) };
  if (bool(trace) === true) return { what: '`dataTraceEnabled: true`', ...atOf(trace!.at) };
  return undefined;
}

function atOf(at: At | undefined): { at?: At } {
  return at ? { at } : {};
}
