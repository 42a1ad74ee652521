import { forwardedTo, registrars, TARGET_GROUPS } from '../_shared/load-balancers.js';
import { quotedName } from '../_shared/resource-refs.js';
import { arg, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'aws/target-group-not-routed',
  class: 'LB-HEALTHCHECK-TARGETS',
  severity: 'high',
  category: 'aws',
  resourceTypes: TARGET_GROUPS,
  messages: {
    ecs: 'ECS service {{service}} registers its tasks in this target group, but no listener or listener rule of the program forwards to it: ECS refuses a target group that is not associated with a load balancer ("The target group … does not have an associated load balancer"), so CreateService fails. Add a listener (or rule) whose forward action targets this group.',
    other: '{{who}} registers targets in this target group, but no listener or listener rule of the program forwards to it: the targets never receive traffic and are never health-checked by a load balancer. Add a listener (or rule) forwarding to the group.',
  },
  title: {
    ecs: '{{counted}} used by ECS service {{service}} but reached by no listener',
    other: '{{counted}} reached by no listener ({{who}} registers targets)',
  },
  fixHint: 'new aws.lb.Listener("http", { loadBalancerArn: alb.arn, port: 80, protocol: "HTTP", defaultActions: [{ type: "forward", targetGroupArn: tg.arn }] }).',
  docs: {
    summary: 'Target groups that an ECS service, Auto Scaling group or attachment registers targets in, but that no listener or listener rule forwards to.',
    why: 'A target group only receives traffic through a listener\'s or listener rule\'s forward action. ECS goes further and rejects a service whose target group has no load balancer. Model-written stacks create the load balancer, the target group and the service, and forget the listener, or give the listener a fixed-response default action and no rule for the service.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nconst tg = new aws.lb.TargetGroup('app', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId: 'vpc-0123456789abcdef0', healthCheck: { path: '/health' } });\nnew aws.ecs.Service('app', { cluster: 'app', taskDefinition: 'app:1', launchType: 'FARGATE', networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 8080 }] });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi_aws as aws\ntg = aws.lb.TargetGroup("web", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0", health_check={"path": "/"})\naws.autoscaling.Group("web", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-0123456789abcdef0"], target_group_arns=[tg.arn],\n    launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst alb = new aws.lb.LoadBalancer('alb', { subnets: ['subnet-0123456789abcdef0', 'subnet-0fedcba9876543210'] });\nconst tg = new aws.lb.TargetGroup('app', { port: 8080, protocol: 'HTTP', targetType: 'ip', vpcId: 'vpc-0123456789abcdef0', healthCheck: { path: '/health' } });\nconst listener = new aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, protocol: 'HTTP', defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });\nnew aws.ecs.Service('app', { cluster: 'app', taskDefinition: 'app:1', launchType: 'FARGATE', networkConfiguration: { subnets: ['subnet-0123456789abcdef0'] }, loadBalancers: [{ targetGroupArn: tg.arn, containerName: 'app', containerPort: 8080 }] }, { dependsOn: [listener] });\nexport const dns = alb.dnsName;\n`,
      py: `import pulumi_aws as aws\nalb = aws.lb.LoadBalancer("web", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])\ntg = aws.lb.TargetGroup("web", port=80, protocol="HTTP", vpc_id="vpc-0123456789abcdef0", health_check={"path": "/"})\nlistener = aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP", default_actions=[{"type": "fixed-response", "fixed_response": {"content_type": "text/plain", "status_code": "404"}}])\naws.lb.ListenerRule("web", listener_arn=listener.arn, priority=10, conditions=[{"path_pattern": {"values": ["/*"]}}],\n    actions=[{"type": "forward", "forward": {"target_groups": [{"arn": tg.arn}]}}])\naws.autoscaling.Group("web", min_size=1, max_size=2, vpc_zone_identifiers=["subnet-0123456789abcdef0"], target_group_arns=[tg.arn],\n    launch_template={"id": "lt-0123456789abcdef0", "version": "$Latest"})\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html'],
    notes: 'Judged only when the whole program was read; a listener or rule whose arguments are not known in full may forward to any group and silences the rule. Forward actions are recognised in `targetGroupArn` and in weighted `forward.targetGroups`.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const tg of ctx.resources()) {
      if (tg.conditional || str(arg(tg, 'targetType')) === 'lambda') continue;
      const who = registrars(ctx.model, tg);
      if (who.length === 0 || forwardedTo(ctx.model, tg) !== 'no') continue;
      const service = who.find((w) => w.type === 'aws:ecs/service:Service');
      if (service) ctx.report({ messageId: 'ecs', data: { service: quotedName(service) }, resource: tg, severity: 'critical' });
      else ctx.report({ messageId: 'other', data: { who: who[0]!.type.endsWith(':Group') ? `Auto Scaling group ${quotedName(who[0]!)}` : `Attachment ${quotedName(who[0]!)}` }, resource: tg, severity: 'medium' });
    }
  },
});
