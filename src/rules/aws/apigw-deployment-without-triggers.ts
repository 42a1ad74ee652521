import type { Resource, ResourceModel } from '../../model/types.js';
import { provenance } from '../../ir/values.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, bool } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const REST_DEPLOYMENT = 'aws:apigateway/deployment:Deployment';
const HTTP_DEPLOYMENT = 'aws:apigatewayv2/deployment:Deployment';
const HTTP_STAGE = 'aws:apigatewayv2/stage:Stage';

/** Options that replace the deployment on changes of other values. */
const REPLACEMENT_OPTIONS = ['replaceOnChanges', 'replacementTrigger', 'replaceWith'];

/** Arguments built from the time or random values change on every run, which redeploys every time. */
function changesEveryRun(r: Resource): boolean {
  return [...r.args.props.values()].some((v) => [...provenance(v)].some((p) => p === 'time' || p === 'random'));
}

/** An HTTP API whose stage deploys automatically needs no Deployment (aws/apigw-auto-deploy-stage-with-deployment). */
function autoDeployed(model: ResourceModel, d: Resource): boolean {
  const api = referencedResource(model, arg(d, 'apiId'));
  return !!api && model.resources.some((s) => s.type === HTTP_STAGE && refersTo(model, arg(s, 'apiId'), api) === 'yes' && bool(arg(s, 'autoDeploy')) === true);
}

export default defineRule({
  id: 'aws/apigw-deployment-without-triggers',
  class: 'API-GATEWAY-CONFIG',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [REST_DEPLOYMENT, HTTP_DEPLOYMENT],
  messages: {
    noTriggers: 'This API deployment has no `triggers`, so Pulumi never replaces it: methods, integrations or routes changed after the first `pulumi up` are updated in the API but not deployed, and the stage keeps serving the old snapshot. Set `triggers` to a hash of the resources the API is built from (their ids, or the OpenAPI body).',
  },
  title: '{{counted}} without triggers: later API changes never reach the stage',
  fixHint: 'triggers: { redeployment: pulumi.all([resource.id, method.id, integration.id]).apply((ids) => JSON.stringify(ids)) } / triggers={"redeployment": pulumi.Output.all(method.id, integration.id).apply(lambda ids: json.dumps(ids))}',
  docs: {
    summary: 'An API Gateway Deployment (REST or HTTP API) without `triggers`, which is never redeployed when the API changes.',
    why: 'A deployment is a snapshot of the API taken when it is created. Pulumi creates it once and only replaces it when one of its own arguments changes; edits to methods, integrations or routes do not touch it, so they never reach the stage. The provider documents `triggers` for exactly this: a map whose value changes when the API does (a hash of the resource ids or of the OpenAPI body) forces a new deployment. Without it, every change after the first `pulumi up` is live in the API definition but not on the stage clients call.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api');\nconst method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });\nconst integration = new aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'MOCK' });\nnew aws.apigateway.Deployment('deployment', { restApi: api.id }, { dependsOn: [method, integration] });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\nroute = aws.apigatewayv2.Route("get", api_id=api.id, route_key="GET /items")\naws.apigatewayv2.Deployment("deployment", api_id=api.id, opts=pulumi.ResourceOptions(depends_on=[route]))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst api = new aws.apigateway.RestApi('api');\nconst method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });\nconst integration = new aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'MOCK' });\nnew aws.apigateway.Deployment('deployment', {\n  restApi: api.id,\n  triggers: { redeployment: pulumi.all([method.id, integration.id]).apply((ids) => JSON.stringify(ids)) },\n}, { dependsOn: [method, integration] });\n`,
      py: `import json\nimport pulumi\nimport pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\nroute = aws.apigatewayv2.Route("get", api_id=api.id, route_key="GET /items")\naws.apigatewayv2.Deployment("deployment", api_id=api.id,\n    triggers={"redeployment": route.id.apply(lambda i: json.dumps([i]))},\n    opts=pulumi.ResourceOptions(depends_on=[route]))\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/apigateway/deployment/',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment#triggers',
    ],
    notes: 'Deployments with arguments built from the time or random values (replaced on every run), with a replacement option, or of an HTTP API whose stage deploys automatically are not reported; neither are deployments whose arguments are not all known.',
  },
  check(ctx) {
    for (const d of ctx.resources()) {
      if (!knownAbsent(ctx, d, 'triggers') || changesEveryRun(d)) continue;
      if (REPLACEMENT_OPTIONS.some((o) => d.opts.props.has(o)) || d.opts.open) continue;
      if (d.type === HTTP_DEPLOYMENT && autoDeployed(ctx.model, d)) continue;
      ctx.report({ messageId: 'noTriggers', resource: d });
    }
  },
});
