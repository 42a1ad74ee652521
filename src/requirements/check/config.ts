// The program's interfaces: environment variables handed to functions, containers and builds; stack
// outputs; pipeline stages.

import { knownString, type Value } from '../../ir/values.js';
import type { Resource, StackExport } from '../../model/types.js';
import { arg, items, str } from '../../rules/_shared/values.js';
import { walk } from '../../rules/_shared/walk.js';
import { fail, nothingToCheck, pass, resourcesOf, unknown, type Check, type CheckContext } from './context.js';

interface EnvNames {
  names: Set<string>;
  /** Some environment is built from values not known statically (more names may exist). */
  open: boolean;
  /** Resources that can take environment variables (functions, builds, containers). */
  holders: number;
}

// Resources that hand environment variables to code they run.
const HOLDERS = /^aws:(lambda\/function|codebuild\/project|ecs\/taskDefinition|apprunner\/service|batch\/jobDefinition|sagemaker\/model):/;

/** An environment given whole from elsewhere (`environment: cfg.env`) may hold any name. */
function opaqueEnvironment(r: Resource): boolean {
  return ['environment', 'containerDefinitions'].some((path) => {
    const v = arg(r, path);
    return !!v && v.kind !== 'obj' && v.kind !== 'list' && !((v.kind === 'known' || v.kind === 'str') && v.json);
  });
}

/**
 * Names set in `environment.variables` (Lambda), `environment`/`environmentVariables` lists (ECS,
 * CodeBuild), or exported by a build script (`export NAME=…`, a buildspec `env` entry).
 */
function envNames(ctx: CheckContext): EnvNames {
  const holders = resourcesOf(ctx, HOLDERS);
  const out: EnvNames = { names: new Set(), open: holders.some(opaqueEnvironment), holders: holders.length };
  for (const r of resourcesOf(ctx, /./)) {
    walk(r.args, ({ path, key, value }) => {
      if (/(^|\.)env\.(variables|parameter-store|secrets-manager)\.[^.]+$/.test(path)) out.names.add(key);
      const script = knownString(value);
      if (script && key !== 'name') for (const m of script.matchAll(/\bexport\s+([A-Z][A-Z0-9_]*)=|^\s+([A-Z][A-Z0-9_]+):\s*\S/gm)) out.names.add(m[1] ?? m[2]!);
      if (key === 'variables' && /(^|\.)environment\.variables$/.test(path)) {
        if (value.kind === 'obj') {
          for (const k of value.props.keys()) out.names.add(k);
          if (value.open) out.open = true;
        } else out.open = true;
      }
      if (/^(environment|environmentVariables|secrets)$/.test(key)) {
        const list = items(value);
        if (!list || value.kind !== 'list') return;
        if (list.open) out.open = true;
        for (const it of list.items) {
          const name = it.kind === 'obj' ? knownString(it.props.get('name')) : undefined;
          if (name) out.names.add(name);
          else out.open = true;
        }
      }
    });
  }
  return out;
}

export const checkEnvVars: Check<'env-vars'> = (req, ctx) => {
  const env = envNames(ctx);
  const missing = req.params.names.filter((n) => !env.names.has(n));
  if (missing.length === 0) return pass(`${req.params.names.join(', ')} are set`, resourcesOf(ctx, HOLDERS)[0]);
  if (env.holders === 0) return nothingToCheck(ctx, 'functions, containers or builds with environment variables');
  if (env.open) return unknown('some environments are built from values not known statically');
  // Shown at the first function (container, build) that should carry it: where the variable goes.
  const first = resourcesOf(ctx, HOLDERS)[0];
  const at = first ? (arg(first, 'environment')?.at ?? first.at) : undefined;
  return fail(req, `no function, container or build sets ${missing.join(', ')}`, first, at, { missing: missing.join(', ') });
};

