// The partial evaluator: an abstract interpreter over the IR. It runs the program's own code with
// known values where it can and unknown values where it cannot (config, environment, cloud outputs),
// unrolls loops over known collections, explores both branches of unknown conditions, and asks the
// host what external packages (Pulumi, AWS) do. Budgets on steps, call depth and unrolling make
// every input terminate.

import { collectIfGrown } from '../core/heap.js';
import type {
  Arg,
  ClassExpr,
  ClassMember,
  Expr,
  Func,
  Lang,
  Layout,
  Module,
  Param,
  Pattern,
  Stmt,
  Template,
} from '../core/ir.js';
import { budget, grew, measured, TimeLimitReached } from './budget.js';
import { pyFormatField, pyPercent, toStr, withJsonText } from './builtins/convert.js';
import { envRead, isEnvObject, makeGlobals, stdModule } from './builtins/globals.js';
import { builtinMethod, containsValue, mapIterItems, sliceList } from './builtins/methods.js';
import { regexValue } from './builtins/regex.js';
import type { CallContext, EvalEventKind, Frame, Host, TemplateHoleAt } from './host.js';
import type { Runtime } from './runtime.js';
import { Journal, nextScopeSerial, Scope } from './scope.js';
import {
  ABSENT,
  type At,
  type CallArgs,
  type ClassV,
  concatStrings,
  containersMade,
  equals,
  type FileLayout,
  type FuncV,
  joinValues,
  known,
  type KnownV,
  knownNumber,
  knownString,
  list,
  type ListV,
  mergeResourceOptions,
  mergeTaint,
  provenance,
  PY_RESOURCE_OPTIONS,
  type ModuleV,
  obj,
  type ObjV,
  type OutputV,
  resourcesIn,
  scalarString,
  truthy,
  unknown,
  type UnknownV,
  type Value,
  withTaint,
} from './values.js';

export interface EvalOptions {
  /** Total expression/statement evaluations for one program. */
  maxSteps: number;
  maxDepth: number;
  /** Iterations unrolled per loop execution. */
  maxUnroll: number;
  /** Names whose reads are tagged `name:<name>` (e.g. the environment-suffix variable). */
  tagNames?: RegExp;
  /**
   * Names that resolve to external packages when used without an import (snippets):
   * `lang:name` → `module` or `module#member`.
   */
  implicitPackages?: Record<string, string>;
}

export const DEFAULT_EVAL_OPTIONS: EvalOptions = {
  maxSteps: 3_000_000,
  maxDepth: 48,
  maxUnroll: 64,
};

type Completion = undefined | { type: 'return'; value: Value } | { type: 'break' } | { type: 'continue' } | { type: 'throw' };

class BudgetExhausted extends Error {}

/** Imports evaluated inside one another before the next ones are deferred (see loadModule). */
const MAX_IMPORT_DEPTH = 32;

interface ModuleRec {
  path: string;
  ir: Module;
  lang: Lang;
  scope: Scope;
  state: 'new' | 'loading' | 'done';
  /** TS exports: exported name → how to read it. Python modules export their scope. */
  exports: Map<string, { local?: string; value?: Value; from?: ModuleRec; name?: string }>;
  starFrom: ModuleRec[];
  /** CommonJS `module` object (TS/JS only). */
  cjs?: ObjV;
  /** The value of `export = expr`. */
  exportEquals?: Value;
  reached: boolean;
}

interface FrameRec extends Frame {
  pendingReturns: Value[];
  /** Scope of the running function, for TS constructor parameter properties. */
  scope?: Scope;
}

/** A place in the code that binds a name (a declaration, a Python assignment, an import). */
export interface BindingSite {
  name: string;
  kind: 'import' | 'var' | 'local';
  at: At;
  lang: Lang;
  read: boolean;
  /** The value bound there (the last one, when the site runs several times). */
  value: Value;
}

export interface EvalResult {
  /** Unexpected exceptions, contained per module (the evaluation went on without the rest of it). */
  errors: { file: string; message: string }[];
  /** Modules in evaluation order with whether an entry point reached them. */
  modules: { path: string; reached: boolean }[];
  steps: number;
  budgetExhausted: boolean;
  /** Module namespaces by path, for reading TS exports of the entry point. */
  exportsOf(path: string): Map<string, Value>;
  /** What the function an entry module exports returned when called as Pulumi calls it, by module path. */
  entryReturns: Map<string, Value>;
  /** Binding sites whose name is never read (imports, TS declarations, Python function locals). */
  unused: BindingSite[];
}

/** Resolve module specifiers of the program's own files. */
export interface ModuleResolver {
  /** TS: relative specifier from a file; Python: dotted name with relative level. */
  resolve(spec: string, from: string, lang: Lang, level?: number): string | undefined;
  /** Python: is `prefix` a package directory of the program (namespace or with __init__.py)? */
  isPackage?(prefix: string): boolean;
  /** The file a relative import (TS specifier, Python level > 0) names exactly, without the resolver's lenient fallbacks. */
  resolveExact?(spec: string, from: string, lang: Lang, level?: number): string | undefined;
}

export class Interpreter implements Runtime {
  private readonly modules = new Map<string, ModuleRec>();
  private readonly globals = new Map<Lang, Map<string, Value>>();
  private steps = 0;
  private exhausted = false;
  private readonly errors: { file: string; message: string }[] = [];
  private loadDepth = 0;
  private readonly entryReturns = new Map<string, Value>();
  /** Modules an entry point reached past MAX_IMPORT_DEPTH, evaluated after the entry points. */
  private readonly deferredReached = new Set<string>();
  /** Python modules that star-import a package: they have names the evaluator does not list. */
  private readonly openStar = new Set<string>();
  private readonly frames: FrameRec[] = [];
  private loopDepth = 0;
  private condDepth = 0;
  /** Reads of members a program class instance did not have at the time (judged at the end). */
  private readonly missingReads: { inst: ObjV; name: string; at: At; reached: boolean; called: boolean }[] = [];
  /** Span of the member expression a call is about to evaluate as its callee. */
  private calleeAt: At | undefined;
  private applyDepth = 0;
  /** The exception types each try body being run is guarded against, innermost last (`*`: any error). */
  private catching: string[][] = [];
  /** Resources whose Outputs the apply callbacks being run wait for, one entry per callback. */
  private applyResources: number[][] = [];
  /**
   * Per apply callback being run: when it started (`containersMade`), and the lists and dicts made
   * before it that its builtin methods touched, with their size or keys at the first touch.
   */
  private applyFrames: { since: number; touched: Map<ListV | ObjV, number | Set<string>> }[] = [];
  private openIterDepth = 0;
  private reached = true;
  /** Running swept code nothing can call (`uncalled`). */
  private dead = false;
  private readonly journals: Journal[] = [];
  private curLang: Lang = 'ts';
  private curModule = '';
  /** Function nodes that ran at least once. */
  private readonly entered = new Set<Func>();
  /** Closures created for function nodes (latest per node). */
  private readonly closures = new Map<Func, FuncV>();
  /** Program classes defined, and one instance of each when one was built. */
  private readonly classes = new Map<ClassExpr, ClassV>();
  private readonly instances = new Map<ClassV, ObjV>();
  private readonly order: string[] = [];
  /** Binding sites by source position, and the site of each (scope, name). */
  private readonly sites = new Map<string, BindingSite>();
  private readonly siteOf = new WeakMap<Scope, Map<string, BindingSite>>();
  /** TypeScript types with plain-typed fields, by name over all modules; a name two modules declare differently is left out. */
  private readonly plainFields = new Map<string, Record<string, string>>();
  private readonly shapes = new Map<string, NonNullable<Module['shapes']>[string]>();

  constructor(
    irModules: Module[],
    private readonly host: Host,
    private readonly resolver: ModuleResolver,
    private readonly opts: EvalOptions = DEFAULT_EVAL_OPTIONS,
  ) {
    for (const m of irModules) {
      this.modules.set(m.path, {
        path: m.path,
        ir: m,
        lang: m.lang,
        scope: new Scope(undefined, true),
        state: 'new',
        exports: new Map(),
        starFrom: [],
        reached: false,
      });
    }
    const ambiguous = new Set<string>();
    for (const m of irModules) {
      for (const [name, fields] of Object.entries(m.plainFields ?? {})) {
        const seen = this.plainFields.get(name);
        if (seen && JSON.stringify(seen) !== JSON.stringify(fields)) ambiguous.add(name);
        this.plainFields.set(name, fields);
      }
    }
    for (const name of ambiguous) this.plainFields.delete(name);
    // A type name given by two modules, or also by a class, may mean either at a parameter.
    const twice = new Set<string>();
    for (const m of irModules) {
      for (const [name, shape] of Object.entries(m.shapes ?? {})) {
        if (this.shapes.has(name)) twice.add(name);
        this.shapes.set(name, shape);
      }
    }
    for (const m of irModules) for (const st of m.body) if (st.k === 'classdecl') twice.add(st.name);
    for (const name of twice) this.shapes.delete(name);
  }

  get lang(): Lang {
    return this.curLang;
  }
  get maxUnroll(): number {
    return this.opts.maxUnroll;
  }
  get inOpenIteration(): boolean {
    return this.openIterDepth > 0;
  }

  // ---------------------------------------------------------------- driving

  /**
   * Evaluate the entry modules, then every other module, then every function, method and class that
   * nothing reached, with unknown arguments (marked unreached), so their resources are modelled too.
   */
  run(entries: string[]): EvalResult {
    try {
      for (const e of entries) this.loadModule(e, true);
      while (this.deferredReached.size > 0) {
        const next = [...this.deferredReached];
        this.deferredReached.clear();
        for (const p of next) this.loadModule(p, true);
      }
      for (const e of entries) this.runEntryFunction(e);
      this.reached = false;
      for (const path of this.modules.keys()) this.loadModule(path, false);
      this.sweepUnreached();
      this.judgeMissingReads();
    } catch (err) {
      if (err instanceof TimeLimitReached) budget().cut('time', { f: this.curModule, s: 0, e: 0 });
      else if (!(err instanceof BudgetExhausted)) throw err;
    }
    return {
      errors: this.errors,
      modules: this.order.map((p) => ({ path: p, reached: this.modules.get(p)!.reached })),
      steps: this.steps,
      budgetExhausted: this.exhausted,
      exportsOf: (path) => this.moduleExports(path),
      entryReturns: this.entryReturns,
      unused: this.unusedSites(),
    };
  }

  /**
   * A TypeScript/JavaScript entry module whose export is a function (`export = async () => {...}`,
   * `module.exports = async () => {...}`): Pulumi calls it and takes what it returns as the stack
   * outputs, so its body runs as reached code.
   */
  private runEntryFunction(path: string): void {
    const rec = this.modules.get(path);
    if (!rec || rec.lang !== 'ts') return;
    const cjs = rec.cjs?.props.get('exports');
    const fn = rec.exportEquals ?? (cjs?.kind === 'func' ? cjs : undefined);
    if (fn?.kind !== 'func') return;
    const saved = this.reached;
    this.reached = true;
    try {
      const at: At = { f: path, s: fn.node.s, e: fn.node.e };
      const r = this.withModule(path, rec.lang, () => this.callFunction(fn, { pos: [], kw: new Map(), at }, fn.node));
      this.entryReturns.set(path, r.kind === 'output' && r.promise ? r.inner : r);
    } catch (err) {
      this.contain(err, path);
    } finally {
      this.reached = saved;
    }
  }

