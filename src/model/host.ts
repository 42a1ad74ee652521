// What Pulumi and its provider packages mean to the evaluator: resource constructors, components,
// providers, config, Outputs, stack exports, assets and data sources. Everything the program creates
// is recorded here and becomes the resource model.

import type { Lang } from '../core/ir.js';
import { findOutput, jsonStringify, pyFormat, withJsonText } from '../ir/builtins/convert.js';
import type { CallContext, EvalEvent, Host } from '../ir/host.js';
import type { Runtime } from '../ir/runtime.js';
import {
  ABSENT,
  type At,
  builtin,
  type CallArgs,
  concatStrings,
  describe,
  type ExtV,
  known,
  knownString,
  list,
  mergeResourceOptions,
  mergeTaint,
  obj,
  type ObjV,
  type OutputV,
  PY_RESOURCE_OPTIONS,
  resolveOutputs,
  resourcesIn,
  unknown,
  type Value,
} from '../ir/values.js';
import type { ObjectTypeSchema, SchemaIndex } from '../schema/index.js';
import { decodeEnumMember } from './enums.js';
import { ArgNormalizer } from './normalize.js';
import { invokeResult } from './invokes.js';
import { functionToken, normalizeModule, packageOfImport, pyFunctionName, resourceToken, snakeToCamel } from './packages.js';
import type { AssetRef, AttributeRead, Component, ConfigRead, EnvRead, ExternalImport, InvokeCall, ModelEvent, Resource, SdkRead, StackExport } from './types.js';

type Ref =
  | { t: 'pkg'; pkg: string; path: string[] }
  | { t: 'class'; pkg: string; path: string[]; name: string }
  | { t: 'func'; pkg: string; path: string[]; name: string; written: string; output: boolean }
  | { t: 'resource'; id: number }
  | { t: 'pulumi'; path: string[] }
  | { t: 'config'; ns?: string }
  | { t: 'base'; custom: boolean };

function ext(ref: Ref, at?: At): ExtV {
  return at ? { kind: 'ext', ref, at } : { kind: 'ext', ref };
}

function refOf(v: ExtV): Ref {
  return v.ref as Ref;
}

/** Readable label of a host object, for dumps and messages. */
export function extLabel(v: ExtV, resources: readonly Resource[]): string {
  const r = refOf(v);
  switch (r.t) {
    case 'resource': {
      const res = resources.find((x) => x.id === r.id);
      return res ? `${res.type}::${describe(res.name)}` : `resource#${r.id}`;
    }
    case 'pkg':
      return [r.pkg, ...r.path].join('.');
    case 'class':
    case 'func':
      return [r.pkg, ...r.path, r.name].join('.');
    case 'pulumi':
      return ['pulumi', ...r.path].join('.');
    case 'config':
      return `pulumi.Config(${r.ns ?? ''})`;
    case 'base':
      return r.custom ? 'pulumi.CustomResource' : 'pulumi.ComponentResource';
  }
}

/** Namespaces of the core SDK that are not callable: Python submodules, TypeScript namespaces and the `Output` constant. */
const SDK_MODULES: Record<Lang, ReadonlySet<string>> = {
  py: new Set(['asset', 'config', 'errors', 'invoke', 'metadata', 'resource', 'output', 'log', 'stack_reference', 'stash', 'resource_hooks', 'urn', 'runtime', 'dynamic', 'policy', 'automation', 'provider']),
  ts: new Set(['asset', 'automation', 'dynamic', 'iterable', 'log', 'provider', 'runtime', 'utils', 'Output']),
};

/** Classes of the core TypeScript SDK that programs construct (`new pulumi.Config()`), by their path under `pulumi`. */
const TS_SDK_CLASSES = new Set(['Config', 'StackReference', 'ComponentResource', 'CustomResource', 'ProviderResource', 'asset.FileArchive', 'asset.AssetArchive', 'asset.FileAsset', 'asset.StringAsset', 'asset.RemoteArchive', 'asset.RemoteAsset']);

const PULUMI_CLASSES = new Set([
  'Config',
  'ComponentResource',
  'CustomResource',
  'ProviderResource',
  'Resource',
  'StackReference',
  'ResourceOptions',
  'ComponentResourceOptions',
  'CustomResourceOptions',
  'CustomTimeouts',
  'InvokeOptions',
  'Alias',
  'Output',
  'FileArchive',
  'AssetArchive',
  'FileAsset',
  'StringAsset',
  'RemoteArchive',
  'RemoteAsset',
]);

/** Sub-namespaces of the SDK (`pulumi.asset.FileArchive`, `pulumi.log.info`). */
const PULUMI_NAMESPACES = new Set(['asset', 'log', 'runtime', 'dynamic', 'automation', 'resource', 'provider']);

