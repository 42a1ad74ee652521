import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = 'arn:aws:iam::123456789012:role/lambda';

function configRule(name: string, code: string): aws.lambda.Function {
  const fn = new aws.lambda.Function(name, {
    runtime: 'nodejs22.x',
    handler: 'index.handler', // error: [aws/lambda-handler-reads-missing-event-field]
    role,
    code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(code) }),
  });
  new aws.lambda.Permission(`${name}-config`, { action: 'lambda:InvokeFunction', function: fn.name, principal: 'config.amazonaws.com' });
  new aws.cfg.Rule(`${name}-rule`, { source: { owner: 'CUSTOM_LAMBDA', sourceIdentifier: fn.arn, sourceDetails: [{ messageType: 'ConfigurationItemChangeNotification' }] } });
  return fn;
}

// --- bad
configRule('tags', `
exports.handler = async (event) => {
  const item = JSON.parse(event.configurationItem || '{}');
  return { type: item.resourceType, token: event.resultToken };
};
`);

// --- clean
configRule('ok', `
exports.handler = async (event) => {
  const item = JSON.parse(event.invokingEvent).configurationItem;
  return { type: item.resourceType, token: event.resultToken, own: event.hasOwnProperty('x') };
};
`);

// --- unknown
const queue = new aws.sqs.Queue('jobs', { visibilityTimeoutSeconds: 60 });
const direct = new aws.lambda.Function('direct', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async (event) => event.orderId.toUpperCase();') }),
});
new aws.lambda.EventSourceMapping('jobs', { eventSourceArn: queue.arn, functionName: direct.name });
new aws.lambda.Function('caller', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role,
  environment: { variables: { TARGET: direct.name } },
  code: new pulumi.asset.FileArchive(config.require('callerCode')),
});

// Function URLs and REST API proxy integrations: the handler must read the payload format they send.
const v2Handler = `exports.handler = async (event) => ({ statusCode: 200, body: event.rawPath + ' ' + event.requestContext.http.method });`;
const v1Handler = `exports.handler = async (event) => ({ statusCode: 200, body: event.path + ' ' + event.httpMethod });`;
function restProxy(name: string, code: string, type: pulumi.Input<string>): aws.lambda.Function {
  const fn = new aws.lambda.Function(name, { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(code) }) });
  const api = new aws.apigateway.RestApi(`${name}-api`);
  const method = new aws.apigateway.Method(`${name}-any`, { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'ANY', authorization: 'NONE' });
  new aws.apigateway.Integration(`${name}-integration`, { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type, integrationHttpMethod: 'POST', uri: fn.invokeArn });
  return fn;
}

// --- bad
const urlFn = new aws.lambda.Function('url-fn', {
  runtime: 'nodejs22.x',
  handler: 'index.handler', // error: [aws/lambda-handler-reads-missing-event-field]
  role,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(`exports.handler = async (event) => ({ statusCode: 200, body: event.path.split('/').pop() });`) }),
});
new aws.lambda.FunctionUrl('url-fn', { functionName: urlFn.name, authorizationType: 'AWS_IAM' });

// --- clean
restProxy('rest-v1', v1Handler, 'AWS_PROXY');
const urlOk = new aws.lambda.Function('url-ok', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(v2Handler) }) });
new aws.lambda.FunctionUrl('url-ok', { functionName: urlOk.name, authorizationType: 'AWS_IAM' });
const urlBoth = new aws.lambda.Function('url-both', { runtime: 'nodejs22.x', handler: 'index.handler', role, code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(`exports.handler = async (event) => ({ statusCode: 200, body: (event.rawPath ?? event.path).split('/').pop() });`) }) });
new aws.lambda.FunctionUrl('url-both', { functionName: urlBoth.name, authorizationType: 'AWS_IAM' });

// --- unknown
restProxy('rest-any', v2Handler, config.require('integrationType'));