/** Words of a name or description: camelCase, snake_case, kebab-case and spaces split, singular. */
function words(s: string): string[] {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

// What an output description is about, in the words export names use for it.
const SUBJECTS: [RegExp, string[]][] = [
  [/^(vpc)$/, ['vpc']],
  [/^(subnet)$/, ['subnet']],
  [/^(sg|security)$/, ['sg', 'security', 'securitygroup']],
  [/^(alb|lb|load|balancer|elb|nlb)$/, ['alb', 'lb', 'load', 'balancer', 'elb', 'nlb']],
  [/^(api|gateway|apigateway|rest|endpoint|url)$/, ['api', 'gateway', 'apigateway', 'rest', 'endpoint', 'url', 'invoke']],
  [/^(lambda|function|fn)$/, ['lambda', 'function', 'fn', 'handler', 'processor']],
  [/^(bucket|s3)$/, ['bucket', 's3']],
  [/^(table|dynamodb)$/, ['table', 'dynamodb', 'dynamo']],
  [/^(queue|sqs|dlq)$/, ['queue', 'sqs', 'dlq']],
  [/^(topic|sns)$/, ['topic', 'sns']],
  [/^(rds|db|database|aurora|cluster|postgres|mysql)$/, ['rds', 'db', 'database', 'aurora', 'cluster', 'postgres', 'mysql', 'instance']],
  [/^(cloudfront|distribution|cdn)$/, ['cloudfront', 'distribution', 'cdn']],
  [/^(dashboard)$/, ['dashboard']],
  [/^(kms|key)$/, ['kms', 'key']],
  [/^(ecr|repository|repo)$/, ['ecr', 'repository', 'repo', 'image']],
  [/^(pipeline|codepipeline)$/, ['pipeline', 'codepipeline']],
  [/^(codebuild|project|build)$/, ['codebuild', 'project', 'build']],
  [/^(secret)$/, ['secret']],
  [/^(role|iam)$/, ['role', 'iam']],
  [/^(ec2|instance|server|host)$/, ['ec2', 'instance', 'server', 'host', 'public', 'ip']],
  [/^(ecs|service|task)$/, ['ecs', 'service', 'task', 'cluster']],
  [/^(stream|kinesis)$/, ['stream', 'kinesis']],
  [/^(zone|route53|dns|domain)$/, ['zone', 'route53', 'dns', 'domain', 'hosted']],
  [/^(log|logs)$/, ['log', 'logs', 'loggroup']],
  [/^(alarm)$/, ['alarm']],
  [/^(state|machine|sfn)$/, ['state', 'machine', 'sfn', 'stepfunction']],
];

/** Subject words an export must share with the description; empty when the description has none. */
function subjects(description: string): string[][] {
  return words(description).flatMap((w) => SUBJECTS.filter(([re]) => re.test(w)).map(([, syn]) => syn));
}

/** The words an export offers: its name and where its value comes from (`aws:s3/bucketV2:BucketV2(x).arn`). */
function exportWords(e: StackExport): Set<string> {
  const ws = new Set(words(e.name));
  const source = (v: Value): string => (v.kind === 'output' ? v.src : v.kind === 'obj' ? [...v.props.values()].map(source).join(' ') : '');
  for (const w of words(source(e.value).replace(/\([^)]*\)/g, ' '))) ws.add(w);
  return ws;
}

export const checkOutputs: Check<'stack-outputs'> = (req, ctx) => {
  if (!ctx.hasProgram) return unknown('the program creates no resources');
  const exports = ctx.model.exports;
  if (exports.length === 0) {
    return ctx.complete ? fail(req, 'the program exports no stack outputs from its entry point', undefined, undefined, { variant: 'none' }) : unknown('the program imports modules the answer does not contain');
  }
  const offered = exports.map(exportWords);
  const has = (ws: string[]) => exports.find((_, i) => ws.some((w) => offered[i]!.has(w)));
  // An output is there when some export shares a subject with its description ("S3 bucket name" ↔
  // `bucketName`). A description without a recognisable subject ("current active environment",
  // "migration status") is there when an export shares one of its own words; one without any word
  // of substance ("all important identifiers") is not judged.
  const judged = req.params.outputs.map((d) => {
    const subj = subjects(d);
    if (subj.length > 0) return { d, strong: true, by: exports.find((_, i) => subj.some((syn) => syn.some((w) => offered[i]!.has(w)))) };
    const own = words(d).filter((w) => !GENERIC_WORDS.has(w));
    return own.length > 0 ? { d, strong: false, by: has(own) } : undefined;
  }).filter((j) => j !== undefined);
  const names = exports.map((e) => e.name).join(', ');
  const unmatched = judged.filter((j) => !j.by && (j.strong || !judged.some((k) => k.by)));
  if (unmatched.length > 0) return fail(req, `none of its exports (${names}) gives ${unmatched.map((j) => j.d).join(', ')}`, undefined, undefined, { missing: unmatched.map((j) => j.d).join(', ') });
  // "Export the important identifiers": any export is what was asked.
  if (judged.length === 0) return pass(`exports ${names}`, undefined, exports[0]!.at);
  const by = judged.find((j) => j.by)!.by!;
  if (judged.some((j) => !j.by)) return unknown(`it exports ${names}; whether they give ${judged.filter((j) => !j.by).map((j) => j.d).join(', ')} is not known`);
  return pass(`exports ${names}`, undefined, by.at);
};

