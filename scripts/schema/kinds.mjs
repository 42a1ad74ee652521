// TypeScript type nodes of the SDK's declarations → the artifact's kind strings (grammar in
// src/schema/kind.ts). Only the shapes the generated SDK uses are accepted; anything else throws, so a
// new shape in a future provider release is noticed when the schema is regenerated, not silently lost.

import ts from 'typescript';

/**
 * @typedef {object} KindContext
 * @property {ts.SourceFile} sf
 * @property {'in' | 'out'} side  which of types/input or types/output nested object types come from
 * @property {(name: string) => string} canonical  `Input` imported from @pulumi/pulumi → `pulumi.Input`
 * @property {(name: string) => string | undefined} named  kind of a bare identifier (imports, local aliases)
 */

const ASSETS = new Map([
  ['pulumi.asset.Archive', 'archive'],
  ['pulumi.asset.Asset', 'asset'],
  ['pulumi.asset.AssetOrArchive', 'asset|archive'],
  ['pulumi.ID', 's'],
  ['pulumi.URN', 's'],
]);
const WRAPPERS = new Set(['pulumi.Input', 'pulumi.Output', 'Promise']);

/**
 * A property's type, unwrapped: whether the outer type was `pulumi.Input<…>`, and the kind of the rest.
 * @param {ts.TypeNode} node
 * @param {KindContext} ctx
 * @returns {{ kind: string, input: boolean }}
 */
export function propertyKind(node, ctx) {
  // Hand-written declarations also spell it `Input<string> | Input<Input<string>[]>`.
  const members = ts.isUnionTypeNode(node) ? node.types : [node];
  const input = members.every(
    (t) =>
      t.kind === ts.SyntaxKind.UndefinedKeyword ||
      (ts.isTypeReferenceNode(t) && ctx.canonical(t.typeName.getText(ctx.sf)) === 'pulumi.Input'),
  );
  return { kind: kindOf(node, ctx), input };
}

/**
 * @param {ts.TypeNode} node
 * @param {KindContext} ctx
 * @returns {string}
 */
export function kindOf(node, ctx) {
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return 's';
    case ts.SyntaxKind.NumberKeyword:
      return 'n';
    case ts.SyntaxKind.BooleanKeyword:
      return 'b';
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
    case ts.SyntaxKind.ObjectKeyword:
      return 'a';
  }
  if (ts.isParenthesizedTypeNode(node)) return kindOf(node.type, ctx);
  if (ts.isArrayTypeNode(node)) return `[${group(kindOf(node.elementType, ctx))}`;
  if (ts.isUnionTypeNode(node)) return union(node.types, ctx);
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return literal(node.literal.text);
  if (ts.isTypeLiteralNode(node)) return mapKind(node, ctx);
  if (ts.isTypeReferenceNode(node)) return referenceKind(node, ctx);
  throw unsupported(node, ctx);
}

/** A union without `undefined`; a single remaining member is returned bare. */
function union(types, ctx) {
  const parts = [];
  for (const t of types) {
    if (t.kind === ts.SyntaxKind.UndefinedKeyword) continue;
    if (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword) continue;
    for (const k of splitUnion(kindOf(t, ctx))) if (!parts.includes(k)) parts.push(k);
  }
  if (parts.length === 0) throw new Error(`empty union in ${ctx.sf.fileName}`);
  return parts.join('|');
}

/** Only `{ [key: string]: T }` (maps: tags, environment variables) occurs as an inline object type. */
function mapKind(node, ctx) {
  const kind = indexSignatureKind(node.members, ctx);
  if (kind) return kind;
  throw unsupported(node, ctx);
}

/**
 * The map kind of members that are one index signature (`{ [key: string]: T }`, or an interface like
 * that), else undefined.
 * @param {ts.NodeArray<ts.TypeElement>} members
 * @param {KindContext} ctx
 */
export function indexSignatureKind(members, ctx) {
  const [member, ...rest] = members;
  if (rest.length === 0 && member && ts.isIndexSignatureDeclaration(member) && member.type) {
    return `{${group(kindOf(member.type, ctx))}`;
  }
  return undefined;
}

function referenceKind(node, ctx) {
  const name = ctx.canonical(node.typeName.getText(ctx.sf));
  if (WRAPPERS.has(name)) return kindOf(onlyTypeArgument(node, ctx), ctx);
  const asset = ASSETS.get(name);
  if (asset) return asset;
  const qualified = /^(inputs|outputs|types\.input|types\.output|enums)\.([\w.]+)$/.exec(name);
  if (qualified) {
    const [, space, path] = qualified;
    if (space === 'enums') return `%${path}`;
    const side = space.endsWith('input') || space === 'inputs' ? 'in' : 'out';
    if (side !== ctx.side) throw new Error(`${name} used on the ${ctx.side}put side in ${ctx.sf.fileName}`);
    return `@${path}`;
  }
  const named = node.typeArguments ? undefined : ctx.named(name);
  if (named) return named;
  throw unsupported(node, ctx);
}

function onlyTypeArgument(node, ctx) {
  const args = node.typeArguments ?? [];
  if (args.length !== 1) throw unsupported(node, ctx);
  return args[0];
}

function literal(text) {
  if (/['|()]/.test(text)) throw new Error(`string literal type ${JSON.stringify(text)} cannot be encoded`);
  return `'${text}'`;
}

/** Top-level members of a kind string (unions inside brackets or parentheses stay whole). */
export function splitUnion(kind) {
  const parts = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < kind.length; i++) {
    const c = kind[i];
    if (c === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(kind.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(kind.slice(start));
  return parts;
}

/** Array and map prefixes bind to one member, so a union element type needs parentheses. */
function group(kind) {
  return splitUnion(kind).length > 1 ? `(${kind})` : kind;
}

function unsupported(node, ctx) {
  const { line } = ctx.sf.getLineAndCharacterOfPosition(node.getStart(ctx.sf));
  return new Error(`unsupported type \`${node.getText(ctx.sf)}\` at ${ctx.sf.fileName}:${line + 1}`);
}
