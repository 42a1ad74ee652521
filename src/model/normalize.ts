// Python writes arguments in snake_case, the model keeps the SDK's camelCase names (what TypeScript
// writes). With the provider schema the mapping is exact, including nested argument types and map
// arguments whose keys are data (tags, environment variables) and must never be renamed. Without a
// schema entry (an unknown property, another provider) a generic conversion is used.

import type { At, FileLayout, ObjV, Value } from '../ir/values.js';
import { list, obj } from '../ir/values.js';
import type { Kind, ObjectTypeSchema, SchemaIndex } from '../schema/index.js';
import { MAP_ARGS, snakeToCamel } from './packages.js';

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

export class ArgNormalizer {
  constructor(private readonly schema: SchemaIndex | undefined) {}

  /** The object type of a resource's inputs or an Args class (`ec2.SecurityGroupIngress`). */
  inputType(name: string): ObjectTypeSchema | undefined {
    return this.schema?.type(name);
  }

  /** Python keyword arguments → an args object with SDK keys, remembering how each key was written. */
  kwargs(kw: Map<string, Value>, kwAt: Map<string, At> | undefined, at: At, type: ObjectTypeSchema | undefined, skip: readonly string[], open: boolean, layout?: FileLayout): ObjV {
    const o = obj(undefined, at);
    o.keys = new Map();
    if (layout) o.layout = layout;
    for (const [k, v] of kw) {
      if (skip.includes(k)) continue;
      const prop = type?.property(k);
      const key = prop?.name ?? snakeToCamel(k);
      o.props.set(key, this.value(v, prop?.kind, key));
      o.keys.set(key, { written: k, at: kwAt?.get(k) ?? at });
    }
    if (open) o.open = true;
    return o;
  }

  /** A nested value of the given kind (undefined: not known from the schema). */
  value(v: Value, kind: Kind | undefined, key: string, depth = 0): Value {
    if (depth > 12) return v;
    if (!kind) return MAP_ARGS.has(key) ? v : this.generic(v, depth);
    switch (kind.kind) {
      case 'object':
        return this.object(v, this.schema?.type(kind.type), depth);
      case 'array':
        return v.kind === 'list' ? this.mapList(v, (x) => this.value(x, kind.of, key, depth + 1)) : v;
      case 'map':
        // keys are data; values may still be objects of a known type
        if (v.kind !== 'obj' || v.cls) return v;
        return this.mapObj(v, (k, x) => [k, this.value(x, kind.of, k, depth + 1)]);
      case 'union': {
        const objectAlt = kind.of.find((k) => k.kind === 'object' || k.kind === 'array' || k.kind === 'map');
        return objectAlt ? this.value(v, objectAlt, key, depth) : v;
      }
      default:
        return v;
    }
  }

  /** A value given where an object of `type` is expected (a dict literal, a list of them). */
  object(v: Value, type: ObjectTypeSchema | undefined, depth = 0): Value {
    if (v.kind === 'list') return this.mapList(v, (x) => this.object(x, type, depth + 1));
    if (v.kind !== 'obj' || v.cls) return v;
    if (!type) return this.generic(v, depth);
    return this.mapObj(v, (k, x) => {
      const prop = type.property(k);
      const key = prop?.name ?? (SNAKE.test(k) ? snakeToCamel(k) : k);
      return [key, this.value(x, prop?.kind, key, depth + 1)];
    });
  }

  /** Without schema knowledge: rename snake_case keys, but not inside known map arguments. */
  private generic(v: Value, depth: number): Value {
    if (depth > 12) return v;
    if (v.kind === 'list') return this.mapList(v, (x) => this.generic(x, depth + 1));
    if (v.kind !== 'obj' || v.cls) return v;
    return this.mapObj(v, (k, x) => {
      const key = SNAKE.test(k) ? snakeToCamel(k) : k;
      return [key, MAP_ARGS.has(key) ? x : this.generic(x, depth + 1)];
    });
  }

  private mapList(v: Extract<Value, { kind: 'list' }>, f: (x: Value) => Value): Value {
    const items = v.items.map(f);
    if (items.every((x, i) => x === v.items[i])) return v;
    const l = list(items, v.at);
    if (v.open) l.open = true;
    return l;
  }

  private mapObj(v: ObjV, f: (k: string, x: Value) => [string, Value]): Value {
    let changed = false;
    const props = new Map<string, Value>();
    const keys = new Map<string, { written: string; at: At }>();
    for (const [k, x] of v.props) {
      const [nk, nx] = f(k, x);
      if (nk !== k || nx !== x) changed = true;
      props.set(nk, nx);
      const ka = v.keys?.get(k);
      if (ka) keys.set(nk, ka);
    }
    if (!changed) return v;
    const o = obj(props, v.at);
    if (v.open) o.open = true;
    if (v.dict) o.dict = true;
    if (v.origin) o.origin = v.origin;
    if (keys.size) o.keys = keys;
    if (v.layout) o.layout = v.layout;
    return o;
  }
}
