// How programs name things in the SDKs → the module a record lives in and its name there.

import { keywordSafe } from './python-names.js';

export interface ModulePath {
  /** TypeScript module, '' for the package root. */
  readonly module: string;
  readonly name: string;
}

/**
 * `aws.s3.BucketV2`, `s3.BucketV2`, `pulumi_aws.lambda_.Function`, `aws.Provider`, `getRegion`.
 * Python modules that are keywords carry a trailing `_`; tokens and the artifact use the plain name.
 */
export function splitPath(path: string): ModulePath {
  const dot = path.lastIndexOf('.');
  return { module: moduleName(dot < 0 ? '' : path.slice(0, dot)), name: path.slice(dot + 1) };
}

/** `lambda`, `lambda_`, `aws.lambda`, `pulumi_aws.lambda_` → `lambda`; `aws`, `pulumi_aws`, '' → ''. */
export function moduleName(text: string): string {
  const module = text.replace(/^(?:aws|pulumi_aws)(?:\.|$)/, '');
  return module.endsWith('_') ? module.slice(0, -1) : module;
}

/** The module of a type token: `aws:s3/bucketV2:BucketV2` → `s3`; `aws:index/…` and providers → ''. */
export function moduleOfToken(token: string): string {
  const [, middle = ''] = token.split(':');
  if (token.startsWith('pulumi:providers:')) return '';
  const module = middle.split('/')[0]!.toLowerCase();
  return module === 'index' ? '' : module;
}

export function joinPath(module: string, name: string): string {
  return module ? `${module}.${name}` : name;
}

export function tsPath(module: string, name: string): string {
  return `aws.${joinPath(module, name)}`;
}

export function pythonPath(module: string, name: string): string {
  return `pulumi_aws.${module ? `${keywordSafe(module)}.` : ''}${name}`;
}
