import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: vpc.id });
const alb = new aws.lb.LoadBalancer('alb', { internal: true, subnets: ['subnet-1', 'subnet-2'] });
const nlb = new aws.lb.LoadBalancer('nlb', { loadBalancerType: 'network', internal: true, subnets: ['subnet-1', 'subnet-2'] });
const listener = new aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });
const link = new aws.apigatewayv2.VpcLink('link', { subnetIds: ['subnet-1'], securityGroupIds: [] });
const http = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });
const rest = new aws.apigateway.RestApi('rest');
const queue = new aws.sqs.Queue('jobs');

// --- bad
new aws.apigatewayv2.Integration('tg', { apiId: http.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: link.id, integrationUri: tg.arn }); // error: [aws/apigw-integration-target-invalid]
new aws.apigatewayv2.Integration('alb', { apiId: http.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: alb.arn }); // error: [aws/apigw-integration-target-invalid]
new aws.apigateway.VpcLink('rest-link', { name: 'rest-link', targetArns: [alb.arn] }); // error: [aws/apigw-integration-target-invalid]
new aws.apigateway.Integration('sqs', {
  restApi: rest.id,
  resourceId: rest.rootResourceId,
  httpMethod: 'POST',
  type: 'AWS',
  integrationHttpMethod: 'POST',
  uri: queue.arn, // error: [aws/apigw-integration-target-invalid]
});
class Backend extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('app:api:Backend', name, {}, opts);
    new aws.apigateway.Integration(`${name}-http`, { restApi: rest.id, resourceId: rest.rootResourceId, httpMethod: 'GET', type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: alb.arn }, { parent: this }); // error: [aws/apigw-integration-target-invalid]
    this.registerOutputs({});
  }
}
new Backend('backend');

// --- clean
new aws.apigatewayv2.Integration('listener', { apiId: http.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: link.id, integrationUri: listener.arn });
new aws.apigateway.VpcLink('nlb-link', { name: 'nlb-link', targetArns: [nlb.arn] });
new aws.apigateway.Integration('http-ok', { restApi: rest.id, resourceId: rest.rootResourceId, httpMethod: 'GET', type: 'HTTP_PROXY', integrationHttpMethod: 'GET', uri: pulumi.interpolate`http://${alb.dnsName}/` });
new aws.apigateway.Integration('sqs-ok', {
  restApi: rest.id,
  resourceId: rest.rootResourceId,
  httpMethod: 'PUT',
  type: 'AWS',
  integrationHttpMethod: 'POST',
  uri: pulumi.interpolate`arn:aws:apigateway:us-east-1:sqs:path/123456789012/${queue.name}`,
});

// --- unknown
new aws.apigatewayv2.Integration('configured', { apiId: http.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: config.require('backendUrl') });
new aws.apigateway.VpcLink('configured-link', { name: 'configured', targetArns: [config.require('nlbArn')] });

export const api = http.apiEndpoint;