/** SDK functions whose Output is computed from their arguments (and so depends on the resources in them). */
const DERIVED_OUTPUTS = new Set(['interpolate', 'concat', 'format', 'all', 'output', 'from_input', 'create', 'secret', 'unsecret', 'jsonStringify', 'json_dumps', 'jsonParse', 'json_loads']);
/** Public members of `pulumi.ComponentResource` in either SDK. */
const COMPONENT_MEMBERS = new Set([
  'urn', 'getProvider', 'registerOutputs', 'getData', 'initialize', 'get_provider', 'register_outputs',
  'translate_output_property', 'translate_input_property', 'constructor',
]);

const OPTION_CLASSES = new Set(['ResourceOptions', 'ComponentResourceOptions', 'CustomResourceOptions', 'CustomTimeouts', 'InvokeOptions', 'Alias']);

export class PulumiHost implements Host {
  readonly resources: Resource[] = [];
  readonly components: Component[] = [];
  readonly exports: StackExport[] = [];
  readonly configReads: ConfigRead[] = [];
  readonly envReads: EnvRead[] = [];
  readonly assets: AssetRef[] = [];
  readonly events: ModelEvent[] = [];
  readonly imports: ExternalImport[] = [];
  readonly attributeReads: AttributeRead[] = [];
  readonly invokes: InvokeCall[] = [];
  readonly sdkReads: SdkRead[] = [];
  private nextId = 1;
  /** Program instances registered as components (by `super(...)`). */
  private readonly componentOf = new WeakMap<ObjV, number>();

  private readonly normalizer: ArgNormalizer;

  constructor(
    private readonly projectName: string | undefined,
    /** The AWS provider schema of the version the program targets. */
    private readonly schema?: SchemaIndex,
  ) {
    this.normalizer = new ArgNormalizer(schema);
  }

  /** Value of an SDK enum member (`aws.lambda.Runtime.NodeJS18dX`). */
  private enumLookup(pkg: string, path: string[], enumName: string, member: string): string | undefined {
    if (pkg === 'aws' && this.schema) {
      const v = this.schema.enumValue([...path, enumName].join('.'), member);
      if (v !== undefined) return v;
    }
    return decodeEnumMember(pkg, path, enumName, member);
  }

  /** The id of the resource a value refers to, if it is one. */
  resourceIdOf(v: Value): number | undefined {
    if (v.kind !== 'ext') return undefined;
    const r = refOf(v);
    return r.t === 'resource' ? r.id : undefined;
  }

  // ---------------------------------------------------------------- imports and members

  importExternal(spec: string, lang: Lang): Value | undefined {
    const p = packageOfImport(spec, lang);
    if (!p) return undefined;
    if (p === 'pulumi') {
      const sub = lang === 'py' ? spec.split('.').slice(1) : spec.split('/').slice(2);
      return ext({ t: 'pulumi', path: sub });
    }
    return ext({ t: 'pkg', pkg: p.pkg, path: p.path });
  }

  getMember(target: ExtV, name: string, ctx: CallContext): Value {
    const ref = refOf(target);
    if (ref.t === 'pkg' || ref.t === 'pulumi') {
      const pkg = ref.t === 'pkg' ? ref.pkg : 'pulumi';
      this.sdkReads.push({ pkg, path: ref.path, name, at: ctx.at, lang: ctx.lang, reached: ctx.reached });
    }
    switch (ref.t) {
      case 'pkg':
        return this.packageMember(ref, name, ctx);
      case 'class': {
        if (name === 'get' || name === 'isInstance') return builtin(`${ref.name}.${name}`, (_rt, a) => unknown(`lookup:${ref.name}`, a.at));
        const v = this.enumLookup(ref.pkg, ref.path, ref.name, name);
        if (v !== undefined) return known(v, ctx.at);
        return unknown(`enum:${[ref.pkg, ...ref.path, ref.name, name].join('.')}`, ctx.at);
      }
      case 'func':
        return unknown(`attr:${ref.name}.${name}`, ctx.at);
      case 'resource':
        return this.resourceAttribute(ref.id, name, ctx);
      case 'pulumi':
        return this.pulumiMember(ref.path, name, ctx);
      case 'config':
        return this.configMethod(ref.ns, name, ctx);
      case 'base':
        return unknown(`attr:ComponentResource.${name}`, ctx.at);
    }
  }

