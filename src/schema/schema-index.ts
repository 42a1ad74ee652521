// SchemaIndex over an artifact: every lookup goes to one module's chunk and builds the public record on
// first use, so a program that touches five modules never decodes the other two hundred.

import type { Artifact, ModuleChunk, RawEnum, RawFunction, RawResource } from './artifact.js';
import { parseKind } from './kind.js';
import { ObjectType, toDeprecation } from './object-type.js';
import { joinPath, moduleName, moduleOfToken, pythonPath, splitPath, tsPath } from './paths.js';
import { camelName, pythonEnumMember, pythonInitParam, pythonName } from './python-names.js';
import type {
  AwsMajor,
  Deprecation,
  EnumSchema,
  FunctionSchema,
  ObjectTypeSchema,
  ResourceSchema,
  SchemaIndex,
} from './types.js';

/** Per-module name tables, built from a chunk when first needed. */
interface ModuleNames {
  /** Class name → token. */
  readonly resources: Map<string, string>;
  /** `getX`, `getXOutput`, `get_x`, `get_x_output` → token. */
  readonly functions: Map<string, string>;
}

export function createSchemaIndex(artifact: Artifact, major: AwsMajor): SchemaIndex {
  const { header } = artifact;
  const resources = new Map<string, ResourceSchema | undefined>();
  const functions = new Map<string, FunctionSchema | undefined>();
  const types = new Map<string, ObjectTypeSchema | undefined>();
  const outputTypes = new Map<string, ObjectTypeSchema | undefined>();
  const enums = new Map<string, EnumSchema | undefined>();
  const names = new Map<string, ModuleNames>();

  const chunk = (module: string): ModuleChunk | undefined => artifact.chunk(module || 'index');

  const namesOf = (module: string): ModuleNames | undefined => {
    const cached = names.get(module);
    const c = cached ? undefined : chunk(module);
    if (!c) return cached;
    const table: ModuleNames = { resources: new Map(), functions: new Map() };
    for (const [token, r] of Object.entries(c.resources)) table.resources.set(splitPath(r.path).name, token);
    for (const [token, f] of Object.entries(c.functions)) {
      const { name } = splitPath(f.path);
      const py = pythonName(name);
      for (const alias of f.output ? [name, `${name}Output`, py, `${py}_output`] : [name, py]) {
        table.functions.set(alias, token);
      }
    }
    names.set(module, table);
    return table;
  };

  const memo = <T>(cache: Map<string, T | undefined>, key: string, make: () => T | undefined): T | undefined => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key);
  };

  const resource = (token: string): ResourceSchema | undefined =>
    memo(resources, token, () => {
      const c = chunk(moduleOfToken(token));
      return c && Object.hasOwn(c.resources, token) ? toResource(token, c.resources[token]!) : undefined;
    });

  const fn = (token: string): FunctionSchema | undefined =>
    memo(functions, token, () => {
      const c = chunk(moduleOfToken(token));
      return c && Object.hasOwn(c.functions, token) ? toFunction(token, c.functions[token]!) : undefined;
    });

  const nested = (cache: Map<string, ObjectTypeSchema | undefined>, side: 'types' | 'outputTypes', path: string) => {
    const { module, name } = splitPath(path);
    const key = joinPath(module, name);
    return memo(cache, key, () => {
      const c = chunk(module);
      return c && Object.hasOwn(c[side], key) ? new ObjectType(key, c[side][key]!) : undefined;
    });
  };

  const enumByPath = (path: string): EnumSchema | undefined => {
    const { module, name } = splitPath(path);
    const key = joinPath(module, name);
    return memo(enums, key, () => {
      const c = chunk(module);
      return c && Object.hasOwn(c.enums, key) ? toEnum(module, name, c.enums[key]!) : undefined;
    });
  };

  return {
    providerVersion: header.version,
    major,
    resource,
    resourceByPath(path) {
      const { module, name } = splitPath(path);
      const token = namesOf(module)?.resources.get(name);
      return token ? resource(token) : undefined;
    },
    function(pathOrToken) {
      if (pathOrToken.includes(':')) return fn(pathOrToken);
      const { module, name } = splitPath(pathOrToken);
      const token = namesOf(module)?.functions.get(name);
      return token ? fn(token) : undefined;
    },
    type: (name) => nested(types, 'types', name),
    outputType: (name) => nested(outputTypes, 'outputTypes', name),
    enum: enumByPath,
    enumValue: (enumPath, member) => enumByPath(enumPath)?.value(member),
    modules: () => header.modules,
    members(moduleText, lang) {
      const module = moduleName(moduleText);
      const c = chunk(module);
      if (!c) return [];
      const out = [...namesOf(module)!.resources.keys()];
      for (const f of Object.values(c.functions)) {
        const { name } = splitPath(f.path);
        const base = lang === 'ts' ? name : pythonName(name);
        out.push(base);
        if (f.output) out.push(lang === 'ts' ? `${base}Output` : `${base}_output`);
      }
      for (const path of Object.keys(c.enums)) out.push(splitPath(path).name);
      if (lang === 'ts') out.push(...c.extras);
      return out;
    },
    camelName: (snake) =>
      Object.hasOwn(header.pythonIrregular, snake) ? header.pythonIrregular[snake]! : camelName(snake),
  };
}

