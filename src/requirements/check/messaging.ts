// Dead-letter queues for Lambda functions and SQS queues.

import { knownNumber, knownString, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, pathOf } from '../../rules/_shared/values.js';
import { andOthers, fail, nothingToCheck, pass, referencedResource, resourcesOf, TYPES, unknown, type Check, type CheckContext } from './context.js';

/** Functions with a failure destination: deadLetterConfig, or an event invoke configuration. */
function functionsWithDlq(ctx: CheckContext): { fns: Resource[]; withDlq: Resource[]; unresolved: boolean } {
  const fns = resourcesOf(ctx, TYPES.lambda);
  const configured = new Set<number>();
  let unresolved = false;
  for (const c of resourcesOf(ctx, /^aws:lambda\/(functionEventInvokeConfig|eventSourceMapping):/)) {
    if (!pathOf(c.args, 'destinationConfig.onFailure')) continue;
    const target = referencedResource(arg(c, 'functionName'));
    if (target === undefined) unresolved = true;
    else configured.add(target);
  }
  const target = (f: Resource) => arg(f, 'deadLetterConfig.targetArn');
  const withDlq = fns.filter((f) => (target(f) && target(f)!.kind !== 'unknown') || configured.has(f.id));
  if (fns.some((f) => !definitelyAbsent(f, 'deadLetterConfig') && target(f)?.kind !== 'output' && target(f)?.kind !== 'known')) unresolved = true;
  return { fns, withDlq, unresolved };
}

/** A JSON string the program serialised (possibly inside an Output), as the structure it holds. */
function structure(v: Value | undefined): Value | undefined {
  if (v?.kind === 'output') return structure(v.inner);
  return v && (v.kind === 'known' || v.kind === 'str') && v.json ? v.json : v;
}

function redrive(q: Resource): Value | undefined {
  return structure(arg(q, 'redrivePolicy'));
}

function isDeadLetterQueue(q: Resource, ctx: CheckContext): boolean {
  const name = knownString(q.name) ?? '';
  if (/dlq|dead/i.test(name)) return true;
  return resourcesOf(ctx, TYPES.queue).some((o) => referencedResource(pathOf(redrive(o), 'deadLetterTargetArn')) === q.id);
}

export const checkDlq: Check<'dead-letter-queue'> = (req, ctx) => {
  const { target, maxReceiveCount } = req.params;
  const queues = resourcesOf(ctx, TYPES.queue).filter((q) => !isDeadLetterQueue(q, ctx));
  const lambdas = functionsWithDlq(ctx);
  if (target === 'sqs' || (target === 'any' && lambdas.withDlq.length === 0 && queues.length > 0)) {
    if (queues.length === 0) return nothingToCheck(ctx, 'SQS queues');
    const without = queues.filter((q) => definitelyAbsent(q, 'redrivePolicy'));
    if (without.length > 0) return fail(req, `${andOthers(without)} has no redrivePolicy`, without[0]);
    if (maxReceiveCount !== undefined) {
      const counts = queues.map((q) => knownNumber(pathOf(redrive(q), 'maxReceiveCount')));
      const wrong = queues.find((_q, i) => counts[i] !== undefined && counts[i] !== maxReceiveCount);
      if (wrong) return fail(req, `the redrive policy of ${andOthers([wrong])} allows ${counts[queues.indexOf(wrong)]} receives`, wrong, undefined, { variant: 'receives', got: counts[queues.indexOf(wrong)]! });
      if (counts.includes(undefined)) return unknown('the redrive policies are not known statically');
    }
    return pass(`${queues.length} queues have a dead-letter queue`, queues[0], arg(queues[0]!, 'redrivePolicy')?.at);
  }
  if (lambdas.fns.length === 0) return nothingToCheck(ctx, 'Lambda functions');
  if (lambdas.withDlq.length > 0) return pass(`${lambdas.withDlq.length} functions send failures to a dead-letter queue`, lambdas.withDlq[0]);
  if (lambdas.unresolved) return unknown('failure destinations are not known statically');
  return fail(req, `none of its ${lambdas.fns.length} Lambda functions has a deadLetterConfig or an on-failure destination`, lambdas.fns[0]);
};
