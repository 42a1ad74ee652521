import type { ObjV } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { containerProp as prop, containers, cpuUnits, describeSizes, fargateSize, hasSecrets, isFargateTask, memoryMiB, networkMode, pullsFromEcr, TASK_DEFINITION, usesAwslogs } from '../_shared/ecs.js';
import { arg, bool, isAbsent, items, keySpan, num, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

function containerName(c: ObjV): string {
  return str(prop(c, 'name')) ?? 'a container';
}

function checkSize(ctx: RuleContext, r: Resource): void {
  const cpuV = arg(r, 'cpu');
  const memV = arg(r, 'memory');
  const missing = ['cpu', 'memory'].filter((k) => knownAbsent(ctx, r, k));
  if (missing.length > 0) {
    ctx.report({ messageId: 'fargateNoSize', data: { keys: missing.map((k) => `\`${k}\``).join(' and ') }, resource: r });
    return;
  }
  const cpu = cpuUnits(cpuV);
  const memory = memoryMiB(memV);
  if (cpu === undefined || memory === undefined) return;
  const size = fargateSize(cpu, memory);
  if (size.ok) return;
  if (!size.cpuOk) ctx.report({ messageId: 'fargateCpu', data: { cpu }, at: cpuV?.at, resource: r });
  else ctx.report({ messageId: 'fargateMemory', data: { cpu, memory, accepted: describeSizes(size.accepted!) }, at: memV?.at, resource: r });
}

function checkContainers(ctx: RuleContext, r: Resource, fargate: boolean, mode: string | undefined): void {
  const v = arg(r, 'containerDefinitions');
  const text = str(v)?.trim();
  if (text !== undefined && (text.startsWith('{') || text.startsWith('['))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.report({ messageId: 'json', at: v?.at, resource: r });
      return;
    }
    if (!Array.isArray(parsed)) {
      ctx.report({ messageId: 'notArray', at: v?.at, resource: r });
      return;
    }
  }
  const found = containers(r);
  if (!found) return;
  const at = v?.at;
  const taskMemory = memoryMiB(arg(r, 'memory'));
  for (const c of found.containers) {
    if (c.open) continue;
    const missing = ['name', 'image'].filter((k) => !c.props.has(k) || isAbsent(c.props.get(k)));
    if (missing.length > 0) ctx.report({ messageId: 'containerField', data: { container: containerName(c), keys: missing.map((k) => `\`${k}\``).join(' and ') }, at, resource: r });
    const memory = num(prop(c, 'memory'));
    if (memory !== undefined && taskMemory !== undefined && memory > taskMemory) {
      ctx.report({ messageId: 'containerMemory', data: { container: containerName(c), memory, taskMemory }, at, resource: r });
    }
    if (mode === 'awsvpc') {
      for (const pm of items(prop(c, 'portMappings'))?.items ?? []) {
        if (pm.kind !== 'obj') continue;
        const host = num(pm.props.get('hostPort'));
        const port = num(pm.props.get('containerPort'));
        if (host !== undefined && port !== undefined && host !== port) ctx.report({ messageId: 'hostPort', data: { container: containerName(c), host, port }, at, resource: r });
      }
    }
  }
  if (!found.open && found.containers.length > 0 && found.containers.every((c) => bool(prop(c, 'essential')) === false)) {
    ctx.report({ messageId: 'noEssential', at, resource: r });
  }
  if (fargate && knownAbsent(ctx, r, 'executionRoleArn')) {
    const needs = found.containers.find((c) => usesAwslogs(c) || pullsFromEcr(c) || hasSecrets(c));
    if (needs) {
      const why = usesAwslogs(needs) ? 'sends its logs with the `awslogs` driver' : pullsFromEcr(needs) ? 'pulls its image from a private ECR repository' : 'reads `secrets`';
      ctx.report({ messageId: 'executionRole', data: { container: containerName(needs), why }, resource: r });
    }
  }
}

