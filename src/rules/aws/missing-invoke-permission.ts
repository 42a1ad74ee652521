import { describe, type At, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { functionOf, hasInvokePermission } from '../_shared/lambda-permissions.js';
import { arg, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const EVENT_TARGET = 'aws:cloudwatch/eventTarget:EventTarget';
const BUCKET_NOTIFICATION = 'aws:s3/bucketNotification:BucketNotification';
const TOPIC_SUBSCRIPTION = 'aws:sns/topicSubscription:TopicSubscription';

const DROPPED = 'every invocation is denied and the events are dropped without an error in the stack.';
const REJECTED = (service: string, error: string) => `${service} tries the function when the resource is created and refuses it (${error}), so the deployment fails.`;

/** Services that push to Lambda through the function's resource policy, where their configuration names the function. */
const SOURCES: Readonly<Record<string, { service: string; principal: string; source: string; effect: string; severity?: 'critical' | 'high' }>> = {
  [EVENT_TARGET]: { service: 'EventBridge', principal: 'events.amazonaws.com', source: 'rule ARN', effect: DROPPED },
  [BUCKET_NOTIFICATION]: { service: 'S3', principal: 's3.amazonaws.com', source: 'bucket ARN', effect: 'S3 rejects the notification configuration ("Unable to validate the following destination configurations"), so the deployment fails.', severity: 'critical' },
  [TOPIC_SUBSCRIPTION]: { service: 'SNS', principal: 'sns.amazonaws.com', source: 'topic ARN', effect: DROPPED },
  'aws:cloudwatch/logSubscriptionFilter:LogSubscriptionFilter': { service: 'CloudWatch Logs', principal: 'logs.amazonaws.com', source: 'log group ARN (`${logGroup.arn}:*`)', effect: REJECTED('CloudWatch Logs', '"Could not execute the lambda function. Make sure you have given CloudWatch Logs permission to execute your function"') },
  'aws:cognito/userPool:UserPool': { service: 'Cognito', principal: 'cognito-idp.amazonaws.com', source: 'user pool ARN', effect: 'every sign-up or sign-in that reaches the trigger fails with AccessDeniedException.' },
  'aws:lb/targetGroupAttachment:TargetGroupAttachment': { service: 'Elastic Load Balancing', principal: 'elasticloadbalancing.amazonaws.com', source: 'target group ARN', effect: REJECTED('Elastic Load Balancing', '"elasticloadbalancing principal does not have permission to invoke … from target group"') },
  'aws:alb/targetGroupAttachment:TargetGroupAttachment': { service: 'Elastic Load Balancing', principal: 'elasticloadbalancing.amazonaws.com', source: 'target group ARN', effect: REJECTED('Elastic Load Balancing', '"elasticloadbalancing principal does not have permission to invoke … from target group"') },
  'aws:secretsmanager/secretRotation:SecretRotation': { service: 'Secrets Manager', principal: 'secretsmanager.amazonaws.com', source: 'secret ARN', effect: REJECTED('Secrets Manager', '"Secrets Manager cannot invoke the specified Lambda function"') },
  'aws:cfg/rule:Rule': { service: 'AWS Config', principal: 'config.amazonaws.com', source: 'account (`sourceAccount`)', effect: REJECTED('AWS Config', 'InsufficientPermissionsException'), severity: 'high' },
  'aws:iot/topicRule:TopicRule': { service: 'AWS IoT', principal: 'iot.amazonaws.com', source: 'topic rule ARN', effect: DROPPED },
  'aws:ses/receiptRule:ReceiptRule': { service: 'SES', principal: 'ses.amazonaws.com', source: 'account (`sourceAccount`)', effect: REJECTED('SES', '"Could not invoke Lambda function"') },
};

/** Cognito user pool trigger arguments that name a function. */
const COGNITO_TRIGGERS = ['createAuthChallenge', 'customMessage', 'defineAuthChallenge', 'postAuthentication', 'postConfirmation', 'preAuthentication', 'preSignUp', 'preTokenGeneration', 'userMigration', 'verifyAuthChallengeResponse', 'preTokenGenerationConfig.lambdaArn', 'customEmailSender.lambdaArn', 'customSmsSender.lambdaArn'];

export default defineRule({
  id: 'aws/missing-invoke-permission',
  class: 'EVENT-WIRING',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(SOURCES),
  messages: {
    missing: '{{service}} is wired to invoke `{{fn}}`, but no `aws.lambda.Permission` lets `{{principal}}` invoke it: {{effect}} Add a Permission with `principal: "{{principal}}"` and `sourceArn` set to the {{source}}.',
  },
  title: '{{service}} wired to invoke {{fn:code}} without a Lambda permission',
  fixHint: 'new aws.lambda.Permission("allow-source", { action: "lambda:InvokeFunction", function: fn.name, principal: "events.amazonaws.com", sourceArn: rule.arn }).',
  docs: {
    summary: 'A service wired to invoke a Lambda function the program never grants that service permission to invoke: EventBridge targets, S3 bucket notifications, SNS subscriptions, CloudWatch Logs subscription filters, Cognito user pool triggers, load balancer target group attachments, Secrets Manager rotations, AWS Config custom rules, IoT topic rules and SES receipt rules.',
    why: 'Services that push to Lambda (EventBridge, S3, SNS, CloudWatch Logs, Cognito, load balancers, Secrets Manager, Config, IoT, SES) need a statement in the function\'s resource policy, created with `aws.lambda.Permission`. Without it, EventBridge and SNS invocations fail silently (the events are dropped), and S3, CloudWatch Logs, load balancers, Secrets Manager, Config and SES test the function when the resource is created and fail the deployment. Generated stacks often create the rule and target but forget the permission.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });\nnew aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: fn.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=fn.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });\nnew aws.lambda.Permission('nightly', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'events.amazonaws.com', sourceArn: rule.arn });\nnew aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: fn.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\ntopic = aws.sns.Topic("alerts")\naws.lambda_.Permission("alerts", action="lambda:InvokeFunction", function=fn.name, principal="sns.amazonaws.com", source_arn=topic.arn)\naws.sns.TopicSubscription("alerts", topic=topic.arn, protocol="lambda", endpoint=fn.arn)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-use-resource-based.html#eb-lambda-permissions',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
      'https://docs.aws.amazon.com/sns/latest/dg/sns-lambda-as-subscriber.html',
    ],
    notes: 'Skipped when some Permission in the program names a function or principal that cannot be resolved (it may be the missing one). The ordering of a bucket notification after its permission (`dependsOn`) is a separate concern (PULUMI-DEPENDS-ON) and is not checked here.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const { fn, at } of targets(ctx, r)) {
        const src = SOURCES[r.type]!;
        if (hasInvokePermission(ctx.model, fn, src.principal) !== false) continue;
        ctx.report({ messageId: 'missing', data: { service: src.service, principal: src.principal, fn: describe(fn.name).replace(/^"|"$/g, ''), effect: src.effect, source: src.source }, at, resource: r, severity: src.severity ?? 'high' });
      }
    }
  },
});

