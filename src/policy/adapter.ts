// From the resources Pulumi hands a policy pack at `pulumi preview` / `up` (type token, URN, resolved
// input properties with unknowns, parent, provider, dependencies) to the resource model the rules
// read. A preview has no source: no syntax, no Output misuse, no imports, no requirements, so only
// the rules that judge what the program creates run there (src/policy/catalog.ts says which).
//
// Values: plain JSON properties become known values; an unknown (computed during preview) becomes
// `unknown('preview')`, so no rule reports it. A property that depends on another resource (the
// engine's property dependencies, or, where outputs are known, a value equal to one of that
// resource's outputs) becomes an Output of that resource's attribute, which is how the rules see
// that a policy names a bucket's ARN or a public access block belongs to a bucket.

import type { ProgramInput } from '../core/program.js';
import { plainToValue } from '../ir/builtins/convert.js';
import { type At, known, list, type ObjV, obj, type OutputV, unknown, type Value } from '../ir/values.js';
import type { Resource, ResourceModel } from '../model/types.js';
import { loadAwsSchema, selectAwsMajor } from '../schema/index.js';

/** The stand-in for a value Pulumi does not know during preview. */
export const UNKNOWN: unique symbol = Symbol('stacklint.preview.unknown');

export interface PreviewResource {
  urn: string;
  type: string;
  name: string;
  /** Input properties, plain JSON; unknown values are `UNKNOWN`. */
  props: Record<string, unknown>;
  parent?: string;
  provider?: string;
  dependsOn?: string[];
  /** For a property, the URNs of the resources its value was computed from. */
  propertyDependencies?: Record<string, string[]>;
  /** Output properties, when known (after an update, or under the mock runtime). */
  outputs?: Record<string, unknown>;
  protect?: boolean;
  retainOnDelete?: boolean;
  deleteBeforeReplace?: boolean;
}

export interface PreviewModelOptions {
  /** The @pulumi/aws version the stack runs (`7.12.0`); the newest known major when not given. */
  awsVersion?: string;
  /** Shown as the input's root in findings. */
  root?: string;
}

const PREVIEW_FILE = 'preview';

function place(id: number): At {
  return { f: PREVIEW_FILE, s: id, e: id };
}

/** `aws:s3/bucketV2:BucketV2` → pkg `aws`, module `s3`, class `BucketV2`. */
function splitToken(type: string): { pkg: string; module: string; className: string } {
  if (type.startsWith('pulumi:providers:')) return { pkg: type.split(':').pop()!, module: '', className: 'Provider' };
  const [pkg = '', mod = '', cls = ''] = type.split(':');
  return { pkg, module: mod.split('/')[0]!, className: cls };
}

/** Output attributes a property value may stand for, in the order they are tried when the value matches none. */
const LINK_ATTRS = ['arn', 'id', 'name', 'bucket', 'url', 'invokeArn', 'executionArn', 'keyId', 'dnsName', 'endpoint'];

/** Pulumi's signature key of special values (secrets, assets) in serialized properties. */
const SIG = '4dabf18193072939515e22adb298388d';
const SECRET_SIG = '1b47061264138c4ac30d75fd1eb44270';

/** Default providers are Pulumi's own, not the program's explicit ones. */
function isDefaultProvider(r: PreviewResource): boolean {
  return r.type.startsWith('pulumi:providers:') && r.name.startsWith('default');
}

