// Traffic shifting: weighted target groups on load-balancer listeners, weighted Route 53 records,
// and the services that shift traffic themselves (CodeDeploy, Lambda alias weights, API Gateway canaries).

import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, isAbsent, isObj, items, num, pathOf, str } from '../../rules/_shared/values.js';
import { fail, label, pass, resourcesOf, unknown, type Check, type CheckContext, type Verdict } from './context.js';

const LISTENERS = /^aws:(lb|alb|elasticloadbalancingv2)\/(listener:Listener|listenerRule:ListenerRule)$/;
const RECORDS = /^aws:route53\/record:Record$/;
// Services that move traffic between versions on their own: a CodeDeploy deployment group (blue/green
// for ECS, EC2 and Lambda), an ECS service deployed by CodeDeploy, Lambda alias weights, API Gateway
// stage canaries.
const SHIFTERS = /^aws:codedeploy\/deploymentGroup:DeploymentGroup$|^aws:lambda\/alias:Alias$|^aws:apigateway\/stage:Stage$|^aws:ecs\/service:Service$/;

/** Does the listener (rule) forward with weights to several target groups? undefined: not known. */
function weightedListener(r: Resource): boolean | undefined {
  const actions = items(arg(r, /listenerRule/.test(r.type) ? 'actions' : 'defaultActions'));
  if (!actions || actions.open) return undefined;
  let open = false;
  for (const a of actions.items) {
    if (!isObj(a)) return undefined;
    const groups = items(pathOf(a, 'forward.targetGroups'));
    if (groups?.open) open = true;
    else if (groups && groups.items.length >= 2) return true;
    if (a.open) open = true;
  }
  return open ? undefined : false;
}

/** A shifter that is configured to shift: weights, a canary, a blue/green deployment. */
function shifts(r: Resource): boolean {
  if (/lambda\/alias/.test(r.type)) return written(arg(r, 'routingConfig'));
  if (/apigateway\/stage/.test(r.type)) return written(arg(r, 'canarySettings'));
  if (/ecs\/service/.test(r.type)) return str(arg(r, 'deploymentController.type')) === 'CODE_DEPLOY';
  return true;
}

/** A value the program writes out (not absent, not an unknown spread's key). */
function written(v: Value | undefined): boolean {
  return v !== undefined && !isAbsent(v) && v.kind !== 'unknown';
}

/** Weighted, or failover records where the request asks for weights "with automatic failover". */
function weightedRecord(r: Resource, failover: boolean): boolean {
  return written(arg(r, 'weightedRoutingPolicies')) || (failover && written(arg(r, 'failoverRoutingPolicies')));
}

function viaListeners(ctx: CheckContext, req: Parameters<Check<'traffic-shifting'>>[0]): Verdict | undefined {
  const listeners = resourcesOf(ctx, LISTENERS);
  const verdicts = listeners.map((l) => ({ l, w: weightedListener(l) }));
  const weighted = verdicts.find((v) => v.w === true);
  if (weighted) return pass(`${label(weighted.l)} forwards to weighted target groups`, weighted.l);
  if (verdicts.some((v) => v.w === undefined)) return unknown('the actions of some listeners are not known statically');
  // Listeners that only redirect or answer fixed responses send traffic to no target group at all.
  const forwarders = verdicts.filter((v) => actionTypes(v.l).includes('forward')).map((v) => v.l);
  const forwarding = forwarders[0];
  if (!forwarding) return undefined;
  const at = arg(forwarding, /listenerRule/.test(forwarding.type) ? 'actions' : 'defaultActions')?.at;
  const n = forwarders.length;
  const what = n === 1 ? `${label(forwarding)} sends all traffic to one target group` : `each of its ${n} forwarding listeners sends all traffic to one target group`;
  return fail(req, `${what} (no \`forward.targetGroups\` with weights), so traffic cannot be shifted`, forwarding, at);
}

function actionTypes(r: Resource): string[] {
  const actions = items(arg(r, /listenerRule/.test(r.type) ? 'actions' : 'defaultActions'));
  return (actions?.items ?? []).map((a) => (isObj(a) ? (str(a.props.get('type')) ?? '') : ''));
}

function viaRecords(ctx: CheckContext, req: Parameters<Check<'traffic-shifting'>>[0]): Verdict | undefined {
  const records = resourcesOf(ctx, RECORDS);
  const weighted = records.find((r) => weightedRecord(r, /\bfail[- ]?over\b/i.test(req.sentence)));
  if (weighted) {
    const w = num(arg(weighted, 'weightedRoutingPolicies.0.weight'));
    return pass(`${label(weighted)} is a ${written(arg(weighted, 'weightedRoutingPolicies')) ? 'weighted' : 'failover'} record${w !== undefined ? ` (weight ${w})` : ''}`, weighted);
  }
  if (records.length === 0) return undefined;
  if (records.some((r) => !r.argsKnown)) return unknown('the routing policies of some records are not known statically');
  // Weighted DNS is Route 53 configuration, not a load balancer's.
  return { ...fail(req, `its Route 53 records (${label(records[0]!)}) have no weighted routing policy, so all traffic goes to one target`, records[0], undefined, { variant: 'dns' }), class: 'CDN-DNS-EDGE' };
}

export const checkTrafficShifting: Check<'traffic-shifting'> = (req, ctx) => {
  const via = req.params.via;
  const shifter = resourcesOf(ctx, SHIFTERS).find(shifts);
  if (shifter && via !== 'dns') return pass(`${label(shifter)} shifts traffic between versions`, shifter);
  const verdicts = [via !== 'dns' ? viaListeners(ctx, req) : undefined, via !== 'load-balancer' ? viaRecords(ctx, req) : undefined].filter((v): v is Verdict => v !== undefined);
  const passed = verdicts.find((v) => v.status === 'pass');
  if (passed) return passed;
  if (verdicts.some((v) => v.status === 'unknown')) return verdicts.find((v) => v.status === 'unknown')!;
  // No weights anywhere is a whole-program absence: code the answer leaves out may set them.
  if (verdicts.length > 0 && ctx.complete) return verdicts[0]!;
  if (!ctx.complete) return unknown(ctx.hasProgram ? 'the program imports modules the answer does not contain' : 'the program creates no resources');
  const none = fail(req, `it creates no ${via === 'dns' ? 'weighted DNS records' : via === 'load-balancer' ? 'load-balancer listener with weighted target groups' : 'weighted routing (listener target-group weights or weighted DNS records)'}`, undefined, undefined, { variant: 'none' });
  return via === 'dns' ? { ...none, class: 'CDN-DNS-EDGE' } : none;
};