// Words of an output description that name no particular value.
const GENERIC_WORDS = new Set(['display', 'show', 'current', 'implement', 'provide', 'all', 'important', 'key', 'relevant', 'necessary', 'resource', 'identifier', 'id', 'arn', 'name', 'value', 'information', 'info', 'detail', 'output', 'stack', 'export', 'that', 'the', 'and', 'of', 'for', 'to', 'with', 'other', 'such', 'as', 'etc', 'useful', 'needed', 'required', 'main', 'major', 'critical', 'each', 'every', 'created', 'deploy', 'deployed', 'them', 'their', 'its', 'a', 'an', 'any', 'these', 'this', 'which', 'will', 'can', 'be', 'is', 'are', 'in', 'on', 'from', 'by', 'or', 'like', 'e', 'g', 'eg', 'include', 'including', 'essential', 'connection', 'access', 'reference', 'integration', 'testing', 'test', 'downstream', 'consumer', 'use', 'used', 'using', 'pulumi', 'meaningful', 'available', 'system', 'make', 'easy', 'easily', 'allow', 'other', 'external', 'team', 'application', 'app', 'purpose', 'reporting', 'monitoring', 'verification', 'validation', 'cross', 'sharing', 'share', 'consumption', 'later', 'future', 'convenience', 'visibility', 'operator', 'operation', 'operational', 'troubleshooting', 'debugging', 'ids', 'arns', 'exporting', 'exported']);

export const checkStages: Check<'pipeline-stages'> = (req, ctx) => {
  const pipelines = resourcesOf(ctx, /^aws:codepipeline\/pipeline:Pipeline$/);
  if (pipelines.length === 0) return nothingToCheck(ctx, 'CodePipeline pipelines');
  for (const p of pipelines) {
    const list = items(arg(p, 'stages'));
    if (!list || list.open) return unknown('the stages of the pipeline are not known statically');
    const names = list.items.map((s) => (s.kind === 'obj' ? str(s.props.get('name')) : undefined));
    if (names.includes(undefined)) return unknown('stage names are not known statically');
    const known = names as string[];
    const missing = req.params.stages.filter((want) => !known.some((n) => n.toLowerCase().includes(want.toLowerCase())));
    if (missing.length > 0) return fail(req, `${p.typePath} has the stages ${known.join(', ')}, without ${missing.join(', ')}`, p, arg(p, 'stages')?.at);
    if (req.params.count !== undefined && known.length !== req.params.count) return fail(req, `the pipeline has ${known.length} stages (${known.join(', ')})`, p, arg(p, 'stages')?.at);
  }
  return pass('the pipeline has the requested stages', pipelines[0], arg(pipelines[0]!, 'stages')?.at);
};

/** Config keys compare without case and separators: `allowed_cidr` is `allowedCidr`. */
function keyForm(k: string): string {
  return k.replace(/^[\w-]+:/, '').replace(/[-_]/g, '').toLowerCase();
}

