import type { Resource } from '../../model/types.js';
import { isFargateTask, networkMode, taskDefinitionOf } from '../_shared/ecs.js';
import { ASG, registrars, TARGET_GROUPS } from '../_shared/load-balancers.js';
import { quotedName } from '../_shared/resource-refs.js';
import { isAbsent, keySpan, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** The target group's target type: known, `instance` when definitely absent (the default), else undefined. */
function targetType(tg: Resource): string | undefined {
  const v = tg.args.props.get('targetType');
  if (!v || isAbsent(v)) return tg.args.open ? undefined : 'instance';
  return str(v);
}

export default defineRule({
  id: 'aws/target-group-target-type-mismatch',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'critical',
  category: 'aws',
  resourceTypes: TARGET_GROUPS,
  messages: {
    awsvpc: 'ECS service {{service}} registers {{what}} tasks in this target group, but its target type is `{{type}}`{{implicit}}: awsvpc tasks are registered by IP address, so ECS rejects the service ("The provided target group has target type instance, which is incompatible with the awsvpc network mode"). Set `targetType: "ip"`.',
    bridge: 'ECS service {{service}} runs `{{mode}}`-mode tasks, which register as instances, but this target group has target type `{{type}}`: ECS rejects the service. Use `targetType: "instance"` or switch the task definition to awsvpc.',
    asg: 'Auto Scaling group {{asg}} registers its instances in this target group, but its target type is `{{type}}`: Auto Scaling attaches only instance target groups, so the group fails to attach it. Set `targetType: "instance"` (the default).',
  },
  title: {
    awsvpc: 'Target type `{{type}}` for the {{what}} tasks of ECS service {{service}}',
    bridge: 'Target type `{{type}}` for the `{{mode}}`-mode tasks of ECS service {{service}}',
    asg: 'Target type `{{type}}` for the instances of Auto Scaling group {{asg}}',
  },
  fixHint: 'Fargate/awsvpc services: new aws.lb.TargetGroup("app", { port: 8080, protocol: "HTTP", targetType: "ip", vpcId }); EC2 instances and Auto Scaling groups: targetType "instance".',
  docs: {
    summary: 'Target groups whose target type does not match what registers in them: `instance` groups for awsvpc/Fargate ECS services, `ip` groups for bridge-mode services or Auto Scaling groups.',
    why: 'Tasks in awsvpc mode (every Fargate task) have their own network interface and are registered by IP; a target group created without `targetType` is an instance group, and ECS refuses to create the service. Auto Scaling groups, conversely, register instances and cannot attach an IP target group. Model-written Fargate services regularly leave the target type at its default.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst td = new aws.ecs.TaskDefinition('app', { family: 'app', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', portMappings: [{ containerPort: 80 }] }]) });\nconst tg = new aws.lb.TargetGroup('app', { port: 80, protocol: 'HTTP', vpcId: 'vpc-0123456789abcdef0' });\nnew aws.ecs.Service('app', { cluster: 'c', taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 80 }] });\n`,
      py: `import pulumi_aws as aws\ntg = aws.lb.TargetGroup("web", port=80, protocol="HTTP", target_type="ip", vpc_id="vpc-0123456789abcdef0")\naws.autoscaling.Group("web", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-0123456789abcdef0"], target_group_arns=[tg.arn],\n    launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst td = new aws.ecs.TaskDefinition('app', { family: 'app', requiresCompatibilities: ['FARGATE'], networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: JSON.stringify([{ name: 'app', image: 'nginx', portMappings: [{ containerPort: 80 }] }]) });\nconst tg = new aws.lb.TargetGroup('app', { port: 80, protocol: 'HTTP', targetType: 'ip', vpcId: 'vpc-0123456789abcdef0' });\nnew aws.ecs.Service('app', { cluster: 'c', taskDefinition: td.arn, launchType: 'FARGATE', networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 80 }] });\n`,
      py: `import pulumi_aws as aws\ntg = aws.lb.TargetGroup("web", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0")\naws.autoscaling.Group("web", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-0123456789abcdef0"], target_group_arns=[tg.arn],\n    launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html#alb-considerations', 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/attach-load-balancer-asg.html'],
    notes: 'ECS services are judged through their task definition when it is a resource of the program; the network mode of an EC2 task definition without `networkMode` is bridge. A target group written without `targetType` is an instance group.',
  },
  check(ctx) {
    for (const tg of ctx.resources()) {
      const type = targetType(tg);
      if (!type || type === 'lambda' || type === 'alb' || (isAbsent(tg.args.props.get('targetType')) && !knownAbsent(ctx, tg, 'targetType'))) continue;
      const implicit = isAbsent(tg.args.props.get('targetType')) ? ' (the default)' : '';
      const at = keySpan(tg.args, 'targetType');
      for (const who of registrars(ctx.model, tg)) {
        if (who.type === ASG) {
          if (type === 'ip') ctx.report({ messageId: 'asg', data: { asg: quotedName(who), type }, at, resource: tg });
          continue;
        }
        if (who.type !== 'aws:ecs/service:Service') continue;
        const td = taskDefinitionOf(ctx.model, who);
        if (!td) continue;
        const fargate = isFargateTask(td);
        const mode = fargate ? 'awsvpc' : isAbsent(td.args.props.get('networkMode')) && !knownAbsent(ctx, td, 'networkMode') ? undefined : networkMode(td);
        if (mode === 'awsvpc' && type === 'instance') ctx.report({ messageId: 'awsvpc', data: { service: quotedName(who), what: fargate ? 'Fargate' : 'awsvpc', type, implicit }, at, resource: tg });
        else if ((mode === 'bridge' || mode === 'host') && type === 'ip') ctx.report({ messageId: 'bridge', data: { service: quotedName(who), mode, type }, at, resource: tg });
      }
    }
  },
});
