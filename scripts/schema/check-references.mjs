// Every name a kind string refers to must be in the schema: `@` nested types on the same side, `%`
// enums, `^` resources. A provider release that declares types another way fails here, at generation,
// instead of leaving lookups that silently return nothing.

/** @returns {string[]} one line per dangling reference */
export function danglingReferences(schema) {
  const resources = new Set(Object.values(schema.resources).map((r) => r.path));
  const nested = { in: schema.types, out: schema.outputTypes };
  const problems = [];
  const check = (spec, side, where) => {
    for (const [, sigil, name] of spec.matchAll(/([@%^])([\w.]+)/g)) {
      const table = sigil === '@' ? nested[side] : sigil === '%' ? schema.enums : undefined;
      const ok = table ? Object.hasOwn(table, name) : resources.has(name);
      if (!ok) problems.push(`${where}: ${sigil}${name}`);
    }
  };
  const visit = (record, side, where) => {
    if (typeof record === 'string') check(record, side, where);
    else if (record) for (const [name, spec] of Object.entries(record.p)) check(spec, side, `${where}.${name}`);
  };
  for (const r of Object.values(schema.resources)) visit(r.in, 'in', r.path), visit(r.out, 'out', r.path);
  for (const f of Object.values(schema.functions)) visit(f.in, 'in', f.path), visit(f.out, 'out', f.path);
  for (const [name, t] of Object.entries(schema.types)) visit(t, 'in', name);
  for (const [name, t] of Object.entries(schema.outputTypes)) visit(t, 'out', name);
  return problems;
}
