import type { Resource } from '../../model/types.js';
import { compatibilities, containers, isFargateTask, networkMode, SERVICE, taskDefinitionOf } from '../_shared/ecs.js';
import { arg, isAbsent, items, keySpan, num, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** A list argument that is present and certainly not empty. */
function nonEmpty(r: Resource, key: string): boolean {
  const v = r.args.props.get(key);
  if (!v || isAbsent(v)) return false;
  const list = items(v);
  return !!list && list.items.length > 0;
}

/** Does the service run on Fargate: its launch type, or capacity providers that are all Fargate ones? */
function onFargate(r: Resource): boolean {
  const launch = str(arg(r, 'launchType'))?.toUpperCase();
  if (launch) return launch === 'FARGATE';
  const strategies = items(arg(r, 'capacityProviderStrategies'));
  if (!strategies || strategies.open || strategies.items.length === 0) return false;
  return strategies.items.every((s) => s.kind === 'obj' && /^FARGATE(_SPOT)?$/.test(str(s.props.get('capacityProvider')) ?? ''));
}

function checkLoadBalancers(ctx: RuleContext, r: Resource, td: Resource): void {
  const found = containers(td);
  if (!found || found.open) return;
  const byName = new Map(found.containers.map((c) => [str(c.props.get('name')), c]));
  if ([...byName.keys()].some((n) => n === undefined)) return;
  for (const lb of items(arg(r, 'loadBalancers'))?.items ?? []) {
    if (lb.kind !== 'obj') continue;
    const nameV = lb.props.get('containerName');
    const name = str(nameV);
    if (name === undefined) continue;
    const c = byName.get(name);
    if (!c) {
      ctx.report({ messageId: 'containerName', data: { name, names: [...byName.keys()].map((n) => `\`${n}\``).join(', ') }, at: nameV?.at, resource: r });
      continue;
    }
    const portV = lb.props.get('containerPort');
    const port = num(portV);
    const mappings = items(c.props.get('portMappings'));
    if (port === undefined || (mappings && mappings.open)) continue;
    const ports = (mappings?.items ?? []).map((m) => (m.kind === 'obj' ? num(m.props.get('containerPort')) : undefined));
    if (ports.some((p) => p === undefined)) continue;
    if (!ports.includes(port)) {
      const list = ports.length ? `maps only ${ports.map((p) => String(p)).join(', ')}` : 'maps no port';
      ctx.report({ messageId: 'containerPort', data: { name, port, list }, at: portV?.at, resource: r });
    }
  }
}

export default defineRule({
  id: 'aws/ecs-service-invalid',
  class: 'ECS-EKS-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [SERVICE],
  messages: {
    launchAndProviders: 'This service sets both `launchType` and `capacityProviderStrategies`: ECS accepts one or the other ("Specifying both a launch type and capacity provider strategy is not supported"), so CreateService fails. Drop `launchType` and keep the capacity provider strategy (or the reverse).',
    fargatePlacement: 'This Fargate service sets `{{key}}`: Fargate places tasks itself and ECS rejects placement strategies and constraints for it, so CreateService fails. Remove `{{key}}` (spread across zones by giving subnets in several AZs).',
    noNetworkConfiguration: 'The task definition of this service uses `awsvpc` networking{{fargate}}, but the service has no `networkConfiguration`: ECS requires subnets (and security groups) for awsvpc tasks, so CreateService fails. Add `networkConfiguration: { subnets, securityGroups }`.',
    networkConfigurationMode: 'This service sets `networkConfiguration`, but its task definition uses network mode `{{mode}}`: ECS accepts a network configuration only for awsvpc tasks, so CreateService fails. Use `networkMode: "awsvpc"` or drop `networkConfiguration`.',
    gracePeriod: 'This service sets `healthCheckGracePeriodSeconds` without `loadBalancers`: ECS accepts a grace period only for services behind a load balancer, so CreateService fails. Remove it or attach the service to its target group.',
    launchCompat: 'This service runs on {{launch}}, but its task definition is only compatible with {{compat}}: ECS refuses to start the tasks. Add "{{launch}}" to `requiresCompatibilities` or change the launch type.',
    containerName: 'The load balancer entry names container `{{name}}`, which is not in the task definition (containers: {{names}}): CreateService fails ("The container … does not exist in the task definition"). Use the container\'s `name`.',
    containerPort: 'The load balancer entry sends traffic to port {{port}} of container `{{name}}`, but the container {{list}}: CreateService fails ("The container … did not have a container port {{port}} defined"). Use a mapped `containerPort`.',
  },
  title: {
    launchAndProviders: 'Both a launch type and capacity providers on {{counted}}',
    fargatePlacement: 'Placement settings {{key:arg:code}} on Fargate {{counted}}',
    noNetworkConfiguration: 'No network configuration on awsvpc {{counted}}',
    networkConfigurationMode: 'Network configuration on {{counted}} whose tasks use `{{mode}}` networking',
    gracePeriod: 'Health check grace period without a load balancer on {{counted}}',
    launchCompat: '{{counted}} on {{launch}} with a task definition for {{compat}} only',
    containerName: 'Load balancer entry of {{counted}} names container {{name:code}}, which the task lacks',
    containerPort: 'Load balancer entry of {{counted}} targets port {{port}} of {{name:code}}, which it does not expose',
  },
  fixHint: 'new aws.ecs.Service("svc", { cluster: cluster.arn, taskDefinition: td.arn, capacityProviderStrategies: [{ capacityProvider: "FARGATE", weight: 1 }], networkConfiguration: { subnets, securityGroups: [sg.id] }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: "app", containerPort: 8080 }] }).',
  docs: {
    summary: 'ECS services that CreateService rejects: launch type together with capacity providers, placement strategies or constraints on Fargate, awsvpc tasks without network configuration (or a network configuration for non-awsvpc tasks), a health-check grace period without a load balancer, a launch type the task definition is not compatible with, load balancer entries naming a container or port the task definition does not have.',
    why: 'ECS checks a service against its task definition when it is created. Model-written services often keep `launchType: "FARGATE"` while adding a capacity provider strategy for Spot, copy EC2 placement strategies onto Fargate services, or point the load balancer at a container name or port that differs from the task definition (the name built with a suffix in one place and not in the other). Each of these fails the deployment at the service.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ecs.Service('svc', {\n  cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/app',\n  taskDefinition: 'app:1',\n  launchType: 'FARGATE',\n  capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],\n  networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] },\n});\n`,
      py: `import pulumi_aws as aws\naws.ecs.Service("svc", cluster="app", task_definition="app:1", launch_type="FARGATE",\n    ordered_placement_strategies=[{"type": "spread", "field": "attribute:ecs.availability-zone"}],\n    network_configuration={"subnets": ["subnet-0123456789abcdef0"]})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ecs.Service('svc', {\n  cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/app',\n  taskDefinition: 'app:1',\n  capacityProviderStrategies: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],\n  networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] },\n});\n`,
      py: `import pulumi_aws as aws\naws.ecs.Service("svc", cluster="app", task_definition="app:1", launch_type="FARGATE",\n    network_configuration={"subnets": ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]})\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html',
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html',
    ],
    notes: 'Checks against the task definition need `taskDefinition` to be a task definition of the program (`td.arn`); container names and ports are compared only when every container of the definition is known. Services using `deploymentController: { type: "EXTERNAL" }` are judged like the others.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.args.open) continue;
      const launchV = arg(r, 'launchType');
      if (launchV && nonEmpty(r, 'capacityProviderStrategies')) ctx.report({ messageId: 'launchAndProviders', at: keySpan(r.args, 'launchType'), resource: r, severity: 'critical' });
      if (onFargate(r)) {
        for (const key of ['orderedPlacementStrategies', 'placementConstraints']) {
          if (nonEmpty(r, key)) ctx.report({ messageId: 'fargatePlacement', data: { key }, at: keySpan(r.args, key), resource: r });
        }
      }
      if (arg(r, 'healthCheckGracePeriodSeconds') && knownAbsent(ctx, r, 'loadBalancers')) ctx.report({ messageId: 'gracePeriod', at: keySpan(r.args, 'healthCheckGracePeriodSeconds'), resource: r });
      const td = taskDefinitionOf(ctx.model, r);
      if (!td || td.args.open) continue;
      const fargate = isFargateTask(td);
      const mode = fargate ? 'awsvpc' : isAbsent(td.args.props.get('networkMode')) && !knownAbsent(ctx, td, 'networkMode') ? undefined : networkMode(td);
      if (mode === 'awsvpc' && knownAbsent(ctx, r, 'networkConfiguration')) ctx.report({ messageId: 'noNetworkConfiguration', data: { fargate: fargate ? ' (as every Fargate task does)' : '' }, resource: r, severity: 'critical' });
      if (mode && mode !== 'awsvpc' && arg(r, 'networkConfiguration')) ctx.report({ messageId: 'networkConfigurationMode', data: { mode }, at: keySpan(r.args, 'networkConfiguration'), resource: r });
      const launch = str(launchV)?.toUpperCase();
      const compat = compatibilities(td);
      if (launch && (launch === 'FARGATE' || launch === 'EC2') && compat && compat.length > 0 && !compat.includes(launch)) {
        ctx.report({ messageId: 'launchCompat', data: { launch, compat: compat.join(', ') }, at: launchV?.at, resource: r });
      }
      checkLoadBalancers(ctx, r, td);
    }
  },
});
