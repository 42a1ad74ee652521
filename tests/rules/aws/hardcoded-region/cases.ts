import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const west = new aws.Provider('west', { region: 'us-west-1' });
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' }, { provider: west });
const logs = new aws.cloudwatch.LogGroup('app-logs', { retentionInDays: 14 }, { provider: west });

// --- bad
new aws.ec2.VpcEndpoint('s3', {
  vpcId: vpc.id,
  serviceName: 'com.amazonaws.us-west-2.s3', // error: [aws/hardcoded-region]
}, { provider: west });
new aws.iam.Policy('write-logs', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'logs:PutLogEvents', Resource: 'arn:aws:logs:eu-central-1:*:*' }], // error: [aws/hardcoded-region]
  }),
});
new aws.ecs.TaskDefinition('task', {
  family: 'app',
  containerDefinitions: JSON.stringify([{
    name: 'app',
    image: 'nginx:1.27',
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': 'app', 'awslogs-region': 'us-west-2', 'awslogs-stream-prefix': 'app' }, // error: [aws/hardcoded-region]
    },
  }]),
}, { provider: west });
const api = new aws.apigateway.RestApi('api', {});
export const endpoint = pulumi.interpolate`https://${api.id}.execute-api.eu-central-1.amazonaws.com/prod`; // error: [aws/hardcoded-region]

// --- clean
export const westEndpoint = pulumi.interpolate`https://${api.id}.execute-api.us-west-1.amazonaws.com/prod`;
const region = aws.getRegionOutput({}, { provider: west });
new aws.ec2.VpcEndpoint('dynamodb', { vpcId: vpc.id, serviceName: pulumi.interpolate`com.amazonaws.${region.name}.dynamodb` }, { provider: west });
new aws.ec2.VpcEndpoint('logs', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-west-1.logs', vpcEndpointType: 'Interface' }, { provider: west });
new aws.iam.Policy('read-logs', {
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: logs.arn }],
  }),
});
new aws.s3.BucketV2('tagged', { tags: { HomeRegion: 'eu-west-1' } });

// --- unknown
new aws.ec2.VpcEndpoint('configured', { vpcId: vpc.id, serviceName: config.require('serviceName') }, { provider: west });
new aws.iam.Policy('from-config', {
  policy: pulumi.interpolate`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"logs:*","Resource":"arn:aws:logs:${config.require('region')}:*:*"}]}`,
});
