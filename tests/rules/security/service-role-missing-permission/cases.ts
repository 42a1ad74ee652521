import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const statesTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'states.amazonaws.com' });
const lambdaTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' });
const fnRole = new aws.iam.Role('steps-fn', { assumeRolePolicy: lambdaTrust, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'] });
const code = new pulumi.asset.FileArchive('./steps');

const steps = ['validate', 'charge', 'ship'].map(
  (s) => new aws.lambda.Function(`order-${s}`, { runtime: 'nodejs22.x', handler: `${s}.handler`, role: fnRole.arn, code }),
);
const history = new aws.cloudwatch.LogGroup('order-flow', { retentionInDays: 30 });

// --- bad
// The role trusts Step Functions but may only write logs: the Lambda tasks cannot be invoked.
const flowRole = new aws.iam.Role('order-flow', {
  assumeRolePolicy: statesTrust,
  inlinePolicies: [{ name: 'xray', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: '*' }] }) }],
});
new aws.sfn.StateMachine('order-flow', {
  roleArn: flowRole.arn, // error: [security/service-role-missing-permission]
  definition: pulumi.all(steps.map((f) => f.arn)).apply(([validate, charge, ship]) =>
    JSON.stringify({
      StartAt: 'Validate',
      States: {
        Validate: { Type: 'Task', Resource: validate, Next: 'Charge' },
        Charge: { Type: 'Task', Resource: charge, Retry: [{ ErrorEquals: ['States.ALL'], MaxAttempts: 2 }], Next: 'Ship' },
        Ship: { Type: 'Task', Resource: ship, End: true },
      },
    }),
  ),
});

// The optimized integration inside a Map state, with logging, on a role with no policies at all.
const bareRole = new aws.iam.Role('fanout', { assumeRolePolicy: statesTrust });
new aws.sfn.StateMachine('fanout', {
  roleArn: bareRole.arn, // error: [security/service-role-missing-permission]
  loggingConfiguration: { level: 'ERROR', includeExecutionData: false, logDestination: pulumi.interpolate`${history.arn}:*` },
  definition: pulumi.jsonStringify({
    StartAt: 'Each',
    States: {
      Each: {
        Type: 'Map',
        ItemProcessor: {
          StartAt: 'Ship',
          States: { Ship: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: steps[2].name, 'Payload.$': '$' }, End: true } },
        },
        End: true,
      },
    },
  }),
});

// --- clean
const okRole = new aws.iam.Role('order-flow-ok', { assumeRolePolicy: statesTrust });
new aws.iam.RolePolicy('order-flow-ok', {
  role: okRole.id,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: steps.map((f) => f.arn) },
      { Effect: 'Allow', Action: ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'], Resource: '*' },
    ],
  }),
});
new aws.sfn.StateMachine('order-flow-ok', {
  roleArn: okRole.arn,
  loggingConfiguration: { level: 'ALL', logDestination: pulumi.interpolate`${history.arn}:*` },
  definition: pulumi.jsonStringify({ StartAt: 'Validate', States: { Validate: { Type: 'Task', Resource: steps[0].arn, End: true } } }),
});
// A state machine without Lambda tasks or logging needs neither.
new aws.sfn.StateMachine('wait-only', { roleArn: bareRole.arn, definition: JSON.stringify({ StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 30, End: true } } }) });

// --- unknown
const configuredRole = new aws.iam.Role('configured', { assumeRolePolicy: statesTrust, managedPolicyArns: [config.require('statesPolicyArn')] });
new aws.sfn.StateMachine('configured', {
  roleArn: configuredRole.arn,
  definition: pulumi.jsonStringify({ StartAt: 'Validate', States: { Validate: { Type: 'Task', Resource: steps[0].arn, End: true } } }),
});
// The definition is read from a file: its states are not known.
new aws.sfn.StateMachine('from-file', { roleArn: bareRole.arn, definition: config.require('definitionJson') });

