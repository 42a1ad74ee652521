// Pulumi.yaml → PulumiProjectFacts. The same parser serves a project directory and a Pulumi.yaml
// block in a Markdown answer; offsets are virtual offsets into that file's text.

import { isMap, isNode, isScalar, parseDocument, type Pair } from 'yaml';
import type { PulumiProjectFacts, StackConfigFacts } from '../core/program.js';
import type { SourceFile } from '../core/source.js';
import { basename, dirname } from './paths.js';

function stringValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function keyName(pair: Pair): string | undefined {
  return isScalar(pair.key) ? stringValue(pair.key.value) : undefined;
}

/**
 * `hasDefault` is true only for an explicit `default:` key. The other two forms of project-level
 * config, a bare scalar (`aws:region: us-east-1`) and `value:`, set a value rather than declare a
 * default, and Pulumi rejects `default` on namespaced keys such as `aws:region`, so rules need to
 * tell them apart.
 */
function configEntries(node: unknown): PulumiProjectFacts['config'] {
  if (!isMap(node)) return [];
  const entries: PulumiProjectFacts['config'] = [];
  for (const pair of node.items) {
    const key = keyName(pair);
    if (key === undefined) continue;
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    const declaration = pair.value;
    const defaultPair = isMap(declaration) ? declaration.items.find((p) => keyName(p) === 'default') : undefined;
    const entry: PulumiProjectFacts['config'][number] = defaultPair
      ? { key, hasDefault: true, default: isNode(defaultPair.value) ? defaultPair.value.toJSON() : defaultPair.value, offset }
      : { key, hasDefault: false, offset };
    if (isMap(declaration)) {
      entry.attributes = declaration.items.map(keyName).filter((k): k is string => k !== undefined);
      const type = declaration.items.find((p) => keyName(p) === 'type')?.value;
      if (type !== undefined) entry.type = isNode(type) ? type.toJSON() : type;
      entry.hasItems = entry.attributes.includes('items');
      entry.hasValue = entry.attributes.includes('value');
    }
    entries.push(entry);
  }
  return entries;
}

export function parsePulumiYaml(file: string, text: string): PulumiProjectFacts {
  const facts: PulumiProjectFacts = { file, config: [] };
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch (err) {
    facts.parseError = err instanceof Error ? err.message : String(err);
    return facts;
  }
  if (doc.errors.length > 0) facts.parseError = doc.errors[0]!.message;
  const root = doc.contents;
  if (!isMap(root)) {
    facts.parseError ??= 'Pulumi.yaml is not a mapping';
    return facts;
  }
  for (const pair of root.items) {
    const key = keyName(pair);
    const value: unknown = isScalar(pair.value) ? pair.value.value : pair.value;
    switch (key) {
      case 'name':
        facts.name = stringValue(value);
        break;
      case 'main':
        facts.main = stringValue(value);
        break;
      case 'description':
        facts.description = stringValue(value);
        break;
      case 'runtime':
        // `runtime: nodejs` or `runtime: { name: nodejs, options: ... }`
        facts.runtime = isMap(value) ? stringValue(value.get('name')) : stringValue(value);
        break;
      case 'config':
        facts.config = configEntries(pair.value);
        break;
    }
  }
  return facts;
}

/** Pulumi.<stack>.yaml → the keys it sets under `config:`. */
export function parseStackConfig(file: string, text: string): StackConfigFacts {
  const stack = /^pulumi\.(.+)\.ya?ml$/i.exec(basename(file))?.[1] ?? '';
  const facts: StackConfigFacts = { file, stack, keys: [] };
  let doc;
  try {
    doc = parseDocument(text, { uniqueKeys: false });
  } catch (err) {
    facts.parseError = err instanceof Error ? err.message : String(err);
    return facts;
  }
  if (doc.errors.length > 0) facts.parseError = doc.errors[0]!.message;
  const root = doc.contents;
  if (!isMap(root)) return facts;
  const offsetOf = (pair: Pair) => (isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
  for (const pair of root.items) {
    const key = keyName(pair);
    if (key !== undefined && /^[A-Za-z][\w.-]*:[A-Za-z_]/.test(key)) (facts.outside ??= []).push({ key, offset: offsetOf(pair) });
  }
  const config = root.items.find((p) => keyName(p) === 'config')?.value;
  if (!isMap(config)) return facts;
  for (const pair of config.items) {
    const key = keyName(pair);
    if (key === undefined) continue;
    facts.keys.push({ key, offset: offsetOf(pair) });
    const secure = isMap(pair.value) && pair.value.items.length === 1 ? pair.value.items.find((p) => keyName(p) === 'secure') : undefined;
    const value = secure && isScalar(secure.value) ? stringValue(secure.value.value) : undefined;
    if (value !== undefined) (facts.secure ??= []).push({ key, value, offset: offsetOf(pair) });
    const plain = isScalar(pair.value) && typeof pair.value.value === 'string' ? pair.value.value.trim() : '';
    if (plain) (facts.plain ??= []).push({ key, value: plain, offset: offsetOf(pair) });
  }
  return facts;
}

/** The stack settings files that belong to the project: in Pulumi.yaml's folder (any folder without one). */
export function stackConfigsOf(files: readonly SourceFile[], project: PulumiProjectFacts | undefined): StackConfigFacts[] {
  const dir = project ? dirname(project.file) : undefined;
  return files
    .filter((f) => /^pulumi\.[^.]+\.ya?ml$/i.test(basename(f.path)) && (dir === undefined || dirname(f.path) === dir))
    .map((f) => parseStackConfig(f.path, f.text));
}
