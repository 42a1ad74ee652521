// Load balancers, listeners and target groups as the rules read them: which listeners belong to a
// load balancer, which listeners or rules forward to a target group, and who registers targets in it.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { refersTo } from './resource-refs.js';
import { namesResource } from './vpc-routes.js';
import { arg, items } from './values.js';
import { walk } from './walk.js';

export const LOAD_BALANCERS = ['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer'];
export const LISTENERS = ['aws:lb/listener:Listener', 'aws:alb/listener:Listener'];
export const LISTENER_RULES = ['aws:lb/listenerRule:ListenerRule', 'aws:alb/listenerRule:ListenerRule'];
export const TARGET_GROUPS = ['aws:lb/targetGroup:TargetGroup', 'aws:alb/targetGroup:TargetGroup'];
export const ASG = 'aws:autoscaling/group:Group';
export const ASG_ATTACHMENT = 'aws:autoscaling/attachment:Attachment';

function combine(a: 'yes' | 'no' | 'unknown', b: 'yes' | 'no' | 'unknown'): 'yes' | 'no' | 'unknown' {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'unknown' || b === 'unknown' ? 'unknown' : 'no';
}

/** Does any value inside `root` name `target`? */
function mentions(model: ResourceModel, root: Value, target: Resource): 'yes' | 'no' | 'unknown' {
  let result: 'yes' | 'no' | 'unknown' = root.kind === 'obj' && root.open ? 'unknown' : 'no';
  walk(root, ({ value }) => {
    if (result === 'yes') return;
    if (value.kind === 'output' && value.resource !== undefined) result = combine(result, refersTo(model, value, target));
    else if (value.kind === 'list' && value.open) result = combine(result, 'unknown');
  });
  return result;
}

/** Listeners of the program that belong to a load balancer ('unknown' entries may). */
export function listenersOf(model: ResourceModel, lb: Resource): { listeners: Resource[]; unsure: boolean } {
  const listeners: Resource[] = [];
  let unsure = false;
  for (const l of model.resources) {
    if (!LISTENERS.includes(l.type)) continue;
    const rel = l.args.open ? 'unknown' : namesResource(model, arg(l, 'loadBalancerArn'), lb);
    if (rel === 'yes') listeners.push(l);
    else if (rel === 'unknown') unsure = true;
  }
  return { listeners, unsure };
}

/** Does a listener (default actions) or listener rule forward traffic to the target group? */
export function forwardedTo(model: ResourceModel, tg: Resource): 'yes' | 'no' | 'unknown' {
  let result: 'yes' | 'no' | 'unknown' = 'no';
  for (const l of model.resources) {
    if (!LISTENERS.includes(l.type) && !LISTENER_RULES.includes(l.type)) continue;
    if (l.args.open || !l.argsKnown) {
      result = combine(result, 'unknown');
      continue;
    }
    const actions = arg(l, LISTENERS.includes(l.type) ? 'defaultActions' : 'actions');
    if (actions) result = combine(result, mentions(model, actions, tg));
    if (result === 'yes') return result;
  }
  return result;
}

/** Who registers targets in the group: ECS services (`loadBalancers`), Auto Scaling groups, attachments. */
export function registrars(model: ResourceModel, tg: Resource): Resource[] {
  return model.resources.filter((r) => {
    if (r.type === 'aws:ecs/service:Service') return (items(arg(r, 'loadBalancers'))?.items ?? []).some((lb) => lb.kind === 'obj' && refersTo(model, lb.props.get('targetGroupArn'), tg) === 'yes');
    if (r.type === ASG) return (items(arg(r, 'targetGroupArns'))?.items ?? []).some((v) => refersTo(model, v, tg) === 'yes');
    if (r.type === ASG_ATTACHMENT) return refersTo(model, arg(r, 'lbTargetGroupArn'), tg) === 'yes';
    return false;
  });
}