  /**
   * Members read on program class instances that the instance did not have: reported once evaluation
   * is over, when the instance never got the member and no class of its chain declares it, assigns
   * it anywhere (`this.x = ...` / `self.x = ...` in any method), or adds members dynamically.
   */
  private judgeMissingReads(): void {
    const seen = new Set<string>();
    for (const r of this.missingReads) {
      const cls = r.inst.cls!;
      if (r.name.startsWith('_') || r.inst.open || r.inst.props.has(r.name) || this.declares(cls, r.name) !== false) continue;
      const key = `${r.at.f}:${r.at.s}:${r.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.host.onEvent({ kind: 'unknown-member', at: r.at, detail: `${cls.name}\u0000${r.name}${r.called ? '\u0000call' : ''}`, path: cls.module, reached: r.reached });
    }
  }

  /** Whether a class (or a base) declares a member; undefined when that cannot be known. */
  private declares(cls: ClassV, name: string, depth = 0): boolean | undefined {
    if (depth > 10) return undefined;
    // A bare Python annotation (`x: T`) declares an instance attribute only for record classes.
    const declared = (m: ClassMember) => m.name === name && (m.kind !== 'field' || !!m.value || cls.lang !== 'py' || recordKind(cls) !== undefined);
    if (cls.node.members.some((m) => declared(m) || m.paramProps?.includes(name)) || cls.statics.has(name)) return true;
    // Decorated classes (dataclasses, attrs, pydantic) get members from annotations the IR does not keep.
    if (cls.node.decorators?.length) return undefined;
    const facts = classFacts(cls.node);
    if (facts.dynamic) return undefined;
    if (facts.assigned.has(name)) return true;
    for (const b of cls.bases) {
      const r = b.kind === 'class' ? this.declares(b, name, depth + 1) : b.kind === 'ext' ? this.host.baseHasMember?.(b, name) : undefined;
      if (r !== false) return r;
    }
    return false;
  }

  private unusedSites(): BindingSite[] {
    const out: BindingSite[] = [];
    for (const site of this.sites.values()) {
      if (site.read || site.name.startsWith('_') || site.name === 'self' || site.name === 'cls') continue;
      const rec = this.modules.get(site.at.f);
      // Names used only in annotations count as used (types are erased in the IR).
      if (rec?.ir.typeRefs?.includes(site.name)) continue;
      out.push(site);
    }
    return out;
  }

  /** Record that `name`, bound in `scope` at `at`, is a binding site worth reporting if never read. */
  private track(scope: Scope, name: string, kind: BindingSite['kind'], at: At, value: Value): void {
    const key = `${at.f}:${at.s}:${name}`;
    let site = this.sites.get(key);
    if (!site) {
      site = { name, kind, at, lang: this.curLang, read: false, value };
      this.sites.set(key, site);
    } else site.value = value;
    let m = this.siteOf.get(scope);
    if (!m) {
      m = new Map();
      this.siteOf.set(scope, m);
    }
    m.set(name, site);
  }

  private markRead(scope: Scope | undefined, name: string): void {
    const site = scope ? this.siteOf.get(scope)?.get(name) : undefined;
    if (site) site.read = true;
  }

  private loadModule(path: string, reached: boolean): ModuleRec | undefined {
    const rec = this.modules.get(path);
    if (!rec) return undefined;
    if (rec.state !== 'new') {
      if (reached) rec.reached = true;
      return rec;
    }
    // A chain of imports thousands of files long would recurse once per file: past MAX_IMPORT_DEPTH
    // the module is evaluated later, from the top (its importer sees unknown values).
    if (this.loadDepth >= MAX_IMPORT_DEPTH) {
      if (reached || this.reached) this.deferredReached.add(path);
      return rec;
    }
    rec.state = 'loading';
    this.loadDepth++;
    rec.reached = reached || this.reached;
    this.order.push(path);
    const savedLang = this.curLang;
    const savedModule = this.curModule;
    const savedReached = this.reached;
    this.curLang = rec.lang;
    this.curModule = path;
    this.reached = rec.reached;
    this.initModuleScope(rec);
    try {
      this.execBlock(rec.ir.body, rec.scope, rec);
    } catch (err) {
      this.contain(err, path);
    } finally {
      this.loadDepth--;
      rec.state = 'done';
      this.curLang = savedLang;
      this.curModule = savedModule;
      this.reached = savedReached;
    }
    collectIfGrown();
    return rec;
  }

  private initModuleScope(rec: ModuleRec): void {
    const vars = rec.scope.vars;
    if (rec.lang === 'py') {
      vars.set('__name__', known(rec.reached && this.order[0] === rec.path ? '__main__' : rec.path.replace(/\.py$/, '').replace(/\//g, '.')));
    } else {
      const exportsObj = obj();
      const moduleObj = obj(new Map([['exports', exportsObj]]));
      rec.cjs = moduleObj;
      vars.set('module', moduleObj);
      vars.set('exports', exportsObj);
    }
  }

  private sweepUnreached(): void {
    const prevReached = this.reached;
    this.reached = false;
    // Several rounds: calling one unreached function may define closures and classes of its own.
    for (let round = 0; round < 4; round++) {
      let progressed = false;
      for (const cls of rootsFirst([...this.classes.values()])) {
        if (this.instances.has(cls)) continue;
        const ctor = this.findCtor(cls);
        if (ctor && this.entered.has(ctor.func!)) continue;
        progressed = true;
        this.uncalled(cls, () => this.withModule(cls.module, cls.lang, () => this.sweepConstruct(cls)));
      }
      for (const cls of [...this.classes.values()]) {
        const inst = this.instances.get(cls);
        if (!inst) continue;
        for (const m of cls.node.members) {
          if ((m.kind !== 'method' && m.kind !== 'getter') || !m.func || this.entered.has(m.func)) continue;
          progressed = true;
          const self = m.static ? cls : inst;
          const fn = this.methodValue(cls, m, self);
          this.uncalled(cls, () =>
            this.withModule(cls.module, cls.lang, () => this.callFunction(fn, this.unknownArgs(fn.node, fn.lang, true), fn.node)),
          );
        }
      }
      for (const [node, fn] of [...this.closures]) {
        if (this.entered.has(node)) continue;
        progressed = true;
        this.uncalled(fn, () => this.withModule(fn.module, fn.lang, () => this.callFunction(fn, this.unknownArgs(node, fn.lang, false), node)));
      }
      if (!progressed) break;
    }
    this.reached = prevReached;
  }

  /**
   * Runs swept code, marked dead when no file outside the answer could call it either: a function or
   * class that is neither exported (TypeScript) nor a public module-level name (Python).
   */
  private uncalled(v: ClassV | FuncV, f: () => void): void {
    const prev = this.dead;
    if (!this.importable(v)) this.dead = true;
    try {
      f();
    } finally {
      this.dead = prev;
    }
  }

  private importable(v: ClassV | FuncV): boolean {
    const rec = this.modules.get(v.module);
    if (!rec) return true;
    // CommonJS `module.exports = {...}` / `exports.x = ...`: whatever it holds can be imported.
    const cjs = rec.cjs?.props.get('exports');
    if (cjs && (cjs.kind !== 'obj' || cjs.open || [...cjs.props.values()].includes(v))) return true;
    const names = [...rec.scope.vars].filter(([, x]) => x === v).map(([n]) => n);
    if (v.lang === 'py') return names.some((n) => !n.startsWith('_'));
    return [...rec.exports.values()].some((e) => e.value === v || (e.local !== undefined && names.includes(e.local)));
  }

  /**
   * An unexpected exception while evaluating a module or a swept function costs only that module's
   * remaining statements: it is recorded for the file and evaluation goes on. Budget and time stops
   * (and stack overflows, which the pipeline handles per file) still end the evaluation.
   */
  private contain(err: unknown, path: string): void {
    if (err instanceof BudgetExhausted || err instanceof TimeLimitReached || (err instanceof RangeError && /call stack/i.test(err.message))) throw err;
    this.errors.push({ file: path, message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }

  private withModule<T>(path: string, lang: Lang, f: () => T): T {
    const sl = this.curLang;
    const sm = this.curModule;
    this.curLang = lang;
    this.curModule = path;
    try {
      return f();
    } catch (err) {
      this.contain(err, path);
      return undefined as T;
    } finally {
      this.curLang = sl;
      this.curModule = sm;
    }
  }

  private sweepConstruct(cls: ClassV): void {
    const ctor = this.findCtor(cls);
    const at = this.atOf(cls.node, cls.module);
    const args = ctor?.func
      ? this.unknownArgs(ctor.func, cls.lang, cls.lang === 'py')
      : { pos: [], kw: new Map(), openPos: true, openKw: true, at };
    this.construct(cls, args, at);
  }

  /** Unknown arguments for a function called by the sweep: each parameter is `param:<name>`. */
  private unknownArgs(fn: Func, lang: Lang, skipSelf: boolean): CallArgs {
    const at: At = { f: this.curModule, s: fn.s, e: fn.e };
    const pos: Value[] = [];
    fn.params.forEach((p, i) => {
      if (skipSelf && i === 0 && lang === 'py') return;
      if (p.rest || p.kwrest) return;
      const name = p.target.k === 'ident' ? p.target.name : `arg${i}`;
      pos.push(unknown(`param:${name}`, at));
    });
    return { pos, kw: new Map(), openPos: true, openKw: true, at };
  }

  // ---------------------------------------------------------------- budget and context

  private tick(): void {
    budget().poll();
    if (++this.steps > this.opts.maxSteps) {
      if (!this.exhausted) {
        this.exhausted = true;
        this.host.onEvent({
          kind: 'budget-exhausted',
          at: { f: this.curModule, s: 0, e: 0 },
          detail: `stopped after ${this.opts.maxSteps} evaluation steps`,
          reached: this.reached,
        });
      }
      throw new BudgetExhausted();
    }
  }

  private atOf(node: { s: number; e: number }, file = this.curModule): At {
    return { f: file, s: node.s, e: node.e };
  }

  context(at: At): CallContext {
    return {
      at,
      lang: this.curLang,
      inLoop: this.loopDepth > 0,
      conditional: this.condDepth > 0,
      inApply: this.applyDepth > 0,
      ...(this.applyResources.length ? { applyResources: [...new Set(this.applyResources.flat())] } : {}),
      reached: this.reached,
      ...(this.dead ? { dead: true } : {}),
      ...(this.catching.length ? { catching: this.catching.toReversed().flat() } : {}),
      frames: this.frames,
      call: (fn, args) => this.call(fn, args, at),
    };
  }

  event(kind: EvalEventKind, at: At, detail?: string, value?: Value, path?: string): void {
    this.host.onEvent({ kind, at, ...(detail !== undefined ? { detail } : {}), ...(value ? { value } : {}), ...(path !== undefined ? { path } : {}), reached: this.reached });
  }

  /** A relative import (TS, or Python with leading dots) that found its file only by the resolver's base-name fallback. */
  private noteInexact(spec: string, resolved: string, at: At, level = 0): void {
    if (this.curLang === 'py' && level === 0) return;
    if (this.resolver.resolveExact && this.resolver.resolveExact(spec, this.curModule, this.curLang, level) === undefined) {
      this.event('inexact-import', at, this.curLang === 'py' ? `${'.'.repeat(level)}${spec}` : spec, undefined, resolved);
    }
  }

  // ---------------------------------------------------------------- statements

  private execBlock(body: Stmt[], scope: Scope, mod?: ModuleRec): Completion {
    // Hoist function declarations (both languages allow calls before the definition text in TS;
    // Python only at run time, but hoisting is harmless there).
    for (const st of body) {
      if (st.k === 'funcdecl' && this.curLang === 'ts') this.declare(scope, st.name, this.makeFunc(st.func, scope, st.name));
    }
    for (const st of body) {
      const c = this.exec(st, scope, mod);
      if (c) return c;
    }
    return undefined;
  }

  private exec(st: Stmt, scope: Scope, mod?: ModuleRec): Completion {
    this.tick();
    switch (st.k) {
      case 'var':
        for (const d of st.decls) {
          const v = d.init ? this.eval(d.init, scope) : ABSENT;
          this.bind(d.target, v, scope, st.kind === 'var' ? 'var' : 'let');
          if (st.exported && mod) this.exportPattern(mod, d.target);
          else if (d.target.k === 'ident') {
            const declScope = st.kind === 'var' ? scope.functionScope() : scope;
            this.track(declScope, d.target.name, 'var', this.atOf(d.target), v);
          }
        }
        return undefined;
      case 'expr':
        this.eval(st.expr, scope);
        return undefined;
      case 'if':
        return this.execIf(st.test, st.then, st.else, scope);
      case 'forof':
        return this.execForOf(st, scope);
      case 'forc':
        return this.execForC(st, scope);
      case 'while':
        return this.execWhile(st, scope);
      case 'return': {
        const value = st.value ? this.eval(st.value, scope) : ABSENT;
        return { type: 'return', value };
      }
      case 'break':
        return { type: 'break' };
      case 'continue':
        return { type: 'continue' };
      case 'throw':
        if (st.value) this.eval(st.value, scope);
        return { type: 'throw' };
      case 'try': {
        if (st.handlers.length) this.catching.push(st.handlers.flatMap((h) => h.catches ?? ['*']));
        let c: Completion;
        try {
          c = this.execBlock(st.body, this.blockScope(scope));
        } finally {
          if (st.handlers.length) this.catching.pop();
        }
        if (c?.type === 'throw') {
          // The error path: run the first handler (it usually logs or rethrows).
          const h = st.handlers[0];
          if (h) {
            const hs = this.blockScope(scope);
            if (h.param) this.bind(h.param, unknown('exception'), hs, 'let');
            const hc = this.execBlock(h.body, hs);
            if (hc) return hc;
          }
        } else if (c) {
          if (st.finally) this.execBlock(st.finally, this.blockScope(scope));
          return c;
        } else if (st.orelse) {
          const oc = this.execBlock(st.orelse, this.blockScope(scope));
          if (oc) return oc;
        }
        if (st.finally) return this.execBlock(st.finally, this.blockScope(scope));
        return undefined;
      }
      case 'funcdecl': {
        const f = this.makeFunc(st.func, scope, st.name);
        if (this.curLang === 'py') this.assignName(st.name, this.decorate(f, st.func.decorators, scope), scope);
        else this.declare(scope, st.name, f);
        if (mod && st.exported) mod.exports.set(st.exportDefault ? 'default' : st.name, { local: st.name });
        return undefined;
      }
      case 'classdecl': {
        const c = this.makeClass(st.cls, scope, st.name);
        if (this.curLang === 'py') this.assignName(st.name, c, scope);
        else this.declare(scope, st.name, c);
        if (mod && st.exported) mod.exports.set(st.exportDefault ? 'default' : st.name, { local: st.name });
        return undefined;
      }
      case 'import':
        this.execImport(st, scope, mod);
        return undefined;
      case 'export':
        if (mod) this.execExport(st, scope, mod);
        return undefined;
      case 'with':
        for (const it of st.items) {
          const v = this.eval(it.value, scope);
          if (it.target) this.bind(it.target, v, scope, 'assign');
        }
        return this.execBlock(st.body, this.blockScope(scope));
      case 'block':
        return this.execBlock(st.body, this.blockScope(scope));
      case 'nop':
        return undefined;
    }
  }

  private blockScope(scope: Scope): Scope {
    // Python has no block scopes: bodies of if/for/while run in the function scope.
    return this.curLang === 'py' ? scope : new Scope(scope, false);
  }

  private execIf(testE: Expr, thenB: Stmt[], elseB: Stmt[] | undefined, scope: Scope): Completion {
    const test = this.eval(testE, scope);
    const t = truthy(test, this.curLang);
    if (t === true) return this.execBlock(thenB, this.blockScope(scope));
    if (t === false) return elseB ? this.execBlock(elseB, this.blockScope(scope)) : undefined;
    // Unknown condition: run both branches, each from the same starting state, then join.
    const runBranch = (body: Stmt[] | undefined) => {
      const j = new Journal(nextScopeSerial());
      this.journals.push(j);
      this.condDepth++;
      let c: Completion;
      try {
        c = body ? this.execBlock(body, this.blockScope(scope)) : undefined;
      } finally {
        this.condDepth--;
        this.journals.pop();
      }
      if (c?.type === 'return') this.frames[this.frames.length - 1]?.pendingReturns.push(c.value);
      return j.collectAndRestore();
    };
    const a = runBranch(thenB);
    const b = runBranch(elseB);
    const keys = new Map<Scope, Set<string>>();
    for (const m of [a, b]) for (const [s, names] of m) for (const n of names.keys()) (keys.get(s) ?? keys.set(s, new Set()).get(s)!).add(n);
    for (const [s, names] of keys) {
      for (const n of names) {
        const before = s.vars.get(n);
        const va = a.get(s)?.has(n) ? a.get(s)!.get(n) : before;
        const vb = b.get(s)?.has(n) ? b.get(s)!.get(n) : before;
        this.writeVar(s, n, joinValues(va ?? ABSENT, vb ?? ABSENT));
      }
    }
    return undefined;
  }

  /** Iterate a loop body over items; handles break/continue/return. */
  private loopOver(items: Value[], each: (item: Value) => Completion): Completion {
    this.loopDepth++;
    try {
      for (const item of items) {
        const c = each(item);
        if (!c || c.type === 'continue') continue;
        if (c.type === 'break') break;
        return c;
      }
    } finally {
      this.loopDepth--;
    }
    return undefined;
  }

  private execForOf(st: Extract<Stmt, { k: 'forof' }>, scope: Scope): Completion {
    const iterV = this.eval(st.iter, scope);
    const at = this.atOf(st.iter);
    let items: Value[];
    let open = false;
    if (st.mode === 'in') {
      if (iterV.kind === 'obj') {
        items = [...iterV.props.keys()].map((k) => known(k));
        open = !!iterV.open;
      } else if (iterV.kind === 'list') {
        items = iterV.items.map((_, i) => known(String(i)));
        open = !!iterV.open;
      } else {
        items = [];
        open = true;
      }
    } else {
      // An Output is not iterable (TS2488; Python TypeError): the loop needs the value inside `apply`.
      if (iterV.kind === 'output' && !iterV.promise) this.event('output-iterated', at, undefined, iterV);
      const it = this.iterate(iterV, at);
      items = it?.items ?? [];
      open = it ? it.open : true;
    }
    const run = (item: Value): Completion => {
      const s = this.curLang === 'py' ? scope : new Scope(scope, false);
      this.bind(st.target, item, s, st.declare ? 'let' : 'assign');
      return this.execBlock(st.body, s);
    };
    const c = this.loopOver(items, run);
    if (c) return c;
    if (open) {
      // More elements than we know: one more pass with an unknown element, as a conditional.
      this.condDepth++;
      this.openIterDepth++;
      try {
        const c2 = this.loopOver([unknown(`element:${describeIter(iterV)}`, at)], run);
        if (c2?.type === 'return') this.frames[this.frames.length - 1]?.pendingReturns.push(c2.value);
      } finally {
        this.condDepth--;
        this.openIterDepth--;
      }
    }
    if (st.orelse) return this.execBlock(st.orelse, scope);
    return undefined;
  }

  /** Decide a loop test; unknowns with a default are decided by the default (an estimate). */
  private loopTest(v: Value): boolean | undefined {
    const t = truthy(v, this.curLang);
    if (t !== undefined) return t;
    if (v.kind === 'unknown' && v.default) return truthy(v.default, this.curLang);
    return undefined;
  }

  private execForC(st: Extract<Stmt, { k: 'forc' }>, scope: Scope): Completion {
    const s = new Scope(scope, false);
    if (st.init) this.exec(st.init, s);
    this.loopDepth++;
    try {
      for (let i = 0; i < this.opts.maxUnroll; i++) {
        let t: boolean | undefined = true;
        if (st.test) t = this.loopTest(this.eval(st.test, s));
        if (t === false) break;
        if (t === undefined) {
          this.condDepth++;
          this.openIterDepth++;
        }
        let c: Completion;
        try {
          // Each iteration gets its own copy of the loop variables, as `let` does in JS.
          c = this.execBlock(st.body, new Scope(s, false));
        } finally {
          if (t === undefined) {
            this.condDepth--;
            this.openIterDepth--;
          }
        }
        if (c?.type === 'break') break;
        if (c?.type === 'return') return c;
        if (t === undefined) break;
        if (st.update) this.eval(st.update, s);
      }
    } finally {
      this.loopDepth--;
    }
    return undefined;
  }

  private execWhile(st: Extract<Stmt, { k: 'while' }>, scope: Scope): Completion {
    this.loopDepth++;
    try {
      for (let i = 0; i < this.opts.maxUnroll; i++) {
        let t: boolean | undefined = true;
        if (!(st.doWhile && i === 0)) t = this.loopTest(this.eval(st.test, scope));
        if (t === false) break;
        if (t === undefined) {
          this.condDepth++;
          this.openIterDepth++;
        }
        let c: Completion;
        try {
          c = this.execBlock(st.body, this.blockScope(scope));
        } finally {
          if (t === undefined) {
            this.condDepth--;
            this.openIterDepth--;
          }
        }
        if (c?.type === 'break') break;
        if (c?.type === 'return') return c;
        if (t === undefined) break;
      }
    } finally {
      this.loopDepth--;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- imports and exports

  private execImport(st: Extract<Stmt, { k: 'import' }>, scope: Scope, mod?: ModuleRec): void {
    if (st.typeOnly) return;
    this.bindImport(st, scope, mod);
    // Re-exports are what an __init__.py is for; pylint does not report them either.
    if (this.curModule.endsWith('__init__.py')) return;
    for (const n of st.names) {
      if (n.local === '*') continue;
      const v = scope.vars.get(n.local);
      if (v) this.track(scope, n.local, 'import', this.atOf(st), v);
    }
  }

  private bindImport(st: Extract<Stmt, { k: 'import' }>, scope: Scope, mod?: ModuleRec): void {
    const at = this.atOf(st);
    const lang = this.curLang;
    const localPath = this.resolver.resolve(st.module, this.curModule, lang, st.level);
    // Pulumi runs the entry file as `__main__` outside any package: a relative import there has no parent.
    if (lang === 'py' && (st.level ?? 0) > 0 && this.order[0] === this.curModule && this.reached) this.event('relative-import-in-main', at, `${'.'.repeat(st.level!)}${st.module}`);
    // `./lib/tap-stack.ts`: TypeScript refuses a `.ts` ending without `allowImportingTsExtensions` (TS5097).
    if (lang === 'ts' && !st.typeOnly && /^\.\.?\//.test(st.module) && /\.[mc]?tsx?$/.test(st.module) && !/\.d\.[mc]?ts$/.test(st.module)) this.event('ts-extension-import', at, st.module);
    if (localPath !== undefined) {
      this.noteInexact(st.module, localPath, at, st.level ?? 0);
      const target = this.loadModule(localPath, this.reached);
      if (target) this.checkImportedNames(st, target, at);
      for (const n of st.names) {
        if (n.imported === '*') {
          if (n.local === '*') {
            for (const [k, v] of this.moduleExports(localPath)) if (!k.startsWith('_')) this.declare(scope, k, v);
          } else if (st.pyDotted) {
            this.declare(scope, n.local, { kind: 'module', path: st.module.split('.')[0]!, pkg: true });
          } else {
            this.declare(scope, n.local, target && target.cjs && lang === 'ts' && this.cjsReplaced(target) ? target.cjs.props.get('exports')! : { kind: 'module', path: localPath });
          }
        } else if (n.imported === 'default') {
          this.declare(scope, n.local, this.readExport(localPath, 'default', at));
        } else {
          this.declare(scope, n.local, this.readExport(localPath, n.imported, at));
        }
      }
      void mod;
      return;
    }
    // Python `from pkg import submodule` where pkg is a program package.
    if (lang === 'py') {
      const base = st.module;
      let handled = true;
      for (const n of st.names) {
        const sub = this.resolver.resolve(base ? `${base}.${n.imported}` : n.imported, this.curModule, lang, st.level);
        if (sub !== undefined && n.imported !== '*') {
          this.loadModule(sub, this.reached);
          this.declare(scope, n.local, { kind: 'module', path: sub });
        } else handled = false;
      }
      if (handled && st.names.length > 0) return;
      // `from pkg.mod import x` where `pkg` is one of the program's packages: `mod` is the program's too.
      const parent = base.includes('.') ? base.slice(0, base.lastIndexOf('.')).replace(/\./g, '/') : '';
      if ((st.level ?? 0) > 0 || this.resolver.isPackage?.(base.replace(/\./g, '/')) || (parent && this.resolver.isPackage?.(parent))) {
        this.event('unresolved-import', at, st.module || '.');
        for (const n of st.names) if (n.local !== '*') this.declare(scope, n.local, unknown(`import:${st.module}.${n.imported}`, at));
        return;
      }
    }
    if (lang === 'ts' && (st.module.startsWith('.') || st.module.startsWith('/'))) {
      this.event('unresolved-import', at, st.module);
      for (const n of st.names) this.declare(scope, n.local, unknown(`import:${st.module}:${n.imported}`, at));
      return;
    }
    // External package.
    this.event('import', at, st.module);
    for (const n of st.names) {
      let v: Value | undefined;
      if (lang === 'py' && st.pyDotted) {
        const root = st.module.split('.')[0]!;
        v = this.externalModule(root, lang);
        if (!v) v = unknown(`import:${root}`, at);
        this.declare(scope, n.local, v);
        continue;
      }
      const m = this.externalModule(st.module, lang);
      if (!m) {
        if (n.local !== '*') this.declare(scope, n.local, unknown(`import:${st.module}${n.imported === '*' ? '' : '.' + n.imported}`, at));
        else this.openStar.add(this.curModule);
        continue;
      }
      if (n.imported === '*') {
        if (n.local === '*') {
          // `from pulumi_aws import *`: names resolve lazily via implicit packages
          this.openStar.add(this.curModule);
          continue;
        }
        v = m;
      } else if (n.imported === 'default' && lang === 'ts') {
        // Evaluated as the module itself; whether the package has a default export is the rules' call.
        this.event('default-import', at, st.module);
        v = m;
      } else {
        v = this.getMember(m, n.imported, at);
        if (v.kind === 'absent' && lang === 'py') {
          const sub = this.externalModule(`${st.module}.${n.imported}`, lang);
          if (sub) v = sub;
        }
      }
      this.declare(scope, n.local, v);
    }
  }

  /**
   * Names an import takes from one of the program's modules that the module does not give: not
   * exported (TS), not bound at its top level (Python), or not bound yet because the module is
   * still running when it is imported again (a Python import cycle).
   */
  private checkImportedNames(st: Extract<Stmt, { k: 'import' }>, target: ModuleRec, at: At): void {
    const names = st.names.filter((n) => n.imported !== '*' && !(st.pyDotted && this.curLang === 'py'));
    if (names.length === 0) return;
    if (this.errors.some((e) => e.file === target.path)) return;
    if (target.lang === 'ts') {
      const surface = target.ir.exportSurface;
      // A block that exports nothing is an excerpt of the module, not the module.
      if (target.state !== 'done' || !surface || surface.open || surface.exported.length === 0 || this.curLang !== 'ts') return;
      if (this.resolver.resolveExact && this.resolver.resolveExact(st.module, this.curModule, 'ts', 0) === undefined) return;
      for (const n of names) {
        if (this.tsExports(target, n.imported, new Set())) continue;
        this.event('missing-export', at, `${n.imported}\u0000${surface.local.includes(n.imported) ? 'local' : 'none'}`, undefined, target.path);
      }
      return;
    }
    if (this.curLang !== 'py' || target.ir.dynamicNames || this.openStar.has(target.path) || target.state === 'new') return;
    // A block that defines no function or class is an excerpt of the module (or a package marker).
    if (!target.ir.body.some((st) => st.k === 'funcdecl' || st.k === 'classdecl') && !target.path.endsWith('__init__.py')) return;
    for (const n of names) {
      if (target.scope.vars.has(n.imported)) continue;
      // `from package import submodule`
      if (target.path.endsWith('__init__.py') && this.resolver.resolve(n.imported, target.path, 'py', 1) !== undefined) continue;
      if (target.state === 'loading') {
        // Python runs the module up to the import that came back to it: later names do not exist yet.
        if (this.reached && bindsAtTopLevel(target.ir.body, n.imported)) this.event('missing-export', at, `${n.imported}\u0000cycle`, undefined, target.path);
        continue;
      }
      // A name bound in a branch the evaluator did not take is not known to be missing.
      if (!bindsAtTopLevel(target.ir.body, n.imported)) this.event('missing-export', at, `${n.imported}\u0000none`, undefined, target.path);
    }
  }

  private tsExports(rec: ModuleRec, name: string, seen: Set<string>): boolean {
    if (seen.has(rec.path)) return false;
    seen.add(rec.path);
    const surface = rec.ir.exportSurface;
    if (!surface || surface.open || rec.state !== 'done' || surface.exported.includes(name) || rec.exports.has(name)) return true;
    return rec.starFrom.some((sf) => this.tsExports(sf, name, seen));
  }

  private cjsReplaced(rec: ModuleRec): boolean {
    const e = rec.cjs?.props.get('exports');
    return !!e && e.kind === 'obj' && (e.props.size > 0 || e !== rec.scope.vars.get('exports'));
  }

  private externalModule(spec: string, lang: Lang): Value | undefined {
    return stdModule(spec, lang) ?? this.host.importExternal(spec, lang);
  }

  private exportPattern(mod: ModuleRec, p: Pattern): void {
    if (p.k === 'ident') mod.exports.set(p.name, { local: p.name });
    else if (p.k === 'objpat') for (const pr of p.props) this.exportPattern(mod, pr.value);
    else if (p.k === 'arrpat') for (const el of p.elems) if (el) this.exportPattern(mod, el);
  }

  private execExport(st: Extract<Stmt, { k: 'export' }>, scope: Scope, mod: ModuleRec): void {
    if (st.defaultExpr) {
      const value = this.eval(st.defaultExpr, scope);
      mod.exports.set('default', { value });
      if (st.equals) mod.exportEquals = value;
      return;
    }
    const from = st.from !== undefined ? this.resolver.resolve(st.from, this.curModule, 'ts') : undefined;
    if (from !== undefined) this.noteInexact(st.from!, from, this.atOf(st));
    const fromRec = from !== undefined ? this.loadModule(from, this.reached) : undefined;
    if (st.from !== undefined && !fromRec) {
      if (st.from.startsWith('.')) this.event('unresolved-import', this.atOf(st), st.from);
      return;
    }
    if (st.star) {
      if (fromRec) mod.starFrom.push(fromRec);
      return;
    }
    for (const n of st.names ?? []) {
      if (fromRec) mod.exports.set(n.exported, n.local === '*' ? { value: { kind: 'module', path: fromRec.path } } : { from: fromRec, name: n.local });
      else {
        mod.exports.set(n.exported, { local: n.local });
        this.markRead(scope.lookupScope(n.local), n.local);
      }
    }
  }

  private readExport(path: string, name: string, at: At, seen = new Set<string>()): Value {
    const rec = this.modules.get(path);
    if (!rec || seen.has(path)) return unknown(`import:${path}:${name}`, at);
    seen.add(path);
    if (rec.lang === 'py') {
      const v = rec.scope.vars.get(name);
      if (v) {
        this.markRead(rec.scope, name);
        return v;
      }
      const sub = this.resolver.resolve(name, path, 'py', 1);
      if (sub !== undefined && path.endsWith('__init__.py')) {
        this.loadModule(sub, this.reached);
        return { kind: 'module', path: sub };
      }
      return rec.state === 'loading' ? unknown(`import:${path}:${name}`, at) : unknown(`import:${path}:${name}`, at);
    }
    const ex = rec.exports.get(name);
    if (ex) {
      if (ex.value) return ex.value;
      if (ex.from) return this.readExport(ex.from.path, ex.name!, at, seen);
      if (ex.local) return rec.scope.vars.get(ex.local) ?? unknown(`import:${path}:${name}`, at);
    }
    for (const sf of rec.starFrom) {
      const v = this.readExport(sf.path, name, at, seen);
      if (v.kind !== 'unknown') return v;
    }
    // CommonJS
    const cjs = rec.cjs?.props.get('exports');
    if (cjs?.kind === 'obj') {
      if (name === 'default' && this.cjsReplaced(rec)) return cjs;
      const v = cjs.props.get(name);
      if (v) return v;
    }
    return unknown(`import:${path}:${name}`, at);
  }

  private moduleExports(path: string): Map<string, Value> {
    const rec = this.modules.get(path);
    const out = new Map<string, Value>();
    if (!rec) return out;
    const at: At = { f: path, s: 0, e: 0 };
    if (rec.lang === 'py') {
      for (const [k, v] of rec.scope.vars) {
        if (k.startsWith('__')) continue;
        out.set(k, v);
        this.markRead(rec.scope, k);
      }
      return out;
    }
    for (const sf of rec.starFrom) for (const [k, v] of this.moduleExports(sf.path)) if (k !== 'default') out.set(k, v);
    for (const k of rec.exports.keys()) out.set(k, this.readExport(path, k, at));
    const cjs = rec.cjs?.props.get('exports');
    if (cjs?.kind === 'obj') for (const [k, v] of cjs.props) if (!out.has(k)) out.set(k, v);
    return out;
  }

  // ---------------------------------------------------------------- variables

  private declare(scope: Scope, name: string, v: Value): void {
    this.writeVar(scope, name, v);
  }

  private writeVar(scope: Scope, name: string, v: Value): void {
    for (const j of this.journals) j.note(scope, name);
    scope.vars.set(name, v);
  }

  /** Assignment to a plain name: the declaring scope, or (Python) the function scope. */
  private assignName(name: string, v: Value, scope: Scope): void {
    if (this.curLang === 'py') {
      const fs = scope.functionScope();
      if (fs.outerNames?.has(name)) {
        const outer = fs.parent?.lookupScope(name) ?? this.moduleScope(fs);
        this.writeVar(outer, name, v);
        return;
      }
      this.writeVar(fs, name, v);
      return;
    }
    const s = scope.lookupScope(name) ?? this.moduleScope(scope);
    this.writeVar(s, name, v);
  }

  private moduleScope(scope: Scope): Scope {
    let s = scope;
    while (s.parent) s = s.parent;
    return s;
  }

  private lookup(name: string, scope: Scope, at: At): Value {
    const s = scope.lookupScope(name);
    this.markRead(s, name);
    let v: Value | undefined = s?.vars.get(name);
    if (v === undefined) v = this.globalOf(name);
    if (v === undefined) {
      const spec = this.opts.implicitPackages?.[`${this.curLang}:${name}`];
      const [pkg, member] = spec ? spec.split('#') : [];
      let ext = pkg ? this.externalModule(pkg, this.curLang) : undefined;
      if (ext && member) ext = this.getMember(ext, member, at);
      if (ext) {
        this.event('implicit-package', at, name);
        this.declare(this.moduleScope(scope), name, ext);
        v = ext;
      } else {
        this.event('undefined-name', at, name);
        v = unknown(`undefined:${name}`, at);
      }
    }
    return this.tagByName(v, name);
  }

  private globalOf(name: string): Value | undefined {
    let g = this.globals.get(this.curLang);
    if (!g) {
      g = makeGlobals(this.curLang);
      this.globals.set(this.curLang, g);
    }
    return g.get(name);
  }

  private tagByName(v: Value, name: string): Value {
    const re = this.opts.tagNames;
    if (re && re.test(name)) return withTaint(v, [`name:${name}`]);
    return v;
  }

  // ---------------------------------------------------------------- patterns

  /** Bind a value to a pattern. mode: `let`/`var` declare, `assign` assigns. */
  private bind(p: Pattern, v: Value, scope: Scope, mode: 'let' | 'var' | 'assign'): void {
    switch (p.k) {
      case 'ident':
        if (mode === 'assign') this.assignName(p.name, v, scope);
        else if (mode === 'var' && this.curLang === 'ts') this.declare(scope.functionScope(), p.name, v);
        else this.declare(scope, p.name, v);
        return;
      case 'member': {
        const o = this.eval(p.obj, scope);
        this.setMember(o, p.prop, v);
        return;
      }
      case 'index': {
        const o = this.eval(p.obj, scope);
        const i = this.eval(p.index, scope);
        this.setIndex(o, i, v);
        return;
      }
      case 'objpat': {
        const used = new Set<string>();
        for (const pr of p.props) {
          const key = typeof pr.key === 'string' ? pr.key : scalarString(this.eval(pr.key, scope), this.curLang);
          let val: Value = key === undefined ? unknown('destructure') : this.getMember(v, key, this.atOf(p));
          if (key !== undefined) used.add(key);
          if (pr.default && (val.kind === 'absent')) val = this.eval(pr.default, scope);
          else if (pr.default && val.kind === 'unknown' && !val.default) val = { ...val, default: this.eval(pr.default, scope) };
          this.bind(pr.value, key !== undefined ? this.tagByName(val, key) : val, scope, mode);
        }
        if (p.rest) {
          const r = obj();
          if (v.kind === 'obj') for (const [k, x] of v.props) if (!used.has(k)) r.props.set(k, x);
          if (v.kind !== 'obj' || v.open) r.open = true;
          this.bind(p.rest, r, scope, mode);
        }
        return;
      }
      case 'arrpat': {
        const at = this.atOf(p);
        const it = this.iterate(v, at);
        p.elems.forEach((el, i) => {
          if (!el) return;
          let val: Value = it ? (it.items[i] ?? (it.open ? unknown(`element:${i}`, at) : ABSENT)) : this.getIndex(v, known(i), at);
          const d = p.defaults?.[i];
          if (d && val.kind === 'absent') val = this.eval(d, scope);
          this.bind(el, val, scope, mode);
        });
        if (p.rest) {
          const rest = it ? list(it.items.slice(p.elems.length), at) : list([], at);
          if (!it || it.open) rest.open = true;
          this.bind(p.rest, rest, scope, mode);
        }
        return;
      }
      case 'unsupported':
        return;
    }
  }

  private setMember(o: Value, prop: string, v: Value): void {
    if (o.kind === 'obj') {
      if (isEnvObject(o)) return;
      o.props.set(prop, v);
      grew(o, v);
    } else if (o.kind === 'class') {
      o.statics.set(prop, v);
    } else if (o.kind === 'module') {
      const rec = this.modules.get(o.path);
      if (rec) rec.scope.vars.set(prop, v);
    }
  }

  private setIndex(o: Value, i: Value, v: Value): void {
    if (o.kind === 'list') {
      const n = knownNumber(i);
      if (this.openIterDepth > 0) o.open = true;
      if (n !== undefined && n >= 0 && n < 10_000) {
        while (o.items.length < n) o.items.push(ABSENT);
        o.items[n] = v;
        grew(o, v);
      } else o.open = true;
      return;
    }
    if (o.kind === 'obj') {
      const k = scalarString(i, this.curLang);
      if (k !== undefined) {
        o.props.set(k, v);
        if (o.props.size > budget().limits.items) {
          budget().cut('items', o.at);
          o.props.clear();
          o.open = true;
        } else grew(o, v);
      } else {
        if (i.kind === 'output') this.event('output-as-key', i.at ?? o.at ?? { f: this.curModule, s: 0, e: 0 }, undefined, i);
        o.open = true;
      }
    }
  }

  // ---------------------------------------------------------------- expressions

  eval(e: Expr, scope: Scope): Value {
    this.tick();
    switch (e.k) {
      case 'lit':
        if (e.regex) return regexValue(e.regex.source, e.regex.flags, this.atOf(e));
        return e.value === undefined ? ABSENT : literalValue(e.value, this.atOf(e));
      case 'ident':
        return this.lookup(e.name, scope, this.atOf(e));
      case 'this':
        return scope.lexicalThis() ?? unknown('this', this.atOf(e));
      case 'super': {
        const f = this.frames[this.frames.length - 1];
        const home = f?.fn?.home;
        const self = scope.lexicalThis();
        return home && self ? { kind: 'super', self, home } : unknown('super', this.atOf(e));
      }
      case 'template':
        return this.evalTemplate(e, scope);
      case 'binary':
        return this.evalBinary(e.op, this.eval(e.left, scope), this.eval(e.right, scope), this.atOf(e), [this.atOf(e.left), this.atOf(e.right)]);
      case 'logical':
        return this.evalLogical(e, scope);
      case 'unary':
        return this.evalUnary(e, scope);
      case 'cond': {
        const t = truthy(this.eval(e.test, scope), this.curLang);
        if (t === true) return this.eval(e.then, scope);
        if (t === false) return this.eval(e.else, scope);
        this.condDepth++;
        try {
          return joinValues(this.eval(e.then, scope), this.eval(e.else, scope));
        } finally {
          this.condDepth--;
        }
      }
      case 'member': {
        // Python `Color.RED.value` / `.name` of a member of a program Enum class (members read as their values).
        if (this.curLang === 'py' && (e.prop === 'value' || e.prop === 'name') && e.obj.k === 'member' && (e.obj.obj.k === 'ident' || e.obj.obj.k === 'member')) {
          const cls = this.eval(e.obj.obj, scope);
          if (cls.kind === 'class' && isEnumClass(cls) && cls.statics.has(e.obj.prop)) {
            return e.prop === 'value' ? cls.statics.get(e.obj.prop)! : known(e.obj.prop, this.atOf(e));
          }
        }
        const o = this.eval(e.obj, scope);
        if (e.optional && (o.kind === 'absent' || (o.kind === 'known' && o.value === null))) return ABSENT;
        // `config.get('env').toLowerCase()`: the getter may give undefined (the host's config reads say which).
        if (this.curLang === 'ts' && !e.optional && e.obj.k === 'call' && ((o.kind === 'unknown' && o.why.startsWith('config:')) || (o.kind === 'output' && o.optional))) this.event('optional-config-member', this.atOf(e), e.prop);
        return this.tagByName(this.getMember(o, e.prop, this.atOf(e)), e.prop);
      }
      case 'index': {
        const o = this.eval(e.obj, scope);
        const i = this.eval(e.index, scope);
        if (e.optional && (o.kind === 'absent' || (o.kind === 'known' && o.value === null))) return ABSENT;
        const v = this.getIndex(o, i, this.atOf(e));
        const key = knownString(i);
        return key !== undefined ? this.tagByName(v, key) : v;
      }
      case 'slice': {
        const o = this.eval(e.obj, scope);
        const lo = e.lower ? this.eval(e.lower, scope) : undefined;
        const hi = e.upper ? this.eval(e.upper, scope) : undefined;
        if (o.kind === 'list') return sliceList(o, lo, hi, this.atOf(e));
        const s = knownString(o);
        if (s !== undefined && !e.step) {
          const b = lo ? knownNumber(lo) : 0;
          const en = hi ? knownNumber(hi) : s.length;
          if (b !== undefined && en !== undefined) return known(s.slice(b, en), this.atOf(e));
        }
        return withTaint(unknown('slice', this.atOf(e)), o.taint);
      }
      case 'call':
        return this.evalCall(e, scope);
      case 'new':
        return this.evalNew(e, scope);
      case 'obj':
        return this.evalObj(e, scope);
      case 'arr': {
        const items: Value[] = [];
        let open = false;
        for (const it of e.items) {
          if (it.k === 'item') items.push(this.eval(it.value, scope));
          else if (it.k === 'hole') items.push(ABSENT);
          else {
            const v = this.eval(it.value, scope);
            const iter = this.iterate(v, this.atOf(e));
            if (iter) {
              items.push(...iter.items);
              if (iter.open) open = true;
            } else if (v.kind !== 'absent') open = true;
          }
        }
        const l = list(items, this.atOf(e));
        if (open) l.open = true;
        return measured(l);
      }
      case 'func':
        return this.makeFunc(e, scope, e.name);
      case 'class':
        return this.makeClass(e, scope, e.name ?? 'anonymous');
      case 'await': {
        const v = this.eval(e.arg, scope);
        if (v.kind === 'output') {
          if (v.promise) return v.inner;
          this.event('output-awaited', this.atOf(e), undefined, v);
        }
        return v;
      }
      case 'comp':
        return this.evalComp(e, scope);
      case 'assign':
        return this.evalAssign(e, scope);
      case 'seq': {
        let v: Value = ABSENT;
        for (const x of e.exprs) v = this.eval(x, scope);
        return v;
      }
      case 'unsupported':
        for (const c of e.children ?? []) this.eval(c, scope);
        // `budget:syntax`: a region too large to parse (src/frontends/budget.ts).
        return unknown(e.what.startsWith('budget:') ? e.what : `unsupported:${e.what}`, this.atOf(e));
    }
  }

  private evalTemplate(e: Template, scope: Scope): Value {
    const at = this.atOf(e);
    const parts: Value[] = [];
    let output: Value | undefined;
    const holes: TemplateHoleAt[] = [];
    for (const p of e.parts) {
      if (typeof p === 'string') {
        parts.push(known(p));
        continue;
      }
      holes.push({ at: this.atOf(p), expr: this.atOf(p.expr), ...(p.format !== undefined ? { format: p.format } : {}) });
      const v = this.eval(p.expr, scope);
      if (!output) output = findOutputShallow(v);
      // Python: `{x!r}`, `{n:03d}`, `{s:>10}` change the text; a nested field in the spec (`{x:{w}}`) is not modelled.
      if (p.format !== undefined && this.curLang === 'py') parts.push(p.format.includes('{') ? opaqueField(v) : pyFormatField(v, p.format));
      else parts.push(toStr(v, this.curLang));
    }
    const s = concatStrings(parts, this.curLang, at);
    // JSON text with holes inside its strings (a policy written as a template) keeps its structure.
    if (!e.tag) withJsonText(s, this.curLang);
    if (e.tag) {
      const tag = this.eval(e.tag, scope);
      if (tag.kind === 'ext') return this.host.call(tag, { pos: [s], kw: new Map([['__template__', known(true)]]), at }, this.context(at));
      return this.call(tag, [s], at);
    }
    if (output) this.host.onEvent({ kind: 'output-in-template', at, value: output, holes, reached: this.reached });
    return s;
  }

  /** `operands`: where the two sides are written, when they are (not for `+=`). */
  evalBinary(op: string, l: Value, r: Value, at: At, operands?: [At, At]): Value {
    const lang = this.curLang;
    if (COMPARISONS.has(op)) {
      // An Output compared with a plain value compares the wrapper, not what it will hold.
      const out = l.kind === 'output' ? l : r.kind === 'output' ? r : undefined;
      const other = out === l ? r : l;
      if (out && other.kind === 'known' && other.value !== null) this.event('output-compared', at, op, out);
    }
    if (op === '+') {
      const isStr = (v: Value) => v.kind === 'str' || (v.kind === 'known' && typeof v.value === 'string');
      if (l.kind === 'list' && r.kind === 'list' && lang === 'py') {
        if (l.items.length + r.items.length > budget().limits.items) {
          budget().cut('items', at);
          return unknown('budget:items', at);
        }
        const out = list([...l.items, ...r.items], at);
        if (l.open || r.open) out.open = true;
        return measured(out);
      }
      if (isStr(l) || isStr(r) || ((l.kind === 'output' || r.kind === 'output') && (isStr(l) || isStr(r) || l.kind === 'unknown' || r.kind === 'unknown'))) {
        const out = findOutputShallow(l) ?? findOutputShallow(r);
        if (out && (isStr(l) || isStr(r))) this.host.onEvent({ kind: 'output-in-concat', at, value: out, ...(operands ? { operands } : {}), reached: this.reached });
        return concatStrings([toStr(l, lang), toStr(r, lang)], lang, at);
      }
    }
    if (op === '%' && lang === 'py') {
      const f = knownString(l);
      if (f !== undefined) return withTaint(pyPercent(f, r, at), mergeTaint(l.taint, r.taint));
    }
    if (op === '*' && lang === 'py') {
      const s = knownString(l);
      const n = knownNumber(r);
      if (s !== undefined && n !== undefined && n < 1000) {
        if (s.length * n > 256 && !budget().string(s.length * n, at)) return unknown('budget:string', at);
        return known(s.repeat(n), at);
      }
      if (l.kind === 'list' && n !== undefined && n < 100) {
        const out: Value[] = [];
        for (let i = 0; i < n && out.length <= budget().limits.items; i++) out.push(...l.items);
        return measured(list(out, at));
      }
    }
    if (op === 'in' || op === 'not in') {
      const res = this.contains(r, l, at);
      if (op === 'not in') {
        const t = truthy(res, lang);
        return t === undefined ? res : known(!t, at);
      }
      return res;
    }
    if (l.kind === 'known' && r.kind === 'known') {
      const v = computeBinary(op, l.value, r.value, lang);
      if (v !== undefined) return known(v, at);
      return unknown(`binary:${op}`, at);
    }
    if (op === '===' || op === '==' || op === '!==' || op === '!=' || op === 'is' || op === 'is not') {
      const eq = equals(l, r);
      const neg = op === '!==' || op === '!=' || op === 'is not';
      if (eq !== undefined) return known(neg ? !eq : eq, at);
    }
    // Unknown operands: keep an estimate when the unknowns carry defaults.
    const dl = l.kind === 'unknown' ? l.default : l;
    const dr = r.kind === 'unknown' ? r.default : r;
    const why = l.kind === 'unknown' ? l.why : r.kind === 'unknown' ? r.why : `binary:${op}`;
    const res = unknown(why, at);
    if (dl && dr && (dl !== l || dr !== r) && dl.kind !== 'unknown' && dr.kind !== 'unknown') {
      res.default = this.evalBinary(op, dl, dr, at);
    }
    const taint = mergeTaint(l.taint, r.taint);
    if (taint) res.taint = taint;
    return res;
  }

  private contains(container: Value, x: Value, at: At): Value {
    if (container.kind === 'list') return containsValue(container, x, at);
    if (container.kind === 'obj') {
      const k = scalarString(x, this.curLang);
      if (k === undefined) return unknown('in', at);
      if (container.props.has(k)) return known(true, at);
      return container.open ? unknown('in', at) : known(false, at);
    }
    const s = knownString(container);
    const sub = knownString(x);
    if (s !== undefined && sub !== undefined) return known(s.includes(sub), at);
    return unknown('in', at);
  }

  private evalLogical(e: Extract<Expr, { k: 'logical' }>, scope: Scope): Value {
    const l = this.eval(e.left, scope);
    const lang = this.curLang;
    const at = this.atOf(e);
    if (e.op === '??') {
      if (l.kind === 'absent' || (l.kind === 'known' && l.value === null)) return this.eval(e.right, scope);
      if (l.kind === 'output' && l.optional && l.inner.kind === 'unknown') return { ...l, inner: this.withDefault(l.inner, this.evalConditionally(e.right, scope)) };
      if (l.kind !== 'unknown') return l;
      return this.withDefault(l, this.evalConditionally(e.right, scope));
    }
    const t = truthy(l, lang);
    if (e.op === '||') {
      if (t === true) return l;
      if (t === false) return this.eval(e.right, scope);
      const r = this.evalConditionally(e.right, scope);
      if (l.kind === 'unknown') return this.withDefault(l, r);
      if (l.kind === 'output' && l.optional && l.inner.kind === 'unknown') return { ...l, inner: this.withDefault(l.inner, r) };
      return joinValues(l, r);
    }
    if (t === false) return l;
    if (t === true) return this.eval(e.right, scope);
    const r = this.evalConditionally(e.right, scope);
    void at;
    return joinValues(l, r);
  }

  private evalConditionally(e: Expr, scope: Scope): Value {
    this.condDepth++;
    try {
      return this.eval(e, scope);
    } finally {
      this.condDepth--;
    }
  }

  /** `x || d`: x stays unknown (with its provenance), d becomes its default. */
  private withDefault(l: UnknownV, d: Value): Value {
    if (l.default) return { ...l, default: l.default.kind === 'unknown' ? this.withDefault(l.default, d) : l.default };
    return { ...l, default: d };
  }

  private evalUnary(e: Extract<Expr, { k: 'unary' }>, scope: Scope): Value {
    const at = this.atOf(e);
    if (e.op === 'delete') {
      if (e.arg.k === 'member') {
        const o = this.eval(e.arg.obj, scope);
        if (o.kind === 'obj') o.props.delete(e.arg.prop);
      }
      return known(true, at);
    }
    const v = this.eval(e.arg, scope);
    switch (e.op) {
      case '!': {
        const t = truthy(v, this.curLang);
        if (t !== undefined) return known(!t, at);
        if (v.kind === 'unknown' && v.default) {
          const d = truthy(v.default, this.curLang);
          return unknown(v.why, at, d !== undefined ? { default: known(!d) } : undefined);
        }
        return unknown(v.kind === 'unknown' ? v.why : 'not', at);
      }
      case '-': {
        const n = knownNumber(v);
        return n !== undefined ? known(-n, at) : unknown('neg', at);
      }
      case '+': {
        if (v.kind === 'known') return known(Number(v.value), at);
        return v.kind === 'unknown' ? v : unknown('plus', at);
      }
      case 'typeof': {
        if (v.kind === 'known') return known(v.value === null ? 'object' : typeof v.value, at);
        if (v.kind === 'absent') return known('undefined', at);
        if (v.kind === 'str') return known('string', at);
        if (v.kind === 'list' || v.kind === 'obj' || v.kind === 'output') return known('object', at);
        if (v.kind === 'func' || v.kind === 'class' || v.kind === 'builtin') return known('function', at);
        return unknown('typeof', at);
      }
      case 'void':
        return ABSENT;
      default:
        return unknown(`unary:${e.op}`, at);
    }
  }

  private evalAssign(e: Extract<Expr, { k: 'assign' }>, scope: Scope): Value {
    if (e.op === '=') {
      const v = this.eval(e.value, scope);
      this.bind(e.target, v, scope, 'assign');
      if (this.curLang === 'py' && e.target.k === 'ident') {
        // Python function locals (pylint's unused-variable); module-level names may be imported.
        const fs = scope.functionScope();
        if (fs.parent && !fs.outerNames?.has(e.target.name)) this.track(fs, e.target.name, 'local', this.atOf(e.target), v);
      }
      return v;
    }
    const target = e.target;
    const cur = target.k === 'ident' || target.k === 'member' || target.k === 'index' ? this.eval(target, scope) : unknown('assign');
    let v: Value;
    if (e.op === '||=' || e.op === '??=' || e.op === '&&=') {
      const op = e.op.slice(0, 2) as '||' | '??' | '&&';
      const t = truthy(cur, this.curLang);
      const nullish = cur.kind === 'absent' || (cur.kind === 'known' && cur.value === null);
      const keep = op === '||' ? t === true : op === '??' ? !nullish && cur.kind !== 'unknown' : t === false;
      if (keep) return cur;
      v = this.eval(e.value, scope);
    } else {
      const op = e.op.slice(0, -1);
      const rhs = this.eval(e.value, scope);
      if (op === '+' && cur.kind === 'list' && this.curLang === 'py') {
        // `xs += ys` extends in place in Python
        const it = this.iterate(rhs, this.atOf(e));
        if (it) cur.items.push(...it.items);
        if (!it || it.open) cur.open = true;
        return cur;
      }
      v = this.evalBinary(op, cur, rhs, this.atOf(e));
    }
    this.bind(target, v, scope, 'assign');
    return v;
  }

  private evalObj(e: Extract<Expr, { k: 'obj' }>, scope: Scope): Value {
    const o = obj(undefined, this.atOf(e));
    if (this.curLang === 'py') o.dict = true;
    if (e.layout) o.layout = fileLayout(e.layout, this.curModule);
    for (const en of e.entries) {
      if (en.k === 'prop') {
        if (o.keys?.has(en.key)) this.event('duplicate-key', { f: this.curModule, s: en.keyS, e: en.keyE }, en.key);
        o.props.set(en.key, this.eval(en.value, scope));
        (o.keys ??= new Map()).set(en.key, { written: en.key, at: { f: this.curModule, s: en.keyS, e: en.keyE } });
      } else if (en.k === 'computed') {
        const k = this.eval(en.key, scope);
        const v = this.eval(en.value, scope);
        const ks = scalarString(k, this.curLang);
        if (ks !== undefined) {
          o.props.set(ks, v);
          (o.keys ??= new Map()).set(ks, { written: ks, at: this.atOf(en.key) });
        } else {
          if (findOutputShallow(k)) this.event('output-as-key', this.atOf(en.key), undefined, k);
          o.open = true;
        }
      } else {
        const v = this.eval(en.value, scope);
        if (v.kind === 'obj') {
          for (const [k, x] of v.props) o.props.set(k, x);
          if (v.open) o.open = true;
        } else if (v.kind === 'list' && this.curLang === 'ts') {
          v.items.forEach((x, i) => o.props.set(String(i), x));
        } else if (v.kind === 'unknown' && v.default?.kind === 'obj') {
          for (const [k, x] of v.default.props) o.props.set(k, x);
          o.open = true;
        } else if (v.kind === 'output') {
          // Spreading an Output copies the Output object's own fields, not the value it will hold.
          this.event('output-as-object', this.atOf(en.value), 'spread', v);
          o.open = true;
        } else if (v.kind !== 'absent' && !(v.kind === 'known' && v.value === null)) {
          o.open = true;
        }
      }
    }
    return measured(o);
  }

  private evalComp(e: Extract<Expr, { k: 'comp' }>, scope: Scope): Value {
    const s = new Scope(scope, false);
    const at = this.atOf(e);
    const out: Value[] = [];
    const dict = obj(undefined, at);
    dict.dict = true;
    let open = false;
    const gen = (i: number): void => {
      if (i === e.fors.length) {
        if (e.flavor === 'dict') {
          const k = this.eval(e.elt, s);
          const v = this.eval(e.value!, s);
          const ks = scalarString(k, this.curLang);
          if (ks !== undefined) dict.props.set(ks, v);
          else {
            if (findOutputShallow(k)) this.event('output-as-key', this.atOf(e.elt), undefined, k);
            dict.open = true;
          }
        } else out.push(this.eval(e.elt, s));
        return;
      }
      const f = e.fors[i]!;
      const it = this.iterate(this.eval(f.iter, s), at);
      const items = it?.items ?? [];
      if (!it || it.open) open = true;
      const run = (item: Value) => {
        this.bind(f.target, item, s, 'let');
        for (const cond of f.ifs) {
          const t = truthy(this.eval(cond, s), this.curLang);
          if (t === false) return;
          if (t === undefined) open = true;
        }
        gen(i + 1);
      };
      this.loopDepth++;
      try {
        for (const item of items) run(item);
        if (!it || it.open) {
          this.condDepth++;
          this.openIterDepth++;
          try {
            run(unknown('element', at));
          } finally {
            this.condDepth--;
            this.openIterDepth--;
          }
        }
      } finally {
        this.loopDepth--;
      }
    };
    gen(0);
    if (e.flavor === 'dict') {
      if (open) dict.open = true;
      return measured(dict);
    }
    if (open) {
      // the extra unknown-element pass produced an element that may not exist
      const l = list(out, at);
      l.open = true;
      return measured(l);
    }
    return measured(list(out, at));
  }

  // ---------------------------------------------------------------- members

  getMember(o: Value, name: string, at: At): Value {
    switch (o.kind) {
      case 'known': {
        if (typeof o.value === 'string' && name === 'length' && this.curLang === 'ts') return known(o.value.length, at);
        return builtinMethod(o, name, this.curLang) ?? (this.curLang === 'ts' ? ABSENT : unknown(`attr:${name}`, at));
      }
      case 'absent':
        return ABSENT;
      case 'unknown': {
        if (o.alts) {
          const vs = o.alts.map((a) => this.getMember(a, name, at));
          return vs.reduce((x, y) => joinValues(x, y));
        }
        const res = unknown(`${o.why}.${name}`, at);
        if (o.default && o.default.kind !== 'absent') {
          const d = this.getMember(o.default, name, at);
          if (d.kind !== 'absent') res.default = d;
        }
        if (o.taint) res.taint = o.taint;
        return res;
      }
      case 'str':
        if (name === 'length') return unknown('length', at);
        return builtinMethod(o, name, this.curLang) ?? unknown(`attr:${name}`, at);
      case 'list': {
        if (name === 'length') return o.open ? unknown('length', at) : known(o.items.length, at);
        const m = builtinMethod(o, name, this.curLang);
        if (m) return m;
        if (/^\d+$/.test(name)) return o.items[Number(name)] ?? (o.open ? unknown('element', at) : ABSENT);
        return this.curLang === 'ts' ? ABSENT : unknown(`attr:${name}`, at);
      }
      case 'obj':
        return this.objMember(o, name, at);
      case 'output': {
        const m = builtinMethod(o, name, this.curLang);
        if (m) return m;
        // Property access on an Output is lifted (Output<T>.prop is Output<T[prop]>).
        const lifted: OutputV = { kind: 'output', src: `${o.src}.${name}`, inner: this.getMember(o.inner, name, at), at };
        if (o.resource !== undefined) lifted.resource = o.resource;
        if (o.promise) lifted.promise = true;
        if (o.taint) lifted.taint = o.taint;
        return lifted;
      }
      case 'func':
        if (name === 'call' || name === 'apply' || name === 'bind') {
          const fn = o;
          return {
            kind: 'builtin',
            name,
            fn: (_rt, a) => {
              if (name === 'bind') return { ...fn, self: a.pos[0] ?? ABSENT };
              const self = a.pos[0] ?? ABSENT;
              const rest = name === 'call' ? a.pos.slice(1) : (a.pos[1]?.kind === 'list' ? a.pos[1].items : []);
              return this.callFunction({ ...fn, self }, { pos: rest, kw: new Map(), at: a.at }, fn.node);
            },
          };
        }
        if (name === 'name') return known(o.name ?? '', at);
        return unknown(`attr:${name}`, at);
      case 'class':
        return this.classMember(o, name, at, undefined) ?? (this.curLang === 'ts' ? ABSENT : unknown(`attr:${o.name}.${name}`, at));
      case 'ext':
        return this.host.getMember(o, name, this.context(at));
      case 'builtin':
        return unknown(`attr:${o.name}.${name}`, at);
      case 'module':
        return this.moduleMember(o, name, at);
      case 'super':
        return this.superMember(o.home, o.self, name, at);
    }
  }

  private objMember(o: ObjV, name: string, at: At): Value {
    if (isEnvObject(o)) {
      if (this.curLang === 'py') {
        if (name === 'get') return { kind: 'builtin', name: 'environ.get', fn: (rt, a) => envRead(rt, knownString(a.pos[0]), a.pos[1] ?? a.kw.get('default'), a.at) };
        return unknown(`attr:environ.${name}`, at);
      }
      return envRead(this, name, undefined, at);
    }
    if (o.jsmap) {
      // A Map's entries are not its properties: only its methods and `size` are.
      if (name === 'size') return o.open ? unknown('size', at) : known(o.props.size, at);
      return builtinMethod(o, name, this.curLang) ?? ABSENT;
    }
    const own = o.props.get(name);
    if (own !== undefined) return own;
    if (o.cls) {
      const m = this.classMember(o.cls, name, at, o);
      if (m !== undefined) return m;
      // Python reads under an unknown condition may be guarded (`if hasattr(self, "x")`).
      if (!(this.curLang === 'py' && this.condDepth > 0) && this.missingReads.length < MAX_MISSING_READS) {
        const called = !!this.calleeAt && this.calleeAt.f === at.f && this.calleeAt.s === at.s && this.calleeAt.e === at.e;
        this.missingReads.push({ inst: o, name, at, reached: this.reached, called });
      }
      return this.curLang === 'ts' ? ABSENT : unknown(`attr:${o.cls.name}.${name}`, at);
    }
    if (this.curLang === 'py' && o.dict) {
      const m = builtinMethod(o, name, 'py');
      if (m) return m;
    }
    if (name === 'merge' && PY_RESOURCE_OPTIONS.has(o)) {
      // `opts.merge(ResourceOptions(...))`: a new options object.
      return {
        kind: 'builtin',
        name: 'ResourceOptions.merge',
        fn: (_rt, a) => {
          const r = mergeResourceOptions([o, ...a.pos], a.at);
          PY_RESOURCE_OPTIONS.add(r);
          return r;
        },
      };
    }
    if (o.open) {
      const u = unknown(o.origin ? `${o.origin}.${name}` : `key:${name}`, at);
      if (o.taint) u.taint = o.taint;
      return u;
    }
    return ABSENT;
  }

  private moduleMember(m: ModuleV, name: string, at: At): Value {
    if (m.pkg) {
      // Python namespace: `lib.tap_stack` → the module lib/tap_stack.py, or lib/__init__.py's names.
      const dotted = `${m.path.replace(/\//g, '.')}.${name}`;
      const sub = this.resolver.resolve(dotted, this.curModule, 'py', 0);
      if (sub !== undefined) {
        this.loadModule(sub, this.reached);
        return { kind: 'module', path: sub };
      }
      const init = this.resolver.resolve(m.path.replace(/\//g, '.'), this.curModule, 'py', 0);
      if (init !== undefined) return this.readExport(init, name, at);
      return { kind: 'module', path: `${m.path}/${name}`, pkg: true };
    }
    return this.readExport(m.path, name, at);
  }

  /** Look a member up on a program class (and its bases) for an instance or the class itself. */
  private classMember(cls: ClassV, name: string, at: At, self: ObjV | undefined, depth = 0): Value | undefined {
    if (depth > 10) return undefined;
    if (!self && cls.statics.has(name)) return cls.statics.get(name);
    for (const m of cls.node.members) {
      if (m.name !== name || m.kind === 'ctor' || m.kind === 'setter') continue;
      if (m.kind === 'field') {
        if (m.static || self === undefined) {
          const sv = cls.statics.get(name);
          if (sv !== undefined) return sv;
        }
        continue;
      }
      if (m.kind === 'getter' && self) return this.callFunction(this.methodValue(cls, m, self), { pos: [], kw: new Map(), at }, m.func!);
      const isStatic = m.static || (this.curLang === 'py' && self === undefined);
      if (isStatic && cls.lang === 'py' && !m.static) {
        // Python: C.method is the plain function
        return this.methodValue(cls, m, undefined);
      }
      return this.methodValue(cls, m, m.static ? (this.isClassMethod(m) ? cls : undefined) : self);
    }
    if (self && cls.statics.has(name)) return cls.statics.get(name);
    for (const b of cls.bases) {
      if (b.kind === 'class') {
        const v = this.classMember(b, name, at, self, depth + 1);
        if (v !== undefined) return v;
      } else if (b.kind === 'ext' && self) {
        const v = this.host.baseMember(b, self, name, this.context(at));
        if (v !== undefined) return v;
      }
    }
    return undefined;
  }

  private isClassMethod(m: ClassMember): boolean {
    return !!m.func?.decorators?.some((d) => d.k === 'ident' && d.name === 'classmethod');
  }

  private methodValue(cls: ClassV, m: ClassMember, self: Value | undefined): FuncV {
    const f: FuncV = {
      kind: 'func',
      node: m.func!,
      env: cls.env,
      module: cls.module,
      lang: cls.lang,
      home: cls,
      name: m.name,
    };
    if (self !== undefined) {
      f.self = self;
      if (cls.lang === 'py') f.bound = true;
    }
    return f;
  }

  private superMember(home: ClassV, self: Value, name: string, at: At): Value {
    for (const b of home.bases) {
      if (b.kind === 'class') {
        if (name === '__init__' || name === 'constructor') {
          const ctor = this.findCtor(b);
          if (ctor) return this.methodValue(this.ctorOwner(b)!, ctor, self);
          continue;
        }
        const v = this.classMember(b, name, at, self.kind === 'obj' ? self : undefined);
        if (v !== undefined) return v;
      } else if (b.kind === 'ext') {
        if (name === '__init__' && self.kind === 'obj') {
          const base = b;
          return {
            kind: 'builtin',
            name: 'super.__init__',
            fn: (_rt, a) => {
              this.host.superInit(base, self, a, this.context(a.at));
              return ABSENT;
            },
          };
        }
        if (self.kind === 'obj') {
          const v = this.host.baseMember(b, self, name, this.context(at));
          if (v !== undefined) return v;
        }
      }
    }
    return unknown(`super.${name}`, at);
  }

  private findCtor(cls: ClassV, depth = 0): ClassMember | undefined {
    if (depth > 10) return undefined;
    const own = cls.node.members.find((m) => m.kind === 'ctor');
    if (own) return own;
    for (const b of cls.bases) if (b.kind === 'class') {
      const c = this.findCtor(b, depth + 1);
      if (c) return c;
    }
    return undefined;
  }

  private ctorOwner(cls: ClassV, depth = 0): ClassV | undefined {
    if (depth > 10) return undefined;
    if (cls.node.members.some((m) => m.kind === 'ctor')) return cls;
    for (const b of cls.bases) if (b.kind === 'class') {
      const c = this.ctorOwner(b, depth + 1);
      if (c) return c;
    }
    return undefined;
  }

  getIndex(o: Value, i: Value, at: At): Value {
    if (o.kind === 'list') {
      let n = knownNumber(i);
      if (n === undefined && i.kind === 'unknown' && i.default) n = knownNumber(i.default);
      if (n === undefined) {
        if (o.items.length > 0 && !o.open) {
          // Any of the items: keep them as alternatives so resources stay reachable.
          return o.items.length <= 6 ? o.items.reduce((x, y) => joinValues(x, y)) : unknown('element', at);
        }
        return unknown('element', at);
      }
      if (n < 0 && this.curLang === 'py') n = o.items.length + n;
      const v = o.items[n];
      if (v !== undefined) return v;
      if (o.open) return unknown(`element:${n}`, at);
      // Python raises IndexError; TypeScript yields undefined and fails on the next member access.
      if (!(i.taint ?? []).includes('estimate')) this.event('index-out-of-range', at, `${n}/${o.items.length}`);
      return ABSENT;
    }
    if (o.kind === 'output') return this.getMember(o, scalarString(i, this.curLang) ?? 'element', at);
    const k = scalarString(i, this.curLang);
    if (k === undefined) {
      if (o.kind === 'obj' && !o.cls && o.props.size > 0 && o.props.size <= 6 && !o.open && !isEnvObject(o)) {
        return [...o.props.values()].reduce((x, y) => joinValues(x, y));
      }
      if (o.kind === 'obj' && isEnvObject(o)) return envRead(this, undefined, undefined, at);
      return unknown(o.kind === 'unknown' ? `${o.why}[]` : 'index', at);
    }
    if (o.kind === 'obj') {
      if (isEnvObject(o)) return envRead(this, k, undefined, at);
      const v = o.props.get(k);
      if (v !== undefined) return v;
      if (o.cls && this.curLang === 'ts') return this.getMember(o, k, at);
      return o.open ? unknown(o.origin ? `${o.origin}.${k}` : `key:${k}`, at) : ABSENT;
    }
    const s = knownString(o);
    const n = knownNumber(i);
    if (s !== undefined && n !== undefined) return known(s.at(n) ?? '', at);
    return this.getMember(o, k, at);
  }

  // ---------------------------------------------------------------- calls

  private evalArgs(args: Arg[], scope: Scope, at: At, layout?: Layout): CallArgs {
    const out: CallArgs = { pos: [], kw: new Map(), at };
    if (layout) out.layout = fileLayout(layout, this.curModule);
    for (const a of args) {
      if (a.k === 'pos') out.pos.push(this.eval(a.value, scope));
      else if (a.k === 'kw') {
        out.kw.set(a.name, this.eval(a.value, scope));
        (out.kwAt ??= new Map()).set(a.name, { f: this.curModule, s: a.s, e: a.e });
      }
      else if (a.k === 'spread') {
        const v = this.eval(a.value, scope);
        const it = this.iterate(v, at);
        if (it) {
          out.pos.push(...it.items);
          if (it.open) out.openPos = true;
        } else out.openPos = true;
      } else {
        const v = this.eval(a.value, scope);
        if (v.kind === 'obj') {
          for (const [k, x] of v.props) out.kw.set(k, x);
          if (v.open) out.openKw = true;
        } else out.openKw = true;
      }
    }
    return out;
  }

  private evalCall(e: Extract<Expr, { k: 'call' }>, scope: Scope): Value {
    const at = this.atOf(e);
    // `super(...)` in a TS constructor
    if (e.callee.k === 'super') {
      const args = this.evalArgs(e.args, scope, at);
      this.superCall(scope, args, at);
      return ABSENT;
    }
    // Python `super()` → bound super object
    if (e.callee.k === 'ident' && e.callee.name === 'super' && this.curLang === 'py' && !scope.lookupScope('super')) {
      const f = this.findFrameWithHome();
      const self = scope.lexicalThis() ?? f?.self;
      if (f?.fn?.home && self) return { kind: 'super', self, home: f.fn.home };
      return unknown('super', at);
    }
    if (e.callee.k === 'ident' && e.callee.name === 'require' && this.curLang === 'ts' && !scope.lookupScope('require')) {
      return this.require(e, scope, at);
    }
    // The member read that yields the callee (`this.helper(...)`): a missing one is a missing method.
    if (e.callee.k === 'member') this.calleeAt = this.atOf(e.callee);
    const callee = this.eval(e.callee, scope);
    if (e.optional && (callee.kind === 'absent' || (callee.kind === 'known' && callee.value === null))) return ABSENT;
    // `bucket.arn.split(':')`: an Output lifts properties, not methods, so the callee is an Output.
    // Promises (TS invoke results) have methods of their own and are left out.
    if (callee.kind === 'output' && !callee.promise && e.callee.k === 'member') this.event('output-method-call', this.atOf(e.callee), e.callee.prop, callee);
    // `Bucket(...)` for `new Bucket(...)`: a TypeScript class is not callable (TS2348, and a TypeError at run time).
    if (callee.kind === 'class' && callee.lang === 'ts' && this.curLang === 'ts') this.event('class-without-new', at, callee.name);
    const args = this.evalArgs(e.args, scope, at, e.layout);
    // `JSON.parse(config.get('data'))`: a string parameter given the getter's `string | undefined`.
    const first = e.args[0];
    if (this.curLang === 'ts' && callee.kind === 'builtin' && (callee.name === 'JSON.parse' || callee.name === 'parseInt') && first?.k === 'pos' && first.value.k === 'call') {
      const v = args.pos[0];
      if (v?.kind === 'unknown' && v.why.startsWith('config:')) this.event('optional-config-member', this.atOf(first.value), `arg:${callee.name}`);
    }
    this.checkArity(callee, args, at);
    return this.callValue(callee, args, at, false);
  }

  /**
   * A call written in the program whose arguments the program's own function (or constructor) cannot
   * take: TypeScript rejects it (TS2554), Python raises TypeError. Spread arguments, decorated
   * functions and JavaScript (which ignores extra and missing arguments) are not judged.
   */
  private checkArity(callee: Value, args: CallArgs, at: At): void {
    if (args.openPos || args.openKw) return;
    let fn: Func | undefined;
    let withSelf = false;
    let name = '';
    if (callee.kind === 'func') {
      fn = callee.node;
      withSelf = !!callee.bound && callee.self !== undefined;
      name = callee.name ?? callee.node.name ?? '';
      if (/\.[cm]?jsx?$/.test(callee.module)) return;
    } else if (callee.kind === 'class') {
      for (let c: Value | undefined = callee, depth = 0; c?.kind === 'class' && depth < 10; c = c.bases[0], depth++) {
        const ctor = c.node.members.find((m) => m.kind === 'ctor');
        if (ctor?.func) {
          fn = ctor.func;
          break;
        }
      }
      withSelf = callee.lang === 'py';
      name = callee.name;
      if (/\.[cm]?jsx?$/.test(callee.module)) return;
    }
    if (!fn || fn.decorators?.length || !name) return;
    const problem = arityProblem(fn, withSelf ? args.pos.length + 1 : args.pos.length, [...args.kw.keys()], this.curLang);
    if (problem) this.event('wrong-argument-count', at, `${name}\u0000${problem}`);
  }

  private findFrameWithHome(): FrameRec | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i]!.fn?.home) return this.frames[i];
    return undefined;
  }

  private require(e: Extract<Expr, { k: 'call' }>, scope: Scope, at: At): Value {
    const first = e.args[0];
    const spec = first && first.k === 'pos' ? knownString(this.eval(first.value, scope)) : undefined;
    if (spec === undefined) return unknown('require', at);
    const local = this.resolver.resolve(spec, this.curModule, 'ts');
    if (local !== undefined) {
      this.noteInexact(spec, local, at);
      const rec = this.loadModule(local, this.reached);
      if (rec?.cjs && this.cjsReplaced(rec)) return rec.cjs.props.get('exports')!;
      return { kind: 'module', path: local };
    }
    if (spec.startsWith('.')) {
      this.event('unresolved-import', at, spec);
      return unknown(`import:${spec}`, at);
    }
    return this.externalModule(spec, 'ts') ?? unknown(`import:${spec}`, at);
  }

  private evalNew(e: Extract<Expr, { k: 'new' }>, scope: Scope): Value {
    const at = this.atOf(e);
    const callee = this.eval(e.callee, scope);
    const args = this.evalArgs(e.args, scope, at, e.layout);
    this.checkArity(callee, args, at);
    return this.callValue(callee, args, at, true);
  }

  /** Call any value with evaluated arguments. `isNew`: a TS `new` expression. */
  callValue(callee: Value, args: CallArgs, at: At, isNew: boolean): Value {
    switch (callee.kind) {
      case 'func':
        if (isNew) {
          // `new f()` on a plain function: treat as a call building `this`
          const self = obj(undefined, at);
          const r = this.callFunction({ ...callee, self }, args, callee.node);
          return r.kind === 'obj' ? r : self;
        }
        return this.callFunction(callee, args, callee.node);
      case 'class':
        return this.construct(callee, args, at);
      case 'ext':
        return isNew ? this.host.construct(callee, args, this.context(at)) : this.host.call(callee, args, this.context(at));
      case 'builtin': {
        if (isNew && callee.fn === undefined) return unknown('new', at);
        return callee.fn(this, args, callee.self);
      }
      case 'obj': {
        const ctor = callee.props.get('__construct__');
        if (ctor?.kind === 'builtin') return ctor.fn(this, args, undefined);
        break;
      }
      case 'unknown':
        if (callee.alts) {
          const rs = callee.alts.filter((a) => a.kind === 'func' || a.kind === 'class' || a.kind === 'ext').map((a) => this.callValue(a, args, at, isNew));
          if (rs.length) return rs.reduce((x, y) => joinValues(x, y));
        }
        break;
      default:
        break;
    }
    // Calling something unknown: any callbacks it receives may run; run each once so resources they
    // create are modelled.
    this.runCallbacks(args, at);
    const r = unknown(callee.kind === 'unknown' ? `call:${callee.why}` : `call:${callee.kind}`, at);
    const taint = mergeTaint(callee.taint, undefined);
    if (taint) r.taint = taint;
    return r;
  }

  runCallbacks(args: CallArgs, at: At): void {
    const fns = [...args.pos, ...args.kw.values()].filter((v) => v.kind === 'func');
    // An unknown function may call a callback any number of times (`unknownList.map(cb)`): run it
    // once, as one iteration of a loop that may also not run at all.
    for (const f of fns) {
      this.openIterDepth++;
      try {
        this.call(f, (f as FuncV).node.params.map((p, i) => unknown(`callback-arg:${p.target.k === 'ident' ? p.target.name : i}`, at)), at, { loop: true, conditional: true });
      } finally {
        this.openIterDepth--;
      }
    }
  }

  beforeMethod(container: ListV | ObjV): void {
    const frame = this.applyFrames[this.applyFrames.length - 1];
    if (!frame || (container.born ?? 0) > frame.since || frame.touched.has(container)) return;
    frame.touched.set(container, container.kind === 'list' ? container.items.length : new Set(container.props.keys()));
  }

  /**
   * An apply callback runs after the program's top-level code, when the Output resolves: a list the
   * program filled inside it (`azs.names.forEach(az => subnets.push(...))`) is still empty when the
   * code after the `apply` reads it. What the callback added is dropped and the container is open
   * (unknown contents) for the code that follows.
   */
  private forgetApplyGrowth(frame: { touched: Map<ListV | ObjV, number | Set<string>> }): void {
    for (const [c, before] of frame.touched) {
      if (c.kind === 'list' && typeof before === 'number' && c.items.length > before) {
        c.items = c.items.slice(0, before);
        c.open = true;
        delete c.n;
      } else if (c.kind === 'obj' && before instanceof Set && c.props.size > before.size) {
        for (const k of [...c.props.keys()]) if (!before.has(k)) c.props.delete(k);
        c.open = true;
        delete c.n;
      }
    }
  }

  /** Runtime.call: call a value with positional arguments. */
  call(fn: Value, args: Value[], at: At, opts?: { loop?: boolean; conditional?: boolean; apply?: boolean; applyOn?: Value }): Value {
    if (opts?.loop) this.loopDepth++;
    if (opts?.conditional) this.condDepth++;
    // An apply callback runs after the program, outside the try statements around its `apply`.
    const catching = this.catching;
    if (opts?.apply) {
      this.applyDepth++;
      this.applyResources.push(opts.applyOn ? [...resourcesIn([opts.applyOn])] : []);
      this.applyFrames.push({ since: containersMade(), touched: new Map() });
      this.catching = [];
    }
    try {
      return this.callValue(fn, { pos: args, kw: new Map(), at }, at, false);
    } finally {
      if (opts?.loop) this.loopDepth--;
      if (opts?.conditional) this.condDepth--;
      if (opts?.apply) {
        this.applyDepth--;
        this.applyResources.pop();
        this.forgetApplyGrowth(this.applyFrames.pop()!);
        this.catching = catching;
      }
    }
  }

  private callFunction(fn: FuncV, args: CallArgs, node: Func, ctorOf?: ClassV): Value {
    if (this.frames.length >= this.opts.maxDepth) return unknown('depth', args.at);
    let same = 0;
    for (const f of this.frames) if (f.fn?.node === node) same++;
    if (same >= 3) return unknown('recursion', args.at);
    this.entered.add(node);
    const isArrow = !!node.arrow;
    const thisVal = isArrow ? undefined : (fn.self ?? (fn.lang === 'ts' ? ABSENT : undefined));
    const scope = new Scope(fn.env, true, thisVal);
    const frame: FrameRec = { fn, pendingReturns: [], scope };
    if (fn.self !== undefined) frame.self = fn.self;
    if (ctorOf) frame.ctorOf = ctorOf;
    this.frames.push(frame);
    const savedLang = this.curLang;
    const savedModule = this.curModule;
    this.curLang = fn.lang;
    this.curModule = fn.module;
    const savedJournals = this.journals.splice(0);
    try {
      this.bindParams(node, fn, args, scope);
      // A TS class without a base initialises its fields (and parameter properties) on entry;
      // derived classes do it when `super(...)` returns.
      if (ctorOf && fn.lang === 'ts' && ctorOf.bases.length === 0 && fn.self?.kind === 'obj') this.initFields(ctorOf, fn.self, scope);
      let result: Value;
      if (!Array.isArray(node.body)) {
        result = this.eval(node.body, scope);
      } else {
        const c = this.execBlock(node.body, scope);
        result = c?.type === 'return' ? c.value : ABSENT;
        if (c?.type === 'throw') result = unknown('throws', args.at);
      }
      if (node.generator) result = unknown('generator', args.at);
      for (const p of frame.pendingReturns) result = joinValues(p, result);
      return result;
    } finally {
      this.journals.push(...savedJournals);
      this.frames.pop();
      this.curLang = savedLang;
      this.curModule = savedModule;
    }
  }

  private bindParams(node: Func, fn: FuncV, args: CallArgs, scope: Scope): void {
    const pos = fn.bound && fn.self !== undefined ? [fn.self, ...args.pos] : args.pos;
    const usedKw = new Set<string>();
    let i = 0;
    for (const p of node.params) {
      if (p.rest) {
        const rest = list(pos.slice(i), args.at);
        if (args.openPos) rest.open = true;
        this.bind(p.target, rest, scope, 'let');
        i = pos.length;
        continue;
      }
      if (p.kwrest) {
        const kw = obj(undefined, args.at);
        kw.dict = true;
        for (const [k, v] of args.kw) if (!usedKw.has(k)) kw.props.set(k, v);
        if (args.openKw) kw.open = true;
        this.bind(p.target, kw, scope, 'let');
        continue;
      }
      const name = p.target.k === 'ident' ? p.target.name : undefined;
      let v: Value | undefined;
      if (name !== undefined && args.kw.has(name)) {
        v = args.kw.get(name);
        usedKw.add(name);
      } else if (i < pos.length) {
        v = pos[i++];
        if (p.annot && v.kind === 'obj') this.checkShape(p.annot, v, args.at);
      } else if (args.openPos || args.openKw) {
        v = unknown(`param:${name ?? i}`, args.at);
      }
      if ((v === undefined || v.kind === 'absent') && p.default) v = this.eval(p.default, scope);
      else if (v && v.kind === 'unknown' && v.why.startsWith('param:') && p.default && !v.default) {
        // A swept call: the parameter is unknown, but its default is the likely value.
        v = { ...v, default: this.eval(p.default, scope) };
      }
      if (p.annot && v?.kind === 'obj') this.checkPlainFields(p.annot, v);
      this.bind(p.target, v ?? ABSENT, scope, 'let');
    }
  }

  /**
   * An object given to a TypeScript parameter typed with an interface whose field is a plain
   * `string` / `string[]` (…) while the object holds an Output there, or a class instance whose field
   * so declared the constructor set to an Output: TypeScript rejects the call / the assignment.
   */
  private checkPlainFields(type: string, v: ObjV, how: 'arg' | 'field' = 'arg'): void {
    const fields = this.plainFields.get(type);
    if (!fields || this.curLang !== 'ts') return;
    for (const [field, declared] of Object.entries(fields)) {
      const pv = v.props.get(field);
      if (!pv) continue;
      const array = declared.endsWith('[]') || declared.startsWith('Array<');
      const out = pv.kind === 'output' ? pv : array && pv.kind === 'list' ? pv.items.find((x) => x.kind === 'output') : undefined;
      if (out?.kind !== 'output' || out.promise) continue;
      const at = (how === 'arg' ? v.keys?.get(field)?.at : undefined) ?? pv.at ?? out.at ?? v.at ?? { f: this.curModule, s: 0, e: 0 };
      this.event('output-to-plain-type', at, `${type.replace(/^class /, '')}\u0000${field}\u0000${declared}\u0000${how}`, out);
    }
  }

  /**
   * An object literal written in a TypeScript call for a parameter typed with one of the program's
   * interfaces: TypeScript requires every member the interface does not mark optional (TS2345) and,
   * for a literal, rejects members it does not declare (TS2353). Only literals written at the call:
   * an object built elsewhere may have been typed more loosely (`any`), and TypeScript checks excess
   * members of fresh literals only.
   */
  private checkShape(type: string, v: ObjV, call: At): void {
    const shape = this.shapes.get(type);
    if (!shape || this.curLang !== 'ts' || v.open || v.cls || !v.keys || !v.at) return;
    if (v.at.f !== call.f || v.at.s < call.s || v.at.e > call.e) return;
    for (const [field, required] of Object.entries(shape.fields)) {
      if (required && !v.props.has(field)) this.event('object-shape-mismatch', v.at, `${type}\u0000${field}\u0000missing`);
    }
    if (shape.indexed) return;
    for (const [key, k] of v.keys) {
      if (!Object.hasOwn(shape.fields, k.written) && !Object.hasOwn(shape.fields, key)) this.event('object-shape-mismatch', k.at, `${type}\u0000${k.written}\u0000excess`);
    }
  }

  private makeFunc(node: Func, scope: Scope, name?: string): FuncV {
    const f: FuncV = { kind: 'func', node, env: scope, module: this.curModule, lang: this.curLang, at: this.atOf(node) };
    if (name) f.name = name;
    if (!this.entered.has(node)) this.closures.set(node, f);
    return f;
  }

  private decorate(f: Value, decorators: Expr[] | undefined, scope: Scope): Value {
    // Decorators are evaluated for their effects but the function keeps its identity: the common
    // ones (staticmethod, property, functools.wraps, dataclass) do not change what it builds.
    for (const d of decorators ?? []) this.eval(d, scope);
    return f;
  }

  // ---------------------------------------------------------------- classes

  private makeClass(node: ClassExpr, scope: Scope, name: string): ClassV {
    const bases = node.bases.map((b) => this.eval(b, scope));
    const cls: ClassV = {
      kind: 'class',
      node,
      name,
      bases,
      env: scope,
      module: this.curModule,
      lang: this.curLang,
      statics: new Map(),
      at: this.atOf(node),
    };
    const staticScope = new Scope(scope, true, cls);
    for (const m of node.members) {
      if (m.kind !== 'field' || !m.static) continue;
      // Python `name: T` alone is an annotation, not a class attribute.
      if (!m.value && this.curLang === 'py') continue;
      cls.statics.set(m.name, m.value ? this.eval(m.value, staticScope) : ABSENT);
    }
    if (node.body?.length) {
      const body = new Scope(scope, true);
      this.execBlock(node.body, body);
      for (const [k, v] of body.vars) cls.statics.set(k, v);
    }
    for (const d of node.decorators ?? []) this.eval(d, scope);
    this.classes.set(node, cls);
    return cls;
  }

  /** Build an instance: run the constructor chain; host bases (ComponentResource) via superInit. */
  private construct(cls: ClassV, args: CallArgs, at: At): Value {
    if (cls.lang === 'py' && recordKind(cls) === 'typeddict') return typedDict(args, at);
    const inst = obj(undefined, at);
    inst.cls = cls;
    if (!this.instances.has(cls)) this.instances.set(cls, inst);
    this.runCtor(cls, inst, args, at);
    if (cls.lang === 'ts') this.checkPlainFields(`class ${cls.name}`, inst, 'field');
    return inst;
  }

  private runCtor(cls: ClassV, inst: ObjV, args: CallArgs, at: At): void {
    const ctor = cls.node.members.find((m) => m.kind === 'ctor');
    if (ctor?.func) {
      this.callFunction(this.methodValue(cls, ctor, inst), args, ctor.func, cls);
      return;
    }
    // A dataclass, NamedTuple or pydantic model: the generated __init__ takes the annotated fields.
    if (cls.lang === 'py' && recordKind(cls) === 'record') {
      this.initRecord(cls, inst, args, at);
      return;
    }
    // No own constructor: the base's runs with the same arguments.
    const base = cls.bases[0];
    if (base?.kind === 'class') this.runCtor(base, inst, args, at);
    else if (base?.kind === 'ext') this.host.superInit(base, inst, args, this.context(at));
    if (cls.lang === 'ts') this.initFields(cls, inst, undefined);
  }

  /** `super(...)` in a TS constructor: run the base constructor, then this class's field initialisers. */
  private superCall(scope: Scope, args: CallArgs, at: At): void {
    const frame = this.frames[this.frames.length - 1];
    const home = frame?.fn?.home;
    const self = scope.lexicalThis();
    if (!home || !self || self.kind !== 'obj') return;
    const base = home.bases[0];
    if (base?.kind === 'class') this.runCtor(base, self, args, at);
    else if (base?.kind === 'ext') this.host.superInit(base, self, args, this.context(at));
    this.initFields(home, self, frame.scope);
  }

  private initFields(cls: ClassV, inst: ObjV, ctorScope: Scope | undefined): void {
    const s = new Scope(cls.env, true, inst);
    for (const m of cls.node.members) {
      if (m.kind === 'field' && !m.static && m.value) inst.props.set(m.name, this.eval(m.value, s));
      if (m.kind === 'ctor' && m.paramProps && ctorScope) {
        for (const p of m.paramProps) {
          const v = ctorScope.vars.get(p);
          if (v !== undefined) inst.props.set(p, v);
        }
      }
    }
  }

  /**
   * The generated `__init__` of a record class: its annotated fields (those of record bases first, a
   * redeclared field keeping its place) from positional then keyword arguments, else their defaults
   * (`= v`, `field(default=v)`, `field(default_factory=f)`, pydantic `Field(v)`); then `__post_init__`.
   * A field the call may pass through an unknown spread is unknown (`param:<field>`).
   */
  private initRecord(cls: ClassV, inst: ObjV, args: CallArgs, at: At): void {
    const fields = this.recordFields(cls);
    let i = 0;
    for (const f of fields) {
      let v: Value | undefined = args.kw.get(f.m.name) ?? (i < args.pos.length ? args.pos[i] : undefined);
      i++;
      if (v === undefined) {
        const dflt = this.fieldDefault(f.owner, f.m);
        v = args.openPos || args.openKw ? unknown(`param:${f.m.name}`, at, dflt !== undefined ? { default: dflt } : undefined) : (dflt ?? ABSENT);
      }
      inst.props.set(f.m.name, v);
    }
    const post = this.classMember(cls, '__post_init__', at, inst);
    if (post?.kind === 'func') this.callFunction(post, { pos: [], kw: new Map(), at }, post.node);
  }

  private recordFields(cls: ClassV, depth = 0): { owner: ClassV; m: ClassMember }[] {
    if (depth > 10) return [];
    const out: { owner: ClassV; m: ClassMember }[] = [];
    for (const b of [...cls.bases].reverse()) {
      if (b.kind !== 'class' || recordKind(b) !== 'record') continue;
      for (const f of this.recordFields(b, depth + 1)) {
        const j = out.findIndex((x) => x.m.name === f.m.name);
        if (j >= 0) out[j] = f;
        else out.push(f);
      }
    }
    for (const m of cls.node.members) {
      if (m.kind !== 'field' || !m.annotated || m.classVar) continue;
      const j = out.findIndex((x) => x.m.name === m.name);
      if (j >= 0) out[j] = { owner: cls, m };
      else out.push({ owner: cls, m });
    }
    return out;
  }

  /** The default of a record field, or undefined when it has none. */
  private fieldDefault(owner: ClassV, m: ClassMember): Value | undefined {
    const e = m.value;
    if (!e) return undefined;
    const callee = e.k === 'call' ? (e.callee.k === 'ident' ? e.callee.name : e.callee.k === 'member' ? e.callee.prop : '') : '';
    if (e.k !== 'call' || !['field', 'Field', 'attrib', 'ib'].includes(callee)) return owner.statics.get(m.name);
    const scope = new Scope(owner.env, true, owner);
    const at = this.atOf(e, owner.module);
    for (const a of e.args) {
      if (a.k === 'kw' && a.name === 'default') return this.withModule(owner.module, owner.lang, () => this.eval(a.value, scope));
      if (a.k === 'kw' && (a.name === 'default_factory' || a.name === 'factory')) {
        const f = this.withModule(owner.module, owner.lang, () => this.eval(a.value, scope));
        return this.withModule(owner.module, owner.lang, () => this.callValue(f, { pos: [], kw: new Map(), at }, at, false));
      }
    }
    // pydantic `Field(default, ...)`; `Field(...)` (Ellipsis) marks a required field.
    const first = e.args[0];
    if (callee === 'Field' && first?.k === 'pos' && !(first.value.k === 'ident' && first.value.name === 'Ellipsis')) {
      const v = this.withModule(owner.module, owner.lang, () => this.eval(first.value, scope));
      return v;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- iteration

  iterate(v: Value, at: At): { items: Value[]; open: boolean } | undefined {
    const cap = (items: Value[], open: boolean) =>
      items.length > this.opts.maxUnroll * 4 ? { items: items.slice(0, this.opts.maxUnroll * 4), open: true } : { items, open };
    switch (v.kind) {
      case 'list':
        return cap(v.items, !!v.open);
      case 'obj':
        if (v.jsmap) return cap(mapIterItems(v, at).items, mapIterItems(v, at).open);
        if (v.cls || isEnvObject(v)) return undefined;
        if (this.curLang === 'py') return cap([...v.props.keys()].map((k) => known(k)), !!v.open);
        return undefined;
      case 'known':
        if (typeof v.value === 'string' && v.value.length <= 64) return { items: [...v.value].map((c) => known(c)), open: false };
        return undefined;
      case 'unknown':
        if (v.default) {
          const d = this.iterate(v.default, at);
          // Iterating an unknown by its default: an estimate, but better than nothing for loops.
          if (d) return d;
        }
        if (v.alts) {
          const its = v.alts.map((a) => this.iterate(a, at));
          if (its.every((x) => x)) {
            const longest = its.reduce((x, y) => (x!.items.length >= y!.items.length ? x : y))!;
            return { items: longest.items, open: true };
          }
        }
        return undefined;
      case 'output':
        return undefined;
      default:
        return undefined;
    }
  }

  toStr(v: Value, at: At): Value {
    return toStr(v, this.curLang, at);
  }
}

// ---------------------------------------------------------------- helpers

/** Names called or instantiated anywhere inside an IR subtree (`new X(...)`, `X(...)`). */
function calleeNames(node: unknown, out: Set<string>, depth = 0): void {
  if (depth > 400 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const x of node) calleeNames(x, out, depth + 1);
    return;
  }
  const n = node as { k?: string; callee?: { k?: string; name?: string } };
  if ((n.k === 'new' || n.k === 'call') && n.callee?.k === 'ident' && n.callee.name) out.add(n.callee.name);
  for (const v of Object.values(node)) if (v !== null && typeof v === 'object') calleeNames(v, out, depth + 1);
}

/**
 * The names a class's members call, by class node: the IR never changes, and the sweep asks again in
 * every round and, in the language server, in every analysis of an unchanged file.
 */
const calleesOfClass = new WeakMap<object, ReadonlySet<string>>();

/**
 * Classes that no other class instantiates come first, so that an unreached parent component builds
 * its children with their real arguments before the sweep would build them alone.
 */
function rootsFirst(classes: ClassV[]): ClassV[] {
  const used = new Set<string>();
  for (const c of classes) {
    let names = calleesOfClass.get(c.node);
    if (!names) {
      const found = new Set<string>();
      calleeNames(c.node.members, found);
      names = found;
      calleesOfClass.set(c.node, names);
    }
    for (const n of names) if (n !== c.name) used.add(n);
  }
  return [...classes.filter((c) => !used.has(c.name)), ...classes.filter((c) => used.has(c.name))];
}

const ENUM_BASES = new Set(['Enum', 'StrEnum', 'IntEnum', 'Flag', 'IntFlag']);

/** A Python class deriving (directly or through program classes) from enum.Enum and its kin. */
function isEnumClass(cls: ClassV, depth = 0): boolean {
  if (cls.lang !== 'py' || depth > 10) return false;
  return cls.node.bases.some((b, i) => ENUM_BASES.has(lastName(b) ?? '') || (cls.bases[i]?.kind === 'class' && isEnumClass(cls.bases[i] as ClassV, depth + 1)));
}

/** A formatted field whose text is not modelled: unknown, keeping the value's provenance. */
function opaqueField(v: Value): Value {
  if (v.kind === 'unknown' || v.kind === 'output') return v;
  const r = unknown('format-spec', v.at);
  const prov = [...provenance(v)];
  if (prov.length) r.taint = mergeTaint(undefined, prov);
  return r;
}

/** The last name of a decorator or base expression: `dataclass`, `dataclasses.dataclass(frozen=True)`, `typing.NamedTuple`. */
function lastName(e: Expr): string | undefined {
  if (e.k === 'call') return lastName(e.callee);
  if (e.k === 'ident') return e.name;
  if (e.k === 'member') return e.prop;
  if (e.k === 'index') return lastName(e.obj);
  return undefined;
}

/** Decorators whose classes get an `__init__` from their annotated fields (dataclasses, attrs, pydantic dataclasses). */
const RECORD_DECORATORS = new Set(['dataclass', 'define', 'frozen', 'mutable']);
/** Bases whose subclasses are built from their annotated fields. */
const RECORD_BASES = new Set(['NamedTuple', 'BaseModel', 'BaseSettings']);

/**
 * A Python class built from its annotated fields (`record`: dataclass, attrs, NamedTuple, pydantic
 * model, or a subclass of a pydantic model), a `TypedDict` (calling it builds a dict), or neither.
 */
function recordKind(cls: ClassV, depth = 0): 'record' | 'typeddict' | undefined {
  if (cls.lang !== 'py' || depth > 10) return undefined;
  if (cls.node.decorators?.some((d) => RECORD_DECORATORS.has(lastName(d) ?? ''))) return 'record';
  for (const [i, b] of cls.node.bases.entries()) {
    const n = lastName(b);
    if (n === 'TypedDict') return 'typeddict';
    if (n && RECORD_BASES.has(n)) return 'record';
    const v = cls.bases[i];
    if (v?.kind === 'class' && !v.node.members.some((m) => m.kind === 'ctor')) {
      const k = recordKind(v, depth + 1);
      // A pydantic model's subclasses are models; a TypedDict's are TypedDicts; a dataclass's
      // undecorated subclass inherits its generated __init__ (the record branch of the base runs).
      if (k === 'typeddict') return k;
      if (k === 'record' && isModel(v, depth + 1)) return k;
    }
  }
  return undefined;
}

function isModel(cls: ClassV, depth: number): boolean {
  if (depth > 10) return false;
  return cls.node.bases.some((b, i) => {
    const n = lastName(b);
    if (n === 'BaseModel' || n === 'BaseSettings') return true;
    const v = cls.bases[i];
    return v?.kind === 'class' && isModel(v, depth + 1);
  });
}

/** Calling a TypedDict class: a dict of the keyword arguments (and of a dict passed positionally). */
function typedDict(args: CallArgs, at: At): ObjV {
  const d = obj(undefined, at);
  const src = args.pos[0];
  if (src?.kind === 'obj') {
    for (const [k, v] of src.props) d.props.set(k, v);
    if (src.open) d.open = true;
  } else if (src) d.open = true;
  d.dict = true;
  for (const [k, v] of args.kw) d.props.set(k, v);
  if (args.openKw || args.openPos) d.open = true;
  return d;
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '<', '<=', '>', '>=']);

function findOutputShallow(v: Value): Value | undefined {
  if (v.kind === 'output') return v;
  if (v.kind === 'str') return v.parts.find((p) => p.kind === 'output');
  return undefined;
}

function describeIter(v: Value): string {
  if (v.kind === 'unknown') return v.why;
  return v.kind;
}

function computeBinary(op: string, a: string | number | boolean | null, b: string | number | boolean | null, lang: Lang): string | number | boolean | undefined {
  const num = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'boolean' ? Number(x) : undefined);
  switch (op) {
    case '+':
      if (typeof a === 'string' || typeof b === 'string') return String(a) + String(b);
      return (num(a) ?? NaN) + (num(b) ?? NaN);
    case '-':
      return (num(a) ?? NaN) - (num(b) ?? NaN);
    case '*':
      return (num(a) ?? NaN) * (num(b) ?? NaN);
    case '/':
      return (num(a) ?? NaN) / (num(b) ?? NaN);
    case '//':
      return Math.floor((num(a) ?? NaN) / (num(b) ?? NaN));
    case '%': {
      const x = num(a) ?? NaN;
      const y = num(b) ?? NaN;
      return lang === 'py' ? ((x % y) + y) % y : x % y;
    }
    case '**':
      return (num(a) ?? NaN) ** (num(b) ?? NaN);
    case '==':
      // eslint-disable-next-line eqeqeq
      return lang === 'py' ? a === b : a == b;
    case '!=':
      // eslint-disable-next-line eqeqeq
      return lang === 'py' ? a !== b : a != b;
    case '===':
    case 'is':
      return a === b;
    case '!==':
    case 'is not':
      return a !== b;
    case '<':
      return (a as number) < (b as number);
    case '>':
      return (a as number) > (b as number);
    case '<=':
      return (a as number) <= (b as number);
    case '>=':
      return (a as number) >= (b as number);
    case '&':
      return (num(a) ?? 0) & (num(b) ?? 0);
    case '|':
      return (num(a) ?? 0) | (num(b) ?? 0);
    case '^':
      return (num(a) ?? 0) ^ (num(b) ?? 0);
    case '<<':
      return (num(a) ?? 0) << (num(b) ?? 0);
    case '>>':
      return (num(a) ?? 0) >> (num(b) ?? 0);
    default:
      return undefined;
  }
}

