// Lambda functions: runtime, memory, timeout, concurrency, architecture and retries. Absent settings
// take AWS's defaults (128 MB, 3 seconds, x86_64, two retries), which are known values.

import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, items, num, str } from '../../rules/_shared/values.js';
import type { ParamsOf } from '../kinds.js';
import { fail, label, nothingToCheck, pass, resourcesOf, siblings, TYPES, unknown, type Check, type CheckContext, type Verdict } from './context.js';
import type { Requirement } from '../types.js';

interface Setting<T> {
  fn: Resource;
  value: T | undefined;
  /** The value is AWS's default because the argument is absent. */
  defaulted: boolean;
  at?: At;
}

function setting<T>(fn: Resource, path: string, read: (v: Value | undefined) => T | undefined, fallback: T | undefined): Setting<T> {
  const v = arg(fn, path);
  const value = read(v);
  if (value !== undefined) return { fn, value, defaulted: false, ...(v?.at ? { at: v.at } : {}) };
  if (definitelyAbsent(fn, path) && fallback !== undefined) return { fn, value: fallback, defaulted: true };
  return { fn, value: undefined, defaulted: false };
}

/** Judge every function: the first whose known value is not acceptable fails the requirement. */
function judgeFunctions<T>(req: Requirement, ctx: CheckContext, read: (fn: Resource) => Setting<T>, ok: (v: T) => boolean, describe: (s: Setting<T>) => string): Verdict {
  const fns = resourcesOf(ctx, TYPES.lambda);
  if (fns.length === 0) return nothingToCheck(ctx, 'Lambda functions');
  const settings = fns.map(read);
  const bad = settings.filter((s) => s.value !== undefined && !ok(s.value));
  const first = bad[0];
  if (first) {
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more functions)` : '';
    return fail(req, `${label(first.fn)} ${describe(first)}${more}`, first.fn, first.at, { got: [...new Set(bad.map((s) => String(s.value)))].join(', ') });
  }
  return settings.some((s) => s.value === undefined) ? unknown('some functions take the value from configuration or code not known statically') : pass(`${fns.length} functions comply`, settings[0]!.fn, settings[0]!.at);
}

function family(runtime: string): { name: string; version: number[] } {
  const m = /^([a-z]+?)(\d[\d.]*)?(\.x|\.al2\w*)?$/.exec(runtime);
  return { name: m?.[1] ?? runtime, version: (m?.[2] ?? '').split('.').filter(Boolean).map(Number) };
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export const checkRuntime: Check<'lambda-runtime'> = (req, ctx) => {
  const want = family(req.params.runtime);
  const fns = resourcesOf(ctx, TYPES.lambda).filter((f) => str(arg(f, 'packageType')) !== 'Image');
  const runtimes = fns.map((f) => str(arg(f, 'runtime')));
  // "Python 3.11" also rules out functions in another language; "Node.js 18+" only old Node versions.
  if (!req.params.orNewer && runtimes.length > 0 && runtimes.every((r) => r !== undefined && family(r).name !== want.name)) {
    return fail(req, `its functions use ${[...new Set(runtimes)].join(', ')}`, fns[0], arg(fns[0]!, 'runtime')?.at, { got: [...new Set(runtimes)].join(', ') });
  }
  return judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'runtime', str, undefined),
    (r) => {
      const got = family(r);
      if (got.name !== want.name) return true;
      const cmp = compareVersions(got.version, want.version);
      return req.params.orNewer ? cmp >= 0 : cmp === 0;
    },
    (s) => `uses runtime ${s.value}`,
  );
};

function memoryAllowed(p: ParamsOf<'lambda-memory'>, mb: number): boolean {
  if (p.mb !== undefined) return mb === p.mb;
  return mb >= (p.min ?? 0) && mb <= (p.max ?? Infinity);
}

export const checkMemory: Check<'lambda-memory'> = (req, ctx) => {
  const allowed = siblings(ctx, 'lambda-memory').map((r) => r.params);
  return judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'memorySize', num, 128),
    (mb) => allowed.some((p) => memoryAllowed(p, mb)),
    (s) => `has ${s.value} MB of memory${s.defaulted ? ' (the default: memorySize is not set)' : ''}`,
  );
};

export const checkTimeout: Check<'lambda-timeout'> = (req, ctx) => {
  const allowed = siblings(ctx, 'lambda-timeout').map((r) => r.params);
  return judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'timeout', num, 3),
    (t) => allowed.some((p) => (p.atMost ? t <= p.seconds : t === p.seconds)),
    (s) => `times out after ${s.value} seconds${s.defaulted ? ' (the default: timeout is not set)' : ''}`,
  );
};

export const checkConcurrency: Check<'lambda-concurrency'> = (req, ctx) => {
  const { type, count } = req.params;
  if (type === 'provisioned') {
    const configs = resourcesOf(ctx, /^aws:lambda\/provisionedConcurrencyConfig:/);
    if (configs.length === 0) return resourcesOf(ctx, TYPES.lambda).length > 0 ? fail(req, 'no function has a ProvisionedConcurrencyConfig') : nothingToCheck(ctx, 'Lambda functions');
    if (count === undefined) return pass('provisioned concurrency is configured', configs[0]);
    const values = configs.map((c) => num(arg(c, 'provisionedConcurrentExecutions')));
    if (values.includes(count)) return pass(`provisioned concurrency ${count}`, configs[values.indexOf(count)]);
    return values.includes(undefined) ? unknown('the provisioned concurrency is not known statically') : fail(req, `provisioned concurrency is ${values.join(', ')}`, configs[0]);
  }
  return judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'reservedConcurrentExecutions', num, -1),
    (n) => (type === 'none' ? n < 0 : count === undefined ? n >= 0 : n === count),
    (s) => (s.defaulted ? 'reserves no concurrency' : `reserves ${s.value} concurrent executions`),
  );
};

export const checkArchitecture: Check<'lambda-architecture'> = (req, ctx) =>
  judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'architectures', (v) => (items(v)?.items.map(str).every((x) => x !== undefined) ? (items(v)!.items.map(str) as string[]) : undefined), ['x86_64']),
    (archs) => archs.includes(req.params.arch),
    (s) => `runs on ${s.value!.join(', ')}${s.defaulted ? ' (the default)' : ''}`,
  );

export const checkRetries: Check<'lambda-retries'> = (req, ctx) => {
  const fns = resourcesOf(ctx, TYPES.lambda);
  if (fns.length === 0) return nothingToCheck(ctx, 'Lambda functions');
  const configs = resourcesOf(ctx, /^aws:lambda\/functionEventInvokeConfig:/);
  // Without an event invoke configuration, asynchronous invocations are retried twice.
  if (configs.length === 0) {
    return req.params.attempts === 2 ? pass('asynchronous invocations are retried twice (the default)') : fail(req, 'no FunctionEventInvokeConfig sets the retry attempts, so AWS retries twice');
  }
  const values = configs.map((c) => num(arg(c, 'maximumRetryAttempts')) ?? (definitelyAbsent(c, 'maximumRetryAttempts') ? 2 : undefined));
  if (values.includes(req.params.attempts)) return pass(`${req.params.attempts} retry attempts`);
  if (values.includes(undefined)) return unknown('the retry attempts are not known statically');
  const first = configs[0]!;
  return fail(req, `${label(first)} retries ${values[0]} times`, first, arg(first, 'maximumRetryAttempts')?.at);
};

export const checkSnapStart: Check<'lambda-snapstart'> = (req, ctx) =>
  judgeFunctions(
    req,
    ctx,
    (fn) => setting(fn, 'snapStart.applyOn', str, 'None'),
    (on) => on === 'PublishedVersions',
    () => 'has no SnapStart (snapStart.applyOn)',
  );

/** Is the function attached to a VPC? undefined when its vpcConfig is not known statically. */
function inVpc(fn: Resource): boolean | undefined {
  if (definitelyAbsent(fn, 'vpcConfig')) return false;
  const subnets = items(arg(fn, 'vpcConfig.subnetIds'));
  if (!subnets) return definitelyAbsent(fn, 'vpcConfig.subnetIds') ? false : undefined;
  return subnets.items.length > 0 ? true : subnets.open ? undefined : false;
}

export const checkLambdaVpc: Check<'lambda-vpc'> = (req, ctx) => {
  const fns = resourcesOf(ctx, TYPES.lambda);
  if (fns.length === 0) return nothingToCheck(ctx, 'Lambda functions');
  const verdicts = fns.map((fn) => ({ fn, v: inVpc(fn) }));
  const outside = verdicts.filter((x) => x.v === false).map((x) => x.fn);
  if (req.params.all) {
    if (outside.length > 0) return fail(req, `${outside.length > 1 ? `${label(outside[0]!)} (and ${outside.length - 1} more)` : label(outside[0]!)} has no vpcConfig, so it runs outside the VPC`, outside[0]);
    return verdicts.some((x) => x.v === undefined) ? unknown('the VPC settings of some functions are not known statically') : pass('every function runs in the VPC', fns[0], arg(fns[0]!, 'vpcConfig')?.at);
  }
  const inside = verdicts.find((x) => x.v === true);
  if (inside) return pass(`${label(inside.fn)} runs in the VPC`, inside.fn);
  if (verdicts.some((x) => x.v === undefined)) return unknown('the VPC settings of some functions are not known statically');
  return fail(req, `none of its Lambda functions has a vpcConfig, so they run outside the VPC`, outside[0]);
};
