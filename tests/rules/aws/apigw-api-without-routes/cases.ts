import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// --- bad
const shell = new aws.apigatewayv2.Api('shell', { protocolType: 'HTTP' }); // error: [aws/apigw-api-without-routes]
const undeployed = new aws.apigatewayv2.Api('undeployed', { protocolType: 'HTTP' }); // error: [aws/apigw-api-without-routes]
new aws.apigatewayv2.Route('undeployed-get', { apiId: undeployed.id, routeKey: 'GET /items' });

class RestShell extends pulumi.ComponentResource {
  public readonly api: aws.apigateway.RestApi;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:api:RestShell', name, {}, opts);
    this.api = new aws.apigateway.RestApi(`${name}-api`, { description: 'orders' }, { parent: this }); // error: [aws/apigw-api-without-routes]
    new aws.apigateway.Deployment(`${name}-deployment`, { restApi: this.api.id, triggers: { v: '1' } }, { parent: this });
    this.registerOutputs({});
  }
}
new RestShell('orders');

// --- clean
const ok = new aws.apigatewayv2.Api('ok', { protocolType: 'HTTP' });
new aws.apigatewayv2.Route('ok-get', { apiId: ok.id, routeKey: 'GET /items' });
new aws.apigatewayv2.Stage('ok', { apiId: ok.id, name: '$default', autoDeploy: true });
new aws.apigatewayv2.Api('quick', { protocolType: 'HTTP', target: 'arn:aws:lambda:us-east-1:123456789012:function:fn' });
new aws.apigateway.RestApi('openapi', { body: JSON.stringify({ openapi: '3.0.1', paths: {} }) });

// --- unknown
const config = new pulumi.Config();
const other = new aws.apigatewayv2.Api('other', { ...config.requireObject<aws.apigatewayv2.ApiArgs>('api') });

export const endpoints = [shell.apiEndpoint, other.apiEndpoint];
