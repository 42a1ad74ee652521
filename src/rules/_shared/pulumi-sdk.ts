// What the Pulumi core SDK exports by name, in each language: `@pulumi/pulumi` 3.248 (read from its
// declaration files) and the Python `pulumi` package (its `__init__.py` `__all__`, its submodules and
// the static members of `Output`). Only the namespaces listed here are judged; a name read from any
// other (`pulumi.runtime`, `pulumi.dynamic`, `pulumi.automation`) is never called missing.

import type { Lang } from '../../core/ir.js';

interface Namespace {
  /** Names usable as values. */
  values: ReadonlySet<string>;
  /** TypeScript names that exist only as types (usable in annotations and type-only imports). */
  types?: ReadonlySet<string>;
}

const set = (names: string): ReadonlySet<string> => new Set(names.trim().split(/\s+/));

const TS: Record<string, Namespace> = {
  '': {
    values: set(`
      asset automation dynamic iterable log provider runtime utils
      Config isGrpcError RunError ResourceError InputPropertyError InputPropertiesError
      getOrganization getProject getStack getRootDirectory requirePulumiVersion
      deferredOutput getAllResources output secret unsecret isSecret all isUnknown containsUnknowns concat
      interpolate jsonStringify jsonParse recover unknown Output createUrn allAliases mergeOptions
      resourceType resourceName Resource rootStackResource ResourceHook ErrorHook CustomResource
      ProviderResource ComponentResource DependencyResource DependencyProviderResource StackReference Stash`),
    types: set(`
      StringConfigOptions NumberConfigOptions InputPropertyErrorDetails InvokeOptions InvokeOutputOptions
      InvokeTransform InvokeTransformArgs InvokeTransformResult Input Inputs Unwrap UnwrapSimple
      UnwrappedArray UnwrappedObject OutputInstance OutputConstructor Lifted LiftedObject LiftedArray ID URN
      Alias ResourceOptions CustomTimeouts ResourceTransformation ResourceTransform ResourceTransformArgs
      ResourceTransformResult ResourceTransformationArgs ResourceTransformationResult CustomResourceOptions
      ResourceHookOptions ResourceHookArgs ResourceHookFunction ErrorHookArgs ErrorHookFunction
      ResourceHookBinding ComponentResourceOptions StackReferenceArgs StackReferenceOutputDetails StashArgs`),
  },
  Output: { values: set('create isInstance') },
  asset: { values: set('Archive AssetArchive FileArchive RemoteArchive Asset FileAsset StringAsset RemoteAsset'), types: set('AssetMap') },
  log: { values: set('hasErrors debug info warn error') },
};

const PY: Record<string, Namespace> = {
  '': {
    values: set(`
      Asset Archive AssetArchive FileArchive FileAsset RemoteArchive RemoteAsset StringAsset
      Config ConfigMissingError ConfigTypeError deprecated RunError InputPropertiesError InputPropertyError
      InputPropertyErrorDetails InvokeOptions InvokeOutputOptions InvokeTransform InvokeTransformArgs
      InvokeTransformResult get_organization get_project get_stack get_root_directory require_pulumi_version
      Alias Resource CustomResource CustomTimeouts ComponentResource ProviderResource ResourceOptions
      create_urn export get_current_export_map ROOT_STACK_RESOURCE ResourceTransformation
      ResourceTransformationArgs ResourceTransformationResult ResourceTransform ResourceTransformArgs
      ResourceTransformResult Output Input Inputs InputType UNKNOWN contains_unknowns deferred_output
      ErrorHook ErrorHookArgs ErrorHookFunction ResourceHookArgs ResourceHookFunction ResourceHook
      ResourceHookBinding ResourceHookOptions resource_hook error_hook debug info warn error StackReference
      StackReferenceOutputDetails Stash get_type_token type_token MISSING input_type output_type property
      getter get set runtime dynamic policy automation provider
      asset config errors invoke metadata resource output log stack_reference stash resource_hooks urn`),
  },
  Output: {
    values: set('resources future is_known is_secret apply from_input unsecret secret all concat format json_dumps json_loads'),
  },
  asset: { values: set('Asset Archive AssetArchive FileArchive FileAsset RemoteArchive RemoteAsset StringAsset') },
  log: { values: set('debug info warn error') },
};

