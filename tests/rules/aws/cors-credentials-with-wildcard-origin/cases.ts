import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const fn = new aws.lambda.Function('fn', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/lambda',
  code: new pulumi.asset.FileArchive('./app'),
});
const rest = new aws.apigateway.RestApi('rest');

// --- bad
new aws.apigatewayv2.Api('http', {
  protocolType: 'HTTP',
  corsConfiguration: {
    allowCredentials: true,
    allowOrigins: ['*'], // error: [aws/cors-credentials-with-wildcard-origin]
    allowMethods: ['GET', 'POST'],
  },
});
new aws.lambda.FunctionUrl('url', {
  functionName: fn.name,
  authorizationType: 'AWS_IAM',
  cors: { allowCredentials: true, allowOrigins: ['https://app.acme.io', '*'], allowMethods: ['POST'] }, // error: [aws/cors-credentials-with-wildcard-origin]
});
new aws.apigateway.IntegrationResponse('options', {
  restApi: rest.id,
  resourceId: rest.rootResourceId,
  httpMethod: 'OPTIONS',
  statusCode: '200',
  responseParameters: {
    'method.response.header.Access-Control-Allow-Origin': "'*'", // error: [aws/cors-credentials-with-wildcard-origin]
    'method.response.header.Access-Control-Allow-Credentials': "'true'",
  },
});

// --- clean
new aws.apigatewayv2.Api('public', {
  protocolType: 'HTTP',
  corsConfiguration: { allowOrigins: ['*'], allowMethods: ['GET'] },
});
new aws.apigatewayv2.Api('app', {
  protocolType: 'HTTP',
  corsConfiguration: { allowCredentials: true, allowOrigins: ['https://app.acme.io'], allowMethods: ['GET'] },
});
new aws.lambda.FunctionUrl('public-url', {
  functionName: fn.name,
  authorizationType: 'NONE',
  cors: { allowCredentials: false, allowOrigins: ['*'] },
});
new aws.apigateway.Response('unauthorized', {
  restApiId: rest.id,
  responseType: 'UNAUTHORIZED',
  responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" },
});

// --- unknown
new aws.apigatewayv2.Api('configured', {
  protocolType: 'HTTP',
  corsConfiguration: { allowCredentials: config.requireBoolean('allowCredentials'), allowOrigins: ['*'] },
});
new aws.lambda.FunctionUrl('configured-url', {
  functionName: fn.name,
  authorizationType: 'AWS_IAM',
  cors: { allowCredentials: true, allowOrigins: config.requireObject<string[]>('origins') },
});