export default defineRule({
  id: 'aws/ecs-task-definition-invalid',
  class: 'ECS-EKS-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [TASK_DEFINITION],
  messages: {
    fargateMemory: 'Fargate does not offer {{memory}} MiB of memory with {{cpu}} CPU units: with {{cpu}} CPU the task memory must be {{accepted}} MiB, so RegisterTaskDefinition fails ("No Fargate configuration exists for given values"). Pick a valid CPU/memory pair.',
    fargateCpu: 'Fargate has no task size with {{cpu}} CPU units (valid: 256, 512, 1024, 2048, 4096, 8192, 16384): RegisterTaskDefinition fails. Use one of the Fargate CPU values.',
    fargateNoSize: 'This Fargate task definition sets no task-level {{keys}}: Fargate requires both, so RegisterTaskDefinition fails. Set `cpu` and `memory` (e.g. "256" and "512").',
    fargateNetworkMode: 'This Fargate task definition uses network mode `{{mode}}`, but Fargate supports only `awsvpc`: RegisterTaskDefinition fails. Set `networkMode: "awsvpc"`.',
    json: '`containerDefinitions` is not valid JSON: RegisterTaskDefinition fails. Build it with `JSON.stringify([...])` / `json.dumps([...])` (inside `apply` when it holds Outputs).',
    notArray: '`containerDefinitions` is a JSON object, but ECS expects a JSON array of containers: the provider rejects it. Wrap the container in a list (`[{ name, image, ... }]`).',
    containerField: 'Container {{container}} has no {{keys}}: every container definition needs a `name` and an `image`, so RegisterTaskDefinition fails. Add them.',
    containerMemory: 'Container {{container}} reserves {{memory}} MiB (`memory`), more than the task\'s {{taskMemory}} MiB: ECS rejects the task definition. Lower the container memory or raise the task memory.',
    hostPort: 'Container {{container}} maps host port {{host}} to container port {{port}}, but in `awsvpc` mode (and on Fargate) the host port must equal the container port: RegisterTaskDefinition fails. Drop `hostPort` or set it to {{port}}.',
    noEssential: 'Every container of this task definition has `essential: false`: ECS requires at least one essential container and rejects the task definition. Mark the main container essential.',
    executionRole: 'This Fargate task definition has no `executionRoleArn`, but container {{container}} {{why}}: Fargate needs the task execution role for that, so the task definition is rejected (or its tasks fail to start). Create a role trusted by ecs-tasks.amazonaws.com with AmazonECSTaskExecutionRolePolicy and pass it as `executionRoleArn`.',
  },
  title: {
    fargateMemory: 'Fargate task size {{cpu}} CPU / {{memory}} MiB not offered',
    fargateCpu: 'Fargate task CPU {{cpu}} not offered',
    fargateNoSize: 'Fargate task definition without task-level {{keys}}',
    fargateNetworkMode: 'Fargate task definition with network mode `{{mode}}`',
    json: 'Container definitions are not valid JSON',
    notArray: 'Container definitions are an object, not an array',
    containerField: 'Container {{container}} without {{keys}}',
    containerMemory: 'Container {{container}} reserves more memory than the task',
    hostPort: 'Container {{container}} maps host port {{host}} to {{port}} in awsvpc mode',
    noEssential: 'Task definition{{s}} without an essential container',
    executionRole: 'Fargate task definition without an execution role for container {{container}}',
  },
  fixHint: 'Fargate: { requiresCompatibilities: ["FARGATE"], networkMode: "awsvpc", cpu: "256", memory: "512", executionRoleArn: executionRole.arn, containerDefinitions: pulumi.jsonStringify([{ name, image, essential: true, portMappings: [{ containerPort: 80 }] }]) }.',
  docs: {
    summary: 'ECS task definitions that ECS rejects: invalid Fargate CPU/memory pairs or missing task size, non-awsvpc network modes on Fargate, container definitions that are not a JSON array or lack name/image, host ports that differ from container ports in awsvpc mode, containers larger than the task, no essential container, Fargate tasks that log with awslogs or pull from ECR without an execution role.',
    why: 'RegisterTaskDefinition validates the whole definition: Fargate accepts only the CPU/memory pairs of its size table (256 CPU with 512–2048 MiB, 512 with 1–4 GiB, 1024 with 2–8 GiB, …), only `awsvpc` networking, host ports equal to container ports, and needs an execution role for the awslogs driver, private ECR images and secrets. Model-written task definitions often pair `cpu: "256"` with `memory: "4096"`, map host port 8080 to container port 80, or forget the execution role; the deployment fails at the task definition or the service never starts a task.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ecs.TaskDefinition('app', {\n  family: 'app',\n  requiresCompatibilities: ['FARGATE'],\n  networkMode: 'awsvpc',\n  cpu: '256',\n  memory: '4096',\n  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }]),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\naws.ecs.TaskDefinition("app", family="app", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="512", memory="1024",\n    container_definitions=json.dumps([{"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80, "hostPort": 8080}]}]))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ecs.TaskDefinition('app', {\n  family: 'app',\n  requiresCompatibilities: ['FARGATE'],\n  networkMode: 'awsvpc',\n  cpu: '1024',\n  memory: '4096',\n  containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx:1.27', essential: true, portMappings: [{ containerPort: 80 }] }]),\n});\n`,
      py: `import json\nimport pulumi_aws as aws\naws.ecs.TaskDefinition("app", family="app", requires_compatibilities=["FARGATE"], network_mode="awsvpc", cpu="512", memory="1024",\n    container_definitions=json.dumps([{"name": "app", "image": "nginx:1.27", "portMappings": [{"containerPort": 80}]}]))\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    ],
    notes: 'Container checks read `containerDefinitions` whether it is a literal JSON string, `JSON.stringify`/`json.dumps` output, `pulumi.jsonStringify`, or built inside `apply`; containers whose definition is not known in full are skipped. A container definitions list passed as a list instead of a string is aws/wrong-argument-kind\'s finding. Task sizes written as "1 vCPU" / "2 GB" are understood. Only Fargate task definitions (`requiresCompatibilities` includes FARGATE) are held to the Fargate size table, network mode and execution role rules.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const fargate = isFargateTask(r);
      const mode = isAbsent(r.args.props.get('networkMode')) && !knownAbsent(ctx, r, 'networkMode') ? undefined : networkMode(r);
      if (fargate) {
        checkSize(ctx, r);
        if (mode !== undefined && mode !== 'awsvpc') ctx.report({ messageId: 'fargateNetworkMode', data: { mode }, at: keySpan(r.args, 'networkMode'), resource: r, severity: 'critical' });
      }
      checkContainers(ctx, r, fargate, fargate ? 'awsvpc' : mode);
    }
  },
});
