// Log retention, service logs and X-Ray tracing.

import { knownString } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, definitelyAbsent, items, num, str } from '../../rules/_shared/values.js';
import { walk } from '../../rules/_shared/walk.js';
import type { ParamsOf } from '../kinds.js';
import { andOthers, fail, label, nothingToCheck, pass, resourcesOf, siblings, TYPES, unknown, type Check, type CheckContext } from './context.js';

function retentionAllowed(p: ParamsOf<'log-retention'>, days: number): boolean {
  if (p.days !== undefined) return days === p.days;
  if (p.min !== undefined || p.max !== undefined) return days >= (p.min ?? 0) && days <= (p.max ?? Infinity);
  return days > 0;
}

// Services that write logs to CloudWatch: without a log group of their own, the one AWS creates
// keeps logs forever.
const LOGGING_SERVICES = /^aws:(lambda\/function:Function|ecs\/taskDefinition:|codebuild\/project:|apigateway\/stage:|sfn\/stateMachine:)/;

export const checkLogRetention: Check<'log-retention'> = (req, ctx) => {
  const groups = resourcesOf(ctx, TYPES.logGroup);
  if (groups.length === 0) {
    const loggers = resourcesOf(ctx, LOGGING_SERVICES);
    if (loggers.length > 0 && ctx.complete) return fail(req, `no CloudWatch log group is created for ${andOthers(loggers)}, so AWS creates one that keeps logs forever`, undefined, undefined, { variant: 'noGroup' });
    return nothingToCheck(ctx, 'log groups');
  }
  // A request that states several retentions (per environment, per log type) accepts any of them.
  const allowed = siblings(ctx, 'log-retention').map((r) => r.params);
  const bad: Resource[] = [];
  let unresolved = 0;
  for (const g of groups) {
    const v = arg(g, 'retentionInDays');
    const days = num(v);
    if (days !== undefined) {
      if (!allowed.some((p) => retentionAllowed(p, days))) bad.push(g);
    } else if (definitelyAbsent(g, 'retentionInDays')) bad.push(g);
    else unresolved++;
  }
  const first = bad[0];
  if (first) {
    const days = num(arg(first, 'retentionInDays'));
    const kept = days === undefined ? 'keeps logs forever (no retentionInDays)' : `keeps logs ${days} days`;
    const more = bad.length > 1 ? ` (and ${bad.length - 1} more log groups)` : '';
    return fail(req, `${label(first)} ${kept}${more}`, first, arg(first, 'retentionInDays')?.at, days === undefined ? { variant: 'forever' } : { got: days });
  }
  return unresolved > 0 ? unknown('the retention of some log groups is not known statically') : pass(`${groups.length} log groups keep logs as required`, groups[0], groups[0] ? arg(groups[0], 'retentionInDays')?.at : undefined);
};

type LoggedService = ParamsOf<'service-logging'>['service'];

/** Resources of the service and whether each writes its logs (undefined: cannot tell). */
const LOGGED: Record<LoggedService, { types: RegExp; logs: (r: Resource, ctx: CheckContext) => boolean | undefined; what: string }> = {
  codebuild: {
    types: /^aws:codebuild\/project:/,
    what: 'has no CloudWatch logsConfig',
    logs: (r) => {
      const status = arg(r, 'logsConfig.cloudwatchLogs.status');
      if (status) return knownString(status) === undefined ? undefined : knownString(status) !== 'DISABLED';
      return definitelyAbsent(r, 'logsConfig') ? false : undefined;
    },
  },
  alb: { types: /^aws:(lb|alb)\/loadBalancer:/, what: 'has no access logs', logs: (r) => enabledBlock(r, 'accessLogs') },
  cloudfront: { types: /^aws:cloudfront\/distribution:/, what: 'has no logging configuration', logs: (r) => (definitelyAbsent(r, 'loggingConfig') ? false : arg(r, 'loggingConfig') ? true : undefined) },
  'api-gateway': {
    types: /^aws:apigateway(v2)?\/stage:/,
    what: 'has no access log settings',
    logs: (r, ctx) => (arg(r, 'accessLogSettings') || resourcesOf(ctx, /^aws:apigateway\/methodSettings:/).length > 0 ? true : definitelyAbsent(r, 'accessLogSettings') ? false : undefined),
  },
  rds: { types: /^aws:rds\/(instance|cluster):/, what: 'exports no logs (enabledCloudwatchLogsExports)', logs: (r) => listGiven(r, 'enabledCloudwatchLogsExports') },
  ecs: {
    types: /^aws:ecs\/taskDefinition:/,
    what: 'has containers without a logConfiguration',
    logs: (r) => {
      const defs = arg(r, 'containerDefinitions');
      if (!defs || (defs.kind !== 'known' && defs.kind !== 'str') || !defs.json) return undefined;
      const keys: string[] = [];
      walk(defs, ({ key }) => keys.push(key));
      return keys.includes('logConfiguration');
    },
  },
  waf: { types: /^aws:wafv2\/webAcl:/, what: 'has no logging configuration', logs: (_r, ctx) => resourcesOf(ctx, /^aws:wafv2\/webAclLoggingConfiguration:/).length > 0 },
  eks: { types: /^aws:eks\/cluster:|^eks:index:Cluster$/, what: 'enables no control-plane log types', logs: (r) => listGiven(r, 'enabledClusterLogTypes') },
  s3: {
    types: TYPES.bucket,
    what: 'has no server access logging',
    logs: (r, ctx) => (arg(r, 'loggings') || arg(r, 'logging') || resourcesOf(ctx, /^aws:s3\/bucketLogging(V2)?:/).length > 0 ? true : false),
  },
};

