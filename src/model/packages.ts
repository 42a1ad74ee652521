// Pulumi package names, module paths and type tokens, in both SDK languages.

import type { Lang } from '../core/ir.js';

export interface PackageRef {
  pkg: string;
  /** Module path inside the package, normalised to the TS spelling (`lambda`, not `lambda_`). */
  path: string[];
}

/** `@pulumi/aws`, `@pulumi/aws/s3`, `pulumi_aws`, `pulumi_aws.s3` → package ref; `pulumi` is its own. */
export function packageOfImport(spec: string, lang: Lang): PackageRef | 'pulumi' | undefined {
  if (lang === 'ts') {
    if (spec === '@pulumi/pulumi' || spec.startsWith('@pulumi/pulumi/')) return 'pulumi';
    const m = /^@pulumi\/([a-z0-9-]+)(?:\/(.*))?$/.exec(spec);
    if (!m) return undefined;
    return { pkg: m[1]!, path: m[2] ? m[2].split('/').filter(Boolean).map(normalizeModule) : [] };
  }
  const parts = spec.split('.');
  if (parts[0] === 'pulumi') return 'pulumi';
  const m = /^pulumi_([a-z0-9_]+)$/.exec(parts[0]!);
  if (!m) return undefined;
  return { pkg: m[1]!.replace(/_/g, '-'), path: parts.slice(1).map(normalizeModule) };
}

/** Python avoids keywords with a trailing underscore (`lambda_`); tokens use the plain name. */
export function normalizeModule(name: string): string {
  return name.endsWith('_') ? name.slice(0, -1) : name;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// Kubernetes API groups whose SDK module name is the short form of the group.
const K8S_GROUPS: Record<string, string> = {
  rbac: 'rbac.authorization.k8s.io',
  networking: 'networking.k8s.io',
  storage: 'storage.k8s.io',
  admissionregistration: 'admissionregistration.k8s.io',
  apiextensions: 'apiextensions.k8s.io',
  scheduling: 'scheduling.k8s.io',
  coordination: 'coordination.k8s.io',
  certificates: 'certificates.k8s.io',
  discovery: 'discovery.k8s.io',
  node: 'node.k8s.io',
  flowcontrol: 'flowcontrol.apiserver.k8s.io',
  events: 'events.k8s.io',
  resource: 'resource.k8s.io',
  helm: 'helm.sh',
};

/** Type token of a resource class: `aws:s3/bucketV2:BucketV2`. */
export function resourceToken(pkg: string, path: string[], className: string): string {
  if (className === 'Provider' && path.length === 0) return `pulumi:providers:${pkg}`;
  if (pkg === 'kubernetes' && path.length > 0) {
    // Kubernetes tokens name the API group and version: `kubernetes:core/v1:Namespace`,
    // `kubernetes:rbac.authorization.k8s.io/v1:Role`, `kubernetes:helm.sh/v3:Chart`, `kubernetes:yaml:ConfigFile`.
    const [group, ...rest] = path;
    return `kubernetes:${[K8S_GROUPS[group!] ?? group, ...rest].join('/')}:${className}`;
  }
  const mod = path.length === 0 ? 'index' : path.join('/');
  if (pkg === 'awsx' || pkg === 'eks') return `${pkg}:${mod}:${className}`;
  return `${pkg}:${mod}/${lowerFirst(className)}:${className}`;
}

/** Token of a function (data source): `aws:index/getCallerIdentity:getCallerIdentity`. */
export function functionToken(pkg: string, path: string[], fnName: string): string {
  const mod = path.length === 0 ? 'index' : path.join('/');
  return `${pkg}:${mod}/${fnName}:${fnName}`;
}

/** `retention_in_days` → `retentionInDays`. Schema-specific irregular names are handled by the schema. */
export function snakeToCamel(s: string): string {
  if (!s.includes('_')) return s;
  const lead = /^_+/.exec(s)?.[0] ?? '';
  return lead + s.slice(lead.length).replace(/_+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** `accountId` → `account_id`. */
export function camelToSnake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** Python function names: `get_caller_identity` → `getCallerIdentity`. */
export function pyFunctionName(name: string): string {
  return snakeToCamel(name);
}

/**
 * Arguments that are maps from user keys to values (tags, environment variables, ...). Their keys
 * are data and must never be renamed when Python snake_case keys are normalised.
 */
export const MAP_ARGS = new Set([
  'tags',
  'tagsAll',
  'variables',
  'labels',
  'annotations',
  'stageVariables',
  'requestParameters',
  'responseParameters',
  'requestTemplates',
  'responseTemplates',
  'requestModels',
  'responseModels',
  'dimensions',
]);