/** Other Pulumi packages, read as if they were members of the core SDK (`pulumi.random.RandomPassword`). */
export const PULUMI_PACKAGES: Record<string, { ts: string; py: string }> = {
  aws: { ts: '@pulumi/aws', py: 'pulumi_aws' },
  awsx: { ts: '@pulumi/awsx', py: 'pulumi_awsx' },
  random: { ts: '@pulumi/random', py: 'pulumi_random' },
  tls: { ts: '@pulumi/tls', py: 'pulumi_tls' },
  command: { ts: '@pulumi/command', py: 'pulumi_command' },
  docker: { ts: '@pulumi/docker', py: 'pulumi_docker' },
  kubernetes: { ts: '@pulumi/kubernetes', py: 'pulumi_kubernetes' },
  eks: { ts: '@pulumi/eks', py: 'pulumi_eks' },
  archive: { ts: '@pulumi/archive', py: 'pulumi_archive' },
};

/** Classes of other Pulumi packages that models write as members of the core SDK (`new pulumi.RandomPassword`). */
export const PACKAGE_CLASSES: Record<string, string> = {
  RandomPassword: 'random',
  RandomString: 'random',
  RandomId: 'random',
  RandomInteger: 'random',
  RandomPet: 'random',
  RandomUuid: 'random',
  RandomShuffle: 'random',
  RandomBytes: 'random',
  PrivateKey: 'tls',
  SelfSignedCert: 'tls',
  CertRequest: 'tls',
  LocallySignedCert: 'tls',
};

/** What to write instead, for the names models carry over from the other SDK language. */
const INSTEAD: Record<Lang, Record<string, string>> = {
  ts: {
    export: 'Export the value from the entry module instead: `export const name = value;`.',
    'Output.all': 'Use `pulumi.all([...]).apply(...)`.',
    'Output.concat': 'Use `pulumi.concat(...)` or `pulumi.interpolate`.',
    'Output.format': 'Use `pulumi.interpolate`.',
    'Output.interpolate': 'Use `pulumi.interpolate`.',
    'Output.from_input': 'Use `pulumi.output(value)`.',
    'Output.secret': 'Use `pulumi.secret(value)`.',
    'Output.json_dumps': 'Use `pulumi.jsonStringify(value)`.',
    'Output.jsonStringify': 'Use `pulumi.jsonStringify(value)`.',
  },
  py: {
    interpolate: 'Use `pulumi.Output.concat(...)` or `pulumi.Output.format(...)`.',
    all: 'Use `pulumi.Output.all(...)`.',
    concat: 'Use `pulumi.Output.concat(...)`.',
    secret: 'Use `pulumi.Output.secret(value)`.',
    jsonStringify: 'Use `pulumi.Output.json_dumps(value)`.',
    json: 'Import the standard `json` module (`import json`) and call `json.dumps` inside an `apply`, or use `pulumi.Output.json_dumps(value)`.',
    get_account_id: 'Read the account id with `aws.get_caller_identity().account_id`.',
    get_account: 'Read the account id with `aws.get_caller_identity().account_id`.',
    get_region: 'Read the region with `aws.get_region()`.',
    get_resource: 'Keep a reference to the resource object the program created, or look an existing one up with `<Resource>.get(...)`.',
    'Output.create': 'Use `pulumi.Output.from_input(value)`.',
    'Output.interpolate': 'Use `pulumi.Output.concat(...)` or `pulumi.Output.format(...)`.',
    'Output.isInstance': 'Use `isinstance(value, pulumi.Output)`.',
    'Output.jsonStringify': 'Use `pulumi.Output.json_dumps(value)`.',
  },
};

/** The advice for a member the language's SDK lacks (`export` in TypeScript, `interpolate` in Python). */
export function insteadOf(lang: Lang, member: string): string | undefined {
  return INSTEAD[lang][member];
}

export type SdkMember = 'value' | 'type' | 'missing' | 'unknown';

/** Whether `name` exists in the core SDK namespace `path` (`[]`, `['Output']`, `['asset']`, `['log']`). */
export function pulumiMember(lang: Lang, path: readonly string[], name: string): SdkMember {
  if (path.length > 1 || name.startsWith('_')) return 'unknown';
  const ns = (lang === 'py' ? PY : TS)[path[0] ?? ''];
  if (!ns) return 'unknown';
  if (ns.values.has(name)) return 'value';
  if (ns.types?.has(name)) return 'type';
  return 'missing';
}

const normalise = (s: string) => s.replace(/_/g, '').toLowerCase();

/** The same name in the language's own spelling (`getStack` → `get_stack`), when there is one. */
export function spellingOf(lang: Lang, path: readonly string[], name: string): string | undefined {
  const ns = (lang === 'py' ? PY : TS)[path[0] ?? ''];
  if (!ns) return undefined;
  const want = normalise(name);
  for (const n of [...ns.values, ...(ns.types ?? [])]) if (n !== name && normalise(n) === want) return n;
  return undefined;
}
