// Interface and class members → the artifact's object type: `{ p: { name: spec }, d?: { name: message } }`.
// A spec is the kind string behind optional flags: `!` required (no `?`; for outputs and results, always
// present), `~` not wrapped in `pulumi.Input<…>` (plain invoke arguments and results, resource outputs).

import ts from 'typescript';
import { deprecationOf } from './deprecations.mjs';
import { propertyKind } from './kinds.mjs';

/**
 * Properties of an interface (args, nested types, invoke results) or of a resource class (its outputs).
 * @param {ts.InterfaceDeclaration | ts.ClassDeclaration} decl
 * @param {import('./kinds.mjs').KindContext} ctx
 */
export function objectType(decl, ctx) {
  /** @type {Record<string, string>} */
  const props = {};
  /** @type {Record<string, string>} */
  const deprecated = {};
  for (const member of decl.members) {
    if (!isDataMember(member)) continue;
    const name = member.name.text;
    const { kind, input } = propertyKind(member.type, ctx);
    // A resource's outputs are all `pulumi.Output<T>`: required there means T excludes undefined.
    const required = ts.isClassDeclaration(decl) ? !outputMayBeUndefined(member.type) : !member.questionToken;
    props[name] = `${required ? '!' : ''}${input ? '' : '~'}${kind}`;
    const message = deprecationOf(member);
    if (message) deprecated[name] = message;
  }
  return Object.keys(deprecated).length ? { p: props, d: deprecated } : { p: props };
}

function outputMayBeUndefined(type) {
  const inner = ts.isTypeReferenceNode(type) ? type.typeArguments?.[0] : undefined;
  return !!inner && ts.isUnionTypeNode(inner) && inner.types.some((t) => t.kind === ts.SyntaxKind.UndefinedKeyword);
}

function isDataMember(member) {
  const property = ts.isPropertySignature(member) || ts.isPropertyDeclaration(member);
  if (!property || !member.type) return false;
  if (ts.isPropertyDeclaration(member) && (ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static) !== 0) {
    return false;
  }
  return ts.isIdentifier(member.name) || ts.isStringLiteral(member.name);
}

/** Positional parameters of a function (`arnBuild(partition, service, …, opts)`) as an object type. */
export function parameterType(fn, ctx) {
  /** @type {Record<string, string>} */
  const props = {};
  for (const p of fn.parameters) {
    if (!ts.isIdentifier(p.name) || p.name.text === 'opts' || !p.type) continue;
    const { kind, input } = propertyKind(p.type, ctx);
    props[p.name.text] = `${p.questionToken ? '' : '!'}${input ? '' : '~'}${kind}`;
  }
  return { p: props };
}
