// Required and forbidden services.

import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent } from '../../rules/_shared/values.js';
import { serviceById, type Service } from '../services.js';
import { placeholderHandler } from '../../rules/_shared/handler-stub.js';
import { handlerSource } from '../../rules/_shared/lambda-archive.js';
import { fail, label, pass, resourcesOf, unknown, type Check, type CheckContext } from './context.js';

/** Resources that provide the service; `maybe` when one might but its settings are not known. */
function providers(service: Service, ctx: CheckContext): { found: Resource[]; maybe: boolean } {
  const rs = resourcesOf(ctx, service.types);
  let found = rs;
  let maybe = false;
  if (service.where) {
    const { arg: path, equals, absent } = service.where;
    const valueOf = (r: Resource): string | undefined => {
      const v = arg(r, path);
      if (v === undefined) return absent !== undefined && definitelyAbsent(r, path) ? absent : undefined;
      return v.kind === 'known' && (typeof v.value === 'string' || typeof v.value === 'boolean' || typeof v.value === 'number') ? String(v.value) : undefined;
    };
    found = rs.filter((r) => {
      const v = valueOf(r);
      return v !== undefined && equals.test(v);
    });
    maybe = rs.some((r) => valueOf(r) === undefined);
  }
  for (const by of service.alsoBy ?? []) {
    for (const r of resourcesOf(ctx, by.types)) {
      const v = arg(r, by.arg);
      if (v === undefined) {
        if (!definitelyAbsent(r, by.arg)) maybe = true;
      } else if (by.equals) {
        if (v.kind === 'known' && typeof v.value === 'string' && by.equals.test(v.value)) found = [...found, r];
        else if (v.kind !== 'known') maybe = true;
      } else if (v.kind === 'unknown' || (v.kind === 'list' && v.items.length === 0 && v.open)) maybe = true;
      else if (!(v.kind === 'list' && v.items.length === 0)) found = [...found, r];
    }
  }
  return { found, maybe };
}

export const checkRequiredService: Check<'required-service'> = (req, ctx) => {
  const service = serviceById(req.params.service);
  if (!service) return unknown(`'${req.params.service}' is not a service stacklint knows`);
  const { found, maybe } = providers(service, ctx);
  if (found.length > 0 && service.id === 'lambda' && BEHAVIOUR.test(req.sentence)) return functionCode(req, ctx, found);
  if (found.length > 0) return pass(`${label(found[0]!)} provides ${service.label}`, found[0]);
  if (!ctx.complete) return unknown(ctx.hasProgram ? 'the program imports modules the answer does not contain' : 'the program creates no resources');
  if (service.on && resourcesOf(ctx, service.on).length === 0) return unknown(`the program creates none of the resources ${service.label} belongs to`);
  if (maybe) return unknown(`whether a resource provides ${service.label} is not known statically`);
  return fail(req, `it creates no ${service.label.replace(/^(an?|the) /, '')}`, undefined, undefined, { what: service.label.replace(/^(an?|the) /, '') });
};

// "Lambda functions to handle environment switching", "a Lambda that processes uploads": the
// request says what the function must do, so a function whose code does nothing does not meet it.
const BEHAVIOUR = /\blambdas?\b(?:\s+functions?)?(?:\s*\([^)]*\))?\s+(?:to|that|which|for|responsible for|(?:will|should|must|shall)\s+\w+)\s+\w+/i;

/** Met by a function whose code is shown and does something; failed when every function's code is a placeholder. */
function functionCode(req: Parameters<typeof checkRequiredService>[0], ctx: CheckContext, fns: Resource[]): ReturnType<typeof checkRequiredService> {
  const judged = fns.map((fn) => {
    const src = handlerSource(ctx, fn);
    return { fn, src, stub: src ? placeholderHandler(src.text, src.lang, src.fn) : undefined };
  });
  const working = judged.find((j) => j.src && !j.stub);
  if (working) return pass(`${label(working.fn)} provides a Lambda function whose handler \`${working.src!.file}\` does the work`, working.fn);
  const stub = judged.find((j) => j.stub);
  if (!stub || judged.some((j) => !j.src)) {
    return unknown(`${label(fns[0]!)} provides a Lambda function, but ${stub ? 'the code of some functions' : 'its code'} is not in the answer, so what it does is not known`, fns[0]);
  }
  const says = stub.stub!.says ? ` (it returns '${stub.stub!.says}')` : '';
  const n = judged.length;
  const verdict = fail(req, `the code of ${n === 1 ? label(stub.fn) : `all ${n} Lambda functions`} is a placeholder: \`${stub.src!.file}\` calls no AWS API and ignores its event${says}`, stub.fn, arg(stub.fn, 'code')?.at, { variant: 'placeholder' });
  return { ...verdict, class: 'INCOMPLETE-TRUNCATED' };
}

// Lookups of what already exists (the account's default VPC) create nothing.
const LOOKUP = /:DefaultVpc$/;

export const checkForbiddenService: Check<'forbidden-service'> = (req, ctx) => {
  const service = serviceById(req.params.service);
  if (!service) return unknown(`'${req.params.service}' is not a service stacklint knows`);
  const found = providers(service, ctx).found.filter((r) => !LOOKUP.test(r.type));
  if (found.length > 0) return fail(req, `it creates ${label(found[0]!)}`, found[0], undefined, { what: service.label.replace(/^(an?|the) /, '') });
  return ctx.hasProgram ? pass(`no ${service.label.replace(/^(an?|the) /, '')}`) : unknown('the program creates no resources');
};
