// The language-neutral intermediate representation. The TypeScript and Python front-ends lower their
// syntax trees to these nodes; the evaluator (src/ir/) knows nothing else. The node types live in core/
// because front-ends produce them and stages only import core/ and earlier stages. Every node carries
// `s`/`e`, offsets into its virtual source file. Semantics that differ between the languages (truthiness,
// `+` on lists, builtin methods) are decided by the module's `lang`, never by node shape.

export type Lang = 'ts' | 'py';

export interface Loc {
  s: number;
  e: number;
}

// ---------------------------------------------------------------- expressions

export type Expr =
  | Lit
  | Ident
  | This
  | Super
  | Template
  | Binary
  | Logical
  | Unary
  | Cond
  | Member
  | Index
  | Slice
  | Call
  | New
  | Obj
  | Arr
  | Func
  | ClassExpr
  | Await
  | Comprehension
  | AssignExpr
  | Seq
  | Unsupported;

export interface Lit extends Loc {
  k: 'lit';
  /** `undefined` is JS undefined; Python None is `null`. */
  value: string | number | boolean | null | undefined;
  /** A regular expression literal (TS `/a/g`); `value` is then undefined. */
  regex?: { source: string; flags: string };
}
export interface Ident extends Loc {
  k: 'ident';
  name: string;
}
export interface This extends Loc {
  k: 'this';
}
/** `super` (TS) or `super()` (Python); calls on it resolve against the base class. */
export interface Super extends Loc {
  k: 'super';
}
/** Template literal or f-string. `tag` is set for tagged templates (e.g. pulumi.interpolate`...`). */
export interface Template extends Loc {
  k: 'template';
  parts: (string | TemplateHole)[];
  tag?: Expr;
}
export interface TemplateHole extends Loc {
  expr: Expr;
  /** Python format spec / conversion, kept as text. */
  format?: string;
}
export type BinaryOp =
  | '+'
  | '-'
  | '*'
  | '/'
  | '//'
  | '%'
  | '**'
  | '=='
  | '!='
  | '==='
  | '!=='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'in'
  | 'not in'
  | 'is'
  | 'is not'
  | 'instanceof'
  | '&'
  | '|'
  | '^'
  | '<<'
  | '>>'
  | '>>>';
