import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

class Api extends pulumi.ComponentResource {
  constructor(name: string, loggingLevel: pulumi.Input<string>, opts?: pulumi.ComponentResourceOptions) {
    super('app:Api', name, {}, opts);
    const api = new aws.apigateway.RestApi(`${name}-api`, {}, { parent: this });
    const deployment = new aws.apigateway.Deployment(`${name}-deployment`, { restApi: api.id }, { parent: this });
    const stage = new aws.apigateway.Stage(`${name}-stage`, { restApi: api.id, deployment: deployment.id, stageName: 'prod' }, { parent: this });
    new aws.apigateway.MethodSettings(`${name}-settings`, {
      restApi: api.id,
      stageName: stage.stageName,
      methodPath: '*/*',
      settings: { loggingLevel, metricsEnabled: true },
    }, { parent: this });
    this.registerOutputs({});
  }
}

// --- bad
new Api('orders', 'INFO'); // error: [aws/apigw-logging-without-account-role]

// --- clean
new Api('quiet', 'OFF');

// --- unknown
new Api('configured', config.require('loggingLevel'));
