// Which Lambda functions a program lets a service invoke (aws.lambda.Permission), for rules about
// event sources and integrations that need that permission.

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { resourceById } from './resource-refs.js';
import { arg, str } from './values.js';

export const LAMBDA_FUNCTION = 'aws:lambda/function:Function';
const PERMISSION = 'aws:lambda/permission:Permission';

/** The program's Lambda function a value refers to (`fn.arn`, `fn.name`, `fn.invokeArn`), if any. */
export function functionOf(model: ResourceModel, v: Value | undefined): Resource | undefined {
  if (!v || v.kind !== 'output' || v.resource === undefined) return undefined;
  const r = resourceById(model, v.resource);
  return r && r.type === LAMBDA_FUNCTION ? r : undefined;
}

/** `logs.eu-west-1.amazonaws.com` for `logs.amazonaws.com`: some services also accept their regional principal. */
function regionalForm(who: string, principal: string): boolean {
  const [service, ...rest] = principal.split('.');
  return who.startsWith(`${service}.`) && who.endsWith(`.${rest.join('.')}`) && /^[a-z]{2}(-[a-z]+)+-\d$/.test(who.slice(service!.length + 1, -rest.join('.').length - 1));
}

/**
 * Whether some `aws.lambda.Permission` grants `principal` on `fn`: true, false, or undefined when a
 * permission exists whose function or principal cannot be resolved (it might be the one).
 */
export function hasInvokePermission(model: ResourceModel, fn: Resource, principal: string): boolean | undefined {
  let unsure = false;
  for (const p of model.resources) {
    if (p.type !== PERMISSION) continue;
    if (p.args.open) {
      unsure = true;
      continue;
    }
    const target = arg(p, 'function');
    const who = str(arg(p, 'principal'));
    const targetFn = functionOf(model, target);
    const sameName = str(target) !== undefined && str(target) === str(arg(fn, 'name'));
    if (who === undefined) {
      if (!targetFn || targetFn.id === fn.id) unsure = true;
      continue;
    }
    if (who !== principal && who !== '*' && !regionalForm(who, principal)) continue;
    if ((targetFn && targetFn.id === fn.id) || sameName) return true;
    if (!targetFn && !sameName) unsure = true;
  }
  return unsure ? undefined : false;
}