export interface Binary extends Loc {
  k: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
export interface Logical extends Loc {
  k: 'logical';
  /** `and`/`or` are lowered to `&&`/`||`; their truthiness follows the module language. */
  op: '&&' | '||' | '??';
  left: Expr;
  right: Expr;
}
export interface Unary extends Loc {
  k: 'unary';
  op: '!' | '-' | '+' | '~' | 'typeof' | 'void' | 'delete';
  arg: Expr;
}
export interface Cond extends Loc {
  k: 'cond';
  test: Expr;
  then: Expr;
  else: Expr;
}
export interface Member extends Loc {
  k: 'member';
  obj: Expr;
  prop: string;
  optional?: boolean;
}
export interface Index extends Loc {
  k: 'index';
  obj: Expr;
  index: Expr;
  optional?: boolean;
}
export interface Slice extends Loc {
  k: 'slice';
  obj: Expr;
  lower?: Expr;
  upper?: Expr;
  step?: Expr;
}

export type Arg =
  | { k: 'pos'; value: Expr }
  | { k: 'spread'; value: Expr } // ...xs / *xs
  | { k: 'kw'; name: string; value: Expr; s: number; e: number } // Python keyword argument
  | { k: 'kwspread'; value: Expr }; // **kwargs

export interface Call extends Loc {
  k: 'call';
  callee: Expr;
  args: Arg[];
  optional?: boolean;
  layout?: Layout;
}
export interface New extends Loc {
  k: 'new';
  callee: Expr;
  args: Arg[];
  layout?: Layout;
}

/**
 * How the entries of an object literal / dict display, or the arguments of a call, are written: where
 * the brackets are, where each item is and whether a comma follows the last one. `--fix` edits use it
 * to add, rename or replace an entry in place without parsing the text again.
 */
export interface Layout {
  /** Offset just after the opening `{` / `(`, and offset of the closing `}` / `)`. */
  open: number;
  close: number;
  /** Each entry or argument, in order: its span, the key or keyword as written, and where its value starts. */
  items: LayoutItem[];
  /** A comma follows the last item. */
  comma: boolean;
}
export interface LayoutItem {
  s: number;
  e: number;
  /** The key as written (properties, dict entries with a string key, keyword arguments). */
  key?: string;
  /** Offset of the value (properties and keyword arguments); the value ends where the item does. */
  value?: number;
}

export type ObjEntry =
  | { k: 'prop'; key: string; value: Expr; s: number; e: number; keyS: number; keyE: number }
  | { k: 'computed'; key: Expr; value: Expr; s: number; e: number }
  | { k: 'spread'; value: Expr; s: number; e: number };

/** Object literal (TS) or dict display (Python). */
export interface Obj extends Loc {
  k: 'obj';
  entries: ObjEntry[];
  /** Python dict keys are values, not property names: `{k: v}` with k a variable is `computed`. */
  layout?: Layout;
}

export type ArrItem = { k: 'item'; value: Expr } | { k: 'spread'; value: Expr } | { k: 'hole' };
export interface Arr extends Loc {
  k: 'arr';
  items: ArrItem[];
  /** `tuple` / `set` in Python; evaluated as lists. */
  flavor?: 'list' | 'tuple' | 'set';
}

export interface Param {
  target: Pattern;
  default?: Expr;
  /** `...rest` / `*args` */
  rest?: boolean;
  /** `**kwargs` */
  kwrest?: boolean;
  /** TypeScript `x?: T`: the caller may leave it out. */
  optional?: boolean;
  /** TypeScript: the parameter's type when it is a plain name (`args: VpcArgs` → `VpcArgs`). */
  annot?: string;
  /** Python keyword-only marker position does not matter for evaluation. */
  s: number;
  e: number;
}

export interface Func extends Loc {
  k: 'func';
  name?: string;
  params: Param[];
  /** Statement body, or an expression body for arrows/lambdas. */
  body: Stmt[] | Expr;
  arrow?: boolean;
  async?: boolean;
  generator?: boolean;
  /** Python: decorators applied, as expressions (e.g. `staticmethod`, `property`). */
  decorators?: Expr[];
}

export interface ClassMember {
  kind: 'method' | 'ctor' | 'field' | 'getter' | 'setter';
  name: string;
  static?: boolean;
  func?: Func;
  value?: Expr;
  s: number;
  e: number;
  /** TS constructor parameter properties (`constructor(private x: T)`): names to copy to `this`. */
  paramProps?: string[];
  /**
   * Python field written with a type annotation (`name: T` or `name: T = v`): a field of a dataclass,
   * NamedTuple, TypedDict or pydantic model. `x: T` alone has no `value` and makes no class attribute.
   */
  annotated?: boolean;
  /** Python annotation is `ClassVar[...]`: a class attribute, never a record field. */
  classVar?: boolean;
}

export interface ClassExpr extends Loc {
  k: 'class';
  name?: string;
  /** Base classes (Python may list several; TS has at most one). */
  bases: Expr[];
  members: ClassMember[];
  /** Python class bodies may hold arbitrary statements; they run once at definition. */
  body?: Stmt[];
  decorators?: Expr[];
}

export interface Await extends Loc {
  k: 'await';
  arg: Expr;
}

export interface CompFor {
  target: Pattern;
  iter: Expr;
  ifs: Expr[];
}
export interface Comprehension extends Loc {
  k: 'comp';
  flavor: 'list' | 'set' | 'dict' | 'gen';
  elt: Expr;
  /** For dict comprehensions. */
  value?: Expr;
  fors: CompFor[];
}

export interface AssignExpr extends Loc {
  k: 'assign';
  target: Pattern;
  /** `=`, or a compound operator such as `+=`, `||=`, `??=`. */
  op: string;
  value: Expr;
}

export interface Seq extends Loc {
  k: 'seq';
  exprs: Expr[];
}

/** Syntax the front-end does not lower; evaluates to unknown. */
export interface Unsupported extends Loc {
  k: 'unsupported';
  what: string;
  /** Sub-expressions still worth evaluating for their effects (e.g. resources built inside). */
  children?: Expr[];
}

// ---------------------------------------------------------------- patterns

export type Pattern =
  | Ident
  | Member
  | Index
  | { k: 'objpat'; props: { key: string | Expr; value: Pattern; default?: Expr }[]; rest?: Pattern; s: number; e: number }
  | { k: 'arrpat'; elems: (Pattern | null)[]; rest?: Pattern; defaults?: (Expr | undefined)[]; s: number; e: number }
  | Unsupported;

// ---------------------------------------------------------------- statements

export type Stmt =
  | VarDecl
  | ExprStmt
  | If
  | ForOf
  | ForC
  | While
  | Return
  | Jump
  | Throw
  | Try
  | FuncDecl
  | ClassDecl
  | Import
  | Export
  | With
  | Block
  | Nop;

export interface VarDecl extends Loc {
  k: 'var';
  /** `const`/`let`/`var` in TS; Python assignments are `assign` statements via ExprStmt(AssignExpr). */
  kind: 'const' | 'let' | 'var';
  decls: { target: Pattern; init?: Expr; s: number; e: number }[];
  exported?: boolean;
}
export interface ExprStmt extends Loc {
  k: 'expr';
  expr: Expr;
}
export interface If extends Loc {
  k: 'if';
  test: Expr;
  then: Stmt[];
  else?: Stmt[];
}
/** for-of (TS), for-in (TS: iterates keys), Python `for x in y` (iterates values/keys per type). */
export interface ForOf extends Loc {
  k: 'forof';
  /** `of`: values; `in`: TS for-in keys; `py`: Python iteration (values of lists, keys of dicts). */
  mode: 'of' | 'in' | 'py';
  target: Pattern;
  declare?: 'const' | 'let' | 'var';
  iter: Expr;
  body: Stmt[];
  orelse?: Stmt[];
}
export interface ForC extends Loc {
  k: 'forc';
  init?: Stmt;
  test?: Expr;
  update?: Expr;
  body: Stmt[];
}
export interface While extends Loc {
  k: 'while';
  test: Expr;
  body: Stmt[];
  /** do-while runs the body once before the first test. */
  doWhile?: boolean;
}
export interface Return extends Loc {
  k: 'return';
  value?: Expr;
}
export interface Jump extends Loc {
  k: 'break' | 'continue';
}
export interface Throw extends Loc {
  k: 'throw';
  value?: Expr;
}
export interface Try extends Loc {
  k: 'try';
  body: Stmt[];
  /** `catches`: the exception types a handler names, by their last dotted part; absent when it takes any error (`except:`, a TS `catch`). */
  handlers: { param?: Pattern; body: Stmt[]; catches?: string[] }[];
  orelse?: Stmt[];
  finally?: Stmt[];
}
export interface FuncDecl extends Loc {
  k: 'funcdecl';
  name: string;
  func: Func;
  exported?: boolean;
  exportDefault?: boolean;
}
export interface ClassDecl extends Loc {
  k: 'classdecl';
  name: string;
  cls: ClassExpr;
  exported?: boolean;
  exportDefault?: boolean;
}

export interface ImportName {
  /** Name in the source module; `*` for namespace imports, `default` for default imports. */
  imported: string;
  local: string;
}
/**
 * TS: `import x from 'm'`, `import * as x from 'm'`, `import {a as b} from 'm'`, `import 'm'`,
 * `const x = require('m')` is lowered to a VarDecl with a `require` call instead.
 * Python: `import a.b` (namespace binding `a`), `import a.b as c`, `from a.b import c as d`,
 * `from . import x`, `from .m import *`. `level` counts leading dots of a relative Python import.
 */
export interface Import extends Loc {
  k: 'import';
  module: string;
  level?: number;
  names: ImportName[];
  /** Python `import a.b.c` binds `a`; evaluation binds the root package with the submodule loaded. */
  pyDotted?: boolean;
  typeOnly?: boolean;
}
/** `export { a as b }`, `export * from 'm'`, `export { x } from 'm'`, `export default expr`. */
export interface Export extends Loc {
  k: 'export';
  names?: { local: string; exported: string }[];
  from?: string;
  star?: boolean;
  defaultExpr?: Expr;
  /** `export = expr` (CommonJS `module.exports = expr`), as opposed to `export default expr`. */
  equals?: boolean;
}
export interface With extends Loc {
  k: 'with';
  items: { value: Expr; target?: Pattern }[];
  body: Stmt[];
}
export interface Block extends Loc {
  k: 'block';
  body: Stmt[];
}
export interface Nop extends Loc {
  k: 'nop';
}

// ---------------------------------------------------------------- modules

export interface SyntaxProblem {
  message: string;
  s: number;
  e: number;
  /**
   * The problem reaches the end of the file: a bracket or block still open there (`block`: the text
   * was most likely cut off), or a string that runs to the end (`string`: often a quote nested in a
   * string, which also leaves every later bracket open).
   */
  eof?: 'block' | 'string';
  /** Python: the keyword that makes an import's module path unparsable (`from x.lambda import y`). */
  keywordModule?: string;
}

/** Facts about the code that the parser alone can tell, and that the IR does not keep. */
export interface CodeNote {
  /**
   * `redeclared`: a name declared twice in one scope where the language rejects it (TS/JS `let`,
   * `const`, `class`, imports; TS functions with bodies) or silently replaces the first (Python
   * `def`/`class`); `first` is the earlier declaration. `explicit-any`: a TypeScript `any` type.
   */
  kind: 'redeclared' | 'explicit-any';
  name: string;
  s: number;
  e: number;
  first?: number;
}

export interface Module {
  /** Virtual path of the source file. */
  path: string;
  lang: Lang;
  body: Stmt[];
  /** Syntax errors found while parsing; the body holds whatever could be recovered. */
  errors: SyntaxProblem[];
  /** Names used only in type positions (annotations), which the IR erases; an import used there is used. */
  typeRefs?: string[];
  /**
   * Names a type annotation starts with that the file names nowhere outside annotations (no import,
   * declaration or other use): TypeScript type references (`pulumi.Output<string>` gives `pulumi`),
   * Python annotations that run when their definition does (parameters, returns, module and class
   * level; none under `from __future__ import annotations`). Only files with imports of their own.
   */
  typeOnlyNames?: { name: string; s: number; e: number }[];
  notes?: CodeNote[];
  /**
   * TypeScript: the names the module exports as written (values and also interfaces, type aliases,
   * overloads and `declare`d names, which the IR erases) and the other names it declares at its top
   * level; `open` when it may export names the list cannot show (`export =`, CommonJS exports,
   * `export *` from a package).
   */
  exportSurface?: { exported: string[]; local: string[]; open: boolean };
  /**
   * TypeScript: the fields of the module's top-level interfaces and object type aliases that are
   * declared with a plain type (`string`, `number`, `boolean`, arrays of them), by type name; the
   * instance fields of classes so declared, under `class <Name>`.
   */
  plainFields?: Record<string, Record<string, string>>;
  /**
   * TypeScript: the members of the module's top-level, non-generic interfaces and object type
   * aliases that extend nothing, by type name, each `true` when required (no `?`); `indexed` when
   * the type has an index signature (it takes any further key). Names the module also gives a
   * class, enum, function or namespace (declaration merging) are left out.
   */
  shapes?: Record<string, { fields: Record<string, boolean>; indexed: boolean }>;
  /** Python: the module binds names the evaluator cannot follow (`global`, `globals()`, `exec`, a module `__getattr__`). */
  dynamicNames?: boolean;
}
