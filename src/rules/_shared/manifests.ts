// The dependency manifests an answer gives (package.json, requirements*.txt, Pipfile, pyproject.toml)
// and the packages they declare. A manifest that cannot be read whole (not JSON, `-r other.txt`, a
// Git URL) declares an unknown set: it is `open`, and nothing may be called missing from it.

import type { SourceFile } from '../../core/source.js';
import { basename, dirname } from '../../loaders/paths.js';
import type { ResourceModel } from '../../model/types.js';
import { derivedCache } from './derived.js';

export interface Manifest {
  file: SourceFile;
  kind: 'npm' | 'python';
  /** Declared package names, normalised (npm: as written; Python: lower-case, `_`/`.` → `-`). */
  packages: Set<string>;
  open: boolean;
}

const NPM_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

export function normalisePythonPackage(name: string): string {
  return name.toLowerCase().replace(/[_.]+/g, '-');
}

function npmManifest(file: SourceFile): Manifest {
  const m: Manifest = { file, kind: 'npm', packages: new Set(), open: false };
  let pkg: unknown;
  try {
    pkg = JSON.parse(file.text);
  } catch {
    m.open = true;
    return m;
  }
  if (typeof pkg !== 'object' || pkg === null) return { ...m, open: true };
  const fields = NPM_FIELDS.map((f) => (pkg as Record<string, unknown>)[f]).filter((d) => typeof d === 'object' && d !== null);
  // A package.json without any dependency list is a fragment (or a manifest for something else).
  if (fields.length === 0) m.open = true;
  for (const deps of fields) for (const name of Object.keys(deps as object)) m.packages.add(name);
  return m;
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(?:[<>=!~;@].*)?$/;

function requirementsManifest(file: SourceFile): Manifest {
  const m: Manifest = { file, kind: 'python', packages: new Set(), open: false };
  for (const raw of file.text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '').replace(/^#.*$/, '').trim();
    if (!line) continue;
    const req = REQUIREMENT.exec(line);
    if (req) m.packages.add(normalisePythonPackage(req[1]!));
    // `-r other.txt`, `-e .`, URLs and VCS links name packages this file does not spell out.
    else m.open = true;
  }
  return m;
}

/** Pipfile `[packages]`, Poetry `[tool.poetry.dependencies]` keys and PEP 621 `dependencies = [...]` strings. */
function tomlManifest(file: SourceFile): Manifest {
  const m: Manifest = { file, kind: 'python', packages: new Set(), open: false };
  let section = '';
  let inArray = false;
  let sawDependencies = false;
  for (const raw of file.text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    const header = /^\[+\s*([^\]]+?)\s*\]+$/.exec(line);
    if (header) {
      section = header[1]!.toLowerCase();
      inArray = false;
      continue;
    }
    const depSection = /(^|\.)(packages|dev-packages|dependencies|dev-dependencies)$/.test(section) || /^tool\.poetry\.group\..*\.dependencies$/.test(section);
    if (depSection) {
      sawDependencies = true;
      const key = /^["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/.exec(line);
      if (key) m.packages.add(normalisePythonPackage(key[1]!));
      continue;
    }
    if (/^(dependencies|optional-dependencies|[\w-]+)\s*=\s*\[/.test(line) && /^(project|project\.optional-dependencies)$/.test(section)) {
      sawDependencies = true;
      inArray = !line.includes(']');
      for (const s of line.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)) m.packages.add(normalisePythonPackage(s[1]!));
      continue;
    }
    if (inArray) {
      for (const s of line.matchAll(/["']([A-Za-z0-9][A-Za-z0-9._-]*)/g)) m.packages.add(normalisePythonPackage(s[1]!));
      if (line.includes(']')) inArray = false;
    }
  }
  if (!sawDependencies) m.open = true;
  return m;
}

function manifestOf(file: SourceFile): Manifest | undefined {
  const base = basename(file.path).toLowerCase();
  if (base === 'package.json') return npmManifest(file);
  if (/^requirements(?:[-_.][\w-]+)?\.txt$/.test(base)) return requirementsManifest(file);
  if (base === 'pipfile' || base === 'pyproject.toml') return tomlManifest(file);
  return undefined;
}

const isAncestor = (dir: string, of: string) => dir === '' || of === dir || of.startsWith(`${dir}/`);

/**
 * The manifests that install packages a program file can import: every one in its folder or a folder
 * above (Node.js looks for node_modules all the way up; a Python project may split requirements
 * files). Undefined when the answer gives none there.
 */
export function manifestsFor(model: ResourceModel, path: string, kind: Manifest['kind']): Manifest[] | undefined {
  const dir = dirname(path);
  const all = manifestsOf(model).filter((m) => m.kind === kind && isAncestor(dirname(m.file.path), dir));
  return all.length > 0 ? all : undefined;
}

/** The answer's manifests, read once per model (a program of thousands of files asks for each file). */
const cache = derivedCache<ResourceModel, Manifest[]>();
function manifestsOf(model: ResourceModel): Manifest[] {
  let all = cache.get(model);
  if (!all) cache.set(model, (all = model.input.files.map(manifestOf).filter((m): m is Manifest => m !== undefined)));
  return all;
}
