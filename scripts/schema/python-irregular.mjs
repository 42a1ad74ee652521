// Python names that `camelName` cannot turn back into the schema's name (`public_ips` → `publicIPs`), for
// code that has a Python keyword but not yet the type it belongs to. A snake_case name that two schema
// names share is left out: only the owning type can decide it.

import { camelName, pythonName } from './python-names.mjs';

/** `{ snake_name: 'camelName' }` over every property name of a built schema. */
export function pythonIrregular(schema) {
  const names = new Set();
  const add = (type) => {
    if (type && typeof type === 'object') for (const k of Object.keys(type.p)) names.add(k);
  };
  for (const r of Object.values(schema.resources)) add(r.in), add(r.out);
  for (const f of Object.values(schema.functions)) add(f.in), add(f.out);
  for (const t of [...Object.values(schema.types), ...Object.values(schema.outputTypes)]) add(t);

  const bySnake = new Map();
  for (const camel of names) {
    const snake = pythonName(camel);
    bySnake.set(snake, [...(bySnake.get(snake) ?? []), camel]);
  }
  const out = {};
  for (const snake of [...bySnake.keys()].sort()) {
    const camels = bySnake.get(snake);
    if (camels.length === 1 && camelName(snake) !== camels[0]) out[snake] = camels[0];
  }
  return out;
}
