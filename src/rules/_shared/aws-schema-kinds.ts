// What kind of value an argument holds, as far as the model knows it, and whether a schema kind accepts
// it. Only shapes that are certain count: a literal, a list or object literal, a Pulumi asset, a
// resource attribute whose kind the schema gives, or an invoke result attribute. Everything else is
// unknown, and unknown is never a mismatch.

import type { Lang } from '../../core/ir.js';
import type { OutputV, Value } from '../../ir/values.js';
import type { ResourceModel } from '../../model/types.js';
import type { Kind, PropertySchema } from '../../schema/index.js';
import { awsResourceSchema, resourceById } from './aws-schema-args.js';

export type ShapeKind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'asset' | 'archive';

export interface Shape {
  kind: ShapeKind;
  /** The scalar itself when it is known. */
  known?: string | number | boolean;
  /** An Output or Promise rather than a plain value (`.then(s => s.ids)`, `vpc.id`). */
  output: boolean;
  /** An attribute the SDK types as plain `string` (`cluster.engine`), which no enum-only input accepts in TypeScript. */
  plainString?: boolean;
  /** An invoke result attribute the SDK declares optional (`getCachePolicyOutput(...).id` is `Output<string | undefined>`). */
  maybeUndefined?: boolean;
}

const ARCHIVES = new Set(['FileArchive', 'AssetArchive', 'RemoteArchive']);

/** The shape of a value, or undefined when it is not known. */
export function shapeOf(model: ResourceModel, v: Value): Shape | undefined {
  switch (v.kind) {
    case 'known':
      if (v.value === null) return undefined;
      return { kind: typeof v.value as 'string' | 'number' | 'boolean', known: v.value, output: false };
    case 'str':
      return { kind: 'string', output: false };
    case 'list':
      return { kind: 'array', output: false };
    case 'obj': {
      if (v.cls) return undefined;
      const asset = v.props.get('__asset__');
      if (asset?.kind === 'known' && typeof asset.value === 'string') return { kind: ARCHIVES.has(asset.value) ? 'archive' : 'asset', output: false };
      return { kind: 'object', output: false };
    }
    case 'output':
      return outputShape(model, v);
    default:
      return undefined;
  }
}

function outputShape(model: ResourceModel, v: OutputV): Shape | undefined {
  const k = outputKind(model, v);
  if (k) {
    const s = shapeOfKind(k);
    const optional = invokeResultProperty(model, v)?.required === false;
    return s ? { kind: s, output: true, ...(k.kind === 'string' ? { plainString: true } : {}), ...(optional ? { maybeUndefined: true } : {}) } : undefined;
  }
  const inner = v.inner.kind === 'output' ? undefined : shapeOf(model, v.inner);
  return inner && { kind: inner.kind, output: true };
}

/**
 * The schema kind of an Output: a resource attribute (`vpc.id`) from the resource's outputs, or an
 * attribute of an invoke result (`getSubnets(...).then(s => s.ids)`) from the function's result type.
 */
function outputKind(model: ResourceModel, v: OutputV): Kind | undefined {
  if (v.resource !== undefined && v.attr !== undefined) {
    const r = resourceById(model, v.resource);
    return r && awsResourceSchema(model, r)?.outputs.property(v.attr)?.kind;
  }
  return invokeResultProperty(model, v)?.kind;
}

/** The result property of an invoke that an Output reads: `src` names the invoke's type token, the inner value's provenance the attribute. */
function invokeResultProperty(model: ResourceModel, v: OutputV): PropertySchema | undefined {
  if (v.resource !== undefined && v.attr !== undefined) return undefined;
  // An Output variant's attribute (`getCachePolicyOutput(...).id`) is named in `src` itself.
  const read = /^invoke:(aws:[\w/.-]+:\w+)\.(\w+)$/.exec(v.src);
  const token = read?.[1] ?? /^invoke:(aws:[\w/.-]+:\w+)(?:\.apply)?$/.exec(v.src)?.[1];
  const attr = read && read[2] !== 'apply' ? read[2] : v.inner.kind === 'unknown' ? /^invoke:\w+\.(\w+)$/.exec(v.inner.why)?.[1] : undefined;
  if (!token || !attr) return undefined;
  return model.aws.schema.function(token)?.result?.property(attr);
}

