import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const env = config.require('environment');
const api = new aws.apigateway.RestApi('orders', {});
const deployment = new aws.apigateway.Deployment('orders-deploy', { restApi: api.id });
const http = new aws.apigatewayv2.Api('events', { protocolType: 'HTTP' });
const logs = new aws.cloudwatch.LogGroup('api-access', { retentionInDays: 30 });

// --- bad
new aws.apigateway.Stage(`orders-${env}`, { restApi: api.id, deployment: deployment.id, stageName: env }); // error: [aws/apigw-stage-without-access-logs]

for (const name of ['blue', 'green']) {
  new aws.apigatewayv2.Stage(`events-${name}`, { apiId: http.id, name, autoDeploy: true }); // error: [aws/apigw-stage-without-access-logs]
}

// --- clean
new aws.apigateway.Stage('orders-logged', {
  restApi: api.id,
  deployment: deployment.id,
  stageName: 'logged',
  accessLogSettings: { destinationArn: logs.arn, format: JSON.stringify({ requestId: '$context.requestId', status: '$context.status' }) },
});

new aws.apigatewayv2.Stage('events-default', {
  apiId: http.id,
  name: '$default',
  autoDeploy: true,
  accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId $context.status' },
});

// --- unknown
const stageArgs: aws.apigatewayv2.StageArgs = config.requireObject('stage');
new aws.apigatewayv2.Stage('events-configured', { ...stageArgs, apiId: http.id });
