// ECS task definitions and services as the rules read them: the containers of a task definition
// (its `containerDefinitions` JSON string, whether written literally, built with JSON.stringify /
// json.dumps, or inside an `apply`), the task definition a service runs, and the Fargate sizes.

import { known, list, obj, type At, type ObjV, type Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { policyStructure } from './iam-policy.js';
import { referencedResource } from './resource-refs.js';
import { arg, isAbsent, items, num, str, stringParts } from './values.js';

export const TASK_DEFINITION = 'aws:ecs/taskDefinition:TaskDefinition';
export const SERVICE = 'aws:ecs/service:Service';

function fromJson(x: unknown, at: At | undefined): Value {
  if (Array.isArray(x)) return list(x.map((i) => fromJson(i, at)), at);
  if (x !== null && typeof x === 'object') {
    const o = obj(undefined, at);
    for (const [k, v] of Object.entries(x)) o.props.set(k, fromJson(v, at));
    return o;
  }
  return known(typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? x : null, at);
}

/** The containers of a task definition, when the list is known (`open`: more may exist). */
export function containers(td: Resource): { containers: ObjV[]; open: boolean } | undefined {
  const v = arg(td, 'containerDefinitions');
  let s = policyStructure(v);
  const text = str(v)?.trim();
  if (!s && text?.startsWith('[')) {
    try {
      s = fromJson(JSON.parse(text) as unknown, v?.at);
    } catch {
      return undefined;
    }
  }
  if (!s || s.kind !== 'list') return undefined;
  const cs = s.items.filter((c): c is ObjV => c.kind === 'obj' && !c.cls);
  return { containers: cs, open: !!s.open || cs.length !== s.items.length || cs.some((c) => !!c.open) };
}

export function containerProp(c: ObjV, key: string): Value | undefined {
  const v = c.props.get(key);
  return v && !isAbsent(v) ? v : undefined;
}

/** Does the container pull from a private ECR repository (registry `….dkr.ecr.….amazonaws.com` or an ECR repository's URL)? */
export function pullsFromEcr(c: ObjV): boolean {
  const image = containerProp(c, 'image');
  const parts = stringParts(image) ?? [];
  if (parts.some((p) => p !== null && /\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com/.test(p))) return true;
  const pieces = image?.kind === 'str' ? image.parts : image ? [image] : [];
  return pieces.some((p) => (p.kind === 'unknown' && (p.ref?.attr === 'repositoryUrl' || /\.repositoryUrl$/.test(p.why))) || (p.kind === 'output' && p.attr === 'repositoryUrl'));
}

export function usesAwslogs(c: ObjV): boolean {
  const log = containerProp(c, 'logConfiguration');
  return log?.kind === 'obj' && str(log.props.get('logDriver')) === 'awslogs';
}

export function hasSecrets(c: ObjV): boolean {
  const list = items(containerProp(c, 'secrets'));
  return !!list && list.items.length > 0;
}

/** The task definition resource a service runs (`taskDefinition: td.arn`). */
export function taskDefinitionOf(model: ResourceModel, service: Resource): Resource | undefined {
  const td = referencedResource(model, arg(service, 'taskDefinition'));
  return td && td.type === TASK_DEFINITION ? td : undefined;
}

/** The known entries of `requiresCompatibilities`, or undefined. */
export function compatibilities(td: Resource): string[] | undefined {
  const list = items(arg(td, 'requiresCompatibilities'));
  if (!list || list.open) return undefined;
  const names = list.items.map((v) => str(v)?.toUpperCase());
  return names.every((n): n is string => n !== undefined) ? names : undefined;
}

export function isFargateTask(td: Resource): boolean {
  return compatibilities(td)?.includes('FARGATE') ?? false;
}

/** The task's network mode: the known value, `bridge` when definitely absent (the EC2 default), else undefined. */
export function networkMode(td: Resource): string | undefined {
  const v = td.args.props.get('networkMode');
  if (!v || isAbsent(v)) return td.args.open ? undefined : 'bridge';
  return str(v)?.toLowerCase();
}

/** Task-level CPU units: "256", 256, "1 vCPU", "0.25 vcpu". */
export function cpuUnits(v: Value | undefined): number | undefined {
  const n = num(v);
  if (n !== undefined) return n;
  const m = /^\s*(\d+(?:\.\d+)?)\s*vcpu\s*$/i.exec(str(v) ?? '');
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Task-level memory in MiB: "512", 512, "2 GB", "2GB". */
export function memoryMiB(v: Value | undefined): number | undefined {
  const n = num(v);
  if (n !== undefined) return n;
  const m = /^\s*(\d+(?:\.\d+)?)\s*gb\s*$/i.exec(str(v) ?? '');
  return m ? Math.round(Number(m[1]) * 1024) : undefined;
}

/** Fargate CPU → the memory values it accepts (MiB), per the ECS task size table. */
const FARGATE_SIZES: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: range(1024, 4096, 1024),
  1024: range(2048, 8192, 1024),
  2048: range(4096, 16384, 1024),
  4096: range(8192, 30720, 1024),
  8192: range(16384, 61440, 4096),
  16384: range(32768, 122880, 8192),
};

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m += step) out.push(m);
  return out;
}

/** Is this Fargate CPU/memory pair valid? With the memory values the CPU accepts, for messages. */
export function fargateSize(cpu: number, memory: number): { ok: boolean; cpuOk: boolean; accepted?: number[] } {
  const accepted = FARGATE_SIZES[cpu];
  if (!accepted) return { ok: false, cpuOk: false };
  return { ok: accepted.includes(memory), cpuOk: true, accepted };
}

/** A list of memory values as a message writes them ("512, 1024 or 2048", "2048–8192 in steps of 1024"). */
export function describeSizes(accepted: number[]): string {
  if (accepted.length <= 3) return accepted.slice(0, -1).join(', ') + ' or ' + accepted[accepted.length - 1];
  return `${accepted[0]}–${accepted[accepted.length - 1]} in steps of ${accepted[1]! - accepted[0]!}`;
}