export const checkConfigKeys: Check<'config-keys'> = (req, ctx) => {
  if (!ctx.hasProgram) return unknown('the program creates no resources');
  const reads = ctx.model.configReads.filter((c) => c.namespace !== 'aws' && !c.key.startsWith('aws:'));
  // A key the request gives a default for: `config.require` stops the deployment when it is not set.
  const optional = new Set((req.params.optional ?? []).map(keyForm));
  const required = reads.find((c) => optional.has(keyForm(c.key)) && c.required);
  if (required) return fail(req, `it reads ${required.key} with ${required.method}, which fails the deployment when the key is not set instead of falling back to a default`, undefined, required.at, { variant: 'required', key: required.key });
  const keys = req.params.keys ?? [];
  if (keys.length === 0 && optional.size > 0) return reads.some((c) => optional.has(keyForm(c.key))) ? pass('optional keys are read with defaults', undefined, reads.find((c) => optional.has(keyForm(c.key)))?.at) : unknown('the program does not read the optional keys from config');
  if (keys.length === 0 && req.params.settings && reads.length > 0) return settingsRead(req, ctx, reads);
  if (keys.length === 0) {
    if (reads.length > 0) return pass(`it reads the config keys ${[...new Set(reads.map((c) => c.key))].slice(0, 5).join(', ')}`, undefined, reads[0]!.at);
    if (!ctx.complete) return unknown('the program imports modules the answer does not contain');
    // Components that nothing instantiates get their settings from an entry point the answer lacks.
    if (!ctx.model.resources.some((r) => r.reached)) return unknown('no entry point instantiates the program, so where its settings come from is not shown');
    const env = ctx.model.envReads.map((e) => e.name);
    return fail(req, `it reads no Pulumi config at all${env.length ? ` (it reads the environment variables ${[...new Set(env)].slice(0, 3).join(', ')} instead)` : ': its settings are written into the code'}`);
  }
  const have = new Set(reads.map((c) => keyForm(c.key)));
  const missing = keys.filter((k) => !have.has(keyForm(k)));
  if (missing.length === 0) return pass(`it reads ${keys.join(', ')} from config`, undefined, reads.find((c) => keyForm(c.key) === keyForm(keys[0]!))?.at);
  // A structured value (`config.requireObject('settings')`) may hold the keys as fields.
  if (!ctx.complete || !ctx.model.resources.some((r) => r.reached) || reads.some((c) => /object/i.test(c.method))) return unknown('config may be read as a structured value or in an entry point or module the answer lacks');
  const at = reads[0]?.at;
  return fail(req, `it never reads the config key${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, undefined, at, { missing: missing.join(', ') });
};

// Keys that name the environment (or the stack) rather than set anything of it.
const ENVIRONMENT_KEY = /^(env|environment|environment_?name|env_?name|stage|environment_?suffix|env_?suffix|suffix|stack|stack_?name|name_?prefix|prefix|project|project_?name)$/i;

/**
 * "No hardcoded values", "environment-specific values from the stack configuration": a program that
 * reads only the environment's name from config (and picks sizes, counts and CIDRs from a map in the
 * code) does not read its settings from config.
 */
function settingsRead(req: Parameters<typeof checkConfigKeys>[0], ctx: Parameters<typeof checkConfigKeys>[1], reads: CheckContext['model']['configReads']): ReturnType<typeof checkConfigKeys> {
  const settings = reads.filter((c) => !ENVIRONMENT_KEY.test(c.key.replace(/^[\w-]+:/, '')));
  if (settings.length > 0) return pass(`it reads the settings ${[...new Set(settings.map((c) => c.key))].slice(0, 5).join(', ')} from config`, undefined, settings[0]!.at);
  // Settings read from the environment (or a structured config value) are configuration too.
  const env = ctx.model.envReads.filter((e) => !ENVIRONMENT_KEY.test(e.name) && !/^(PULUMI_|AWS_)/.test(e.name));
  if (env.length > 0) return pass(`it reads the settings ${[...new Set(env.map((e) => e.name))].slice(0, 5).join(', ')} from the environment`);
  if (!ctx.complete || !ctx.model.resources.some((r) => r.reached)) return unknown('config may be read in an entry point or module the answer lacks');
  const names = [...new Set(reads.map((c) => c.key))].join(', ');
  return fail(req, `it reads only ${names} from config: the settings of each environment are written into the code`, undefined, reads[0]!.at, { variant: 'settings' });
}