  private packageMember(ref: Extract<Ref, { t: 'pkg' }>, name: string, ctx: CallContext): Value {
    if (ref.path.length === 1 && ref.path[0] === 'config' && !/^[A-Z]/.test(name)) {
      // `aws.config.region`: the provider's own configuration
      this.configReads.push({ key: `${ref.pkg}:${name}`, namespace: ref.pkg, method: 'provider-config', secret: false, required: false, at: ctx.at });
      return unknown(`config:${ref.pkg}:${name}`, ctx.at);
    }
    // `aws.lambda.Go1dxRuntime`, `aws.lambda.NodeJS12dXRuntime`: the SDK's deprecated runtime constants.
    const runtime = ref.pkg === 'aws' && ref.path.join('/') === 'lambda' ? /^([A-Z]\w*?)Runtime$/.exec(name) : null;
    const runtimeValue = runtime ? this.enumLookup('aws', ['lambda'], 'Runtime', runtime[1]!) : undefined;
    if (runtimeValue !== undefined) return known(runtimeValue, ctx.at);
    if (/^[A-Z]/.test(name)) return ext({ t: 'class', pkg: ref.pkg, path: ref.path, name }, ctx.at);
    const isFn = ctx.lang === 'py' ? /^get_/.test(name) : /^get[A-Z]/.test(name);
    if (isFn) {
      const output = ctx.lang === 'py' ? name.endsWith('_output') : name.endsWith('Output');
      const base = output ? name.replace(/_?[oO]utput$/, '') : name;
      return ext({ t: 'func', pkg: ref.pkg, path: ref.path, name: ctx.lang === 'py' ? pyFunctionName(base) : base, written: base, output }, ctx.at);
    }
    return ext({ t: 'pkg', pkg: ref.pkg, path: [...ref.path, normalizeModule(name)] }, ctx.at);
  }

  baseHasMember(base: ExtV, name: string): boolean | undefined {
    const ref = refOf(base);
    // Custom resources (dynamic providers) get their outputs as members: any name may exist.
    if (ref.t !== 'base' || ref.custom) return undefined;
    return COMPONENT_MEMBERS.has(name);
  }

  baseMember(base: ExtV, self: ObjV, name: string, ctx: CallContext): Value | undefined {
    const ref = refOf(base);
    if (ref.t !== 'base' && !(ref.t === 'pulumi')) return undefined;
    if (name === 'registerOutputs' || name === 'register_outputs') {
      return builtin(name, (_rt, a) => {
        const id = this.componentOf.get(self);
        const comp = id !== undefined ? this.components.find((c) => c.id === id) : undefined;
        if (comp) comp.registerOutputs = { at: a.at, value: a.pos[0] ?? a.kw.get('outputs') ?? ABSENT };
        return ABSENT;
      });
    }
    if (name === 'urn') return this.output(`${self.cls?.name ?? 'component'}.urn`, unknown('urn', ctx.at), ctx.at);
    if (name === 'getProvider' || name === 'get_provider') return builtin(name, (_rt, a) => unknown('provider', a.at));
    return undefined;
  }

  // ---------------------------------------------------------------- calls

  call(target: ExtV, args: CallArgs, ctx: CallContext): Value {
    const ref = refOf(target);
    if (ctx.lang === 'ts') {
      // A TypeScript class called like a Python one: not callable (TS2348), a TypeError at run time.
      const cls = ref.t === 'class' && !/Args$/.test(ref.name) ? [ref.pkg, ...ref.path, ref.name].join('.')
        : ref.t === 'pulumi' && TS_SDK_CLASSES.has(ref.path.join('.')) ? ['pulumi', ...ref.path].join('.')
        : ref.t === 'base' ? (ref.custom ? 'pulumi.CustomResource' : 'pulumi.ComponentResource') : undefined;
      if (cls) this.onEvent({ kind: 'class-without-new', at: ctx.at, detail: cls, reached: ctx.reached });
    }
    // `pulumi.output(x)` in Python, `pulumi.Output(x)` in TypeScript: a module / namespace is not callable.
    if (ref.t === 'pulumi' && ref.path.length === 1 && SDK_MODULES[ctx.lang].has(ref.path[0]!)) this.onEvent({ kind: 'sdk-module-called', at: ctx.at, detail: ref.path[0]!, reached: ctx.reached });
    switch (ref.t) {
      case 'class':
        // Python constructs by calling the class.
        return this.construct(target, args, ctx);
      case 'func':
        return this.invoke(ref, args, ctx);
      case 'pulumi':
        return this.pulumiCall(ref.path, args, ctx);
      default:
        ctx.call(ABSENT, []);
        return unknown(`call:${ref.t}`, ctx.at);
    }
  }

  construct(target: ExtV, args: CallArgs, ctx: CallContext): Value {
    const ref = refOf(target);
    if (ref.t === 'class') {
      if (ref.name.endsWith('Args') || ref.name.endsWith('ArgsDict')) return this.argsObject(ref, args, ctx);
      return this.createResource(ref, args, ctx);
    }
    if (ref.t === 'pulumi') return this.pulumiCall(ref.path, args, ctx);
    if (ref.t === 'base') {
      // `new pulumi.ComponentResource(type, name, {}, opts)` used directly
      const self = obj(undefined, ctx.at);
      this.superInit(target, self, args, ctx);
      return self;
    }
    return unknown(`new:${ref.t}`, ctx.at);
  }

