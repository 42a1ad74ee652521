import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const stage = config.get('stage') || 'prod';
const api = new aws.apigateway.RestApi('api');

// --- bad
const deployment = new aws.apigateway.Deployment('deployment', {
  restApi: api.id,
  stageName: 'prod', // error: [aws/apigw-deployment-stage-name]
} as any);
new aws.apigateway.Stage('prod', { restApi: api.id, deployment: deployment.id, stageName: 'prod', xrayTracingEnabled: true });

class Api extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:api:Api', name, {}, opts);
    const rest = new aws.apigateway.RestApi(`${name}-api`, {}, { parent: this });
    const d = new aws.apigateway.Deployment(`${name}-deployment`, { restApi: rest.id, stageName: stage } as any, { parent: this }); // error: [aws/apigw-deployment-stage-name]
    new aws.apigateway.Stage(`${name}-stage`, { restApi: rest.id, deployment: d.id, stageName: (d as any).stageName }, { parent: this });
    this.registerOutputs({});
  }
}
new Api('orders');

const legacyApi = new aws.apigateway.RestApi('legacy');
const legacy = new aws.apigateway.Deployment('legacy', { restApi: legacyApi.id, stageName: 'v1' } as any); // error: [aws/apigw-deployment-stage-name]
new aws.apigateway.UsagePlan('plan', { apiStages: [{ apiId: legacyApi.id, stage: (legacy as any).stageName }] });

// --- clean
const okApi = new aws.apigateway.RestApi('ok');
const okDeployment = new aws.apigateway.Deployment('ok', { restApi: okApi.id });
new aws.apigateway.Stage('ok', { restApi: okApi.id, deployment: okDeployment.id, stageName: 'prod' });
const emptyApi = new aws.apigateway.RestApi('empty');
new aws.apigateway.Deployment('empty', { restApi: emptyApi.id, stageName: '' } as any);

// --- unknown
const otherApi = new aws.apigateway.RestApi('other');
const other = new aws.apigateway.Deployment('other', { restApi: otherApi.id, stageName: 'prod' } as any);
new aws.apigateway.Stage('other', { restApi: otherApi.id, deployment: other.id, stageName: config.require('stageName') });

export const url = api.id;
