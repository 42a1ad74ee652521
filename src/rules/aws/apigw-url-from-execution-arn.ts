import type { At, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceById } from '../_shared/resource-refs.js';
import { isObj } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

/** Names of values meant to be a URL that clients call. */
const URL_NAME = /url|endpoint|uri$/i;

const FUNCTION = 'aws:lambda/function:Function';

/** The API Gateway resource whose `executionArn` a value starts with, or the execute-api ARN text it starts with. */
function executionArnLead(model: ResourceModel, v: Value | undefined, depth = 0): string | undefined {
  if (!v || depth > 6) return undefined;
  const fromAttr = (id: number | undefined, attr: string | undefined): string | undefined => {
    const r = resourceById(model, id);
    return r && attr === 'executionArn' && (r.module === 'apigateway' || r.module === 'apigatewayv2') ? `${r.typePath}.${r.lang === 'py' ? 'execution_arn' : 'executionArn'}` : undefined;
  };
  switch (v.kind) {
    case 'output':
      return v.resource !== undefined ? fromAttr(v.resource, v.attr) : executionArnLead(model, v.inner, depth + 1);
    case 'unknown':
      return v.ref ? fromAttr(v.ref.resource, v.ref.attr) : undefined;
    case 'str':
      return executionArnLead(model, v.parts[0], depth + 1);
    case 'known':
      return typeof v.value === 'string' && /^arn:aws[a-z-]*:execute-api:/.test(v.value) ? 'an `arn:aws:execute-api:` ARN' : undefined;
    default:
      return undefined;
  }
}

interface Named {
  name: string;
  value: Value;
  at: At | undefined;
  where: string;
  resource?: Resource;
}

/** Values named like URLs: stack outputs, component outputs and function environment variables. */
function namedValues(model: ResourceModel): Named[] {
  const out: Named[] = [];
  // Innermost components first: a value built in a component and passed up is reported where it is built.
  for (const c of [...model.components].reverse()) {
    const v = c.registerOutputs?.value;
    if (isObj(v)) for (const [k, x] of v.props) out.push({ name: k, value: x, at: v.keys?.get(k)?.at ?? x.at ?? c.registerOutputs!.at, where: `output \`${k}\` of ${c.className}` });
  }
  for (const e of model.exports) out.push({ name: e.name, value: e.value, at: e.at, where: `stack output \`${e.name}\`` });
  for (const r of model.resources) {
    if (r.type !== FUNCTION) continue;
    const vars = r.args.props.get('environment');
    const variables = isObj(vars) ? vars.props.get('variables') : undefined;
    if (isObj(variables)) for (const [k, x] of variables.props) out.push({ name: k, value: x, at: variables.keys?.get(k)?.at ?? x.at, where: `environment variable \`${k}\``, resource: r });
  }
  return out;
}

export default defineRule({
  id: 'aws/apigw-url-from-execution-arn',
  class: 'API-GATEWAY-CONFIG',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [],
  messages: {
    arnAsUrl: 'The {{where}} is meant to be a URL but is built from {{lead}}, the API\'s execute-api ARN (`arn:aws:execute-api:<region>:<account>:<api-id>/…`), which is what IAM and Lambda permissions match, not an address clients can call: requests to it fail. Use the stage\'s `invokeUrl` (REST) or the API\'s `apiEndpoint` (HTTP API), or build `https://<api-id>.execute-api.<region>.amazonaws.com/<stage>`.',
  },
  title: '{{where}} built from the execute-api ARN, not a URL',
  fixHint: 'export const apiUrl = stage.invokeUrl; / pulumi.export("api_url", stage.invoke_url)',
  docs: {
    summary: 'A stack output, component output or function environment variable named like a URL (`apiUrl`, `endpoint`) whose value is built from an API\'s `executionArn`.',
    why: 'The execution ARN identifies an API for permissions (`lambda.Permission.sourceArn`, IAM `execute-api:Invoke`); it is not a network address. Generated stacks sometimes derive the "API endpoint" output from it (`${api.executionArn}/prod/webhook`), so tests, clients and other stacks that read the output call a string that is not a URL.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst api = new aws.apigateway.RestApi('api');\nexport const apiUrl = pulumi.interpolate\`\${api.executionArn}/prod/webhook\`;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\npulumi.export("api_endpoint", pulumi.Output.concat(api.execution_arn, "/items"))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst api = new aws.apigateway.RestApi('api');\nconst deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id, triggers: { v: '1' } });\nconst stage = new aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod' });\nexport const apiUrl = pulumi.interpolate\`\${stage.invokeUrl}/webhook\`;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\napi = aws.apigatewayv2.Api("http", protocol_type="HTTP")\npulumi.export("api_endpoint", pulumi.Output.concat(api.api_endpoint, "/items"))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html',
    ],
    notes: 'Only values whose name says URL, endpoint or URI and that start with the execution ARN (or literal `arn:aws:execute-api:` text) are reported.',
  },
  check(ctx: RuleContext) {
    // The same value passed on (component output, then stack output) is one mistake.
    const seen = new Set<string>();
    for (const v of namedValues(ctx.model)) {
      if (!URL_NAME.test(v.name)) continue;
      const lead = executionArnLead(ctx.model, v.value);
      if (!lead) continue;
      const origin = v.value.at ? `${v.value.at.f}:${v.value.at.s}:${v.value.at.e}` : undefined;
      if (origin !== undefined && seen.has(origin)) continue;
      if (origin !== undefined) seen.add(origin);
      ctx.report({ messageId: 'arnAsUrl', data: { where: v.where, lead: lead.startsWith('an ') ? lead : `\`${lead}\`` }, at: v.at, ...(v.resource ? { resource: v.resource } : {}) });
    }
  },
});
