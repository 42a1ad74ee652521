import { describe, expect, it } from 'vitest';
import { analyzeInput, prepare } from '../../src/pipeline.js';
import { programOf } from '../helpers/program.js';

const RULE = 'aws/lambda-handler-reads-missing-event-field';

async function messages(files: Record<string, string>, entry: string) {
  await prepare();
  return analyzeInput(programOf(files, entry)).findings.filter((f) => f.ruleId === RULE).map((f) => f.message);
}

// A handler written for another trigger is one mistake: one finding per function naming every
// missing field, so a review shows one failure per function instead of one per field.
describe('one finding per function for the fields its trigger never sends', () => {
  it('Python: path and httpMethod behind payload format 2.0', async () => {
    const py = `import pulumi
import pulumi_aws as aws
fn = aws.lambda_.Function("api", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(event, context):\\n    return {'statusCode': 200, 'body': event['httpMethod'] + event['path']}\\n")}))
api = aws.apigatewayv2.Api("api", protocol_type="HTTP")
aws.apigatewayv2.Integration("api", api_id=api.id, integration_type="AWS_PROXY", integration_uri=fn.invoke_arn, payload_format_version="2.0")
`;
    const found = await messages({ '__main__.py': py }, '__main__.py');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("`event['httpMethod']`, `event['path']`");
    expect(found[0]).toContain('`rawPath`');
  });

  it('TypeScript: rawPath and routeKey behind a REST API proxy integration', async () => {
    const ts = `import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
const fn = new aws.lambda.Function('api', { runtime: 'nodejs22.x', handler: 'index.handler', role: 'arn:aws:iam::123456789012:role/lambda',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset("exports.handler = async (event) => ({ statusCode: 200, body: event.routeKey.split(' ')[0] + event.rawPath.length });") }) });
const api = new aws.apigateway.RestApi('api');
new aws.apigateway.Integration('api', { restApi: api.id, resourceId: api.rootResourceId, httpMethod: 'ANY', type: 'AWS_PROXY', integrationHttpMethod: 'POST', uri: fn.invokeArn });
`;
    const found = await messages({ 'index.ts': ts }, 'index.ts');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('`routeKey`, `rawPath` fields');
  });
});
