// The AWS provider's schema as stacklint sees it: resources, invokes, nested object types and enums of one
// pinned @pulumi/aws release, read from the artifact that scripts/schema/generate.mjs writes.

/** What a property accepts. `object` names a type on the same side (inputs: `type`, outputs: `outputType`). */
export type Kind =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'any' | 'asset' | 'archive' }
  | { readonly kind: 'literal'; readonly value: string }
  | { readonly kind: 'array' | 'map'; readonly of: Kind }
  | { readonly kind: 'object'; readonly type: string }
  | { readonly kind: 'enum'; readonly enum: string }
  /** A resource object the SDK accepts in place of its name or ARN (`role: string | iam.Role`). */
  | { readonly kind: 'resource'; readonly resource: string }
  | { readonly kind: 'union'; readonly of: readonly Kind[] };

export interface Deprecation {
  /** The SDK's own `@deprecated` text. */
  readonly message: string;
  /**
   * What the message says to use instead, when it names something this schema knows: a sibling
   * property or enum member name, or the type token of a resource or function (it contains `:`).
   */
  readonly replacement?: string;
}

export interface PropertySchema {
  /** camelCase, as in TypeScript and in the provider schema. */
  readonly name: string;
  /**
   * The Python SDK's keyword / attribute name (`retention_in_days`). A resource's inputs also accept
   * the constructor keyword where it differs (`resource_name_`, see `pythonInitParam`).
   */
  readonly pythonName: string;
  readonly kind: Kind;
  /** An argument the caller must give; for outputs and invoke results, a value that is always present. */
  readonly required: boolean;
  /** Accepts `pulumi.Input` (an Output or a Promise); plain invoke arguments do not (nor outputs, results). */
  readonly input: boolean;
  readonly deprecated?: Deprecation;
}

export interface ObjectTypeSchema {
  /** `ec2.SecurityGroupIngress`; a resource's inputs are `<module>.<Class>Args`, its outputs `<module>.<Class>`. */
  readonly name: string;
  readonly properties: readonly PropertySchema[];
  /** By camelCase or Python name. */
  property(name: string): PropertySchema | undefined;
}

export interface ResourceSchema {
  /** `aws:s3/bucketV2:BucketV2`. */
  readonly token: string;
  /** TypeScript module (`lambda`); '' for the package root (`aws.Provider`). */
  readonly module: string;
  readonly name: string;
  /** `aws.s3.BucketV2`. */
  readonly tsPath: string;
  /** `pulumi_aws.s3.BucketV2`; modules that are Python keywords end in `_` (`pulumi_aws.lambda_.Function`). */
  readonly pythonPath: string;
  readonly inputs: ObjectTypeSchema;
  readonly outputs: ObjectTypeSchema;
  /**
   * Properties (camelCase) the provider stores as secrets in the state whatever value they are
   * given (`secretsmanager.SecretVersion.secretString`, `rds.Cluster.masterPassword`).
   */
  readonly secretProperties: ReadonlySet<string>;
  readonly deprecated?: Deprecation;
}

export interface FunctionSchema {
  /** `aws:lambda/getFunction:getFunction`. */
  readonly token: string;
  readonly module: string;
  /** `getFunction`. */
  readonly name: string;
  /** `get_function`. */
  readonly pythonName: string;
  readonly tsPath: string;
  readonly pythonPath: string;
  /** Absent when the function takes no arguments. */
  readonly inputs?: ObjectTypeSchema;
  /** Arguments are positional (`arnBuild(partition, service, …)`), in `inputs` order. */
  readonly positional: boolean;
  /** Attributes of the result object; output-side kinds. */
  readonly result?: ObjectTypeSchema;
  /** The kind of a single-value result (`arnBuild` → string). */
  readonly value?: Kind;
  /** `getFunctionOutput` / `get_function_output` exists. */
  readonly hasOutputVariant: boolean;
  readonly deprecated?: Deprecation;
}

export interface EnumSchema {
  /** `lambda.Runtime`; root enums have no module (`Region`). */
  readonly path: string;
  readonly tsPath: string;
  readonly pythonPath: string;
  /** TypeScript member name → value (`NodeJS18dX` → `nodejs18.x`). */
  readonly members: ReadonlyMap<string, string>;
  readonly values: ReadonlySet<string>;
  /** The value of a TypeScript (`NodeJS18dX`) or Python (`NODE_JS18D_X`) member name. */
  value(member: string): string | undefined;
  deprecation(member: string): Deprecation | undefined;
}

export interface SchemaIndex {
  readonly providerVersion: string;
  readonly major: AwsMajor;
  /** By type token. */
  resource(token: string): ResourceSchema | undefined;
  /** By `aws.s3.BucketV2`, `s3.BucketV2` or `pulumi_aws.s3.BucketV2`. */
  resourceByPath(path: string): ResourceSchema | undefined;
  /**
   * By token, or by path in either language, `Output` variants included: `aws.lambda.getFunction`,
   * `lambda.getFunctionOutput`, `pulumi_aws.lambda_.get_function_output`.
   */
  function(pathOrToken: string): FunctionSchema | undefined;
  /** Nested input type by name (`ec2.SecurityGroupIngress`), as `object` kinds of inputs name them. */
  type(name: string): ObjectTypeSchema | undefined;
  /** Nested output type, as `object` kinds of outputs and invoke results name them. */
  outputType(name: string): ObjectTypeSchema | undefined;
  /** By `lambda.Runtime`, `aws.lambda.Runtime` or `pulumi_aws.lambda_.Runtime`. */
  enum(path: string): EnumSchema | undefined;
  /** `enumValue('lambda.Runtime', 'NodeJS18dX')` → `nodejs18.x`; Python member names work too. */
  enumValue(enumPath: string, member: string): string | undefined;
  /** TypeScript module names, for did-you-mean. */
  modules(): readonly string[];
  /**
   * Everything a module exports by name in one language, for did-you-mean: resource classes, functions
   * (with their Output variants), enums, and in TypeScript the hand-written helpers (`CallbackFunction`).
   * The module as either SDK spells it (`lambda`, `lambda_`); '' for the package root.
   */
  members(module: string, lang: 'ts' | 'py'): readonly string[];
  /** The schema's camelCase name for a Python name, irregular ones included (`not_action` → `NotAction`). */
  camelName(snake: string): string;
}

export type AwsMajor = 6 | 7;
