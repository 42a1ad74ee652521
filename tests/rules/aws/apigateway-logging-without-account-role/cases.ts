import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const logs = new aws.cloudwatch.LogGroup('api-access', { retentionInDays: 30 });

// --- bad
class Api extends pulumi.ComponentResource {
  constructor(name: string) {
    super('app:api:Api', name);
    const api = new aws.apigateway.RestApi(name, {}, { parent: this });
    const deployment = new aws.apigateway.Deployment(`${name}-deployment`, { restApi: api.id }, { parent: this });
    const stage = new aws.apigateway.Stage(`${name}-prod`, {
      restApi: api.id, deployment: deployment.id, stageName: 'prod',
      accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId' }, // error: [aws/apigateway-logging-without-account-role]
    }, { parent: this });
    new aws.apigateway.MethodSettings(`${name}-settings`, {
      restApi: api.id, stageName: stage.stageName, methodPath: '*/*',
      settings: { loggingLevel: 'ERROR', metricsEnabled: true }, // error: [aws/apigateway-logging-without-account-role]
    }, { parent: this });
  }
}
new Api('orders');
const socket = new aws.apigatewayv2.Api('socket', { protocolType: 'WEBSOCKET', routeSelectionExpression: '$request.body.action' });
new aws.apigatewayv2.Stage('socket-prod', {
  apiId: socket.id, name: 'prod', autoDeploy: true,
  defaultRouteSettings: { loggingLevel: 'INFO', throttlingBurstLimit: 100, throttlingRateLimit: 50 }, // error: [aws/apigateway-logging-without-account-role]
});

// --- clean
const httpApi = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
new aws.apigatewayv2.Stage('http-default', { apiId: httpApi.id, name: '$default', autoDeploy: true, accessLogSettings: { destinationArn: logs.arn, format: '$context.requestId' } });
const quiet = new aws.apigateway.RestApi('quiet', {});
const quietDeployment = new aws.apigateway.Deployment('quiet-deployment', { restApi: quiet.id });
new aws.apigateway.Stage('quiet-prod', { restApi: quiet.id, deployment: quietDeployment.id, stageName: 'prod' });
new aws.apigatewayv2.Stage('socket-dev', { apiId: socket.id, name: 'dev', defaultRouteSettings: { loggingLevel: 'OFF', throttlingBurstLimit: 100, throttlingRateLimit: 50 } });

// --- unknown
new aws.apigatewayv2.Stage('imported-socket', { apiId: config.require('socketApiId'), name: 'prod', defaultRouteSettings: { loggingLevel: 'INFO' } });
new aws.apigateway.MethodSettings('configured', { restApi: quiet.id, stageName: 'prod', methodPath: '*/*', settings: { loggingLevel: config.require('apiLogLevel') } });