export function modelFromPreview(all: readonly PreviewResource[], options: PreviewModelOptions = {}): ResourceModel {
  const resources = all.filter((r) => !isDefaultProvider(r));
  const major = selectAwsMajor(options.awsVersion);
  const ids = new Map(resources.map((r, i) => [r.urn, i + 1]));
  // Known outputs, for links by value: the exact string of an ARN or id names its resource.
  const byValue = new Map<string, { resource: number; attr: string }>();
  resources.forEach((r, i) => {
    for (const [attr, v] of Object.entries(r.outputs ?? {})) {
      // Only attributes that name a resource: an output that echoes a plain input (a route's
      // 0.0.0.0/0, a port, a region) says nothing about which resource a value came from.
      if (LINK_ATTRS.includes(attr) && typeof v === 'string' && v.length >= 4 && !byValue.has(v)) byValue.set(v, { resource: i + 1, attr });
    }
  });
  const output = (resource: number, attr: string, at: At): OutputV => {
    const r = resources[resource - 1]!;
    return { kind: 'output', src: `${r.type}(${r.name}).${attr}`, inner: unknown(`output:${attr}`, at, { ref: { resource, attr } }), resource, attr, at };
  };
  // Computed from one resource, but which of its attributes is not known: rules that judge the attribute stay silent.
  const someOutput = (resource: number, at: At): OutputV => {
    const r = resources[resource - 1]!;
    return { kind: 'output', src: `${r.type}(${r.name})`, inner: unknown('output', at), resource, at };
  };
  const convert = (x: unknown, at: At, deps?: number[]): Value => {
    if (x === UNKNOWN) return deps && deps.length === 1 ? someOutput(deps[0]!, at) : unknown('preview', at);
    if (typeof x === 'string') {
      const hit = byValue.get(x);
      if (hit) return output(hit.resource, hit.attr, at);
      return known(x, at);
    }
    if (Array.isArray(x)) return list(x.map((i) => convert(i, at, deps)), at);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o[SIG] === SECRET_SIG) return convert(o.value, at, deps);
      const m = new Map<string, Value>();
      for (const [k, v] of Object.entries(x as Record<string, unknown>)) if (v !== undefined) m.set(k, convert(v, at, deps));
      return obj(m, at);
    }
    return plainToValue(x, at);
  };

  // A provider reference is `<urn>::<id>`; URNs name parents' types too, so match by type and name when the URN differs.
  const providerOf = (ref: string): number | undefined => {
    const urn = ref.split('::').length > 4 ? ref.split('::').slice(0, -1).join('::') : ref;
    const direct = ids.get(urn) ?? ids.get(ref);
    if (direct !== undefined) return direct;
    const name = urn.split('::').pop();
    const i = resources.findIndex((x) => x.type.startsWith('pulumi:providers:') && x.name === name && urn.includes(x.type));
    return i >= 0 ? i + 1 : undefined;
  };
  const model: Resource[] = resources.map((r, i) => {
    const id = i + 1;
    const at = place(id);
    const args = obj(undefined, at);
    for (const [k, v] of Object.entries(r.props)) {
      if (v === undefined) continue;
      const deps = (r.propertyDependencies?.[k] ?? []).map((u) => ids.get(u)).filter((d): d is number => d !== undefined);
      // An unknown property computed from one resource is that resource's Output; which attribute
      // is not known (the id is the one most properties take).
      args.props.set(k, convert(v, at, deps));
      if (deps.length === 1 && v !== UNKNOWN && typeof v === 'string' && !byValue.has(v)) {
        const attr = LINK_ATTRS.find((a) => resources[deps[0]! - 1]!.outputs?.[a] === v) ?? (/arn$/i.test(k) ? 'arn' : 'id');
        args.props.set(k, output(deps[0]!, attr, at));
      }
    }
    const opts: ObjV = obj(undefined, at);
    if (r.protect) opts.props.set('protect', known(true, at));
    if (r.retainOnDelete) opts.props.set('retainOnDelete', known(true, at));
    if (r.deleteBeforeReplace) opts.props.set('deleteBeforeReplace', known(true, at));
    const { pkg, module, className } = splitToken(r.type);
    const res: Resource = {
      id,
      type: r.type,
      pkg,
      module,
      className,
      typePath: [pkg, module, className].filter(Boolean).join('.'),
      name: known(r.name, at),
      args,
      opts,
      at,
      lang: 'ts',
      inLoop: false,
      conditional: false,
      inApply: false,
      reached: true,
      isProvider: r.type.startsWith('pulumi:providers:'),
      argsKnown: true,
    };
    const parent = r.parent ? ids.get(r.parent) : undefined;
    if (parent !== undefined) res.parent = parent;
    const provider = r.provider ? providerOf(r.provider) : undefined;
    if (provider !== undefined) res.provider = provider;
    const deps = (r.dependsOn ?? []).map((u) => ids.get(u)).filter((d): d is number => d !== undefined);
    if (deps.length) res.dependsOn = deps;
    return res;
  });

  // One empty file stands for the stack, so that each resource's findings keep a place of their own
  // (the resource's id) and one resource's finding does not hide another's.
  const file = { path: PREVIEW_FILE, language: 'typescript' as const, role: 'program' as const, text: '', hostPath: PREVIEW_FILE, segments: [{ virt: 0, host: 0 }], snippet: false };
  const input: ProgramInput = { root: options.root ?? 'pulumi preview', kind: 'directory', files: [file], diagnostics: [], hosts: new Map([[PREVIEW_FILE, '']]) };
  return {
    input,
    aws: { major, schema: loadAwsSchema(major) },
    languages: ['ts'],
    resources: model,
    components: [],
    exports: [],
    configReads: [],
    envReads: [],
    assets: [],
    events: [],
    unused: [],
    imports: [],
    attributeReads: [],
    invokes: [],
    sdkReads: [],
    diagnostics: [],
    programModules: [],
    stats: { steps: 0, budgetExhausted: false, modules: [] },
  };
}
