// What every check needs: the model, the other requirements, resources by type, references between
// resources, and verdict builders whose failure messages quote the request.

import type { Severity } from '../../core/finding.js';
import { estimateString, type At, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import type { FailureClass } from '../../rules/classes.js';
import { arg } from '../../rules/_shared/values.js';
import { programIsComplete } from '../../rules/_shared/whole-program.js';
import type { RequirementKind } from '../kinds.js';
import type { Evidence, Requirement, RequirementOf, Status } from '../types.js';

export interface Verdict {
  status: Status;
  evidence: Evidence;
  message?: string;
  severity?: Severity;
  class?: FailureClass;
}

export interface CheckContext {
  model: ResourceModel;
  /** All requirements being checked (numeric kinds accept a value any of their siblings allows). */
  requirements: readonly Requirement[];
  /** The program creates resources; without any, nothing can be judged. */
  hasProgram: boolean;
  /** Complete enough to judge absences: it creates resources, imports no module it lacks, and no code was cut off. */
  complete: boolean;
}

export type Check<K extends RequirementKind> = (req: RequirementOf<K>, ctx: CheckContext) => Verdict;

// A resource constructor of the AWS SDKs, in TypeScript or Python.
const CREATES_AWS = /\bnew\s+aws\.\w+\.[A-Z]\w*\s*\(|\baws\.\w+\.[A-Z]\w*\s*\(/;

/**
 * Code fragments the model left out (excerpts beside complete files, see pipeline `evaluate`) that
 * create AWS resources may hold what an absence check looks for.
 */
function fragmentsLeftOut(model: ResourceModel): boolean {
  const evaluated = new Set(model.stats.modules.map((m) => m.path));
  return model.input.files.some((f) => f.role === 'program' && f.snippet && !evaluated.has(f.path) && CREATES_AWS.test(f.text));
}

export function contextOf(model: ResourceModel, requirements: readonly Requirement[]): CheckContext {
  const hasProgram = model.resources.some((r) => !r.isProvider);
  return { model, requirements, hasProgram, complete: hasProgram && programIsComplete(model) && !fragmentsLeftOut(model) };
}

/** Requirements of the same kind, for kinds where any of several stated values is acceptable. */
export function siblings<K extends RequirementKind>(ctx: CheckContext, kind: K): RequirementOf<K>[] {
  return ctx.requirements.filter((r): r is RequirementOf<K> => r.kind === kind);
}

// ---------------------------------------------------------------- resources

/**
 * Are the resource's arguments written out in full? Not when they are not known (`aws.ecs.Cluster(name,
 * ...)`) or it stands in an elided fragment of the answer (`// ...`), where a missing argument may have been cut.
 */
export function argsShown(ctx: CheckContext, r: Resource): boolean {
  if (!r.argsKnown) return false;
  const file = ctx.model.input.files.find((f) => f.path === r.at?.f);
  if (!file) return true;
  if (file.snippetKind === 'elided') return false;
  // A bare `...` standing for arguments (`new aws.rds.Cluster(..., {`) in a summary of the code.
  return !ELLIPSIS_ARG.test(file.text.slice(r.at!.s, r.at!.e));
}

const ELLIPSIS_ARG = /[(,{[]\s*(\.\.\.|…)\s*[,)}\]]/;

/** Resources (not providers) whose type token matches. */
export function resourcesOf(ctx: CheckContext, type: RegExp): Resource[] {
  return ctx.model.resources.filter((r) => !r.isProvider && type.test(r.type));
}

export const TYPES = {
  lambda: /^aws:lambda\/function:Function$/,
  logGroup: /^aws:cloudwatch\/logGroup:LogGroup$/,
  bucket: /^aws:s3\/(bucket|bucketV2):Bucket(V2)?$/,
  table: /^aws:dynamodb\/table:Table$/,
  rdsInstance: /^aws:rds\/instance:Instance$/,
  rdsCluster: /^aws:rds\/cluster:Cluster$/,
  clusterInstance: /^aws:rds\/clusterInstance:ClusterInstance$/,
  subnet: /^aws:ec2\/subnet:Subnet$/,
  vpc: /^aws:ec2\/vpc:Vpc$/,
  awsxVpc: /^awsx:ec2:Vpc$/,
  natGateway: /^aws:ec2\/natGateway:NatGateway$/,
  kmsKey: /^aws:kms\/key:Key$/,
  queue: /^aws:sqs\/queue:Queue$/,
  provider: /^pulumi:providers:aws$/,
} as const;

/** The resource an argument refers to (`bucket: b.id`), when it is a known resource's output. */
export function referencedResource(v: Value | undefined): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'output') return v.resource ?? referencedResource(v.inner);
  if (v.kind === 'str') {
    for (const p of v.parts) {
      const id = referencedResource(p);
      if (id !== undefined) return id;
    }
  }
  return undefined;
}

/** Resources of `type` whose argument `path` refers to `target` (its configuration resources). */
export function attached(ctx: CheckContext, type: RegExp, path: string, target: Resource): Resource[] {
  return resourcesOf(ctx, type).filter((r) => referencedResource(arg(r, path)) === target.id);
}

/** Resources of `type` whose argument `path` refers to something unresolved (could be `target`). */
export function attachedToUnknown(ctx: CheckContext, type: RegExp, path: string): boolean {
  return resourcesOf(ctx, type).some((r) => {
    const v = arg(r, path);
    return !v || referencedResource(v) === undefined;
  });
}

/** The argument when the program writes it out, not a key that an unknown spread may hold. */
export function given(r: Resource, path: string): Value | undefined {
  let cur: Value = r.args;
  for (const seg of path.split('.')) {
    if (cur.kind !== 'obj') return undefined;
    const next = cur.props.get(seg);
    if (next === undefined || next.kind === 'absent' || (next.kind === 'known' && next.value === null)) return undefined;
    cur = next;
  }
  return cur;
}

/** "aws.cloudwatch.LogGroup 'app-logs'": how messages name a resource. */
export function label(r: Resource): string {
  const name = estimateString(r.name, r.lang);
  return name ? `${r.typePath} '${name}'` : r.typePath;
}

/** "X", "X and 2 others": a resource list in a message. */
export function andOthers(rs: Resource[]): string {
  return rs.length > 1 ? `${label(rs[0]!)} (and ${rs.length - 1} more)` : label(rs[0]!);
}

// ---------------------------------------------------------------- verdicts

function quote(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** Met: `resource` (or the code at `at`) is the evidence a report quotes. */
export function pass(detail: string, resource?: Resource, at?: At): Verdict {
  const evidence: Evidence = { detail };
  if (resource) evidence.resourceId = resource.id;
  if (at ?? resource?.at) evidence.at = at ?? resource!.at;
  return { status: 'pass', evidence };
}

export function unknown(detail: string, resource?: Resource, at?: At): Verdict {
  const evidence: Evidence = { detail };
  if (resource) evidence.resourceId = resource.id;
  if (at ?? resource) evidence.at = at ?? resource!.at;
  return { status: 'unknown', evidence };
}

/**
 * A failure: what the program does instead of what the request says. `at` is the offending value
 * (or the resource when the value is absent); program-wide absences have neither. `data` holds the
 * facts a review title names (what is missing).
 */
export function fail(req: Requirement, instead: string, resource?: Resource, at?: At, data?: Evidence['data']): Verdict {
  const evidence: Evidence = { detail: instead };
  if (resource) evidence.resourceId = resource.id;
  if (at ?? resource) evidence.at = at ?? resource!.at;
  if (data) evidence.data = data;
  return {
    status: 'fail',
    evidence,
    message: `The request says '${quote(req.sentence)}'${req.line > 0 ? ` (line ${req.line})` : ''} but ${instead}.`,
  };
}

/** Nothing to check: the program has no resources the requirement is about. */
export function nothingToCheck(ctx: CheckContext, what: string): Verdict {
  return unknown(ctx.hasProgram ? `the program creates no ${what}` : 'the program creates no resources');
}
