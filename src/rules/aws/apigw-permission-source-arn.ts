import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { pythonName } from '../../schema/index.js';
import { awsResourceSchema, resourceById } from '../_shared/aws-schema-args.js';
import { resourcePath } from '../_shared/aws-schema-names.js';
import { arg, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const PERMISSION = 'aws:lambda/permission:Permission';
const PRINCIPAL = 'apigateway.amazonaws.com';

/** A management-API ARN of API Gateway (`arn:aws:apigateway:region::/restapis/id`), written as text. */
const MANAGEMENT_ARN = /^arn:aws[a-z-]*:apigateway:/i;

/** An execute-api ARN written out: `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<method>/<path>`. */
const EXECUTE_API_ARN = /^arn:aws[a-z-]*:execute-api:/i;

/** Provenance of values that name the Pulumi stack, project or organisation, never a region or an account. */
const PULUMI_NAME = /^(stack|project|organization)$/;

/** A part of a built string: literal text, or a value that is not known. */
type Segment = { text: string } | { value: Value };

function segmentsOf(v: Value | undefined, out: Segment[] = [], depth = 0): Segment[] {
  if (!v || depth > 6) return out;
  if (v.kind === 'output' && v.resource === undefined) return segmentsOf(v.inner, out, depth + 1);
  if (v.kind === 'str') for (const p of v.parts) segmentsOf(p, out, depth + 1);
  else if (v.kind === 'known') out.push({ text: String(v.value) });
  else out.push({ value: v });
  return out;
}

/** The `:`-separated fields of a built ARN, each as its segments. */
function arnFields(v: Value): Segment[][] {
  const fields: Segment[][] = [[]];
  for (const seg of segmentsOf(v)) {
    if ('value' in seg) {
      fields[fields.length - 1]!.push(seg);
      continue;
    }
    const pieces = seg.text.split(':');
    pieces.forEach((piece, i) => {
      if (i > 0) fields.push([]);
      if (piece) fields[fields.length - 1]!.push({ text: piece });
    });
  }
  return fields;
}

/** Why a field of the ARN cannot be the region or account it stands for, if it cannot. */
function wrongPart(field: Segment[] | undefined, what: 'region' | 'account'): string | undefined {
  if (!field || field.length !== 1) return undefined;
  const seg = field[0]!;
  if ('text' in seg) {
    if (what === 'account' && !/^(\d{12}|\*)$/.test(seg.text)) return `the text "${seg.text}", which is not an account id`;
    return undefined;
  }
  const v = seg.value;
  if (v.kind !== 'unknown') return undefined;
  if (PULUMI_NAME.test(v.why) || v.taint?.includes('stack')) return `the Pulumi ${v.why === 'organization' ? 'organization' : v.why === 'project' ? 'project' : 'stack'} name, not the ${what}`;
  if (v.why.startsWith('pulumi.')) return `\`${v.why}()\`, which the Pulumi SDK does not have (the program fails with AttributeError or "is not a function")`;
  return undefined;
}

/** What the ARN starts with: a resource attribute, or known text. */
type Lead = { ref: { resource: number; attr: string }; at?: At } | { text: string; at?: At };

/** The first part of a (possibly built) string value: `${api.arn}/*\/*` leads with `api.arn`. */
function leadOf(v: Value | undefined, depth = 0): Lead | undefined {
  if (!v || depth > 6) return undefined;
  switch (v.kind) {
    case 'output':
      if (v.resource !== undefined && v.attr) return { ref: { resource: v.resource, attr: v.attr }, at: v.at };
      return leadOf(v.inner, depth + 1);
    case 'unknown':
      return v.ref ? { ref: v.ref, at: v.at } : undefined;
    case 'str':
      return v.parts[0] ? leadOf(v.parts[0], depth + 1) : undefined;
    case 'known':
      return typeof v.value === 'string' ? { text: v.value, at: v.at } : undefined;
    default:
      return undefined;
  }
}

function isApiGateway(r: Resource): boolean {
  return r.pkg === 'aws' && (r.module === 'apigateway' || r.module === 'apigatewayv2');
}

/** The attribute as the program spells it. */
function spelled(r: Resource, attr: string): string {
  return r.lang === 'py' ? pythonName(attr) : attr;
}

export default defineRule({
  id: 'aws/apigw-permission-source-arn',
  class: 'APIGW-LAMBDA-INTEGRATION',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PERMISSION],
  messages: {
    noExecutionArn: 'The permission\'s `sourceArn` is built from `{{attr}}` of an `{{type}}`, which has no such attribute ({{fails}}): only the API and its stages have an execute-api ARN, so the permission never matches the ARN API Gateway presents when it invokes the function and every request fails with 500 "Invalid permissions on Lambda function". Build it from the API: `{{fix}}`.',
    managementArn: 'The permission\'s `sourceArn` is built from `{{attr}}` of an `{{type}}`, the management ARN (`arn:aws:apigateway:<region>::/…`), not the execute-api ARN (`arn:aws:execute-api:<region>:<account>:<api-id>/…`) that API Gateway presents when it invokes the function: the permission never matches, so every request fails with 500 "Invalid permissions on Lambda function". Use `{{fix}}`.',
    managementText: 'The permission\'s `sourceArn` is an `arn:aws:apigateway:` management ARN, not the execute-api ARN (`arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>`) that API Gateway presents when it invokes the function: the permission never matches, so every request fails with 500 "Invalid permissions on Lambda function". Use the API\'s `executionArn` followed by `/*/*`.',
    handBuiltPart: 'The permission\'s `sourceArn` spells out the execute-api ARN by hand, and {{why}}: the ARN never matches the one API Gateway presents, so every request fails with 500 "Invalid permissions on Lambda function". Build it from the API instead: `{{fix}}`.',
    handBuiltApiId: 'The permission\'s `sourceArn` spells out the execute-api ARN by hand with `{{attr}}` where the API id belongs: the ARN never matches the one API Gateway presents, so every request fails with 500 "Invalid permissions on Lambda function". Use `{{fix}}`.',
    notAnArn: 'The permission\'s `sourceArn` starts with `{{attr}}` of an `{{type}}`, which is not an ARN: Lambda rejects the source ARN, or the permission never matches the execute-api ARN API Gateway presents when it invokes the function. Use `{{fix}}`.',
  },
  title: {
    noExecutionArn: 'Permission sourceArn built from {{attr:code}} of {{type:code}}, which has none',
    managementArn: 'Permission sourceArn built from the management ARN {{attr:code}} of {{type:code}}',
    managementText: 'Permission sourceArn is a management ARN, not the execute-api ARN',
    handBuiltPart: 'Hand-built execute-api ARN in the permission\'s sourceArn never matches',
    handBuiltApiId: 'Hand-built execute-api ARN with {{attr:code}} as the API id',
    notAnArn: 'Permission sourceArn starts with {{attr:code}}, not an ARN',
  },
  fixHint: 'new aws.lambda.Permission("invoke", { action: "lambda:InvokeFunction", function: fn.name, principal: "apigateway.amazonaws.com", sourceArn: pulumi.interpolate`${restApi.executionArn}/*/*` }) (Python: source_arn=rest_api.execution_arn.apply(lambda arn: f"{arn}/*/*")).',
  docs: {
    summary: 'A Lambda permission for API Gateway whose `sourceArn` is not the API\'s execute-api ARN: the nonexistent `executionArn` of a Method, Integration, Resource or Route, the management `arn` of a RestApi/HTTP API/Stage, another attribute that is not an ARN, or an ARN spelt out by hand with the stack name as region, a nonexistent SDK call as account, or something other than the API id.',
    why: 'API Gateway invokes a function with a source ARN of the form `arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/<METHOD>/<path>`, and the permission\'s `sourceArn` condition must match it. Only the API (`RestApi.executionArn`, `apigatewayv2.Api.executionArn`) and its stages have an execution ARN; methods, integrations and routes have none (`method.execution_arn` fails in Python, does not compile in TypeScript). The `arn` attribute of an API is the `arn:aws:apigateway:` ARN of the management API, which never matches an invocation, so the function answers every request with a 500 although the deployment succeeded.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst api = new aws.apigateway.RestApi('api');\nnew aws.lambda.Permission('invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate\`\${api.arn}/*/*\` });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\naws.lambda_.Permission("invoke", action="lambda:InvokeFunction", function=fn.name, principal="apigateway.amazonaws.com",\n    source_arn=method.execution_arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst api = new aws.apigateway.RestApi('api');\nnew aws.lambda.Permission('invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate\`\${api.executionArn}/*/*\` });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\naws.lambda_.Permission("invoke", action="lambda:InvokeFunction", function=fn.name, principal="apigateway.amazonaws.com",\n    source_arn=api.execution_arn.apply(lambda arn: f"{arn}/*/*"))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html',
      'https://docs.aws.amazon.com/lambda/latest/dg/services-apigateway.html#apigateway-permissions',
      'https://www.pulumi.com/registry/packages/aws/api-docs/lambda/permission/',
    ],
    notes: 'Only the start of the source ARN is judged (what it is built from); the path pattern after the API id (`/*/*`, `/*/GET/items`) is not. An ARN spelt out as `arn:aws:execute-api:<region>:<account>:<api-id>/…` is read field by field: a region or account taken from `pulumi.getStack()`/`getProject()`/`getOrganization()` or from a Pulumi SDK function that does not exist (`pulumi.get_account_id()`), and an API-id field that is another attribute (`api.name`, `api.arn`) or another resource\'s, are reported; literal regions are HARDCODED-VALUES\' concern. `Stage.executionArn` is an execute-api ARN and is accepted. A read of a nonexistent attribute is also reported by aws/unknown-attribute (PULUMI-INVALID-ARG) where that rule can tell; this rule reports what it does to the permission. Permissions for principals other than API Gateway are not checked.',
  },
  check(ctx) {
    for (const p of ctx.resources()) {
      const principal = str(arg(p, 'principal'));
      if (principal !== undefined && principal !== PRINCIPAL) continue;
      const v = arg(p, 'sourceArn');
      const lead = leadOf(v);
      if (!lead) continue;
      const at = v?.at ?? lead.at;
      if ('text' in lead) {
        if (MANAGEMENT_ARN.test(lead.text)) ctx.report({ messageId: 'managementText', at, resource: p });
        else if (EXECUTE_API_ARN.test(lead.text)) checkHandBuilt(ctx, p, v!, at);
        continue;
      }
      const r = resourceById(ctx.model, lead.ref.resource);
      if (!r || !isApiGateway(r)) continue;
      const attr = lead.ref.attr;
      const schema = awsResourceSchema(ctx.model, r);
      const fix = fixText(ctx.model.resources, r, p.lang);
      const data = { attr: spelled(r, attr), type: resourcePath(r), fix };
      if (attr === 'executionArn') {
        if (schema && !schema.outputs.property('executionArn')) {
          const fails = r.lang === 'py' ? 'reading it raises AttributeError' : 'TypeScript does not compile, and the value is `undefined` at run time';
          ctx.report({ messageId: 'noExecutionArn', data: { ...data, fails }, at, resource: p });
        }
      } else if (attr === 'arn') {
        if (schema?.outputs.property('arn')) ctx.report({ messageId: 'managementArn', data, at, resource: p });
      } else if (schema?.outputs.property(attr) && !/arn$/i.test(attr)) {
        ctx.report({ messageId: 'notAnArn', data, at, resource: p });
      }
    }
  },
});

/** A source ARN spelt out by hand whose region, account or API id part is something else. */
function checkHandBuilt(ctx: RuleContext, p: Resource, v: Value, at: At | undefined): void {
  const fields = arnFields(v);
  const fix = fixText(ctx.model.resources, p, p.lang);
  const wrong = ([[3, 'region'], [4, 'account']] as const).flatMap(([index, what]) => {
    const why = wrongPart(fields[index], what);
    return why ? [`its ${what} part is ${why}`] : [];
  });
  if (wrong.length) ctx.report({ messageId: 'handBuiltPart', data: { why: wrong.join(', and '), fix }, at, resource: p });
  const head = fields[5]?.[0];
  if (head && 'value' in head) {
    const ref = head.value.kind === 'output' && head.value.resource !== undefined && head.value.attr ? { resource: head.value.resource, attr: head.value.attr } : head.value.kind === 'unknown' ? head.value.ref : undefined;
    const r = ref ? resourceById(ctx.model, ref.resource) : undefined;
    if (r && ref && !(isApi(r) && ref.attr === 'id')) ctx.report({ messageId: 'handBuiltApiId', data: { attr: `${resourcePath(r)}.${spelled(r, ref.attr)}`, fix }, at, resource: p });
  }
}

function isApi(r: Resource): boolean {
  return r.type === 'aws:apigateway/restApi:RestApi' || r.type === 'aws:apigatewayv2/api:Api';
}

/** The suggested source ARN, naming the API class the program uses. */
function fixText(resources: Resource[], from: Resource, lang: Resource['lang']): string {
  const v2 = from.module === 'apigatewayv2' || (!resources.some((r) => r.type === 'aws:apigateway/restApi:RestApi') && resources.some((r) => r.type === 'aws:apigatewayv2/api:Api'));
  const api = v2 ? (lang === 'py' ? 'http_api' : 'httpApi') : lang === 'py' ? 'rest_api' : 'restApi';
  return lang === 'py' ? `${api}.execution_arn.apply(lambda arn: f"{arn}/*/*")` : `pulumi.interpolate\`\${${api}.executionArn}/*/*\``;
}
