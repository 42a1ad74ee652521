import type { ObjV, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { containerProp, containers, isFargateTask, pullsFromEcr, TASK_DEFINITION, usesAwslogs } from '../_shared/ecs.js';
import { referencedResource, resourceById } from '../_shared/resource-refs.js';
import { logicalName, missingActions, resourcePolicyMayGrant, roleGrants, roleOfArn } from '../_shared/role-grants.js';
import { arg, items, keySpan, str, stringParts } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const SECRET_TYPES: Record<string, 'secretsmanager' | 'ssm'> = {
  'aws:secretsmanager/secret:Secret': 'secretsmanager',
  'aws:secretsmanager/secretVersion:SecretVersion': 'secretsmanager',
  'aws:ssm/parameter:Parameter': 'ssm',
};

const ECR_PULL = ['ecr:GetAuthorizationToken', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const AWSLOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];

/** What the ECS agent does with the execution role before the container starts, and the actions it needs. */
interface Need {
  what: string;
  actions: string[];
  /** A resource policy of this service may allow the access instead (same account). */
  service?: string;
}

export default defineRule({
  id: 'security/ecs-execution-role-missing-permission',
  class: 'IAM-MISSING-PERMISSION',
  severity: 'high',
  category: 'security',
  resourceTypes: [TASK_DEFINITION],
  messages: {
    missing: 'Container {{container}} {{what}}, which needs {{actions}} on the task execution role `{{role}}`; no policy of the role allows it, so each task stops before the container starts ({{error}}). Attach `AmazonECSTaskExecutionRolePolicy`{{extra}} to the execution role, or grant these actions.',
  },
  title: 'Execution role {{role:code}} lacks {{actions}}',
  fixHint: 'new aws.iam.RolePolicyAttachment("exec", { role: executionRole.name, policyArn: "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy" }), plus a policy allowing secretsmanager:GetSecretValue / ssm:GetParameters on the secrets the containers read.',
  docs: {
    summary: 'ECS task definitions whose execution role cannot pull the private ECR image, write the `awslogs` log stream, or read the Secrets Manager secrets / SSM parameters the containers declare.',
    why: 'Before a container starts, the ECS agent uses the task execution role (not the task role) to authenticate to ECR and pull the image, to create the CloudWatch log stream of the `awslogs` driver on Fargate, and to fetch every `secrets` entry. When the role lacks `ecr:GetAuthorizationToken` / `ecr:BatchGetImage` / `ecr:GetDownloadUrlForLayer`, `logs:CreateLogStream` / `logs:PutLogEvents`, `secretsmanager:GetSecretValue` or `ssm:GetParameters`, the deployment succeeds but every task stops with CannotPullContainerError or ResourceInitializationError and the service never becomes healthy. Generated stacks often give the execution role only the secret permissions on the task role, or create it with an empty inline policy.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst exec = new aws.iam.Role('exec', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'ecs-tasks.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('exec', { role: exec.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' });\nconst dbPassword = new aws.secretsmanager.Secret('db-password');\nnew aws.ecs.TaskDefinition('api', {\n  family: 'api', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512',\n  executionRoleArn: exec.arn,\n  containerDefinitions: pulumi.jsonStringify([{ name: 'api', image: 'nginx:1.27', secrets: [{ name: 'DB_PASSWORD', valueFrom: dbPassword.arn }] }]),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nexec_role = aws.iam.Role("exec", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))\nrepo = aws.ecr.Repository("api")\naws.ecs.TaskDefinition("api", family="api", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="256", memory="512",\n    execution_role_arn=exec_role.arn,\n    container_definitions=repo.repository_url.apply(lambda url: json.dumps([{"name": "api", "image": f"{url}:latest"}])))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst exec = new aws.iam.Role('exec', { assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'ecs-tasks.amazonaws.com' }) });\nnew aws.iam.RolePolicyAttachment('exec', { role: exec.name, policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' });\nconst dbPassword = new aws.secretsmanager.Secret('db-password');\nnew aws.iam.RolePolicy('exec-secrets', { role: exec.id, policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: dbPassword.arn }] }) });\nnew aws.ecs.TaskDefinition('api', {\n  family: 'api', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512',\n  executionRoleArn: exec.arn,\n  containerDefinitions: pulumi.jsonStringify([{ name: 'api', image: 'nginx:1.27', secrets: [{ name: 'DB_PASSWORD', valueFrom: dbPassword.arn }] }]),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\nexec_role = aws.iam.Role("exec", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "ecs-tasks.amazonaws.com"}, "Action": "sts:AssumeRole"}]}),\n    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"])\nrepo = aws.ecr.Repository("api")\naws.ecs.TaskDefinition("api", family="api", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="256", memory="512",\n    execution_role_arn=exec_role.arn,\n    container_definitions=repo.repository_url.apply(lambda url: json.dumps([{"name": "api", "image": f"{url}:latest"}])))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonECSTaskExecutionRolePolicy.html',
    ],
    notes: 'Only an execution role created in the program and passed as `role.arn` is judged, when the model saw the whole program and knows every policy the role gets (its documents, or AWS managed policies whose permissions are listed). ECR pulls and `awslogs` are judged on Fargate tasks only (on EC2 the container instance role may do them). A secret whose service cannot be told, a repository or secret policy that may name the role, or any policy that is not known keeps the rule silent. Resource scoping and KMS keys of the secrets are not compared.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const td of ctx.resources()) {
      if (inFragment(ctx, td)) continue;
      checkTask(ctx, td);
    }
  },
});