function enabledBlock(r: Resource, path: string): boolean | undefined {
  if (definitelyAbsent(r, path)) return false;
  const enabled = arg(r, `${path}.enabled`);
  if (enabled && enabled.kind === 'known') return enabled.value === true;
  return arg(r, `${path}.bucket`) ? true : undefined;
}

function listGiven(r: Resource, path: string): boolean | undefined {
  if (definitelyAbsent(r, path)) return false;
  const list = items(arg(r, path));
  return list ? list.items.length > 0 || list.open || undefined : undefined;
}

export const checkServiceLogging: Check<'service-logging'> = (req, ctx) => {
  const spec = LOGGED[req.params.service];
  const rs = resourcesOf(ctx, spec.types);
  if (rs.length === 0) return nothingToCheck(ctx, `${req.params.service} resources`);
  const verdicts = rs.map((r) => ({ r, logs: spec.logs(r, ctx) }));
  const silent = verdicts.filter((v) => v.logs === false).map((v) => v.r);
  if (silent.length > 0) return fail(req, `${andOthers(silent)} ${spec.what}`, silent[0]);
  return verdicts.some((v) => v.logs === undefined) ? unknown('the logging settings are not known statically') : pass(`${rs.length} ${req.params.service} resources write logs`, rs[0]);
};

export const checkXray: Check<'xray'> = (req, ctx) => {
  const services = req.params.services ?? [];
  const lambdas = services.length === 0 || services.includes('lambda') ? resourcesOf(ctx, TYPES.lambda) : [];
  const api = services.includes('api-gateway');
  const stages = api ? resourcesOf(ctx, /^aws:apigateway\/stage:/) : [];
  const machines = services.includes('step-functions') ? resourcesOf(ctx, /^aws:sfn\/stateMachine:/) : [];
  // A stage made by a Deployment's stageName has no tracing setting, and HTTP and WebSocket APIs
  // (API Gateway v2) do not support X-Ray at all.
  const implicit = api && stages.length === 0 ? resourcesOf(ctx, /^aws:apigateway\/deployment:/).filter((d) => str(arg(d, 'stageName'))) : [];
  const v2 = api ? resourcesOf(ctx, /^aws:apigatewayv2\/api:/) : [];
  if (lambdas.length + stages.length + machines.length + implicit.length + v2.length === 0) return nothingToCheck(ctx, 'Lambda functions or API stages to trace');
  const untraced: Resource[] = [...implicit];
  if (api && stages.length + implicit.length === 0 && v2.length > 0 && resourcesOf(ctx, /^aws:apigateway\/restApi:/).length === 0) untraced.push(v2[0]!);
  let unresolved = false;
  const judge = (r: Resource, path: string, on: (v: string | boolean) => boolean) => {
    const v = arg(r, path);
    const known = v?.kind === 'known' && (typeof v.value === 'string' || typeof v.value === 'boolean') ? v.value : undefined;
    if (known !== undefined) {
      if (!on(known)) untraced.push(r);
    } else if (definitelyAbsent(r, path)) untraced.push(r);
    else unresolved = true;
  };
  for (const f of lambdas) judge(f, 'tracingConfig.mode', (v) => v === 'Active');
  for (const s of stages) judge(s, 'xrayTracingEnabled', (v) => v === true);
  for (const m of machines) judge(m, 'tracingConfiguration.enabled', (v) => v === true);
  if (untraced.length > 0) {
    const first = untraced[0]!;
    if (/^aws:apigateway\/deployment:/.test(first.type)) return fail(req, `the API stage is created by ${label(first)} (stageName), which cannot enable X-Ray tracing: no aws.apigateway.Stage sets xrayTracingEnabled`, first, arg(first, 'stageName')?.at);
    if (/^aws:apigatewayv2\//.test(first.type)) return fail(req, `${label(first)} is an API Gateway v2 (HTTP or WebSocket) API, which does not support X-Ray tracing`, first);
    const mode = str(arg(first, 'tracingConfig.mode'));
    return fail(req, `${andOthers(untraced)} ${mode ? `traces in ${mode} mode` : 'has no active X-Ray tracing'}`, first, arg(first, 'tracingConfig.mode')?.at);
  }
  return unresolved ? unknown('tracing settings are not known statically') : pass('tracing is active', lambdas[0] ?? stages[0] ?? machines[0], lambdas[0] ? arg(lambdas[0], 'tracingConfig')?.at : stages[0] ? arg(stages[0], 'xrayTracingEnabled')?.at : undefined);
};