/** The shape every value of a kind has, when the kind fixes one. */
function shapeOfKind(k: Kind): ShapeKind | undefined {
  switch (k.kind) {
    case 'string':
    case 'literal':
    case 'enum':
      return 'string';
    case 'number':
    case 'boolean':
    case 'asset':
    case 'archive':
      return k.kind;
    case 'array':
      return 'array';
    case 'map':
    case 'object':
      return 'object';
    default:
      return undefined;
  }
}

const PY_BOOLEAN = /^(1|t|true|0|f|false)$/i;
const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * Does a property of `kind` accept a value of `shape`? TypeScript checks the declared types, so every
 * mismatch is a compile error there. The Python SDK does not check types, and the provider converts
 * scalars weakly (`"80"` → 80, `True` → `"true"`), so in Python only mismatches of structure (a string
 * for a list, a dict for a list, a list for an object) and scalars that cannot convert fail.
 */
export function accepts(kind: Kind, shape: Shape, lang: Lang): boolean {
  // With strict null checks (the TypeScript projects' setting), `Output<T | undefined>` is no `Input<T>`.
  if (lang === 'ts' && shape.maybeUndefined && kind.kind !== 'any') return false;
  switch (kind.kind) {
    case 'any':
    case 'resource':
      return true;
    case 'union':
      return kind.of.some((k) => accepts(k, shape, lang));
    case 'enum':
      // TypeScript types another resource's string attribute as `Output<string>`, not as the enum.
      if (lang === 'ts' && shape.plainString) return false;
      return shape.kind === 'string' || (lang === 'py' && (shape.kind === 'number' || shape.kind === 'boolean'));
    case 'string':
    case 'literal':
      return shape.kind === 'string' || (lang === 'py' && (shape.kind === 'number' || shape.kind === 'boolean'));
    case 'number':
      if (shape.kind === 'number') return true;
      if (lang === 'ts') return false;
      return shape.kind === 'boolean' || (shape.kind === 'string' && (typeof shape.known !== 'string' || NUMERIC.test(shape.known)));
    case 'boolean':
      if (shape.kind === 'boolean') return true;
      if (lang === 'ts') return false;
      return shape.kind === 'number' || (shape.kind === 'string' && (typeof shape.known !== 'string' || PY_BOOLEAN.test(shape.known)));
    case 'array':
      return shape.kind === 'array';
    case 'map':
    case 'object':
      return shape.kind === 'object';
    case 'asset':
      return shape.kind === 'asset';
    case 'archive':
      return shape.kind === 'archive';
  }
}

/** A kind in words, for messages: `number`, `list of string`, `object (ec2.SecurityGroupIngress)`. */
export function describeKind(kind: Kind): string {
  switch (kind.kind) {
    case 'literal':
      return JSON.stringify(kind.value);
    case 'array':
      return `list of ${describeKind(kind.of)}`;
    case 'map':
      return `map of ${describeKind(kind.of)}`;
    case 'object':
      return `object (${kind.type})`;
    case 'enum':
      return `${kind.enum} value`;
    case 'resource':
      return `${kind.resource} resource`;
    case 'union':
      return kind.of.map(describeKind).join(' or ');
    default:
      return kind.kind;
  }
}

export function describeShape(shape: Shape): string {
  const what = shape.kind === 'array' ? 'a list' : shape.kind === 'object' ? 'an object' : shape.kind === 'asset' || shape.kind === 'archive' ? `an ${shape.kind}` : `a ${shape.kind}`;
  const known = shape.known !== undefined ? ` (${JSON.stringify(shape.known)})` : '';
  const of = `${what.replace(/^an? /, '')}${shape.maybeUndefined ? ' | undefined' : ''}`;
  return shape.output ? `an Output/Promise of ${of}` : `${what}${known}`;
}