/** What is wrong with passing `positional` arguments and these keywords to `fn`, if anything. */
function arityProblem(fn: Func, positional: number, keywords: string[], lang: Lang): string | undefined {
  const params = fn.params.filter((p) => !p.rest && !p.kwrest);
  const rest = fn.params.some((p) => p.rest);
  const kwrest = fn.params.some((p) => p.kwrest);
  const nameOf = (p: Param) => (p.target.k === 'ident' ? p.target.name : undefined);
  if (!rest && positional > params.length) return `takes ${params.length === 0 ? 'no' : `at most ${params.length}`} argument${params.length === 1 ? '' : 's'} but is given ${positional}`;
  if (lang === 'ts') {
    let needed = 0;
    params.forEach((p, i) => {
      if (!p.default && !p.optional) needed = i + 1;
    });
    return positional < needed ? `needs ${needed} argument${needed === 1 ? '' : 's'} but is given ${positional}` : undefined;
  }
  const names = params.map(nameOf);
  const unexpected = keywords.find((k) => !names.includes(k));
  if (unexpected !== undefined && !kwrest) return `has no parameter \`${unexpected}\``;
  const missing = params.find((p, i) => i >= positional && !p.default && !keywords.includes(nameOf(p) ?? '\u0000'));
  if (missing) return `is not given its required argument \`${nameOf(missing) ?? 'pattern'}\``;
  return undefined;
}

