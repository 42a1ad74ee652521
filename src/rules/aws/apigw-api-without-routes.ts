import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceLabel } from '../_shared/labels.js';
import { refersTo } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, str } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const REST_API = 'aws:apigateway/restApi:RestApi';
const HTTP_API = 'aws:apigatewayv2/api:Api';
const METHOD = 'aws:apigateway/method:Method';
const REST_DEPLOYMENT = 'aws:apigateway/deployment:Deployment';
const REST_STAGE = 'aws:apigateway/stage:Stage';
const ROUTE = 'aws:apigatewayv2/route:Route';
const HTTP_STAGE = 'aws:apigatewayv2/stage:Stage';

/** Resources of `type` that belong to `api` (by `key`): some, none, or not known (a reference not resolved). */
function partsOf(model: ResourceModel, api: Resource, type: string, key: string): 'some' | 'none' | 'unknown' {
  let unsure = false;
  for (const r of model.resources) {
    if (r.type !== type) continue;
    const to = refersTo(model, arg(r, key), api);
    if (to === 'yes') return 'some';
    if (to === 'unknown' || r.args.open) unsure = true;
  }
  return unsure ? 'unknown' : 'none';
}

/** The API is defined by an OpenAPI document or a quick-create target instead of separate resources. */
function definedInline(api: Resource): boolean {
  return !['body', 'target', 'routeKey'].every((k) => definitelyAbsent(api, k));
}

export default defineRule({
  id: 'aws/apigw-api-without-routes',
  class: 'API-GATEWAY-CONFIG',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [REST_API, HTTP_API],
  messages: {
    restNoMethods: 'The REST API {{name}} has no methods{{deploy}}: nothing in the program adds a method or an OpenAPI `body` to it, so every request is answered with 403 "Missing Authentication Token". Add resources, methods and integrations (or a `body`), or remove the API.',
    restNotDeployed: 'The REST API {{name}} has methods but no deployment or stage: an API is only callable once a Deployment is attached to a Stage, so it has no invoke URL. Add an `aws.apigateway.Deployment` (with `triggers`) and an `aws.apigateway.Stage`.',
    httpNoRoutes: 'The {{protocol}} API {{name}} has no routes: nothing in the program adds a route (or a quick-create `target`/`body`), so every request is answered with 404 "Not Found". Add `aws.apigatewayv2.Route`s with integrations.',
    httpNotDeployed: 'The {{protocol}} API {{name}} has routes but no stage: the routes are never deployed and the API has no URL that serves them. Add an `aws.apigatewayv2.Stage` (e.g. `$default` with `autoDeploy: true`).',
  },
  title: {
    restNoMethods: 'REST API {{name}} has no methods',
    restNotDeployed: 'REST API {{name}} never deployed to a stage',
    httpNoRoutes: '{{protocol}} API {{name}} has no routes',
    httpNotDeployed: '{{protocol}} API {{name}} has no stage',
  },
  fixHint: 'new aws.apigatewayv2.Route("get", { apiId: api.id, routeKey: "GET /items", target: pulumi.interpolate`integrations/${integration.id}` }) and new aws.apigatewayv2.Stage("default", { apiId: api.id, name: "$default", autoDeploy: true }).',
  docs: {
    summary: 'An API Gateway API that the program never gives routes (REST methods, HTTP/WebSocket routes), or whose routes are never deployed to a stage.',
    why: 'An `aws.apigateway.RestApi` or `aws.apigatewayv2.Api` is only a container: the endpoints come from methods and integrations (REST) or routes (HTTP, WebSocket), and they are served only once deployed to a stage. Generated stacks sometimes stop at the API shell, or define the routes and forget the stage, so the service the request asked for is not reachable although the deployment succeeds.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nexport const endpoint = api.apiEndpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\naws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id, http_method=method.http_method, type="MOCK")\npulumi.export("api", api.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nconst integration = new aws.apigatewayv2.Integration('backend', { apiId: api.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: 'https://example.org' });\nnew aws.apigatewayv2.Route('get', { apiId: api.id, routeKey: 'GET /items', target: pulumi.interpolate\`integrations/\${integration.id}\` });\nnew aws.apigatewayv2.Stage('default', { apiId: api.id, name: '$default', autoDeploy: true });\nexport const endpoint = api.apiEndpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\nintegration = aws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id, http_method=method.http_method, type="MOCK")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id, triggers={"v": "1"}, opts=pulumi.ResourceOptions(depends_on=[integration]))\naws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\npulumi.export("api", api.id)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-deploy-api.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-routes.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html',
    ],
    notes: 'Judged only when the whole program was read (no missing modules, syntax errors or cut-off code) and the API is not defined by an OpenAPI `body` or a quick-create `target`; a method, route, deployment or stage whose API cannot be resolved counts as possibly the API\'s own.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const api of ctx.resources()) {
      if (!api.argsKnown || inFragment(ctx, api) || definedInline(api)) continue;
      if (api.type === REST_API) checkRest(ctx, api);
      else checkHttp(ctx, api);
    }
  },
});

const name = resourceLabel;

function checkRest(ctx: RuleContext, api: Resource): void {
  const model = ctx.model;
  const methods = partsOf(model, api, METHOD, 'restApi');
  const deployments = partsOf(model, api, REST_DEPLOYMENT, 'restApi');
  if (methods === 'none') {
    const deploy = deployments === 'some' ? ', yet it is deployed: creating the deployment fails ("The REST API doesn\'t contain any methods")' : '';
    ctx.report({ messageId: 'restNoMethods', data: { name: name(api), deploy }, resource: api, severity: deployments === 'some' ? 'high' : 'medium' });
  } else if (methods === 'some' && deployments === 'none' && partsOf(model, api, REST_STAGE, 'restApi') === 'none') {
    ctx.report({ messageId: 'restNotDeployed', data: { name: name(api) }, resource: api });
  }
}

function checkHttp(ctx: RuleContext, api: Resource): void {
  const protocol = str(arg(api, 'protocolType'))?.toUpperCase();
  if (protocol !== 'HTTP' && protocol !== 'WEBSOCKET') return;
  const shown = protocol === 'HTTP' ? 'HTTP' : 'WebSocket';
  const routes = partsOf(ctx.model, api, ROUTE, 'apiId');
  if (routes === 'none') ctx.report({ messageId: 'httpNoRoutes', data: { name: name(api), protocol: shown }, resource: api });
  else if (routes === 'some' && partsOf(ctx.model, api, HTTP_STAGE, 'apiId') === 'none') ctx.report({ messageId: 'httpNotDeployed', data: { name: name(api), protocol: shown }, resource: api });
}
