import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const api = new aws.apigateway.RestApi('api');
const method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });
const integration = new aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'MOCK' });

// --- bad
new aws.apigateway.Deployment('deployment', { restApi: api.id, description: 'v1' }, { dependsOn: [method, integration] }); // error: [aws/apigw-deployment-without-triggers]

class Http extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:http:Http', name, {}, opts);
    const http = new aws.apigatewayv2.Api(`${name}-api`, { protocolType: 'HTTP' }, { parent: this });
    const route = new aws.apigatewayv2.Route(`${name}-get`, { apiId: http.id, routeKey: 'GET /items' }, { parent: this });
    new aws.apigatewayv2.Deployment(`${name}-deployment`, { apiId: http.id }, { parent: this, dependsOn: [route] }); // error: [aws/apigw-deployment-without-triggers]
    this.registerOutputs({});
  }
}
new Http('items');

// --- clean
new aws.apigateway.Deployment('deployment-ok', {
  restApi: api.id,
  triggers: { redeployment: pulumi.all([method.id, integration.id]).apply((ids) => JSON.stringify(ids)) },
}, { dependsOn: [method, integration] });
new aws.apigateway.Deployment('deployment-every-run', { restApi: api.id, description: `deployed ${Date.now()}` }, { dependsOn: [method, integration] });
const auto = new aws.apigatewayv2.Api('auto', { protocolType: 'HTTP' });
new aws.apigatewayv2.Stage('auto', { apiId: auto.id, name: '$default', autoDeploy: true });
new aws.apigatewayv2.Deployment('auto', { apiId: auto.id });

// --- unknown
export function deploy(args: aws.apigateway.DeploymentArgs) {
  return new aws.apigateway.Deployment('configured', { ...args });
}
