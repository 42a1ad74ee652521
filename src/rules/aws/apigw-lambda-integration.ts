import { describe } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { functionOf, hasInvokePermission } from '../_shared/lambda-permissions.js';
import { type Fix, fix, FixingReporter, replaceValue, textOf, writtenValueSpan } from '../_shared/fixes.js';
import { arg, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const REST = 'aws:apigateway/integration:Integration';
const HTTP_API = 'aws:apigatewayv2/integration:Integration';
const PRINCIPAL = 'apigateway.amazonaws.com';

export default defineRule({
  id: 'aws/apigw-lambda-integration',
  class: 'APIGW-LAMBDA-INTEGRATION',
  severity: 'high',
  category: 'aws',
  resourceTypes: [REST, HTTP_API],
  messages: {
    arnAsUri: 'The integration `uri` is the Lambda function\'s `arn`, but a REST API integration needs the API Gateway invocation URI: creation fails with "Invalid ARN specified in the request". Use the function\'s `invokeArn` (`invoke_arn` in Python).',
    method: '`{{arg}}` is "{{method}}" on a Lambda proxy integration: API Gateway always invokes Lambda with POST, whatever the method of the route, so every request fails ("Internal server error"). Set it to "POST".',
    permission: 'API Gateway invokes `{{fn}}` through this integration, but no `aws.lambda.Permission` lets `apigateway.amazonaws.com` invoke it: every request fails with 500 and "Invalid permissions on Lambda function". Add a Permission with `sourceArn` = `${api.executionArn}/*/*`.',
  },
  title: {
    arnAsUri: 'REST integration URI is the function ARN, not its invocation URI',
    method: 'Lambda proxy integration with {{arg:arg:code}} {{method}} instead of POST',
    permission: 'No permission for API Gateway to invoke {{fn:code}}',
  },
  fixHint: 'new aws.apigateway.Integration(..., { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: fn.invokeArn }) and new aws.lambda.Permission(..., { action: "lambda:InvokeFunction", function: fn.name, principal: "apigateway.amazonaws.com", sourceArn: pulumi.interpolate`${api.executionArn}/*/*` }).',
  fixable: true,
  docs: {
    summary: 'API Gateway to Lambda integrations wired wrongly: `arn` instead of `invokeArn` as the URI, a method other than POST for Lambda proxy integrations, or no invoke permission for API Gateway.',
    why: 'A REST API reaches Lambda through an invocation URI (`invokeArn`), always with POST, and only if the function\'s resource policy lets `apigateway.amazonaws.com` invoke it. Each of these mistakes is common in generated stacks; the first fails the deployment, the other two deploy and then fail every request with a 500.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new (require('@pulumi/pulumi').asset.FileArchive)('./app') });\nconst api = new aws.apigateway.RestApi('api');\nconst method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });\nnew aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: fn.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\naws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id, http_method=method.http_method,\n    type="AWS_PROXY", integration_http_method="GET", uri=fn.invoke_arn)\naws.lambda_.Permission("invoke", action="lambda:InvokeFunction", function=fn.name, principal="apigateway.amazonaws.com")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst fn = new aws.lambda.Function('fn', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda', code: new pulumi.asset.FileArchive('./app') });\nconst api = new aws.apigateway.RestApi('api');\nconst method = new aws.apigateway.Method('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'GET', authorization: 'NONE' });\nnew aws.apigateway.Integration('get', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: method.httpMethod, type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: fn.invokeArn });\nnew aws.lambda.Permission('invoke', { action: 'lambda:InvokeFunction', function: fn.name, principal: 'apigateway.amazonaws.com', sourceArn: pulumi.interpolate\`\${api.executionArn}/*/*\` });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\napi = aws.apigateway.RestApi("api")\nmethod = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")\naws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id, http_method=method.http_method,\n    type="AWS_PROXY", integration_http_method="POST", uri=fn.invoke_arn)\naws.lambda_.Permission("invoke", action="lambda:InvokeFunction", function=fn.name, principal="apigateway.amazonaws.com",\n    source_arn=api.execution_arn.apply(lambda arn: f"{arn}/*/*"))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/apigateway/integration/',
    ],
    notes: 'HTTP APIs (apigatewayv2) accept the function ARN as `integrationUri`, so only their method and permission are checked. The permission check is skipped when some Permission in the program names a function or principal that cannot be resolved.',
    fix: 'the integration method of a Lambda proxy integration becomes `"POST"`, and a function\'s `arn` given as a REST integration\'s `uri` becomes its `invokeArn` (`invoke_arn`). The missing invoke permission is not added: its source ARN is the author\'s to choose.',
  },
  check(ctx) {
    const out = new FixingReporter(ctx);
    for (const r of ctx.resources()) {
      const type = str(arg(r, 'type'))?.toUpperCase();
      if (type !== 'AWS_PROXY' && type !== 'AWS') continue;
      const uriArg = r.type === REST ? 'uri' : 'integrationUri';
      const uri = arg(r, uriArg);
      const fn = functionOf(ctx.model, uri);
      if (!fn) continue;
      if (r.type === REST && uri?.kind === 'output' && uri.attr === 'arn') {
        out.report({ messageId: 'arnAsUri', at: uri.at, resource: r, severity: 'critical' }, invokeArn(ctx, r, uriArg));
      }
      if (type === 'AWS_PROXY') checkMethod(ctx, out, r);
      if (hasInvokePermission(ctx.model, fn, PRINCIPAL) === false) {
        out.report({ messageId: 'permission', data: { fn: label(fn) }, resource: r });
      }
    }
    out.flush();
  },
});

/** `uri: fn.arn` → `uri: fn.invokeArn` (`fn.invoke_arn`), when the attribute is read right there. */
function invokeArn(ctx: RuleContext, r: Resource, key: string): Fix | undefined {
  const uri = r.args.props.get(key);
  const span = writtenValueSpan(ctx, r, r.args, key);
  const text = span && textOf(ctx, span);
  if (!span || !text || !uri?.at || uri.at.s !== span.s || uri.at.e !== span.e || !/\.\s*arn$/.test(text)) return undefined;
  const name = r.lang === 'py' ? 'invoke_arn' : 'invokeArn';
  return fix(`Use \`${name}\``, [{ at: { f: span.f, s: span.e - 3, e: span.e }, text: name }]);
}

function checkMethod(ctx: RuleContext, out: FixingReporter, r: Resource): void {
  const name = r.type === REST ? 'integrationHttpMethod' : 'integrationMethod';
  const v = arg(r, name);
  const method = str(v);
  if (method !== undefined && method.toUpperCase() !== 'POST') {
    out.report({ messageId: 'method', data: { arg: name, method }, at: v?.at, resource: r }, fix('Set it to "POST"', [replaceValue(ctx, r, r.args, name, 'POST')]));
  }
}

function label(fn: Resource): string {
  return describe(fn.name).replace(/^"|"$/g, '');
}
