import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
const route = new aws.apigatewayv2.Route('get', { apiId: api.id, routeKey: 'GET /items' });
const deployment = new aws.apigatewayv2.Deployment('deployment', { apiId: api.id }, { dependsOn: [route] });

// --- bad
new aws.apigatewayv2.Stage('prod', { apiId: api.id, name: 'prod', autoDeploy: true, deploymentId: deployment.id }); // error: [aws/apigw-auto-deploy-stage-with-deployment]
for (const name of ['a', 'b']) {
  new aws.apigatewayv2.Stage(name, {
    apiId: api.id,
    name,
    autoDeploy: true,
    deploymentId: deployment.id, // error: [aws/apigw-auto-deploy-stage-with-deployment]
  });
}

// --- clean
new aws.apigatewayv2.Stage('default', { apiId: api.id, name: '$default', autoDeploy: true });
new aws.apigatewayv2.Stage('pinned', { apiId: api.id, name: 'pinned', deploymentId: deployment.id });

// --- unknown
new aws.apigatewayv2.Stage('configured', { apiId: api.id, name: 'configured', autoDeploy: config.requireBoolean('autoDeploy'), deploymentId: deployment.id });

export const endpoint = api.apiEndpoint;
