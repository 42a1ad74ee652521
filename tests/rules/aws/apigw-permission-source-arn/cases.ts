import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';
const code = new pulumi.asset.FileArchive('./app');
const fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role, code });
const api = new aws.apigateway.RestApi('api');
const httpApi = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
const stage = new aws.apigateway.Stage('prod', { restApi: api.id, deployment: 'd', stageName: 'prod' });
const method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });

// --- bad
new aws.lambda.Permission('management', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${api.arn}/*/*`, // error: [aws/apigw-permission-source-arn]
});
new aws.lambda.Permission('http-management', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: httpApi.arn, // error: [aws/apigw-permission-source-arn]
});
new aws.lambda.Permission('by-id', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${api.id}/*/*`, // error: [aws/apigw-permission-source-arn]
});
new aws.lambda.Permission('literal', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:apigateway:us-east-1::/restapis/${api.id}/*`, // error: [aws/apigw-permission-source-arn]
});

new aws.lambda.Permission('method', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${(method as any).executionArn}/*`, // error: [aws/apigw-permission-source-arn]
});
new aws.lambda.Permission('stack-region', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:execute-api:${pulumi.getStack()}:123456789012:${api.id}/*/*`, // error: [aws/apigw-permission-source-arn]
});
new aws.lambda.Permission('api-name', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:execute-api:us-east-1:123456789012:${api.name}/*/*`, // error: [aws/apigw-permission-source-arn]
});

// --- clean
new aws.lambda.Permission('rest', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${api.executionArn}/*/*`,
});
new aws.lambda.Permission('http', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate`${httpApi.executionArn}/*/*` });
new aws.lambda.Permission('stage', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate`${stage.executionArn}/*` });
new aws.lambda.Permission('built', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:execute-api:us-east-1:123456789012:${api.id}/*/*`,
});
const region = aws.getRegionOutput().name;
const account = aws.getCallerIdentityOutput().accountId;
new aws.lambda.Permission('looked-up', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:execute-api:${region}:${account}:${api.id}/*/*`,
});
const bucket = new aws.s3.Bucket('uploads');
new aws.lambda.Permission('s3', { action: 'lambda:InvokeFunction', function: fn.name, principal: 's3.amazonaws.com', sourceArn: bucket.arn });

// --- unknown
new aws.lambda.Permission('configured', {
  action: 'lambda:InvokeFunction',
  function: fn.name,
  principal: 'apigateway.amazonaws.com',
  sourceArn: config.require('apiSourceArn'),
});
