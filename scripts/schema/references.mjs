// Bare identifiers in declarations, resolved through the file's imports: another resource
// (`role: pulumi.Input<string | Role>` → `^iam.Role`, passed where its name or ARN is expected), an enum
// (`%lambda.Runtime`), a type alias of a hand-written file (`ARN = string | ManagedPolicy`), or a
// hand-written interface (6.x's `iam.PolicyDocument`), which becomes an object type of its own.

import { indexSignatureKind, kindOf } from './kinds.mjs';
import { objectType } from './object-types.mjs';

/**
 * @param {Map<string, ReturnType<typeof import('./build.mjs').scanModule>>} scanned module → its declarations
 * @param {Record<string, unknown>} enums
 */
export function createReferences(scanned, enums) {
  /** Hand-written interfaces met so far, by side: `{ in: { 'iam.PolicyDocument': type } }`. */
  const handWritten = { in: {}, out: {} };

  /**
   * @param {string} module the file's module ('' for the root)
   * @param {Map<string, [string, string]>} imports
   * @param {import('typescript').SourceFile} sf
   * @param {'in' | 'out'} side
   * @returns {import('./kinds.mjs').KindContext}
   */
  const context = (module, imports, sf, side) => ({
    sf,
    side,
    canonical: (name) => {
      const imported = imports.get(name);
      return imported?.[0] === 'pulumi' ? `pulumi.${imported[1]}` : name;
    },
    named: (name) => {
      const [target, exported] = imports.get(name) ?? [module, name];
      const scan = scanned.get(target);
      if (!scan) return undefined;
      const path = target ? `${target}.${exported}` : exported;
      if (scan.resourceNames.has(exported)) return `^${path}`;
      if (enums[path]) return `%${path}`;
      const alias = scan.aliases.get(exported);
      if (alias) return kindOf(alias.node, context(target, alias.imports, alias.sf, side));
      const iface = scan.interfaces.get(exported);
      return iface ? interfaceKind(path, iface, target, side) : undefined;
    },
  });

  const interfaceKind = (path, iface, module, side) => {
    const ctx = context(module, iface.imports, iface.sf, side);
    const map = indexSignatureKind(iface.decl.members, ctx);
    if (map) return map;
    const table = handWritten[side];
    if (!(path in table)) {
      table[path] = null; // marks it as in progress: these interfaces refer to each other
      table[path] = objectType(iface.decl, ctx);
    }
    return `@${path}`;
  };

  return { context, handWritten };
}