  superInit(base: ExtV, self: ObjV, args: CallArgs, ctx: CallContext): void {
    const ref = refOf(base);
    if (ref.t !== 'base') return;
    if (this.componentOf.has(self)) return;
    const pick = (i: number, name: string) => args.pos[i] ?? args.kw.get(name);
    const type = pick(0, 't') ?? args.kw.get('type_') ?? unknown('component-type', ctx.at);
    const name = pick(1, 'name') ?? unknown('component-name', ctx.at);
    const opts = this.optionsObject(pick(3, 'opts'), ctx);
    if (ref.custom) {
      // A CustomResource subclass (dynamic provider): a resource of its own.
      const id = this.nextId++;
      this.componentOf.set(self, id);
      this.resources.push(this.newResource(id, 'pulumi', [], self.cls?.name ?? 'CustomResource', String(knownString(type) ?? 'pulumi:dynamic:Resource'), name, obj(), opts, ctx, true));
      return;
    }
    const id = this.nextId++;
    this.componentOf.set(self, id);
    const comp: Component = {
      id,
      type,
      name,
      className: self.cls?.name ?? 'ComponentResource',
      at: ctx.at,
      lang: ctx.lang,
      opts,
      conditional: ctx.conditional,
      inApply: ctx.inApply,
      reached: ctx.reached,
      ...(ctx.dead ? { dead: true as const } : {}),
    };
    const enclosing = this.enclosingComponent(ctx, self);
    if (enclosing !== undefined) comp.component = enclosing;
    const parent = this.resolveRef(opts.props.get('parent'));
    if (parent !== undefined) comp.parent = parent;
    const dependsOn = this.resolveRefs(opts.props.get('dependsOn'));
    if (dependsOn) comp.dependsOn = dependsOn;
    this.components.push(comp);
  }

  onEvent(ev: EvalEvent): void {
    if (ev.kind === 'env-read' && ev.detail) {
      this.envReads.push({ name: ev.detail, at: ev.at });
      return;
    }
    if (ev.kind === 'import' && ev.detail !== undefined) {
      this.imports.push({ module: ev.detail, at: ev.at });
      return;
    }
    const me: ModelEvent = { kind: ev.kind, at: ev.at, reached: ev.reached };
    if (ev.detail !== undefined) me.detail = ev.detail;
    if (ev.value) me.source = ev.value.kind === 'output' ? ev.value.src : describe(ev.value);
    if (ev.value?.kind === 'output' && ev.value.promise) me.promise = true;
    if (ev.value?.kind === 'output' && ev.value.resource !== undefined) me.resource = ev.value.resource;
    if (ev.path !== undefined) me.path = ev.path;
    if (ev.holes) me.holes = ev.holes;
    if (ev.operands) me.operands = ev.operands;
    this.events.push(me);
  }

  // ---------------------------------------------------------------- resources

  private enclosingComponent(ctx: CallContext, except?: ObjV): number | undefined {
    for (let i = ctx.frames.length - 1; i >= 0; i--) {
      const s = ctx.frames[i]!.self;
      if (s && s.kind === 'obj' && s !== except) {
        const id = this.componentOf.get(s);
        if (id !== undefined) return id;
      }
    }
    return undefined;
  }

  /** A resource/component reference in options (`parent`, `provider`): its id, or 'unknown'. */
  private resolveRef(v: Value | undefined): number | 'unknown' | undefined {
    if (!v || v.kind === 'absent' || (v.kind === 'known' && v.value === null)) return undefined;
    if (v.kind === 'obj') {
      const id = this.componentOf.get(v);
      return id ?? 'unknown';
    }
    if (v.kind === 'ext') {
      const r = refOf(v);
      if (r.t === 'resource') return r.id;
    }
    return 'unknown';
  }

  /** The `dependsOn` option's items as ids: a list, a single resource, or an Output of a list. */
  private resolveRefs(v: Value | undefined): (number | 'unknown')[] | undefined {
    if (!v || v.kind === 'absent' || (v.kind === 'known' && v.value === null)) return undefined;
    const list = v.kind === 'output' ? v.inner : v;
    if (list.kind !== 'list') return [this.resolveRef(list) ?? 'unknown'];
    const ids = list.items.flatMap((x) => {
      const id = this.resolveRef(x);
      return id === undefined ? [] : [id];
    });
    if (list.open) ids.push('unknown');
    return ids;
  }

  private newResource(
    id: number,
    pkg: string,
    path: string[],
    className: string,
    type: string,
    name: Value,
    args: ObjV,
    opts: ObjV,
    ctx: CallContext,
    argsKnown: boolean,
  ): Resource {
    const r: Resource = {
      id,
      type,
      pkg,
      module: path.join('/'),
      className,
      typePath: [pkg, ...path, className].join('.'),
      name,
      args,
      opts,
      at: ctx.at,
      lang: ctx.lang,
      inLoop: ctx.inLoop,
      conditional: ctx.conditional,
      inApply: ctx.inApply,
      reached: ctx.reached,
      ...(ctx.dead ? { dead: true as const } : {}),
      isProvider: type.startsWith('pulumi:providers:'),
      argsKnown,
    };
    const comp = this.enclosingComponent(ctx);
    if (comp !== undefined) r.component = comp;
    const fn = ctx.frames[ctx.frames.length - 1]?.fn;
    if (fn) r.scope = { f: fn.module, s: fn.node.s, e: fn.node.e };
    const parent = this.resolveRef(opts.props.get('parent'));
    if (parent !== undefined) r.parent = parent;
    const provider = this.resolveRef(opts.props.get('provider'));
    if (provider !== undefined) r.provider = provider;
    const dependsOn = this.resolveRefs(opts.props.get('dependsOn'));
    if (dependsOn) r.dependsOn = dependsOn;
    if (ctx.inApply && ctx.applyResources?.length) r.applyResources = ctx.applyResources;
    return r;
  }

