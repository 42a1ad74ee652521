import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const HTTP_API = 'aws:apigatewayv2/api:Api';
const FUNCTION_URL = 'aws:lambda/functionUrl:FunctionUrl';
const INTEGRATION_RESPONSE = 'aws:apigateway/integrationResponse:IntegrationResponse';
const GATEWAY_RESPONSE = 'aws:apigateway/response:Response';

/** The `*` entry of a list of allowed origins, if the list has one. */
function wildcardOrigin(v: Value | undefined): Value | undefined {
  return items(v)?.items.find((o) => str(o)?.trim() === '*');
}

/** A REST API response header mapping value: a quoted literal (`"'*'"`) as its text. */
function headerLiteral(v: Value | undefined): string | undefined {
  const s = str(v)?.trim();
  const m = s === undefined ? null : /^'(.*)'$/.exec(s);
  return m ? m[1]!.trim() : undefined;
}

function headerValue(params: Value | undefined, header: string): Value | undefined {
  if (!params || params.kind !== 'obj') return undefined;
  for (const [k, v] of params.props) if (k.toLowerCase().endsWith(`.header.${header}`)) return v;
  return undefined;
}

export default defineRule({
  id: 'aws/cors-credentials-with-wildcard-origin',
  class: 'API-GATEWAY-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [HTTP_API, FUNCTION_URL, INTEGRATION_RESPONSE, GATEWAY_RESPONSE],
  messages: {
    httpApi: 'The CORS configuration allows credentials (`allowCredentials: true`) for every origin (`allowOrigins: ["*"]`): API Gateway rejects the combination when the API is created or updated ("allow-credentials is not supported if \'allow-origin\' is *", BadRequestException), and browsers refuse credentialed responses with `Access-Control-Allow-Origin: *` anyway. List the real origins, or drop `allowCredentials`.',
    functionUrl: 'The function URL\'s CORS configuration allows credentials (`allowCredentials: true`) for every origin (`allowOrigins: ["*"]`): browsers refuse credentialed responses with `Access-Control-Allow-Origin: *`, and allowing cookies and authorization headers from any website is never a safe default. List the origins of the web app, or drop `allowCredentials`.',
    restHeaders: 'This response sends `Access-Control-Allow-Credentials: true` with `Access-Control-Allow-Origin: *`: browsers reject credentialed responses whose allowed origin is the wildcard, so the web app\'s credentialed requests fail. Return the caller\'s allowed origin instead of `*`, or drop the credentials header.',
  },
  title: {
    httpApi: 'CORS allows credentials for every origin on {{counted}}',
    functionUrl: 'CORS allows credentials for every origin on {{counted}}',
    restHeaders: 'Credentialed CORS response with `Access-Control-Allow-Origin: *` on {{counted}}',
  },
  fixHint: 'corsConfiguration: { allowOrigins: [config.require("appOrigin")], allowCredentials: true, ... }, or keep allowOrigins: ["*"] and remove allowCredentials.',
  docs: {
    summary: 'CORS configured to allow credentials for every origin: an HTTP API `corsConfiguration`, a Lambda function URL `cors` block, or REST API response headers with `allowCredentials: true` / `Access-Control-Allow-Credentials: true` and the origin `*`.',
    why: 'The CORS standard forbids `Access-Control-Allow-Origin: *` on a response to a credentialed request: browsers drop such responses ("Credential is not supported if the CORS header \'Access-Control-Allow-Origin\' is \'*\'"). API Gateway HTTP APIs validate this and fail the deployment with "allow-credentials is not supported if \'allow-origin\' is *". Generated programs often turn on every CORS option at once; either the API serves a public, credential-free client (wildcard origin, no credentials) or it serves a known web app (its origins, with credentials).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst api = new aws.apigatewayv2.Api('api', {\n  protocolType: 'HTTP',\n  corsConfiguration: { allowOrigins: ['*'], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type', 'authorization'], allowCredentials: true },\n});\nexport const endpoint = api.apiEndpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\nurl = aws.lambda_.FunctionUrl("url", function_name=fn.name, authorization_type="AWS_IAM",\n    cors=aws.lambda_.FunctionUrlCorsArgs(allow_credentials=True, allow_origins=["*"], allow_methods=["POST"]))\npulumi.export("url", url.function_url)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst api = new aws.apigatewayv2.Api('api', {\n  protocolType: 'HTTP',\n  corsConfiguration: { allowOrigins: [config.require('appOrigin')], allowMethods: ['GET', 'POST'], allowHeaders: ['content-type', 'authorization'], allowCredentials: true },\n});\nexport const endpoint = api.apiEndpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nfn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))\nurl = aws.lambda_.FunctionUrl("url", function_name=fn.name, authorization_type="AWS_IAM",\n    cors=aws.lambda_.FunctionUrlCorsArgs(allow_credentials=False, allow_origins=["*"], allow_methods=["POST"]))\npulumi.export("url", url.function_url)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
      'https://github.com/aws/aws-cdk/issues/9076',
      'https://developer.mozilla.org/docs/Web/HTTP/CORS/Errors/CORSNotSupportingCredentials',
      'https://docs.aws.amazon.com/lambda/latest/dg/API_Cors.html',
    ],
    notes: 'Only a literal `*` origin with a credentials flag known to be true is reported; origins read from configuration are not judged. HTTP APIs fail to deploy (high); function URLs and REST API response headers deploy and then break credentialed browser requests (medium). S3 bucket CORS rules have no credentials flag and are not checked. CORS headers returned by the function\'s own code are not read.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === HTTP_API) checkBlock(ctx, r, 'corsConfiguration', 'httpApi', 'high');
      else if (r.type === FUNCTION_URL) checkBlock(ctx, r, 'cors', 'functionUrl', 'medium');
      else checkHeaders(ctx, r);
    }
  },
});

function checkBlock(ctx: RuleContext, r: Resource, block: string, messageId: string, severity: 'high' | 'medium'): void {
  if (bool(arg(r, `${block}.allowCredentials`)) !== true) return;
  const star = wildcardOrigin(arg(r, `${block}.allowOrigins`));
  if (star) ctx.report({ messageId, at: star.at ?? arg(r, block)?.at, resource: r, severity });
}

function checkHeaders(ctx: RuleContext, r: Resource): void {
  const params = arg(r, 'responseParameters');
  const origin = headerValue(params, 'access-control-allow-origin');
  const credentials = headerValue(params, 'access-control-allow-credentials');
  if (headerLiteral(origin) === '*' && headerLiteral(credentials)?.toLowerCase() === 'true') {
    ctx.report({ messageId: 'restHeaders', at: origin?.at ?? params?.at, resource: r, severity: 'medium' });
  }
}