// API Gateway's account-level CloudWatch role.
const apigwTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'apigateway.amazonaws.com' });
// --- bad
const pushRole = new aws.iam.Role('apigw-push', {
  assumeRolePolicy: apigwTrust,
  inlinePolicies: [{ name: 'read', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:DescribeLogGroups', 'logs:GetLogEvents'], Resource: '*' }] }) }],
});
new aws.apigateway.Account('account', { cloudwatchRoleArn: pushRole.arn }); // error: [security/service-role-missing-permission]
// --- clean
const okPushRole = new aws.iam.Role('apigw-push-ok', { assumeRolePolicy: apigwTrust });
new aws.iam.RolePolicyAttachment('apigw-push-ok', { role: okPushRole.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs' });
new aws.apigateway.Account('account-ok', { cloudwatchRoleArn: okPushRole.arn });
// --- unknown
// A managed policy whose content is not known may allow the writes.
const readOnlyRole = new aws.iam.Role('apigw-push-ro', { assumeRolePolicy: apigwTrust, managedPolicyArns: ['arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess'] });
new aws.apigateway.Account('account-ro', { cloudwatchRoleArn: readOnlyRole.arn });

// RDS Enhanced Monitoring and CodeBuild service roles.
const monitoringTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'monitoring.rds.amazonaws.com' });
const buildTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'codebuild.amazonaws.com' });
const db = (name: string, roleArn: pulumi.Input<string>, interval: number) =>
  new aws.rds.Instance(name, { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, monitoringInterval: interval, monitoringRoleArn: roleArn });
const source = { type: 'NO_SOURCE', buildspec: 'version: 0.2\nphases:\n  build:\n    commands: [echo ok]\n' };
const environment = { computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0', type: 'LINUX_CONTAINER' };
// --- bad
const bareMonitoring = new aws.iam.Role('rds-monitoring', { assumeRolePolicy: monitoringTrust });
new aws.rds.Instance('orders', { engine: 'postgres', instanceClass: 'db.t4g.micro', allocatedStorage: 20, username: 'app', manageMasterUserPassword: true, monitoringInterval: 60,
  monitoringRoleArn: bareMonitoring.arn }); // error: [security/service-role-missing-permission]
const bareBuild = new aws.iam.Role('build', { assumeRolePolicy: buildTrust });
new aws.codebuild.Project('build', { artifacts: { type: 'NO_ARTIFACTS' }, source, environment,
  serviceRole: bareBuild.arn }); // error: [security/service-role-missing-permission]
// --- clean
const monitoring = new aws.iam.Role('rds-monitoring-ok', { assumeRolePolicy: monitoringTrust, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole'] });
db('billing', monitoring.arn, 30);
db('no-monitoring', bareMonitoring.arn, 0);
new aws.codebuild.Project('build-s3-logs', { artifacts: { type: 'NO_ARTIFACTS' }, source, environment, serviceRole: bareBuild.arn,
  logsConfig: { cloudwatchLogs: { status: 'DISABLED' }, s3Logs: { status: 'ENABLED', location: 'build-logs-bucket/builds' } } });
const buildRole = new aws.iam.Role('build-ok', { assumeRolePolicy: buildTrust });
new aws.iam.RolePolicy('build-ok-logs', { role: buildRole.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }] }) });
new aws.codebuild.Project('build-ok', { artifacts: { type: 'NO_ARTIFACTS' }, source, environment, serviceRole: buildRole.arn });
// --- unknown
db('reports', bareMonitoring.arn, config.requireNumber('monitoringInterval'));
db('imported', config.require('monitoringRoleArn'), 60);
const customBuild = new aws.iam.Role('build-custom', { assumeRolePolicy: buildTrust, managedPolicyArns: [config.require('buildPolicyArn')] });
new aws.codebuild.Project('build-custom', { artifacts: { type: 'NO_ARTIFACTS' }, source, environment, serviceRole: customBuild.arn });

// Roles of EventBridge rule targets and of EventBridge Scheduler targets.
const eventsTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'events.amazonaws.com' });
const schedulerTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'scheduler.amazonaws.com' });
const flowRole = new aws.iam.Role('orders-flow', { assumeRolePolicy: statesTrust, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaRole'] });
const flow = new aws.sfn.StateMachine('orders-flow', { roleArn: flowRole.arn, definition: pulumi.jsonStringify({ StartAt: 'Run', States: { Run: { Type: 'Task', Resource: steps[0]!.arn, End: true } } }) });
const nightly = new aws.cloudwatch.EventRule('nightly', { scheduleExpression: 'cron(0 2 * * ? *)' });
const startFlow = () => pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'states:StartExecution', Resource: flow.arn }] });
// --- bad
const bareEvents = new aws.iam.Role('events-bare', { assumeRolePolicy: eventsTrust });
new aws.cloudwatch.EventTarget('nightly-flow', { rule: nightly.name, arn: flow.arn,
  roleArn: bareEvents.arn }); // error: [security/service-role-missing-permission]
