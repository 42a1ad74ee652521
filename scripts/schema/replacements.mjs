// Deprecation messages whose named replacement is something the schema knows become
// `[message, replacement]`: a resource's or function's type token, or a sibling member's name.

import { replacementCandidates } from './deprecations.mjs';

/** Rewrites the `d` (deprecation) fields of a built schema in place. */
export function resolveReplacements(schema) {
  const byPath = new Map();
  for (const [token, r] of Object.entries(schema.resources)) byPath.set(r.path, token);
  for (const [token, f] of Object.entries(schema.functions)) byPath.set(f.path, token);

  /** The first candidate, in message order, that names a resource, function or sibling member. */
  const resolve = (message, members) => {
    for (const c of replacementCandidates(message)) {
      if ('path' in c && byPath.has(c.path)) return [message, byPath.get(c.path)];
      // `Use InstanceType.X1_32XLarge instead.`, `in favour of \`AWS_ConfigRole\``: a member of the same enum.
      const text = 'path' in c ? c.path : c.name;
      const name = text.slice(text.lastIndexOf('.') + 1);
      if (members && Object.hasOwn(members, name)) return [message, name];
    }
    return message;
  };
  const resolveMembers = (record, members) => {
    if (!record?.d) return;
    for (const [k, m] of Object.entries(record.d)) record.d[k] = resolve(m, members);
  };

  for (const r of Object.values(schema.resources)) {
    if (r.d) r.d = resolve(r.d);
    resolveMembers(r.in, r.in.p);
    resolveMembers(r.out, r.out.p);
  }
  for (const f of Object.values(schema.functions)) {
    if (f.d) f.d = resolve(f.d);
    resolveMembers(f.in, f.in?.p);
    if (typeof f.out === 'object') resolveMembers(f.out, f.out.p);
  }
  for (const t of [...Object.values(schema.types), ...Object.values(schema.outputTypes)]) resolveMembers(t, t.p);
  for (const e of Object.values(schema.enums)) resolveMembers(e, e.v);
}
