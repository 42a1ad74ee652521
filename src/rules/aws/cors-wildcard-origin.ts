import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, bool, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const HTTP_API = 'aws:apigatewayv2/api:Api';
const FUNCTION_URL = 'aws:lambda/functionUrl:FunctionUrl';
const INTEGRATION_RESPONSE = 'aws:apigateway/integrationResponse:IntegrationResponse';
const METHOD_RESPONSE_HEADERS = 'aws:apigateway/response:Response';

/** The `*` entry of a list of allowed origins. */
function wildcard(v: Value | undefined): Value | undefined {
  return items(v)?.items.find((o) => str(o)?.trim() === '*');
}

export default defineRule({
  id: 'aws/cors-wildcard-origin',
  class: 'API-GATEWAY-CONFIG',
  severity: 'low',
  category: 'aws',
  resourceTypes: [HTTP_API, FUNCTION_URL, INTEGRATION_RESPONSE, METHOD_RESPONSE_HEADERS],
  messages: {
    wildcard: 'CORS allows every origin (`*`) on this {{what}}: any website can call it from a visitor\'s browser and read the responses. Unless the API is meant to be public, list the origins of its web clients (from configuration) instead of `*`.',
  },
  title: 'CORS open to every origin on {{counted}}',
  fixHint: 'corsConfiguration: { allowOrigins: config.requireObject<string[]>("allowedOrigins"), allowMethods: ["GET", "POST"], allowHeaders: ["content-type", "authorization"] }',
  docs: {
    summary: 'An HTTP API, Lambda function URL or REST API response that allows cross-origin requests from every origin (`*`).',
    why: 'Browsers only let a page read responses from another origin when the API allows that origin. `*` allows all of them, so any site a user visits can drive the API with the user\'s own network position and tokens it obtains, and read what comes back. For an API that serves a known front end that is more than it needs; for a deliberately public API it is fine, hence the low severity. A wildcard together with credentials is reported by aws/cors-credentials-with-wildcard-origin.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.apigatewayv2.Api('http', { protocolType: 'HTTP', corsConfiguration: { allowOrigins: ['*'], allowMethods: ['GET'] } });\n`,
      py: `import pulumi_aws as aws\naws.apigatewayv2.Api("http", protocol_type="HTTP", cors_configuration={"allow_origins": ["*"], "allow_methods": ["GET"]})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst origins = new pulumi.Config().requireObject<string[]>('allowedOrigins');\nnew aws.apigatewayv2.Api('http', { protocolType: 'HTTP', corsConfiguration: { allowOrigins: origins, allowMethods: ['GET'] } });\n`,
      py: `import pulumi_aws as aws\naws.apigatewayv2.Api("http", protocol_type="HTTP", cors_configuration={"allow_origins": ["https://app.example.org"], "allow_methods": ["GET"]})\n`,
    },
    references: [
      'https://developer.mozilla.org/docs/Web/HTTP/CORS',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-cors.html',
    ],
    notes: 'Only a literal `*` origin is reported, and not when credentials are allowed too (that combination is aws/cors-credentials-with-wildcard-origin\'s).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === HTTP_API) checkBlock(ctx, r, 'corsConfiguration', 'HTTP API');
      else if (r.type === FUNCTION_URL) checkBlock(ctx, r, 'cors', 'function URL');
      else checkHeader(ctx, r);
    }
  },
});

function checkBlock(ctx: RuleContext, r: Resource, block: string, what: string): void {
  if (bool(arg(r, `${block}.allowCredentials`)) === true) return;
  const star = wildcard(arg(r, `${block}.allowOrigins`));
  if (star) ctx.report({ messageId: 'wildcard', data: { what }, at: star.at ?? arg(r, block)?.at, resource: r });
}

function checkHeader(ctx: RuleContext, r: Resource): void {
  const params = arg(r, 'responseParameters');
  if (!params || params.kind !== 'obj') return;
  let credentials = false;
  let origin: Value | undefined;
  for (const [k, v] of params.props) {
    const header = k.toLowerCase();
    if (header.endsWith('.header.access-control-allow-credentials') && /^'true'$/i.test(str(v)?.trim() ?? '')) credentials = true;
    if (header.endsWith('.header.access-control-allow-origin') && str(v)?.trim() === "'*'") origin = v;
  }
  if (origin && !credentials) ctx.report({ messageId: 'wildcard', data: { what: 'REST API response' }, at: origin.at, resource: r });
}
