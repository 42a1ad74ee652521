import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const api = new aws.apigateway.RestApi('api');
const deployment = new aws.apigateway.Deployment('deployment', { restApi: api.id, triggers: { v: '1' } });
const stage = new aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod' });

class Webhooks extends pulumi.ComponentResource {
  public readonly webhookUrl: pulumi.Output<string>;
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:api:Webhooks', name, {}, opts);
    this.webhookUrl = pulumi.interpolate`${api.executionArn}/prod/webhook`;
    this.registerOutputs({ webhookUrl: this.webhookUrl }); // error: [aws/apigw-url-from-execution-arn]
  }
}
const hooks = new Webhooks('hooks');

// --- bad
export const apiUrl = pulumi.interpolate`${api.executionArn}/prod`; // error: [aws/apigw-url-from-execution-arn]
export const webhookUrl = hooks.webhookUrl;
new aws.lambda.Function('caller', {
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  role: 'arn:aws:iam::123456789012:role/app',
  code: new pulumi.asset.FileArchive('./app'),
  environment: { variables: { API_ENDPOINT: pulumi.interpolate`${api.executionArn}/prod/items` } }, // error: [aws/apigw-url-from-execution-arn]
});

// --- clean
export const invokeUrl = stage.invokeUrl;
export const sourceArn = pulumi.interpolate`${api.executionArn}/*/*`;

// --- unknown
export const endpoint = config.require('endpoint');
