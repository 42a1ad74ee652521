// The resource model: what a Pulumi program would create, as far as it can be known statically.
// Rules read only this.

import type { Diagnostic, ProgramInput, PulumiProjectFacts } from '../core/program.js';
import type { Lang } from '../core/ir.js';
import type { At, FileLayout, ObjV, Value } from '../ir/values.js';
import type { EvalEventKind, TemplateHoleAt } from '../ir/host.js';
import type { AwsMajor, SchemaIndex } from '../schema/index.js';

export interface Resource {
  /** Unique within the model; components share the id space. */
  id: number;
  /** Pulumi type token, e.g. `aws:s3/bucketV2:BucketV2`; `pulumi:providers:aws` for providers. */
  type: string;
  /** Package (`aws`, `awsx`, `random`, …), module path as in the SDK (`s3`, `lambda`), class name. */
  pkg: string;
  module: string;
  className: string;
  /** The constructor as written, language-neutral: `aws.s3.BucketV2`. */
  typePath: string;
  name: Value;
  args: ObjV;
  opts: ObjV;
  at: At;
  lang: Lang;
  /** Component whose constructor or method created it. */
  component?: number;
  /** The program function whose body creates it (the innermost one running); absent at a module's top level. */
  scope?: At;
  /** `parent` option: a component/resource id, or 'unknown' when set to something unresolved. */
  parent?: number | 'unknown';
  /** `provider` option: a provider resource id, or 'unknown'. */
  provider?: number | 'unknown';
  /** `dependsOn` option: resource/component ids, 'unknown' for items (or a list) that cannot be resolved. */
  dependsOn?: (number | 'unknown')[];
  inLoop: boolean;
  conditional: boolean;
  inApply: boolean;
  /** For resources created in apply callbacks: the resources whose Outputs those callbacks wait for. */
  applyResources?: readonly number[];
  /** False when only found by analysing code that no entry point reaches. */
  reached: boolean;
  /**
   * Only found in code that nothing can call: unreached, and neither exported (TypeScript) nor a
   * public module-level name (Python), so no entry point outside the answer could call it either.
   */
  dead?: true;
  isProvider: boolean;
  /** Positional arguments the constructor did not expect, or args given in an unexpected shape. */
  argsKnown: boolean;
  /** How the constructor call's arguments are written (for fixes that add an argument). */
  call?: FileLayout;
}

export interface Component {
  id: number;
  /** Type token given to `super(...)` (e.g. `tap:stack:TapStack`), as a value. */
  type: Value;
  name: Value;
  className: string;
  at: At;
  lang: Lang;
  opts: ObjV;
  component?: number;
  parent?: number | 'unknown';
  /** `dependsOn` option, resolved as for resources. */
  dependsOn?: (number | 'unknown')[];
  registerOutputs?: { at: At; value: Value };
  /** Created inside a branch whose condition was unknown, or inside an `apply` callback. */
  conditional: boolean;
  inApply: boolean;
  reached: boolean;
  /** As for resources: only found in code that nothing can call. */
  dead?: true;
}

export interface StackExport {
  name: string;
  value: Value;
  at: At;
  via: 'ts-export' | 'pulumi.export';
  reached: boolean;
}

export interface ConfigRead {
  key: string;
  namespace?: string;
  method: string;
  secret: boolean;
  required: boolean;
  at: At;
  /** A second argument the getter does not take (a TypeScript fallback value, a Python `require` default): where it is written. */
  strayArgument?: At;
}

export interface EnvRead {
  name: string;
  at: At;
}

/** An import of a module that is not one of the program's own files (a package or the stdlib). */
export interface ExternalImport {
  module: string;
  at: At;
}

/** A read of a resource attribute (`bucket.arn`, `fn.invoke_arn`), with the SDK (camelCase) name. */
export interface AttributeRead {
  resource: number;
  attr: string;
  /** As written (Python snake_case). */
  written: string;
  at: At;
}