function checkTask(ctx: RuleContext, td: Resource): void {
  const roleV = arg(td, 'executionRoleArn');
  const role = roleOfArn(ctx.model, roleV);
  if (!role || inFragment(ctx, role)) return;
  const found = containers(td);
  if (!found) return;
  const grants = roleGrants(ctx.model, role);
  if (!grants) return;
  const fargate = isFargateTask(td);
  for (const c of found.containers) {
    const missing: { need: Need; actions: string[] }[] = [];
    for (const need of needsOf(ctx.model, c, fargate)) {
      if (need.service && resourcePolicyMayGrant(ctx.model, role, need.service)) continue;
      const actions = missingActions(grants, need.actions);
      if (actions.length > 0) missing.push({ need, actions });
    }
    if (missing.length === 0) continue;
    const actions = missing.flatMap((m) => m.actions);
    const reads = missing.some((m) => m.need.actions.some((a) => a.startsWith('secretsmanager:') || a.startsWith('ssm:')));
    ctx.report({
      messageId: 'missing',
      data: {
        container: `\`${str(containerProp(c, 'name')) ?? 'unnamed'}\``,
        what: missing.map((m) => m.need.what).join(' and '),
        actions: actions.map((a) => `\`${a}\``).join(', '),
        role: logicalName(role),
        error: reads ? 'ResourceInitializationError: unable to pull secrets or registry auth' : missing[0]!.need.actions[0]!.startsWith('ecr:') ? 'CannotPullContainerError' : 'ResourceInitializationError: failed to validate logger args',
        extra: reads ? ' and a policy allowing the secret reads' : '',
      },
      at: keySpan(td.args, 'executionRoleArn') ?? roleV?.at,
      resource: td,
    });
  }
}

/** What the agent does for this container with the execution role; unknown secret sources give no need. */
function needsOf(model: ResourceModel, c: ObjV, fargate: boolean): Need[] {
  const out: Need[] = [];
  if (fargate && pullsFromEcr(c)) out.push({ what: 'pulls its image from ECR', actions: ECR_PULL });
  if (fargate && usesAwslogs(c)) out.push({ what: 'logs with the `awslogs` driver', actions: AWSLOGS });
  const list = items(containerProp(c, 'secrets'));
  if (!list || list.open) return out;
  const services = list.items.map((s) => (s.kind === 'obj' ? secretService(model, s.props.get('valueFrom')) : undefined));
  // A secret whose store cannot be told might need either action: judge none of them.
  if (services.some((s) => s === undefined)) return out;
  if (services.includes('secretsmanager')) out.push({ what: 'reads Secrets Manager secrets', actions: ['secretsmanager:GetSecretValue'], service: 'secretsmanager' });
  if (services.includes('ssm')) out.push({ what: 'reads SSM parameters', actions: ['ssm:GetParameters'] });
  return out;
}

/** The store a `valueFrom` reads: a secret / parameter of the program, or the service in a literal ARN. */
function secretService(model: ResourceModel, v: Value | undefined): 'secretsmanager' | 'ssm' | undefined {
  // Inside an `apply` callback the ARN is the resolved value of the resource's Output (`ref`).
  const r = v?.kind === 'unknown' && v.ref ? resourceById(model, v.ref.resource) : referencedResource(model, v);
  if (r) return SECRET_TYPES[r.type];
  const text = (stringParts(v) ?? []).filter((p): p is string => p !== null).join('');
  if (/^arn:aws[\w-]*:secretsmanager:|:secretsmanager:/.test(text)) return 'secretsmanager';
  if (/^arn:aws[\w-]*:ssm:|:ssm:[^:]*:[^:]*:parameter\//.test(text)) return 'ssm';
  return undefined;
}