const MAX_MISSING_READS = 5000;

interface ClassFacts {
  /** Members assigned on `this` / `self` anywhere in the class. */
  assigned: Set<string>;
  /** The class adds members in ways a name cannot be read from (`setattr`, `Object.assign(this, …)`, `__getattr__`). */
  dynamic: boolean;
}

const classFactsCache = new WeakMap<ClassExpr, ClassFacts>();

function classFacts(node: ClassExpr): ClassFacts {
  const cached = classFactsCache.get(node);
  if (cached) return cached;
  const facts: ClassFacts = { assigned: new Set(), dynamic: false };
  const isSelf = (x: unknown): boolean => {
    const n = x as { k?: string; name?: string } | undefined;
    return n?.k === 'this' || (n?.k === 'ident' && n.name === 'self');
  };
  const visit = (x: unknown, depth: number): void => {
    if (depth > 200 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y, depth + 1);
      return;
    }
    const n = x as Record<string, unknown>;
    const target = n.target as { k?: string; obj?: unknown; prop?: string } | undefined;
    if (target?.k === 'member' && isSelf(target.obj) && typeof target.prop === 'string') facts.assigned.add(target.prop);
    if (target?.k === 'index' && isSelf(target.obj)) facts.dynamic = true;
    if (n.k === 'call') {
      const callee = n.callee as { k?: string; name?: string; prop?: string; obj?: { k?: string; name?: string } } | undefined;
      const args = (n.args as { value?: unknown }[] | undefined) ?? [];
      const first = args[0]?.value;
      if ((callee?.k === 'ident' && callee.name === 'setattr') || (callee?.k === 'member' && callee.prop === 'assign' && callee.obj?.name === 'Object' && isSelf(first))) facts.dynamic = true;
    }
    if (n.k === 'member' && isSelf(n.obj) && n.prop === '__dict__') facts.dynamic = true;
    for (const v of Object.values(n)) if (v && typeof v === 'object') visit(v, depth + 1);
  };
  if (node.members.some((m) => m.name === '__getattr__' || m.name === '__getattribute__' || m.name === '__setattr__')) facts.dynamic = true;
  visit(node.members, 0);
  visit(node.body ?? [], 0);
  classFactsCache.set(node, facts);
  return facts;
}