  private createResource(ref: Extract<Ref, { t: 'class' }>, args: CallArgs, ctx: CallContext): Value {
    let name: Value;
    let argsV: Value | undefined;
    let optsV: Value | undefined;
    const schema = ref.pkg === 'aws' ? this.schema?.resourceByPath(['aws', ...ref.path, ref.name].join('.')) : undefined;
    if (ctx.lang === 'py') {
      name = args.pos[0] ?? args.kw.get('resource_name') ?? unknown('resource-name', ctx.at);
      const positional = args.pos[1] ?? args.kw.get('args');
      optsV = args.pos[2] ?? args.kw.get('opts');
      if (positional && positional.kind !== 'absent') argsV = positional.kind === 'obj' ? this.normalizePy(positional, schema?.inputs) : positional;
      else argsV = this.kwargsObject(args, ['resource_name', 'args', 'opts', '__self__'], schema?.inputs);
    } else {
      name = args.pos[0] ?? unknown('resource-name', ctx.at);
      argsV = args.pos[1];
      optsV = args.pos[2];
    }
    let argsObj: ObjV;
    let argsKnown = true;
    if (!argsV || argsV.kind === 'absent') argsObj = obj(undefined, ctx.at);
    else if (argsV.kind === 'obj') {
      argsObj = argsV;
      if (argsV.open) argsKnown = false;
    } else {
      argsObj = obj(undefined, argsV.at ?? ctx.at);
      argsObj.open = true;
      argsKnown = false;
      if (argsV.kind === 'unknown' && argsV.default?.kind === 'obj') for (const [k, v] of argsV.default.props) argsObj.props.set(k, v);
    }
    if (ctx.lang === 'py' && (args.openKw || args.openPos)) {
      argsObj.open = true;
      argsKnown = false;
    }
    const opts = this.optionsObject(optsV, ctx);
    const id = this.nextId++;
    let type = schema?.token ?? resourceToken(ref.pkg, ref.path, ref.name);
    if (ref.pkg === 'kubernetes' && ref.name === 'CustomResource') {
      // A CustomResource registers as its own `apiVersion:kind`.
      const apiVersion = knownString(argsObj.props.get('apiVersion'));
      const kind = knownString(argsObj.props.get('kind'));
      if (apiVersion && kind) type = `kubernetes:${apiVersion}:${kind}`;
    }
    const r = this.newResource(id, ref.pkg, ref.path, ref.name, type, name, argsObj, opts, ctx, argsKnown);
    if (args.layout) r.call = args.layout;
    this.resources.push(r);
    return ext({ t: 'resource', id }, ctx.at);
  }

  private resourceAttribute(id: number, attr: string, ctx: CallContext): Value {
    const r = this.resources.find((x) => x.id === id);
    const prop = ctx.lang === 'py' ? (this.schema?.camelName(attr) ?? snakeToCamel(attr)) : attr;
    if (!r) return unknown(`attr:${prop}`, ctx.at);
    this.attributeReads.push({ resource: id, attr: prop, written: attr, at: ctx.at });
    // The SDK's Resource keeps its own fields under `_` names (Python `_name`, TS `__name`: the
    // logical name given to the constructor); no provider output starts with `_`, so these are
    // plain values, not Outputs.
    if (attr.startsWith('_')) return /^_+name$/.test(attr) ? r.name : unknown(`attr:${attr}`, ctx.at);
    if (prop === 'getOutput' || prop === 'requireOutput' || prop === 'get_output' || prop === 'require_output') {
      return builtin(prop, (_rt, a) => this.output(`${r.typePath}.${knownString(a.pos[0]) ?? 'output'}`, unknown('stack-output', a.at), a.at, id));
    }
    // Input properties come back as outputs of the same value; others are unknown until deployed.
    const input = r.args.props.get(prop);
    const label = `${r.typePath}(${describe(r.name)}).${prop}`;
    const inner = input && input.kind !== 'absent' && input.kind !== 'output' ? input : unknown(`output:${label}`, ctx.at, { ref: { resource: id, attr: prop } });
    return this.output(label, inner, ctx.at, id, prop);
  }

  private output(src: string, inner: Value, at: At, resource?: number, attr?: string): OutputV {
    const o: OutputV = { kind: 'output', src, inner, at };
    if (resource !== undefined) o.resource = resource;
    if (attr !== undefined) o.attr = attr;
    return o;
  }

