import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');

// --- bad
const scheduled = new aws.lambda.Function('scheduled', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const rule = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'rate(1 day)' });
new aws.cloudwatch.EventTarget('nightly', { rule: rule.name, arn: scheduled.arn }); // error: [aws/missing-invoke-permission]
const processor = new aws.lambda.Function('processor', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const bucket = new aws.s3.BucketV2('uploads');
new aws.s3.BucketNotification('uploads', {
  bucket: bucket.id,
  lambdaFunctions: [{ lambdaFunctionArn: processor.arn, events: ['s3:ObjectCreated:*'] }], // error: [aws/missing-invoke-permission]
});
// A permission for another service does not count.
new aws.lambda.Permission('wrong-principal', { action: 'lambda:InvokeFunction', function: processor.name, principal: 'events.amazonaws.com' });
const shipper = new aws.lambda.Function('shipper', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const appLogs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 30 });
new aws.cloudwatch.LogSubscriptionFilter('ship', { logGroup: appLogs.name, filterPattern: '', destinationArn: shipper.arn }); // error: [aws/missing-invoke-permission]
const rotator = new aws.lambda.Function('rotator', { runtime: 'python3.13', handler: 'index.handler', role, code });
const dbSecret = new aws.secretsmanager.Secret('db');
new aws.secretsmanager.SecretRotation('db', { secretId: dbSecret.id, rotationLambdaArn: rotator.arn, rotationRules: { automaticallyAfterDays: 30 } }); // error: [aws/missing-invoke-permission]
const web = new aws.lambda.Function('web', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const webTg = new aws.lb.TargetGroup('web', { targetType: 'lambda' });
new aws.lb.TargetGroupAttachment('web', { targetGroupArn: webTg.arn, targetId: web.arn }); // error: [aws/missing-invoke-permission]
const signUp = new aws.lambda.Function('sign-up', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.cognito.UserPool('users', {
  lambdaConfig: {
    preSignUp: signUp.arn, // error: [aws/missing-invoke-permission]
  },
});

// --- clean
const okShipper = new aws.lambda.Function('ok-shipper', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.lambda.Permission('logs', { action: 'lambda:InvokeFunction', function: okShipper.name, principal: 'logs.eu-west-1.amazonaws.com', sourceArn: pulumi.interpolate`${appLogs.arn}:*` });
new aws.cloudwatch.LogSubscriptionFilter('ok-ship', { logGroup: appLogs.name, filterPattern: '', destinationArn: okShipper.arn });
const okWeb = new aws.lambda.Function('ok-web', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.lambda.Permission('alb', { action: 'lambda:InvokeFunction', function: okWeb.name, principal: 'elasticloadbalancing.amazonaws.com', sourceArn: webTg.arn });
new aws.lb.TargetGroupAttachment('ok-web', { targetGroupArn: webTg.arn, targetId: okWeb.arn });
const ok = new aws.lambda.Function('ok', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const topic = new aws.sns.Topic('alerts');
new aws.lambda.Permission('sns', { action: 'lambda:InvokeFunction', function: ok.name, principal: 'sns.amazonaws.com', sourceArn: topic.arn });
new aws.sns.TopicSubscription('alerts', { topic: topic.arn, protocol: 'lambda', endpoint: ok.arn });
new aws.sns.TopicSubscription('email', { topic: topic.arn, protocol: 'email', endpoint: 'ops@example.org' });

// --- unknown
new aws.cloudwatch.EventTarget('external', { rule: rule.name, arn: config.require('functionArn') });