/** Does a Python module bind `name` at its top level, in any branch (function and class bodies aside)? */
export function bindsAtTopLevel(body: Stmt[], name: string): boolean {
  const inPattern = (p: Pattern | null | undefined): boolean => {
    if (!p) return false;
    if (p.k === 'ident') return p.name === name;
    if (p.k === 'objpat') return p.props.some((pr) => inPattern(pr.value)) || inPattern(p.rest);
    if (p.k === 'arrpat') return p.elems.some((el) => inPattern(el)) || inPattern(p.rest);
    return false;
  };
  return body.some((st): boolean => {
    switch (st.k) {
      case 'var':
        return st.decls.some((d) => inPattern(d.target));
      case 'expr':
        return st.expr.k === 'assign' && inPattern(st.expr.target);
      case 'funcdecl':
      case 'classdecl':
        return st.name === name;
      case 'import':
        return st.names.some((n) => n.local === name);
      case 'if':
        return bindsAtTopLevel(st.then, name) || bindsAtTopLevel(st.else ?? [], name);
      case 'forof':
        return inPattern(st.target) || bindsAtTopLevel(st.body, name) || bindsAtTopLevel(st.orelse ?? [], name);
      case 'forc':
      case 'while':
      case 'block':
        return bindsAtTopLevel(st.body, name);
      case 'with':
        return st.items.some((i) => inPattern(i.target)) || bindsAtTopLevel(st.body, name);
      case 'try':
        return bindsAtTopLevel(st.body, name) || st.handlers.some((h) => inPattern(h.param) || bindsAtTopLevel(h.body, name)) || bindsAtTopLevel(st.orelse ?? [], name) || bindsAtTopLevel(st.finally ?? [], name);
      default:
        return false;
    }
  });
}

// Values and layouts are built field by field: V8 gives an object made by spreading another
// (`{ ...layout, f }`) a hidden class of its own, which for the tens of thousands of literals and
// layouts of a large program kept megabytes of class descriptions alive with the model.

function fileLayout(l: Layout, f: string): FileLayout {
  return { open: l.open, close: l.close, items: l.items, comma: l.comma, f };
}

function literalValue(value: string | number | boolean | null, at: At | undefined): KnownV {
  return at ? { kind: 'known', value, at, literal: true } : { kind: 'known', value, literal: true };
}
