// The evaluator knows the two languages; the host knows what external packages mean (Pulumi, AWS).
// The model stage implements this interface, so ir/ never learns about resources.

import type { Lang } from '../core/ir.js';
import type { At, CallArgs, ClassV, ExtV, FuncV, ObjV, Value } from './values.js';

export interface Frame {
  /** `this`/`self` of the running function, if any. */
  self?: Value;
  fn?: FuncV;
  /** The class whose constructor is running (for component detection). */
  ctorOf?: ClassV;
}

/** Where the evaluator stands when it asks the host something. */
export interface CallContext {
  at: At;
  lang: Lang;
  /** Inside a loop body (possibly unrolled). */
  inLoop: boolean;
  /** Inside a branch whose condition was unknown. */
  conditional: boolean;
  /** Inside an Output `apply`/`then` callback. */
  inApply: boolean;
  /** Resources whose Outputs the enclosing apply callbacks wait for (none for invokes and config values). */
  applyResources?: readonly number[];
  /** False while analysing code no entry point reaches (called with unknown arguments). */
  reached: boolean;
  /** Inside unreached code that nothing outside the answer could call either (module-private, never called). */
  dead?: boolean;
  /**
   * The exception types the try statements around the call catch, innermost first (`*` for a
   * handler that takes any error); absent outside a try body.
   */
  catching?: readonly string[];
  frames: readonly Frame[];
  /** Call a program function or callable value (used by `apply`, `then`, `forEach` in the host). */
  call(fn: Value, args: Value[]): Value;
}

export type EvalEventKind =
  | 'output-in-template' // Output interpolated in a template literal / f-string
  | 'output-in-concat' // Output concatenated with `+`
  | 'output-in-json' // Output serialised by JSON.stringify / json.dumps
  | 'output-as-key' // Output used as a dict key
  | 'output-awaited' // `await` on an Output
  | 'output-to-string' // str(output) / String(output) / output.toString()
  | 'output-compared' // an Output compared with a plain value (detail: the operator)
  | 'output-as-object' // an Output spread into an object literal or passed to Object.entries/keys/values
  | 'output-to-plain-type' // an Output given to a TS parameter's interface field declared plain or a TS class field declared plain that its constructor sets to an Output (detail: `Type\0field\0declared\0arg|field`)
  | 'object-shape-mismatch' // an object literal passed to a TS parameter typed with a program interface lacks a required member or writes one the interface lacks (detail: `Type\0member\0missing|excess`)
  | 'output-iterated' // a TS for-of / Python for loop over an Output
  | 'output-method-call' // a method called on an Output or a resource attribute (detail: the method's name)
  | 'duplicate-key' // a key written twice in one object literal / dict display (detail: the key)
  | 'output-in-invoke-args' // an Output or Promise passed to a plain (non-Output) data source function (detail: function)
  | 'unresolved-import' // an import of a local module that is not among the program's files
  | 'inexact-import' // a relative import (TS, Python with dots) whose path names no file, resolved to a unique file of the same base name (path: that file)
  | 'relative-import-in-main' // a Python relative import in the module run as `__main__` (detail: the dotted module)
  | 'missing-export' // a name imported from a program module that does not give it (detail: `name\0none|local|cycle`, path: the module)
  | 'undefined-name' // a name used but never defined (path: another program file that binds it at its top level)
  | 'type-not-imported' // a type annotation starts with a name the file never imports or declares, which an SDK, `typing` or another program file gives (detail: `name\0module`, path: that program file)
  | 'env-read' // an environment variable read (detail: its name)
  | 'import' // an import of an external module (detail: the module specifier)
  | 'default-import' // a TypeScript default import of an external module (detail: the module specifier)
  | 'index-out-of-range' // a known index past the end of a list of known length (detail: index/length)
  | 'wrong-argument-count' // a program function called with arguments its parameters cannot take (detail: `name\0problem`)
  | 'unknown-member' // a member read on a program class instance that no class of its chain declares or assigns (detail: `Class\0name`, `\0call` when it is called)
  | 'implicit-package' // `aws`/`pulumi` used without an import (snippets)
  | 'options-dict' // a Python dict given as a resource's `opts` (not a `pulumi.ResourceOptions`)
  | 'ts-extension-import' // a TypeScript relative import whose path ends in `.ts` (detail: the specifier)
  | 'optional-config-member' // TS: a member read directly on the result of a call that gives a config value or an optional Output (detail: the member), or passed to `JSON.parse` / `parseInt` (detail: `arg:JSON.parse`)
  | 'sdk-module-called' // a namespace (module) of the core SDK called as a function: Python `pulumi.output(x)`, `pulumi.log(...)`, TS `pulumi.Output(x)` (detail: its name)
  | 'class-without-new' // a TypeScript class (program, resource or SDK class) called without `new` (detail: the class as written, `aws.s3.Bucket`)
  | 'budget-exhausted';

export interface EvalEvent {
  kind: EvalEventKind;
  at: At;
  detail?: string;
  /** The Output involved, for output-* events. */
  value?: Value;
  /** For import events: the program file the import was resolved to; for unknown-member: the class's file. */
  path?: string;
  /** For output-in-template of a template literal / f-string: its holes, as written (for fixes). */
  holes?: TemplateHoleAt[];
  /** For output-in-concat: the spans of the left and right operands of the `+`. */
  operands?: [At, At];
  reached: boolean;
}

/** Where a template hole is written: `${expr}` / `{expr!r:>4}` (`at`), its expression, its Python conversion and spec. */
export interface TemplateHoleAt {
  at: At;
  expr: At;
  format?: string;
}

export interface Host {
  /** Resolve a non-local import (`@pulumi/aws`, `pulumi_aws.s3`). Undefined: unknown package. */
  importExternal(spec: string, lang: Lang): Value | undefined;
  getMember(target: ExtV, name: string, ctx: CallContext): Value;
  /** Call a host function, or (Python) a host class. */
  call(target: ExtV, args: CallArgs, ctx: CallContext): Value;
  /** `new X(...)` of a host class (TypeScript). */
  construct(target: ExtV, args: CallArgs, ctx: CallContext): Value;
  /** `super(...)` / `super().__init__(...)` of a program class whose base is a host class. */
  superInit(base: ExtV, self: ObjV, args: CallArgs, ctx: CallContext): void;
  /** Member of a host base class looked up through a program instance (`this.registerOutputs`). */
  baseMember(base: ExtV, self: ObjV, name: string, ctx: CallContext): Value | undefined;
  /** Does the host base class have this member? Undefined when the host cannot tell. */
  baseHasMember?(base: ExtV, name: string): boolean | undefined;
  /** A program class instance was created (host may treat components specially). */
  onEvent(ev: EvalEvent): void;
}
