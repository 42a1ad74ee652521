import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const rest = new aws.apigateway.RestApi('rest');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });

// --- bad
new aws.apigatewayv2.Api('http', { protocolType: 'HTTP', corsConfiguration: { allowOrigins: ['*'], allowMethods: ['GET'] } }); // error: [aws/cors-wildcard-origin]
new aws.lambda.FunctionUrl('url', { functionName: fn.name, authorizationType: 'NONE', cors: { allowOrigins: ['*'] } }); // error: [aws/cors-wildcard-origin]
new aws.apigateway.IntegrationResponse('options', {
  restApi: rest.id,
  resourceId: rest.rootResourceId,
  httpMethod: 'OPTIONS',
  statusCode: '200',
  responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" }, // error: [aws/cors-wildcard-origin]
});

// --- clean
new aws.apigatewayv2.Api('listed', { protocolType: 'HTTP', corsConfiguration: { allowOrigins: ['https://app.example.org'] } });
new aws.apigatewayv2.Api('no-cors', { protocolType: 'HTTP' });

// --- unknown
new aws.apigatewayv2.Api('configured', { protocolType: 'HTTP', corsConfiguration: { allowOrigins: config.requireObject<string[]>('origins') } });
