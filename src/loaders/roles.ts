// What each file is for. Only `program` files are evaluated, so the costly mistakes are evaluating
// a Lambda handler or a unit test as infrastructure; the rules here lean towards keeping those out.

import type { FileRole, Language } from '../core/source.js';
import { isProgramLanguage } from './language.js';
import { basename, dirname } from './paths.js';

const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'integration-tests']);
const TEST_FILE =
  /\.(?:test|spec)\.[cm]?[jt]sx?$|^test_.*\.py$|_test\.py$|^conftest\.py$|\.(?:test|spec)\.py$/i;

function isTestPath(path: string): boolean {
  if (TEST_FILE.test(basename(path))) return true;
  return dirname(path)
    .split('/')
    .some((seg) => TEST_DIRS.has(seg.toLowerCase()));
}

const CONTEXT_NAMES = new Set([
  'package.json',
  'package-lock.json',
  'pipfile',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'tsconfig.json',
  '.npmrc',
]);

// Tooling configuration is code, but not infrastructure code.
const TOOL_CONFIG = /^(?:jest|vitest|babel|webpack|rollup|eslint|prettier|tsup|vite)\.config\.[cm]?[jt]s$|^\.eslintrc\.[cm]?js$/i;

export function isPulumiProjectFile(path: string): boolean {
  return /^pulumi\.ya?ml$/i.test(basename(path));
}

function isStackConfigFile(path: string): boolean {
  return /^pulumi\.[^.]+\.ya?ml$/i.test(basename(path));
}

/** Pulumi.yaml, Pulumi.<stack>.yaml, package.json, requirements*.txt, pyproject.toml, tsconfig*.json ... */
export function isContextPath(path: string): boolean {
  const base = basename(path).toLowerCase();
  return (
    isPulumiProjectFile(path) ||
    isStackConfigFile(path) ||
    CONTEXT_NAMES.has(base) ||
    /^requirements(?:[-_.][\w-]+)?\.txt$/.test(base) ||
    /^tsconfig(?:\.[\w-]+)?\.json$/.test(base) ||
    TOOL_CONFIG.test(base)
  );
}

const ECMA_PULUMI_IMPORT = /\bfrom\s+['"]@pulumi\/|\brequire\(\s*['"]@pulumi\/|\bimport\s*\(\s*['"]@pulumi\//;
const PYTHON_PULUMI_IMPORT = /^[ \t]*(?:import|from)\s+pulumi(?:_\w+)?\b/m;

export function importsPulumi(text: string, language: Language): boolean {
  if (language === 'python') return PYTHON_PULUMI_IMPORT.test(text);
  return ECMA_PULUMI_IMPORT.test(text);
}

// A fragment shown without its imports still reads as Pulumi code when it uses the SDK.
const PULUMI_USE = /\bpulumi\.\w|\bnew\s+aws\.\w+\.\w+\(|\baws\.\w+\.[A-Z]\w*\(/;

export function usesPulumi(text: string, language: Language): boolean {
  return importsPulumi(text, language) || PULUMI_USE.test(text);
}

const ECMA_HANDLER =
  /\bexport\s+(?:const|let|var|async\s+function|function)\s+handler\b|\bexports\.handler\s*=|\bmodule\.exports\s*=\s*\{[^}]*\bhandler\b/;
const PYTHON_HANDLER = /^(?:async\s+)?def\s+(?:lambda_)?handler\s*\(/m;

function definesHandler(text: string, language: Language): boolean {
  return language === 'python' ? PYTHON_HANDLER.test(text) : ECMA_HANDLER.test(text);
}

const HANDLER_DIR =
  /^(?:lambdas?|lambda[-_](?:code|functions?|src|handlers?|layers?|app)|functions|handlers?|app|runtime|layers?)$/i;

/** Lives under a folder that conventionally holds Lambda code (lambda/, functions/, src/handlers/, app/ ...). */
function isUnderHandlerFolder(path: string): boolean {
  return dirname(path)
    .split('/')
    .some((seg) => HANDLER_DIR.test(seg));
}

const TEST_FRAMEWORK: readonly RegExp[] = [
  /^[ \t]*(?:import|from)\s+(?:unittest|pytest)\b/m,
  /\bpulumi\.runtime\.set_?[mM]ocks\b/,
  /\bdescribe\(\s*['"`][\s\S]*\b(?:expect|assert)\w*\(/,
  /\bfrom\s+['"](?:vitest|@jest\/globals|mocha|chai)['"]/,
];

/** Content that is a test suite, for blocks that have no path to tell. */
export function looksLikeTest(text: string): boolean {
  return TEST_FRAMEWORK.some((re) => re.test(text));
}

/**
 * Role of a file. A program-language file that neither imports nor uses the Pulumi SDK is Lambda
 * code (`asset`) when it sits in a handler folder or defines a handler; other Pulumi-free modules (helpers,
 * config) stay `program` so the evaluator can follow imports into them.
 */
export function roleFor(path: string, language: Language, text: string): FileRole {
  if (isTestPath(path)) return 'test';
  if (isContextPath(path)) return 'context';
  if (!isProgramLanguage(language)) return 'other';
  if (!usesPulumi(text, language) && (isUnderHandlerFolder(path) || definesHandler(text, language))) {
    return 'asset';
  }
  return 'program';
}
