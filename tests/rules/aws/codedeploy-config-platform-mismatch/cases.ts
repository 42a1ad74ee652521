import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const role = config.require('codedeployRoleArn');
const lambdaApp = new aws.codedeploy.Application('lambda', { computePlatform: 'Lambda' });
const ecsApp = new aws.codedeploy.Application('ecs', { computePlatform: 'ECS' });
const serverApp = new aws.codedeploy.Application('server', {});
const blueGreen = { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' };

// --- bad
new aws.codedeploy.DeploymentGroup('lambda-one-at-a-time', {
  appName: lambdaApp.name, deploymentGroupName: 'a', serviceRoleArn: role, deploymentStyle: blueGreen,
  deploymentConfigName: 'CodeDeployDefault.OneAtATime', // error: [aws/codedeploy-config-platform-mismatch]
});
new aws.codedeploy.DeploymentGroup('server-lambda-config', {
  appName: serverApp.name, deploymentGroupName: 'b', serviceRoleArn: role,
  deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce', // error: [aws/codedeploy-config-platform-mismatch]
});
new aws.codedeploy.DeploymentGroup('ecs-in-place', { // error: [aws/codedeploy-config-platform-mismatch]
  appName: ecsApp.name, deploymentGroupName: 'c', serviceRoleArn: role, deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
  ecsService: { clusterName: 'cluster', serviceName: 'service' },
});

// --- clean
new aws.codedeploy.DeploymentGroup('lambda-canary', {
  appName: lambdaApp.name, deploymentGroupName: 'd', serviceRoleArn: role, deploymentStyle: blueGreen,
  deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
});
new aws.codedeploy.DeploymentGroup('ecs-blue-green', {
  appName: ecsApp.name, deploymentGroupName: 'e', serviceRoleArn: role, deploymentStyle: blueGreen,
  deploymentConfigName: 'CodeDeployDefault.ECSCanary10Percent5Minutes', ecsService: { clusterName: 'cluster', serviceName: 'service' },
});
new aws.codedeploy.DeploymentGroup('custom-config', {
  appName: lambdaApp.name, deploymentGroupName: 'f', serviceRoleArn: role, deploymentStyle: blueGreen, deploymentConfigName: 'MyOrg.Canary',
});

// --- unknown
const app = new aws.codedeploy.Application('configured', { computePlatform: config.require('platform') });
new aws.codedeploy.DeploymentGroup('configured', { appName: app.name, deploymentGroupName: 'g', serviceRoleArn: role, deploymentConfigName: 'CodeDeployDefault.OneAtATime' });
new aws.codedeploy.DeploymentGroup('external-app', { appName: config.require('appName'), deploymentGroupName: 'h', serviceRoleArn: role, deploymentConfigName: 'CodeDeployDefault.OneAtATime' });
