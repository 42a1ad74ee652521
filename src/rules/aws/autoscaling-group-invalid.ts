import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, keySpan, num } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const ASG = 'aws:autoscaling/group:Group';
const SCALABLE_TARGET = 'aws:appautoscaling/target:Target';
const NODE_GROUP = 'aws:eks/nodeGroup:NodeGroup';

/** Bounds of the group: [min key, max key, desired key] at a path. */
const BOUNDS: Record<string, { min: string; max: string; desired?: string }> = {
  [ASG]: { min: 'minSize', max: 'maxSize', desired: 'desiredCapacity' },
  [SCALABLE_TARGET]: { min: 'minCapacity', max: 'maxCapacity' },
};

function checkBounds(ctx: RuleContext, r: Resource): void {
  const b = BOUNDS[r.type]!;
  const minV = arg(r, b.min);
  const maxV = arg(r, b.max);
  const min = num(minV);
  const max = num(maxV);
  if (min !== undefined && max !== undefined && min > max) ctx.report({ messageId: 'minMax', data: { minKey: b.min, min, maxKey: b.max, max }, at: maxV?.at, resource: r });
  if (!b.desired) return;
  const desiredV = arg(r, b.desired);
  const desired = num(desiredV);
  if (desired === undefined) return;
  if ((min !== undefined && desired < min) || (max !== undefined && desired > max)) {
    ctx.report({ messageId: 'desired', data: { key: b.desired, desired, min: min ?? '?', max: max ?? '?' }, at: desiredV?.at, resource: r });
  }
}

export default defineRule({
  id: 'aws/autoscaling-group-invalid',
  class: 'AUTOSCALING-COMPUTE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [ASG, SCALABLE_TARGET],
  messages: {
    minMax: '`{{minKey}}` ({{min}}) is larger than `{{maxKey}}` ({{max}}): the scaling bounds are rejected and the group is not created. Make the minimum at most the maximum.',
    desired: '`{{key}}` ({{desired}}) is outside the group\'s bounds ({{min}}–{{max}}): Auto Scaling rejects it ("Desired capacity must be between the min and max"). Keep the desired capacity within the bounds.',
    noLaunch: 'This Auto Scaling group names no launch template, launch configuration or mixed instances policy: it has nothing to launch, so creation fails. Set `launchTemplate: { id: lt.id, version: "$Latest" }`.',
    bothLaunch: 'This Auto Scaling group sets both `launchConfiguration` and `{{other}}`: Auto Scaling accepts exactly one way to describe its instances, so creation fails. Keep the launch template (launch configurations are deprecated).',
    noPlacement: 'This Auto Scaling group has neither `vpcZoneIdentifiers` nor `availabilityZones`: Auto Scaling cannot place instances ("At least one Availability Zone or VPC Subnet is required"). Give it subnets in two or more zones.',
  },
  title: {
    minMax: '{{minKey:arg:code}} {{min}} larger than {{maxKey:arg:code}} {{max}} on {{counted}}',
    desired: '{{key:arg:code}} {{desired}} outside {{min}}–{{max}} on {{counted}}',
    noLaunch: '{{counted}} with nothing to launch',
    bothLaunch: '{{counted}} sets both a launch configuration and {{other:arg:code}}',
    noPlacement: '{{counted}} without subnets or Availability Zones',
  },
  fixHint: 'new aws.autoscaling.Group("web", { minSize: 2, maxSize: 6, desiredCapacity: 2, vpcZoneIdentifiers: privateSubnets.map((s) => s.id), launchTemplate: { id: lt.id, version: "$Latest" } }).',
  docs: {
    summary: 'Auto Scaling groups and Application Auto Scaling targets with a minimum above the maximum or a desired capacity outside the bounds, and Auto Scaling groups without (or with two) launch descriptions or without subnets/zones.',
    why: 'Auto Scaling validates the bounds and the launch description when the group is created: `minSize` must not exceed `maxSize`, `desiredCapacity` must lie between them, exactly one of launch template, launch configuration or mixed instances policy is needed, and the group needs subnets or zones. Models change one bound without the other (min 3 for "three AZs", max 2 from a cost requirement) or keep a launch configuration next to the new launch template.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.autoscaling.Group('web', {\n  minSize: 3,\n  maxSize: 2,\n  vpcZoneIdentifiers: ['subnet-0123456789abcdef0'],\n  launchTemplate: { id: 'lt-0123456789abcdef0', version: '$Latest' },\n});\n`,
      py: `import pulumi_aws as aws\naws.appautoscaling.Target("ecs", service_namespace="ecs", resource_id="service/app/web", scalable_dimension="ecs:service:DesiredCount",\n    min_capacity=4, max_capacity=2)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.autoscaling.Group('web', {\n  minSize: 2,\n  maxSize: 4,\n  desiredCapacity: 2,\n  vpcZoneIdentifiers: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'],\n  launchTemplate: { id: 'lt-0123456789abcdef0', version: '$Latest' },\n});\n`,
      py: `import pulumi_aws as aws\naws.appautoscaling.Target("ecs", service_namespace="ecs", resource_id="service/app/web", scalable_dimension="ecs:service:DesiredCount",\n    min_capacity=2, max_capacity=4)\n`,
    },
    references: ['https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_CreateAutoScalingGroup.html', 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html'],
    notes: 'Bounds are compared when they are known numbers. Launch descriptions and placement are judged only for argument lists known in full; a missing launch description or placement is not reported in fragments (elided code blocks), and "sets both" only when both are written. EKS node group bounds are aws/eks-node-group-invalid\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === NODE_GROUP) continue;
      checkBounds(ctx, r);
      if (r.type !== ASG || r.args.open || !r.argsKnown) continue;
      const kinds = ['launchConfiguration', 'launchTemplate', 'mixedInstancesPolicy'];
      // "Nothing to launch" needs the absence proven (a fragment may elide the argument); "sets both"
      // needs both written: an argument missing from a fragment is not set.
      const launch = kinds.filter((k) => !definitelyAbsent(r, k));
      if (kinds.every((k) => knownAbsent(ctx, r, k))) ctx.report({ messageId: 'noLaunch', resource: r });
      else if (launch.includes('launchConfiguration') && launch.length > 1) ctx.report({ messageId: 'bothLaunch', data: { other: launch.find((k) => k !== 'launchConfiguration')! }, at: keySpan(r.args, 'launchConfiguration'), resource: r });
      if (knownAbsent(ctx, r, 'vpcZoneIdentifiers') && knownAbsent(ctx, r, 'availabilityZones')) ctx.report({ messageId: 'noPlacement', resource: r });
    }
  },
});
