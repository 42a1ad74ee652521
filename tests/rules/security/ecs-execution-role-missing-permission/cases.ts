import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const ecsTrust = aws.iam.assumeRolePolicyForPrincipal({ Service: 'ecs-tasks.amazonaws.com' });
const taskExecPolicy = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';

function executionRole(name: string, policyArns: string[]): aws.iam.Role {
  const role = new aws.iam.Role(`${name}-exec`, { assumeRolePolicy: ecsTrust });
  policyArns.forEach((arn, i) => new aws.iam.RolePolicyAttachment(`${name}-exec-${i}`, { role: role.name, policyArn: arn }));
  return role;
}

function fargateTask(name: string, role: aws.iam.Role, containerDefinitions: pulumi.Input<string>): aws.ecs.TaskDefinition {
  return new aws.ecs.TaskDefinition(name, {
    family: name,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: role.arn, // error: [security/ecs-execution-role-missing-permission]
    containerDefinitions,
  });
}

const repo = new aws.ecr.Repository('checkout');
const logGroup = new aws.cloudwatch.LogGroup('checkout', { retentionInDays: 14 });
const stripeKey = new aws.secretsmanager.Secret('stripe-key');
const featureFlags = new aws.ssm.Parameter('feature-flags', { type: 'String', value: '{}' });

// --- bad
// Only the secret reads are granted: the ECR pull and the log stream are not.
const bareRole = new aws.iam.Role('checkout-exec', {
  assumeRolePolicy: ecsTrust,
  inlinePolicies: [{ name: 'secrets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }] }) }],
});
new aws.ecs.TaskDefinition('checkout', {
  family: 'checkout',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  executionRoleArn: bareRole.arn, // error: [security/ecs-execution-role-missing-permission]
  containerDefinitions: pulumi.jsonStringify([
    {
      name: 'checkout',
      image: pulumi.interpolate`${repo.repositoryUrl}:v3`,
      essential: true,
      logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': logGroup.name, 'awslogs-region': 'us-east-2', 'awslogs-stream-prefix': 'checkout' } },
      secrets: [{ name: 'STRIPE_KEY', valueFrom: stripeKey.arn }],
    },
  ]),
});

// The managed execution policy pulls and logs, but does not read secrets or parameters (reported
// at the helper's `executionRoleArn`).
const workers = ['invoices', 'receipts'];
for (const w of workers) {
  fargateTask(w, executionRole(w, [taskExecPolicy]), pulumi.jsonStringify([
    { name: w, image: 'public.ecr.aws/docker/library/python:3.12', secrets: [{ name: 'FLAGS', valueFrom: featureFlags.arn }, { name: 'STRIPE_KEY', valueFrom: stripeKey.arn }] },
  ]));
}

// --- clean
const fullRole = executionRole('ledger', [taskExecPolicy]);
new aws.iam.RolePolicy('ledger-secrets', {
  role: fullRole.id,
  policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'ssm:GetParameters'], Resource: [stripeKey.arn, featureFlags.arn] }] }),
});
fargateTask('ledger', fullRole, repo.repositoryUrl.apply((url) => JSON.stringify([
  { name: 'ledger', image: `${url}:latest`, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/ledger', 'awslogs-region': 'us-east-2', 'awslogs-stream-prefix': 'ledger' } }, secrets: [{ name: 'FLAGS', valueFrom: featureFlags.arn }] },
])));

// A public image without logs or secrets needs nothing from the execution role.
fargateTask('static', executionRole('static', []), JSON.stringify([{ name: 'web', image: 'nginx:1.27', essential: true }]));

// --- unknown
// A policy ARN from configuration may grant anything.
fargateTask('reports', executionRole('reports', [config.require('execPolicyArn')]), pulumi.jsonStringify([
  { name: 'reports', image: pulumi.interpolate`${repo.repositoryUrl}:v1`, secrets: [{ name: 'STRIPE_KEY', valueFrom: stripeKey.arn }] },
]));
// The secret's store is not known (a configured name or ARN).
fargateTask('exports', executionRole('exports', [taskExecPolicy]), pulumi.jsonStringify([
  { name: 'exports', image: 'nginx:1.27', secrets: [{ name: 'TOKEN', valueFrom: config.require('tokenSecret') }] },
]));