/** Every resource inherits these from `pulumi.CustomResource`; its declaration file does not repeat them. */
const BASE_OUTPUTS = { id: '!~s', urn: '!~s' };

function toResource(token: string, raw: RawResource): ResourceSchema {
  const { module, name } = splitPath(raw.path);
  const deprecated = toDeprecation(raw.d);
  return {
    token,
    module,
    name,
    tsPath: tsPath(module, name),
    pythonPath: pythonPath(module, name),
    inputs: new ObjectType(`${raw.path}Args`, raw.in, pythonInitParam),
    outputs: new ObjectType(raw.path, { ...raw.out, p: { ...BASE_OUTPUTS, ...raw.out.p } }),
    secretProperties: new Set(raw.s ?? []),
    ...(deprecated && { deprecated }),
  };
}

function toFunction(token: string, raw: RawFunction): FunctionSchema {
  const { module, name } = splitPath(raw.path);
  const py = pythonName(name);
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  const deprecated = toDeprecation(raw.d);
  return {
    token,
    module,
    name,
    pythonName: py,
    tsPath: tsPath(module, name),
    pythonPath: pythonPath(module, py),
    positional: raw.positional === true,
    hasOutputVariant: raw.output === true,
    ...(raw.in && { inputs: new ObjectType(joinPath(module, `${title}Args`), raw.in) }),
    ...(typeof raw.out === 'object' && { result: new ObjectType(joinPath(module, `${title}Result`), raw.out) }),
    ...(typeof raw.out === 'string' && { value: parseKind(raw.out) }),
    ...(deprecated && { deprecated }),
  };
}

function toEnum(module: string, name: string, raw: RawEnum): EnumSchema {
  const members = new Map(Object.entries(raw.v));
  let python: Map<string, string> | undefined;
  const deprecations = new Map<string, Deprecation>();
  for (const [member, d] of Object.entries(raw.d ?? {})) deprecations.set(member, toDeprecation(d)!);
  const tsMember = (member: string): string | undefined => {
    if (members.has(member)) return member;
    python ??= new Map([...members.keys()].map((m) => [pythonEnumMember(m), m]));
    return python.get(member);
  };
  return {
    path: joinPath(module, name),
    tsPath: tsPath(module, name),
    pythonPath: pythonPath(module, name),
    members,
    values: new Set(members.values()),
    value: (member) => {
      const m = tsMember(member);
      return m === undefined ? undefined : members.get(m);
    },
    deprecation: (member) => {
      const m = tsMember(member);
      return m === undefined ? undefined : deprecations.get(m);
    },
  };
}
