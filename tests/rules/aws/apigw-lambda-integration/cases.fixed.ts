import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const api = new aws.apigateway.RestApi('api');
const resource = new aws.apigateway.Resource('items', { restApi: api.id, parentId: api.rootResourceId, pathPart: 'items' });

// --- bad
const unpermitted = new aws.lambda.Function('unpermitted', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.apigateway.Integration('arn-uri', { // error: [aws/apigw-lambda-integration]
  restApi: api.id,
  resourceId: resource.id,
  httpMethod: 'GET',
  type: 'AWS_PROXY',
  integrationHttpMethod: 'POST', // error: [aws/apigw-lambda-integration]
  uri: unpermitted.invokeArn, // error: [aws/apigw-lambda-integration]
});
const httpApi = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
const permitted = new aws.lambda.Function('permitted', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
new aws.lambda.Permission('permitted', { action: 'lambda:InvokeFunction', function: permitted.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate`${httpApi.executionArn}/*/*` });
new aws.apigatewayv2.Integration('v2', { apiId: httpApi.id, integrationType: 'AWS_PROXY', integrationUri: permitted.arn, integrationMethod: 'POST', type: 'AWS_PROXY' }); // error: [aws/apigw-lambda-integration]

// --- clean
new aws.apigateway.Integration('ok', { restApi: api.id, resourceId: resource.id, httpMethod: 'POST', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: permitted.invokeArn });
new aws.apigatewayv2.Integration('v2-ok', { apiId: httpApi.id, integrationType: 'AWS_PROXY', integrationUri: permitted.arn, integrationMethod: 'POST', payloadFormatVersion: '2.0' });
new aws.apigateway.Integration('mock', { restApi: api.id, resourceId: resource.id, httpMethod: 'OPTIONS', type: 'MOCK' });

// --- unknown
new aws.apigateway.Integration('configured', { restApi: api.id, resourceId: resource.id, httpMethod: 'GET', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: config.require('lambdaInvokeArn') });