/** A data source call (`aws.ec2.getRouteTable({...})`, `get_vpc_output(...)`), with its arguments. */
export interface InvokeCall {
  /** Function token, e.g. `aws:ec2/getRouteTable:getRouteTable`. */
  token: string;
  pkg: string;
  /** The SDK module, '' for the package root (`lambda` for Python's `lambda_`). */
  module: string;
  /** The function as the program spells it, without the Output suffix: `getAmi` / `get_ami`. */
  name: string;
  /** Called as its Output variant (`getAmiOutput`, `get_ami_output`). */
  output: boolean;
  /** AWS only: whether the schema of the targeted major has the function. */
  known?: boolean;
  /** The exception types try statements around the call catch (`*`: any), innermost first. */
  catching?: readonly string[];
  args: ObjV;
  at: At;
  lang: Lang;
  reached: boolean;
}

/**
 * A member read of an SDK namespace: `pulumi.export`, `pulumi.Output.all`, `aws.logs`, and the names
 * an import takes from one (`from pulumi_aws import logs` reads `logs` at the import's span).
 */
export interface SdkRead {
  /** `pulumi` for the core SDK, else the provider package (`aws`, `random`). */
  pkg: string;
  /** The namespace read from: `[]` for the package root, `['Output']`, `['s3']`, `['asset']`. */
  path: string[];
  /** As written (Python `lambda_`, `get_stack`). */
  name: string;
  at: At;
  lang: Lang;
  reached: boolean;
}

export interface AssetRef {
  kind: string;
  path?: Value;
  at: At;
}

/** A name bound and never read (an import, a TS declaration, a Python function local). */
export interface UnusedBinding {
  name: string;
  kind: 'import' | 'var' | 'local';
  at: At;
  lang: Lang;
  /** The resource the name holds, when it holds one. */
  resource?: number;
}

export interface ModelEvent {
  kind: EvalEventKind;
  at: At;
  detail?: string;
  /** For output-* events: where the Output came from. */
  source?: string;
  /** For output-* events: the value is a Promise (a plain invoke's result), not an Output. */
  promise?: boolean;
  /** For output-* events: the resource whose attribute the Output is (or was lifted from). */
  resource?: number;
  /** For `inexact-import`: the program file the import was resolved to; for `unknown-member`: the class's file. */
  path?: string;
  /** For output-in-template of a template literal / f-string: where its holes and their expressions are written. */
  holes?: TemplateHoleAt[];
  /** For output-in-concat: where the two operands of the `+` are written. */
  operands?: [At, At];
  reached: boolean;
}

export interface ResourceModel {
  input: ProgramInput;
  /** The AWS provider major version the program targets (its package files, else the newest) and its schema. */
  aws: { major: AwsMajor; schema: SchemaIndex };
  entry?: string;
  project?: PulumiProjectFacts;
  /** Languages of the program files evaluated. */
  languages: Lang[];
  resources: Resource[];
  components: Component[];
  exports: StackExport[];
  configReads: ConfigRead[];
  envReads: EnvRead[];
  assets: AssetRef[];
  events: ModelEvent[];
  unused: UnusedBinding[];
  /** External modules imported (packages and standard library), in evaluation order. */
  imports: ExternalImport[];
  /**
   * The modules of the Pulumi program: the entry point and the modules it imports, at any depth
   * (without a known entry point, those the modules nobody imports that use Pulumi load), and every
   * module that uses Pulumi itself. A standalone script beside the program that uses no Pulumi SDK
   * is evaluated too, but is not among them.
   */
  programModules: string[];
  /** Every read of a resource attribute. */
  attributeReads: AttributeRead[];
  /** Every data source call, in evaluation order. */
  invokes: InvokeCall[];
  /** Every read of a member of an SDK namespace (package, module, `pulumi.Output`, `pulumi.asset`). */
  sdkReads: SdkRead[];
  /** Syntax errors and load problems of the input. */
  diagnostics: Diagnostic[];
  stats: { steps: number; budgetExhausted: boolean; modules: { path: string; reached: boolean }[] };
}