  // ---------------------------------------------------------------- argument objects

  /** Python keyword arguments → an args object with SDK (camelCase) keys. */
  private kwargsObject(args: CallArgs, skip: string[], type?: ObjectTypeSchema): ObjV {
    return this.normalizer.kwargs(args.kw, args.kwAt, args.at, type, skip, !!args.openKw, args.layout);
  }

  /** `aws.ec2.SecurityGroupIngressArgs(...)` (Python) / the TS equivalent: an args object. */
  private argsObject(ref: Extract<Ref, { t: 'class' }>, args: CallArgs, ctx: CallContext): Value {
    if (ctx.lang !== 'py') return args.pos[0] ?? obj(undefined, ctx.at);
    const mod = ref.path.join('.');
    const type = ref.pkg === 'aws' ? (this.normalizer.inputType(`${mod}.${ref.name}`) ?? this.normalizer.inputType(`${mod}.${ref.name.replace(/Args(Dict)?$/, '')}`)) : undefined;
    return this.kwargsObject(args, [], type);
  }

  /** Python dict literals passed as nested args use snake_case keys; map them to the SDK's names. */
  private normalizePy(o: ObjV, type?: ObjectTypeSchema): ObjV {
    return this.normalizer.object(o, type) as ObjV;
  }

  /** Resource options (TS object or Python ResourceOptions) with camelCase keys. */
  private optionsObject(v: Value | undefined, ctx: CallContext): ObjV {
    if (!v || v.kind === 'absent' || (v.kind === 'known' && v.value === null)) return obj(undefined, ctx.at);
    // Python resources take only a `ResourceOptions` as `opts`; a dict raises TypeError.
    if (v.kind === 'obj' && ctx.lang === 'py' && v.dict && !PY_RESOURCE_OPTIONS.has(v)) this.onEvent({ kind: 'options-dict', at: v.at ?? ctx.at, reached: ctx.reached });
    if (v.kind === 'obj') return ctx.lang === 'py' ? this.normalizePy(v) : v;
    const o = obj(undefined, v.at ?? ctx.at);
    o.open = true;
    if (v.kind === 'unknown' && v.default?.kind === 'obj') for (const [k, x] of v.default.props) o.props.set(k, x);
    return o;
  }

  // ---------------------------------------------------------------- data sources

  private invoke(ref: Extract<Ref, { t: 'func' }>, args: CallArgs, ctx: CallContext): Value {
    // The schema also knows Python spellings, which do not all camel-case back to the TypeScript name.
    const fn = ref.pkg === 'aws' ? (this.schema?.function(['aws', ...ref.path, ref.name].join('.')) ?? this.schema?.function(['aws', ...ref.path, ref.written].join('.'))) : undefined;
    const argsObj = ctx.lang === 'py' ? this.kwargsObject(args, ['opts'], fn?.inputs) : args.pos[0]?.kind === 'obj' ? args.pos[0] : obj(undefined, ctx.at);
    if (ctx.lang === 'py' && args.pos[0]?.kind === 'obj') for (const [k, v] of this.normalizePy(args.pos[0], fn?.inputs).props) argsObj.props.set(k, v);
    const token = fn?.token ?? functionToken(ref.pkg, ref.path, ref.name);
    const call: InvokeCall = { token, pkg: ref.pkg, module: ref.path.join('.'), name: ref.written, output: ref.output, args: argsObj, at: ctx.at, lang: ctx.lang, reached: ctx.reached };
    if (ref.pkg === 'aws' && this.schema) call.known = fn !== undefined;
    if (ctx.catching) call.catching = ctx.catching;
    this.invokes.push(call);
    if (!ref.output) {
      // Plain invokes take plain values; an Output or Promise argument is not awaited for them.
      const out = findOutput(argsObj);
      if (out) this.onEvent({ kind: 'output-in-invoke-args', at: ctx.at, detail: [ref.pkg, ...ref.path, ref.name].join('.'), value: out, reached: ctx.reached });
    }
    const result = invokeResult(ref.name, argsObj, ctx.at, ctx.lang);
    if (ctx.lang === 'py' && !ref.output) return result;
    const o = this.output(`invoke:${token}`, result, ctx.at);
    if (ctx.lang === 'ts' && !ref.output) o.promise = true;
    return o;
  }

  // ---------------------------------------------------------------- the pulumi SDK

