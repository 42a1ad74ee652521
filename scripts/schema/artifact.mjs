// Writes a built schema as the artifact file that src/schema/artifact.ts reads: a JSON header line, then
// one gzip member per module, so the runtime inflates only the modules a program uses.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

// Must equal ARTIFACT_FORMAT in src/schema/artifact.ts, which refuses any other.
export const ARTIFACT_FORMAT = 1;

/** sha256 of the schema's JSON: equal hashes mean equal schemas, whatever zlib does to the bytes. */
export function schemaHash(schema) {
  return createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** The schema's records grouped by module (`index` for the root), as the artifact stores them. */
export function splitByModule(schema) {
  const chunks = Object.fromEntries(
    ['index', ...schema.modules].map((m) => [
      m,
      { resources: {}, functions: {}, types: {}, outputTypes: {}, enums: {}, extras: schema.extras[m] ?? [] },
    ]),
  );
  const place = (section, key, path, record) => {
    const dot = path.indexOf('.');
    const module = dot < 0 ? 'index' : path.slice(0, dot);
    if (!chunks[module]) throw new Error(`${section} ${key} belongs to no module`);
    chunks[module][section][key] = record;
  };
  for (const [token, r] of Object.entries(schema.resources)) place('resources', token, r.path, r);
  for (const [token, f] of Object.entries(schema.functions)) place('functions', token, f.path, f);
  for (const section of ['types', 'outputTypes', 'enums']) {
    for (const [name, record] of Object.entries(schema[section])) place(section, name, name, record);
  }
  return chunks;
}

/** @returns {Buffer} */
export function encodeArtifact(schema) {
  const members = [];
  const offsets = {};
  let offset = 0;
  for (const [module, chunk] of Object.entries(splitByModule(schema))) {
    const gz = gzipSync(JSON.stringify(chunk), { level: 9 });
    offsets[module] = [offset, gz.length];
    offset += gz.length;
    members.push(gz);
  }
  const header = {
    format: ARTIFACT_FORMAT,
    package: schema.package,
    version: schema.version,
    sha256: schemaHash(schema),
    modules: schema.modules,
    chunks: offsets,
    pythonIrregular: schema.pythonIrregular,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...members]);
}

/**
 * How a committed artifact differs from a freshly built schema: [] when it is current, else the modules
 * whose records changed (or what else is off), for the message that asks to regenerate.
 */
export function differencesFrom(path, schema) {
  if (!existsSync(path)) return ['the file is missing'];
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(10);
  const header = JSON.parse(bytes.subarray(0, newline).toString('utf8'));
  if (header.format === ARTIFACT_FORMAT && header.sha256 === schemaHash(schema)) return [];
  const out = header.version === schema.version ? [] : [`version ${header.version} → ${schema.version}`];
  for (const [module, chunk] of Object.entries(splitByModule(schema))) {
    const at = header.chunks?.[module];
    const old = at && gunzipSync(bytes.subarray(newline + 1 + at[0], newline + 1 + at[0] + at[1])).toString('utf8');
    if (old !== JSON.stringify(chunk)) out.push(module);
  }
  return out.length ? out : ['header'];
}
