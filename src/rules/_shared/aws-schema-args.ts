// Resource arguments of the `aws` package checked against the provider schema of the major version the
// program targets (`model.aws.schema`). One walk per model, shared by the PULUMI-INVALID-ARG and
// DEPRECATED-API rules: every key written in an argument object (at any depth) paired with the schema
// property it names, if any, and every object whose type the schema knows.

import type { At, ObjV, Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import type { Kind, ObjectTypeSchema, PropertySchema, ResourceSchema } from '../../schema/index.js';
import { pythonInitParam } from '../../schema/index.js';
import { otherSchema } from './aws-schema-names.js';
import { derivedCache } from './derived.js';

/**
 * How keys must be spelled in an object: TypeScript wants the SDK's camelCase names; Python keyword
 * arguments and `*Args` classes want the snake_case names (anything else is a TypeError); Python dicts
 * passed as nested arguments are translated by the SDK, so either spelling works there.
 */
export type Spelling = 'ts' | 'py-keywords' | 'py-dict';

export interface ArgSite {
  resource: Resource;
  /** The object the key is written in, and the schema type it is checked against. */
  holder: ObjV;
  type: ObjectTypeSchema;
  /** The model's key (camelCase) and the key as written. */
  key: string;
  written: string;
  /** Span of the key where it was written; absent for keys copied in by a spread. */
  keyAt?: At;
  value: Value;
  /** The schema property the key names in the holder's type; undefined when it names none. */
  prop?: PropertySchema;
  /** The property the key would name if spelled as the language requires (`forceDestroy` in Python). */
  misspelled?: PropertySchema;
  /** Path as written (`ingress[].from_port`), for messages. */
  path: string;
  spelling: Spelling;
  /** The key sits at the top level of the resource's arguments. */
  topLevel: boolean;
}

export interface ObjectSite {
  resource: Resource;
  holder: ObjV;
  type: ObjectTypeSchema;
  path: string;
  spelling: Spelling;
  topLevel: boolean;
}

export interface SchemaArgs {
  /** Resources of the `aws` package with their schema (those the schema knows). */
  resources: { resource: Resource; schema: ResourceSchema }[];
  args: ArgSite[];
  objects: ObjectSite[];
}

const cache = derivedCache<ResourceModel, SchemaArgs>();

/** The walk of the model's AWS resource arguments, computed once per model. */
export function schemaArgs(model: ResourceModel): SchemaArgs {
  let out = cache.get(model);
  if (!out) {
    out = walkModel(model);
    cache.set(model, out);
  }
  return out;
}

/** The schema of an `aws` resource, by type token or by its constructor path. */
export function awsResourceSchema(model: ResourceModel, r: Resource): ResourceSchema | undefined {
  if (r.pkg !== 'aws') return undefined;
  return model.aws.schema.resource(r.type) ?? model.aws.schema.resourceByPath(r.typePath);
}

/** A plain argument object (not a program class instance, not a Pulumi asset). */
export function isArgObject(v: Value): v is ObjV {
  return v.kind === 'obj' && !v.cls && !v.props.has('__asset__');
}

function walkModel(model: ResourceModel): SchemaArgs {
  const out: SchemaArgs = { resources: [], args: [], objects: [] };
  for (const r of model.resources) {
    const schema = awsResourceSchema(model, r);
    if (!schema) continue;
    out.resources.push({ resource: r, schema });
    const walker = new Walker(model, r, out);
    walker.object(r.args, schema.inputs, '', walker.spellingOf(r.args), 0);
  }
  return out;
}

const MAX_DEPTH = 10;

class Walker {
  constructor(
    private readonly model: ResourceModel,
    private readonly resource: Resource,
    private readonly out: SchemaArgs,
  ) {}

  object(holder: ObjV, type: ObjectTypeSchema, path: string, spelling: Spelling, depth: number): void {
    const topLevel = depth === 0;
    this.out.objects.push({ resource: this.resource, holder, type, path, spelling, topLevel });
    for (const [key, value] of holder.props) {
      const entry = holder.keys?.get(key);
      const written = entry?.written ?? key;
      const keyAt = entry?.at;
      // A key set later (`args.read_capacity = 5`, a spread) was not written where the spelling matters.
      const named = lookup(type, written, entry || spelling === 'ts' ? spelling : 'py-dict', topLevel);
      const site: ArgSite = { resource: this.resource, holder, type, key, written, value, path: join(path, written), spelling, topLevel };
      if (keyAt) site.keyAt = keyAt;
      if (named.prop) site.prop = named.prop;
      if (named.misspelled) site.misspelled = named.misspelled;
      this.out.args.push(site);
      if (named.prop) this.value(value, named.prop.kind, site.path, depth + 1);
    }
  }

  /** Descend into a value given for a property of `kind`, to check the keys of nested objects. */
  private value(v: Value, kind: Kind, path: string, depth: number): void {
    if (depth > MAX_DEPTH) return;
    switch (kind.kind) {
      case 'object': {
        const type = this.model.aws.schema.type(kind.type);
        if (type && isArgObject(v)) this.object(v, type, path, this.spellingOf(v), depth);
        return;
      }
      case 'array':
        if (v.kind === 'list') for (const item of v.items) this.value(item, kind.of, `${path}[]`, depth + 1);
        return;
      case 'map':
        if (isArgObject(v)) for (const [k, x] of v.props) this.value(x, kind.of, `${path}.${k}`, depth + 1);
        return;
      case 'union': {
        // The alternative the value's shape selects: an object literal for an object or map, a list for an
        // array. Several object alternatives (IAM principals: AWS, Service, Federated) leave it undecided.
        const alts = kind.of.filter((k) => (v.kind === 'list' ? k.kind === 'array' : isArgObject(v) && (k.kind === 'object' || k.kind === 'map')));
        if (alts.length === 1) this.value(v, alts[0]!, path, depth);
        return;
      }
      default:
        return;
    }
  }

  spellingOf(v: ObjV): Spelling {
    if (this.resource.lang === 'ts') return 'ts';
    return v.dict ? 'py-dict' : 'py-keywords';
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * The property a written key names under the language's spelling rules. `property()` accepts both
 * spellings, so a key it finds may still be wrong for the language: then it is `misspelled`.
 */
function lookup(type: ObjectTypeSchema, written: string, spelling: Spelling, topLevel: boolean): { prop?: PropertySchema; misspelled?: PropertySchema } {
  const p = type.property(written);
  if (!p) return {};
  switch (spelling) {
    case 'ts':
      return written === p.name ? { prop: p } : { misspelled: p };
    case 'py-keywords': {
      const ok = written === p.pythonName || (topLevel && written === pythonInitParam(p.name));
      return ok ? { prop: p } : { misspelled: p };
    }
    case 'py-dict':
      return { prop: p };
  }
}

/** The spelling of a property the language expects at a site. */
export function expectedName(p: PropertySchema, site: Pick<ArgSite, 'spelling' | 'topLevel'>): string {
  if (site.spelling === 'ts') return p.name;
  return site.topLevel ? pythonInitParam(p.name) : p.pythonName;
}

/** The property the site's key names in the other major version's schema, for the same type. */
export function otherMajorProperty(model: ResourceModel, site: ArgSite): PropertySchema | undefined {
  const other = otherSchema(model);
  const r = site.resource;
  const type = site.topLevel ? (other.resource(r.type) ?? other.resourceByPath(r.typePath))?.inputs : other.type(site.type.name);
  return type && lookup(type, site.written, site.spelling, site.topLevel).prop;
}

/** Where to report a key: where it was written, else where its value was (a key copied by a spread). */
export function siteAt(site: ArgSite): At | undefined {
  return site.keyAt ?? site.value.at ?? site.holder.at;
}

/** Diagnostics after which a file's last statements or recovered syntax are not what the author wrote. */
const TEXT_LOST = new Set(['parse/syntax-error', 'load/unterminated-fence']);

/** The resource's file was read whole and parsed cleanly (values and absences in it can be trusted). */
export function fileIntact(model: ResourceModel, r: Resource): boolean {
  return !model.diagnostics.some((d) => d.file === r.at.f && TEXT_LOST.has(d.code));
}

// Kept here for the schema rules' imports; it lives with the other reference helpers.
export { resourceById } from './resource-refs.js';