  private pulumiMember(path: string[], name: string, ctx: CallContext): Value {
    const full = [...path, name];
    const key = full.join('.');
    if (name === 'ComponentResource' || key === 'ComponentResource') return ext({ t: 'base', custom: false }, ctx.at);
    if (name === 'CustomResource' || (path[0] === 'dynamic' && name === 'Resource')) return ext({ t: 'base', custom: true }, ctx.at);
    if (PULUMI_CLASSES.has(name) || (path.length === 0 && PULUMI_NAMESPACES.has(name))) return ext({ t: 'pulumi', path: full }, ctx.at);
    return builtin(`pulumi.${key}`, (rt, a) => {
      // `pulumi.output(x)` in Python: the name is a submodule there, which is not callable.
      if (ctx.lang === 'py' && path.length === 0 && SDK_MODULES.py.has(name)) this.onEvent({ kind: 'sdk-module-called', at: a.at, detail: name, reached: ctx.reached });
      return this.pulumiFunction(full, a, rt, ctx);
    });
  }

  private pulumiCall(path: string[], args: CallArgs, ctx: CallContext): Value {
    const name = path[path.length - 1] ?? '';
    if (name === 'Config') {
      const ns = knownString(args.pos[0] ?? args.kw.get('name'));
      return ext(ns ? { t: 'config', ns } : { t: 'config' }, ctx.at);
    }
    if (OPTION_CLASSES.has(name)) {
      if (ctx.lang !== 'py') return args.pos[0] ?? obj(undefined, ctx.at);
      const o = this.kwargsObject(args, []);
      if (name.endsWith('ResourceOptions')) PY_RESOURCE_OPTIONS.add(o);
      return o;
    }
    if (name === 'StackReference') {
      const id = this.nextId++;
      const r = this.newResource(id, 'pulumi', [], 'StackReference', 'pulumi:pulumi:StackReference', args.pos[0] ?? args.kw.get('name') ?? unknown('stack-name', ctx.at), obj(), this.optionsObject(args.pos[2] ?? args.kw.get('opts'), ctx), ctx, true);
      this.resources.push(r);
      return ext({ t: 'resource', id }, ctx.at);
    }
    if (['FileArchive', 'FileAsset', 'StringAsset', 'RemoteArchive', 'RemoteAsset', 'AssetArchive'].includes(name)) {
      const first = args.pos[0] ?? args.kw.get('path') ?? args.kw.get('text') ?? args.kw.get('assets') ?? ABSENT;
      const a = obj(new Map<string, Value>([['__asset__', known(name)]]), ctx.at);
      if (name === 'AssetArchive') a.props.set('assets', first);
      else if (name === 'StringAsset') a.props.set('text', first);
      else a.props.set('path', first);
      const ref: AssetRef = { kind: name, at: ctx.at };
      if (name !== 'AssetArchive' && name !== 'StringAsset') ref.path = first;
      this.assets.push(ref);
      return a;
    }
    if (name === 'Output') return this.pulumiFunction(['output'], args, undefined, ctx);
    return this.pulumiFunction(path, args, undefined, ctx);
  }

  private pulumiFunction(path: string[], a: CallArgs, rt: Runtime | undefined, ctx: CallContext): Value {
    const v = this.pulumiFunctionValue(path, a, rt, ctx);
    if (v.kind === 'output' && v.resource === undefined && DERIVED_OUTPUTS.has(path[path.length - 1] ?? '')) {
      const deps = resourcesIn([...a.pos, ...a.kw.values()]);
      if (deps.size) v.deps = [...deps];
    }
    return v;
  }

