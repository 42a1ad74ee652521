// The @pulumi/aws (pulumi-aws) version constraint a project declares, kept as written (`^6.0.0`,
// `>=6.0.0,<7.0.0`): rules about deprecated APIs depend on the provider's major version.

import { basename } from './paths.js';

interface PackageFile {
  path: string;
  text: string;
}

function fromPackageJson(text: string): string | undefined {
  let pkg: unknown;
  try {
    pkg = JSON.parse(text);
  } catch {
    // Models often leave comments or trailing commas in package.json; the raw text still says it.
    return /"@pulumi\/aws"\s*:\s*"([^"]+)"/.exec(text)?.[1];
  }
  if (typeof pkg !== 'object' || pkg === null) return undefined;
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const deps = (pkg as Record<string, unknown>)[field];
    if (typeof deps !== 'object' || deps === null) continue;
    const version = (deps as Record<string, unknown>)['@pulumi/aws'];
    if (typeof version === 'string') return version;
  }
  return undefined;
}

const SPECIFIER = String.raw`(?:===|[<>=!~]=?)\s*[^\s;#,"']+`;
const REQUIREMENT = new RegExp(
  String.raw`^\s*pulumi[-_]aws(?![\w-])\s*(?:\[[^\]]*\])?\s*(${SPECIFIER}(?:\s*,\s*${SPECIFIER})*)`,
  'im',
);

function fromRequirements(text: string): string | undefined {
  return REQUIREMENT.exec(text)?.[1];
}

/** pyproject.toml (Poetry or PEP 621) and Pipfile. */
function fromToml(text: string): string | undefined {
  const table = /^[ \t]*["']?pulumi[-_]aws["']?\s*=\s*(?:["']([^"']+)["']|\{[^}]*\bversion\s*=\s*["']([^"']+)["'])/im.exec(text);
  if (table) return table[1] ?? table[2];
  const pep621 = new RegExp(String.raw`["']pulumi[-_]aws(?![\w-])\s*(?:\[[^\]]*\])?\s*(${SPECIFIER}(?:\s*,\s*${SPECIFIER})*)`, 'i');
  return pep621.exec(text)?.[1];
}

function readerFor(path: string): ((text: string) => string | undefined) | undefined {
  const base = basename(path).toLowerCase();
  if (base === 'package.json') return fromPackageJson;
  if (/^requirements(?:[-_.][\w-]+)?\.txt$/.test(base)) return fromRequirements;
  if (base === 'pyproject.toml' || base === 'pipfile') return fromToml;
  return undefined;
}

/** The constraint from the shallowest package file that states one. */
export function awsProviderVersion(files: readonly PackageFile[]): string | undefined {
  const depth = (p: string): number => p.split('/').length;
  const sorted = [...files].sort((a, b) => depth(a.path) - depth(b.path));
  for (const file of sorted) {
    const version = readerFor(file.path)?.(file.text);
    if (version) return version;
  }
  return undefined;
}