/** The program's Lambda functions a resource sends events to, with where each is named. */
function targets(ctx: RuleContext, r: Resource): { fn: Resource; at: At | undefined }[] {
  const out: { fn: Resource; at: At | undefined }[] = [];
  const add = (v: Value | undefined): void => {
    const fn = functionOf(ctx.model, v);
    if (fn) out.push({ fn, at: v?.at });
  };
  if (r.type === EVENT_TARGET) add(arg(r, 'arn'));
  else if (r.type === TOPIC_SUBSCRIPTION) {
    if (str(arg(r, 'protocol')) === 'lambda') add(arg(r, 'endpoint'));
  } else if (r.type === BUCKET_NOTIFICATION) {
    for (const n of items(arg(r, 'lambdaFunctions'))?.items ?? []) if (n.kind === 'obj') add(n.props.get('lambdaFunctionArn'));
  } else if (r.type.endsWith(':LogSubscriptionFilter')) add(arg(r, 'destinationArn'));
  else if (r.type.endsWith(':UserPool')) for (const key of COGNITO_TRIGGERS) add(arg(r, `lambdaConfig.${key}`));
  else if (r.type.endsWith(':TargetGroupAttachment')) add(arg(r, 'targetId'));
  else if (r.type.endsWith(':SecretRotation')) add(arg(r, 'rotationLambdaArn'));
  else if (r.type === 'aws:cfg/rule:Rule') {
    if (str(arg(r, 'source.owner')) === 'CUSTOM_LAMBDA') add(arg(r, 'source.sourceIdentifier'));
  } else if (r.type.endsWith(':TopicRule')) for (const a of items(arg(r, 'lambdas'))?.items ?? []) add(a.kind === 'obj' ? a.props.get('functionArn') : undefined);
  else for (const a of items(arg(r, 'lambdaActions'))?.items ?? []) add(a.kind === 'obj' ? a.props.get('functionArn') : undefined);
  return out;
}