  private pulumiFunctionValue(path: string[], a: CallArgs, rt: Runtime | undefined, ctx: CallContext): Value {
    const name = path[path.length - 1] ?? '';
    const at = a.at;
    const inner = (v: Value): Value => (v.kind === 'output' ? v.inner : v);
    switch (name) {
      case 'interpolate':
      case 'concat': {
        // tagged template: one str; concat: several parts
        const parts = a.kw.has('__template__') ? [a.pos[0] ?? known('')] : a.pos;
        const lifted = parts.map((p) => (p.kind === 'str' ? concatStrings(p.parts.map(inner), ctx.lang) : inner(p)));
        const s = withJsonText(concatStrings(lifted, ctx.lang, at), ctx.lang);
        const taint = parts.reduce<readonly string[] | undefined>((t, p) => mergeTaint(t, p.taint), undefined);
        if (taint) s.taint = mergeTaint(s.taint, taint);
        return this.output(name, s, at);
      }
      case 'format': {
        // `Output.format(f, *args, **kwargs)` formats like `f.format(...)` once the arguments resolve.
        const f = knownString(a.pos[0]);
        const kw = new Map([...a.kw].map(([k, v]) => [k, inner(v)] as const));
        const s = f !== undefined ? withJsonText(pyFormat(f, a.pos.slice(1).map(inner), kw, (_v, n) => unknown(`format:${n}`, at), at), 'py') : unknown('format', at);
        return this.output('format', s, at);
      }
      case 'all': {
        // Output.all / pulumi.all unwrap Outputs at any depth of list and dict arguments, so the
        // callback of `.apply` sees plain values all the way down.
        const src = a.pos.length === 1 && (a.pos[0]!.kind === 'list' || a.pos[0]!.kind === 'obj') && ctx.lang === 'ts' ? a.pos[0]! : list(a.pos, at);
        let v: Value;
        if (src.kind === 'obj') {
          const o = obj(undefined, at);
          for (const [k, x] of src.props) o.props.set(k, resolveOutputs(x));
          v = o;
        } else if (src.kind === 'list') {
          v = list(src.items.map((x) => resolveOutputs(x)), at);
          if (src.open || a.openPos) (v as { open?: boolean }).open = true;
        } else v = unknown('all', at);
        if (a.kw.size && ctx.lang === 'py') {
          const o = obj(undefined, at);
          for (const [k, x] of a.kw) o.props.set(k, resolveOutputs(x));
          v = o;
        }
        return this.output('all', v, at);
      }
      case 'output':
      case 'from_input':
      case 'create': {
        const v = a.pos[0] ?? ABSENT;
        return v.kind === 'output' ? v : this.output('output', resolveOutputs(v), at);
      }
      case 'secret':
      case 'unsecret': {
        const v = a.pos[0] ?? ABSENT;
        const o = this.output(name, inner(v), at);
        o.taint = ['secret'];
        return o;
      }
      case 'jsonStringify':
      case 'json_dumps': {
        const v = a.pos[0] ?? ABSENT;
        const plain = resolveOutputs(v);
        const s = rt ? jsonStringify(plain, rt, at) : unknown('json', at);
        return this.output(name, s, at);
      }
      case 'jsonParse':
      case 'json_loads':
        return this.output(name, unknown('json', at), at);
      case 'getStack':
      case 'get_stack': {
        const v = unknown('stack', at);
        v.taint = ['stack'];
        return v;
      }
      case 'getProject':
      case 'get_project':
        return this.projectName ? known(this.projectName, at) : unknown('project', at);
      case 'getOrganization':
      case 'get_organization':
        return unknown('organization', at);
      case 'export': {
        const n = knownString(a.pos[0] ?? a.kw.get('name'));
        const v = a.pos[1] ?? a.kw.get('value') ?? ABSENT;
        this.exports.push({ name: n ?? '<unknown>', value: v, at, via: 'pulumi.export', reached: ctx.reached });
        return ABSENT;
      }
      case 'mergeOptions':
      case 'merge': {
        const o = mergeResourceOptions(a.pos, at);
        if (ctx.lang === 'py') PY_RESOURCE_OPTIONS.add(o);
        return o;
      }
      case 'isDryRun':
      case 'is_dry_run':
        return unknown('dry-run', at);
      default:
        if (path[0] === 'log') return ABSENT;
        // Other SDK helpers: unknown result, callbacks still run once.
        for (const v of [...a.pos, ...a.kw.values()]) if (v.kind === 'func') ctx.call(v, []);
        return unknown(`pulumi.${path.join('.')}`, at);
    }
  }

  // ---------------------------------------------------------------- config

  private configMethod(ns: string | undefined, method: string, ctx: CallContext): Value {
    const m = method.toLowerCase();
    if (!/^(get|require)/.test(m)) return unknown(`config.${method}`, ctx.at);
    return builtin(`config.${method}`, (_rt, a) => {
      const key = knownString(a.pos[0] ?? a.kw.get('key'));
      const secret = m.includes('secret');
      const required = m.startsWith('require');
      const fullKey = key === undefined ? '<dynamic>' : key.includes(':') || !ns ? key : `${ns}:${key}`;
      const read: ConfigRead = { key: fullKey, method, secret, required, at: a.at };
      if (ns) read.namespace = ns;
      const stray = strayConfigArgument(ctx.lang, m, a.pos[1] ?? a.kw.get('default'));
      if (stray) read.strayArgument = stray;
      this.configReads.push(read);
      const v = unknown(`config:${fullKey}`, a.at);
      // Python's Config.get(key, default) takes the default as an argument.
      const dflt = ctx.lang === 'py' && !required ? (a.pos[1] ?? a.kw.get('default')) : undefined;
      if (dflt && dflt.kind !== 'absent' && !(dflt.kind === 'known' && dflt.value === null)) v.default = dflt;
      if (secret) {
        const o = this.output(`config:${fullKey}`, v, a.at);
        o.taint = ['secret'];
        // `getSecret` gives undefined (None) when the key is not set.
        if (!required) o.optional = true;
        return o;
      }
      return v;
    });
  }
}

/**
 * A second argument a Config getter does not take: in TypeScript a fallback value where the getter
 * takes an options object (or nothing), in Python any default given to a `require*` method.
 */
function strayConfigArgument(lang: Lang, method: string, second: Value | undefined): At | undefined {
  if (!second || second.kind === 'absent' || second.kind === 'unknown') return undefined;
  if (lang === 'py') return method.startsWith('require') ? (second.at ?? undefined) : undefined;
  const takesOptions = !/boolean|object/.test(method);
  const plain = second.kind === 'known' || second.kind === 'str' || second.kind === 'list';
  return plain || !takesOptions ? second.at : undefined;
}