const bareScheduler = new aws.iam.Role('scheduler-bare', { assumeRolePolicy: schedulerTrust });
new aws.scheduler.Schedule('hourly', { flexibleTimeWindow: { mode: 'OFF' }, scheduleExpression: 'rate(1 hour)',
  target: { arn: steps[1]!.arn, roleArn: bareScheduler.arn } }); // error: [security/service-role-missing-permission]
// --- clean
const eventsRole = new aws.iam.Role('events-ok', { assumeRolePolicy: eventsTrust });
new aws.iam.RolePolicy('events-ok', { role: eventsRole.id, policy: startFlow() });
new aws.cloudwatch.EventTarget('nightly-flow-ok', { rule: nightly.name, arn: flow.arn, roleArn: eventsRole.arn });
// A rule invokes Lambda through the function's resource policy; the role is not used for it.
new aws.cloudwatch.EventTarget('nightly-fn', { rule: nightly.name, arn: steps[2]!.arn, roleArn: bareEvents.arn });
const schedulerRole = new aws.iam.Role('scheduler-ok', { assumeRolePolicy: schedulerTrust, managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaRole'] });
new aws.scheduler.Schedule('hourly-ok', { flexibleTimeWindow: { mode: 'OFF' }, scheduleExpression: 'rate(1 hour)', target: { arn: steps[1]!.arn, roleArn: schedulerRole.arn } });
// --- unknown
new aws.cloudwatch.EventTarget('nightly-external', { rule: nightly.name, arn: config.require('targetArn'), roleArn: bareEvents.arn });
const customEvents = new aws.iam.Role('events-custom', { assumeRolePolicy: eventsTrust, managedPolicyArns: [config.require('eventsPolicyArn')] });
new aws.cloudwatch.EventTarget('nightly-custom', { rule: nightly.name, arn: flow.arn, roleArn: customEvents.arn });

// CodePipeline roles.
const pipelineTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'codepipeline.amazonaws.com' });
const artifacts = new aws.s3.Bucket('pipeline-artifacts', { forceDestroy: true });
const stages = (project: pulumi.Input<string>) => [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source', owner: 'AWS', provider: 'S3', version: '1', outputArtifacts: ['src'], configuration: { S3Bucket: artifacts.bucket, S3ObjectKey: 'src.zip' } }] },
  { name: 'Build', actions: [{ name: 'Build', category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1', inputArtifacts: ['src'], configuration: { ProjectName: project } }] },
];
// --- bad
const bareDeployRole = new aws.iam.Role('deploy-bare', { assumeRolePolicy: pipelineTrust });
new aws.codepipeline.Pipeline('deploy', { artifactStores: [{ location: artifacts.bucket, type: 'S3' }], stages: stages('build-ok'),
  roleArn: bareDeployRole.arn }); // error: [security/service-role-missing-permission]
// --- clean
const deployRole = new aws.iam.Role('deploy-ok', { assumeRolePolicy: pipelineTrust });
new aws.iam.RolePolicy('deploy-ok', { role: deployRole.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject', 's3:GetBucketVersioning'], Resource: '*' },
  { Effect: 'Allow', Action: ['codebuild:StartBuild', 'codebuild:BatchGetBuilds'], Resource: '*' },
] }) });
new aws.codepipeline.Pipeline('deploy-ok', { artifactStores: [{ location: artifacts.bucket, type: 'S3' }], stages: stages('build-ok'), roleArn: deployRole.arn });
// --- unknown
new aws.codepipeline.Pipeline('deploy-shared', { artifactStores: [{ location: artifacts.bucket, type: 'S3' }], stages: stages('build-ok'), roleArn: config.require('pipelineRoleArn') });
