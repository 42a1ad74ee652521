// Required and forbidden services.

import { knownString } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg } from '../../rules/_shared/values.js';
import { serviceById, type Service } from '../services.js';
import { fail, label, pass, resourcesOf, unknown, type Check, type CheckContext } from './context.js';

/** Resources that provide the service; `undefined` when one might but its settings are not known. */
function providers(service: Service, ctx: CheckContext): { found: Resource[]; maybe: boolean } {
  const rs = resourcesOf(ctx, service.types);
  if (!service.where) return { found: rs, maybe: false };
  const { arg: path, equals } = service.where;
  const found = rs.filter((r) => {
    const v = knownString(arg(r, path));
    return v !== undefined && equals.test(v);
  });
  return { found, maybe: rs.some((r) => knownString(arg(r, path)) === undefined) };
}

export const checkRequiredService: Check<'required-service'> = (req, ctx) => {
  const service = serviceById(req.params.service);
  if (!service) return unknown(`'${req.params.service}' is not a service stacklint knows`);
  const { found, maybe } = providers(service, ctx);
  if (found.length > 0) return pass(`${label(found[0]!)} provides ${service.label}`, found[0]);
  if (!ctx.complete) return unknown(ctx.hasProgram ? 'the program imports modules the answer does not contain' : 'the program creates no resources');
  if (maybe) return unknown(`whether a resource provides ${service.label} is not known statically`);
  return fail(req, `it creates no ${service.label.replace(/^(an?|the) /, '')}`, undefined, undefined, { what: service.label.replace(/^(an?|the) /, '') });
};

// Lookups of what already exists (the account's default VPC) create nothing.
const LOOKUP = /:DefaultVpc$/;

export const checkForbiddenService: Check<'forbidden-service'> = (req, ctx) => {
  const service = serviceById(req.params.service);
  if (!service) return unknown(`'${req.params.service}' is not a service stacklint knows`);
  const found = providers(service, ctx).found.filter((r) => !LOOKUP.test(r.type));
  if (found.length > 0) return fail(req, `it creates ${label(found[0]!)}`, found[0], undefined, { what: service.label.replace(/^(an?|the) /, '') });
  return ctx.hasProgram ? pass(`no ${service.label.replace(/^(an?|the) /, '')}`) : unknown('the program creates no resources');
};
