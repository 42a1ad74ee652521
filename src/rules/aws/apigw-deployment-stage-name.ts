import { describe, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceLabel } from '../_shared/labels.js';
import { referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, isAbsent, keySpan, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const DEPLOYMENT = 'aws:apigateway/deployment:Deployment';
const STAGE = 'aws:apigateway/stage:Stage';

type Same = 'yes' | 'no' | 'unknown';

/**
 * Do two stage names name the same stage: equal literals, the deployment's own `stageName` output,
 * or the same configuration value or template?
 */
function sameName(stageName: Value, deployment: Resource, deploymentName: Value): Same {
  const ref = stageName.kind === 'output' && stageName.resource === deployment.id ? stageName.attr : undefined;
  if (ref === 'stageName') return 'yes';
  const a = str(stageName);
  const b = str(deploymentName);
  if (isAbsent(stageName)) return 'no';
  if (a !== undefined && b !== undefined) return a === b ? 'yes' : 'no';
  if (a !== undefined || b !== undefined) return 'unknown';
  const textOf = (v: Value) => (v.kind === 'unknown' && !v.alts ? `<${v.why}>` : v.kind === 'str' ? describe(v) : undefined);
  const x = textOf(stageName);
  return x !== undefined && x === textOf(deploymentName) ? 'yes' : 'unknown';
}

/** The Stage resources of the same REST API as the deployment. */
function stagesOf(model: ResourceModel, deployment: Resource): Resource[] {
  const api = referencedResource(model, arg(deployment, 'restApi'));
  if (!api) return [];
  return model.resources.filter((s) => s.type === STAGE && refersTo(model, arg(s, 'restApi'), api) === 'yes');
}

export default defineRule({
  id: 'aws/apigw-deployment-stage-name',
  class: 'API-GATEWAY-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [DEPLOYMENT],
  messages: {
    conflict: 'The deployment creates {{stage}} itself (`stageName`), and the separate Stage {{other}} creates a stage of the same name for the same API: the second creation fails with ConflictException ("Stage already exists"). Remove `stageName` from the Deployment and let the Stage resource own the stage.',
    implicit: '{{Stage}} is created as a side effect of the Deployment (`stageName`), deprecated by the AWS provider and removed in its 7.x: such a stage has no settings of its own (access logs, tracing, throttling, cache), is recreated with the deployment, and anything that names it ({{consumers}}) does not wait for a Stage resource. Create an `aws.apigateway.Stage` for the deployment and reference its `stageName`.',
  },
  title: {
    conflict: 'Stage created twice: by the deployment\'s stage name and by Stage {{other}}',
    implicit: 'API stage created through the deprecated `stageName` of {{counted}}',
  },
  fixHint: 'const deployment = new aws.apigateway.Deployment("d", { restApi: api.id, triggers: {...} }); const stage = new aws.apigateway.Stage("prod", { restApi: api.id, deployment: deployment.id, stageName: "prod" }).',
  docs: {
    summary: 'A REST API Deployment that creates its stage through `stageName`: as well as a separate Stage of the same name (a conflict), or as the only way the stage is defined.',
    why: 'A Deployment with `stageName` creates or updates that stage when it is created. Generated programs often also declare an `aws.apigateway.Stage` with the same name to set logging or tracing, and the two collide: whichever comes second fails with "Stage already exists". A stage that only exists through the Deployment cannot be configured (no access logs, X-Ray, throttling or caching), is replaced together with the deployment, and the argument is deprecated (removed in the AWS provider 7.x). A separate Stage resource that points at the deployment avoids all three.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api');\nconst deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id, stageName: 'prod' } as any);\nnew aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod', xrayTracingEnabled: true });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id, stage_name="prod")\naws.apigateway.UsagePlan("plan", api_stages=[{"api_id": api.id, "stage": deployment.stage_name}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigateway.RestApi('api');\nconst deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id });\nnew aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod', xrayTracingEnabled: true });\n`,
      py: `import pulumi_aws as aws\napi = aws.apigateway.RestApi("api")\ndeployment = aws.apigateway.Deployment("deployment", rest_api=api.id)\nstage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")\naws.apigateway.UsagePlan("plan", api_stages=[{"api_id": api.id, "stage": stage.stage_name}])\n`,
    },
    references: [
      'https://www.pulumi.com/registry/packages/aws/api-docs/apigateway/deployment/',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_deployment',
      'https://github.com/hashicorp/terraform-provider-aws/pull/5837',
    ],
    notes: 'Stage names are compared as literals, as the deployment\'s own `stageName` output, or as the same configuration value or template; names that cannot be compared are not reported as a conflict. The deprecation itself is also reported by aws/deprecated-argument (DEPRECATED-API); this rule reports what it does to the stage.',
  },
  check(ctx) {
    const model = ctx.model;
    for (const d of ctx.resources()) {
      const stageName = arg(d, 'stageName');
      // An empty name deploys without creating a stage.
      if (!stageName || isAbsent(stageName) || str(stageName) === '') continue;
      const at = keySpan(d.args, 'stageName') ?? stageName.at;
      const stages = stagesOf(model, d);
      const shown = str(stageName) !== undefined ? `the stage "${str(stageName)}"` : 'its stage';
      const same = stages.map((s) => [s, sameName(arg(s, 'stageName') ?? { kind: 'absent' }, d, stageName)] as const);
      const clash = same.find(([, x]) => x === 'yes')?.[0];
      if (clash) {
        ctx.report({ messageId: 'conflict', data: { stage: shown, other: resourceLabel(clash) }, at, resource: d });
        continue;
      }
      if (same.some(([, x]) => x === 'unknown')) continue;
      const consumers = model.attributeReads.filter((a) => a.resource === d.id && a.attr === 'stageName').length;
      ctx.report({ messageId: 'implicit', data: { Stage: shown[0]!.toUpperCase() + shown.slice(1), consumers: consumers ? `${consumers} reference${consumers > 1 ? 's' : ''} to \`deployment.stageName\`` : 'usage plans, method settings, base path mappings' }, at, resource: d, severity: 'medium' });
    }
  },
});
