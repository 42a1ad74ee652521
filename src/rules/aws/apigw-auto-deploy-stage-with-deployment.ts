import { referencedResource } from '../_shared/resource-refs.js';
import { arg, bool, isAbsent, keySpan } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const HTTP_STAGE = 'aws:apigatewayv2/stage:Stage';
const HTTP_DEPLOYMENT = 'aws:apigatewayv2/deployment:Deployment';

export default defineRule({
  id: 'aws/apigw-auto-deploy-stage-with-deployment',
  class: 'API-GATEWAY-CONFIG',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [HTTP_STAGE],
  messages: {
    both: 'This stage deploys automatically (`autoDeploy: true`) and is also pinned to {{deployment}} (`deploymentId`): API Gateway creates the deployments of an auto-deploy stage itself, so the explicit Deployment is never what the stage serves after the next change, and updates that set `deploymentId` on an auto-deploy stage are rejected (BadRequestException). Keep `autoDeploy: true` and remove the Deployment and `deploymentId`, or turn `autoDeploy` off.',
  },
  title: 'Auto-deploy {{counted}} also pinned to {{deployment}}',
  fixHint: 'new aws.apigatewayv2.Stage("default", { apiId: api.id, name: "$default", autoDeploy: true }) with no aws.apigatewayv2.Deployment.',
  docs: {
    summary: 'An HTTP/WebSocket API stage with `autoDeploy: true` that also names a `deploymentId`.',
    why: 'With auto-deploy, API Gateway deploys every change of the API to the stage itself and manages the stage\'s deployment id. A separate `aws.apigatewayv2.Deployment` wired into the same stage is redundant at best: the stage moves on to API Gateway\'s own deployments, Pulumi then sees drift on `deploymentId`, and updates that write it back are refused. A `$default` stage with `autoDeploy: true` and no Deployment resource deploys every change without the conflict.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nconst route = new aws.apigatewayv2.Route('get', { apiId: api.id, routeKey: 'GET /items' });\nconst deployment = new aws.apigatewayv2.Deployment('deployment', { apiId: api.id }, { dependsOn: [route] });\nnew aws.apigatewayv2.Stage('prod', { apiId: api.id, name: 'prod', autoDeploy: true, deploymentId: deployment.id });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\nroute = aws.apigatewayv2.Route("get", api_id=api.id, route_key="GET /items")\ndeployment = aws.apigatewayv2.Deployment("deployment", api_id=api.id, opts=pulumi.ResourceOptions(depends_on=[route]))\naws.apigatewayv2.Stage("prod", api_id=api.id, name="prod", auto_deploy=True, deployment_id=deployment.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nnew aws.apigatewayv2.Route('get', { apiId: api.id, routeKey: 'GET /items' });\nnew aws.apigatewayv2.Stage('default', { apiId: api.id, name: '$default', autoDeploy: true });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\naws.apigatewayv2.Route("get", api_id=api.id, route_key="GET /items")\naws.apigatewayv2.Stage("default", api_id=api.id, name="$default", auto_deploy=True)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/apigatewayv2_stage#deployment_id',
      'https://github.com/aws-controllers-k8s/apigatewayv2-controller/pull/15',
    ],
    notes: 'Only `autoDeploy` known to be true together with a `deploymentId` that is given is reported.',
  },
  check(ctx) {
    for (const s of ctx.resources()) {
      const deploymentId = arg(s, 'deploymentId');
      if (bool(arg(s, 'autoDeploy')) !== true || !deploymentId || isAbsent(deploymentId)) continue;
      const d = referencedResource(ctx.model, deploymentId);
      const deployment = d && d.type === HTTP_DEPLOYMENT ? 'a Deployment resource' : 'a fixed deployment';
      ctx.report({ messageId: 'both', data: { deployment }, at: keySpan(s.args, 'deploymentId') ?? deploymentId.at, resource: s });
    }
  },
});
