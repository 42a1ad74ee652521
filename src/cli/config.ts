// stacklint.config.json / .yaml / .yml: found by searching upward from the working directory, or given
// with --config. Every key is validated; a bad config is a usage error naming the key (exit 2).

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import YAML from 'yaml';
import { SEVERITIES, type Severity } from '../core/finding.js';
import { closest } from '../core/text.js';
import { escapeControl } from '../reporters/escape.js';
import { UsageError } from './args.js';
import { readTextFileSync, shown } from './files.js';

export const CONFIG_NAMES = ['stacklint.config.json', 'stacklint.config.yaml', 'stacklint.config.yml'];

export interface RuleSetting {
  enabled: boolean;
  severity?: Severity;
}

export interface Config {
  /** The file it came from (undefined: no config file). */
  path?: string;
  rules: Record<string, RuleSetting>;
  /** Per-class settings (`CODE-UNUSED-LINT: off`), applied before per-rule ones. */
  classes: Record<string, RuleSetting>;
  /** Globs of input paths or answer code-block paths whose findings are dropped. */
  ignore: string[];
  format?: string;
  severityThreshold?: Severity;
  /** Base URI of the rule docs for SARIF helpUri. */
  docsBaseUri?: string;
  /** Seconds of analysis per MB of input (0: no limit). */
  timeLimit?: number;
}

const KEYS = ['$schema', 'rules', 'classes', 'ignore', 'format', 'severityThreshold', 'docsBaseUri', 'timeLimit'];

export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const n of CONFIG_NAMES) {
      const p = join(dir, n);
      if (existsSync(p)) return p;
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadConfig(path: string | undefined, knownRules: readonly string[], knownClasses: readonly string[], formats: readonly string[]): Config {
  const empty: Config = { rules: {}, classes: {}, ignore: [] };
  if (!path) return empty;
  const text = readTextFileSync(path, 'config');
  let raw: unknown;
  try {
    raw = path.endsWith('.json') ? JSON.parse(text) : YAML.parse(text);
  } catch (err) {
    // Parser messages quote the text: escape it, never echo raw bytes.
    throw new UsageError(`cannot read config ${shown(path)}: ${escapeControl((err as Error).message.split('\n')[0]!, false)}`);
  }
  if (raw === null || raw === undefined) return { ...empty, path };
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError(`config ${path}: expected an object at the top level`);
  const obj = raw as Record<string, unknown>;
  const bad = (key: string, what: string) => new UsageError(`config ${path}: \`${key}\` ${what}`);
  for (const k of Object.keys(obj)) {
    if (!KEYS.includes(k)) {
      const near = closest(k, KEYS);
      throw bad(k, `is not a known key${near ? ` (did you mean \`${near}\`?)` : ''}; known keys: ${KEYS.filter((x) => x !== '$schema').join(', ')}`);
    }
  }
  const config: Config = { ...empty, path };
  config.rules = settings(obj.rules, 'rules', knownRules, bad);
  config.classes = settings(obj.classes, 'classes', knownClasses, bad);
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore) || !obj.ignore.every((g) => typeof g === 'string')) throw bad('ignore', 'must be a list of glob strings');
    config.ignore = obj.ignore as string[];
  }
  if (obj.format !== undefined) {
    if (typeof obj.format !== 'string' || !formats.includes(obj.format)) throw bad('format', `must be one of: ${formats.join(', ')}`);
    config.format = obj.format;
  }
  if (obj.severityThreshold !== undefined) {
    if (!SEVERITIES.includes(obj.severityThreshold as Severity)) throw bad('severityThreshold', `must be one of: ${SEVERITIES.join(', ')}`);
    config.severityThreshold = obj.severityThreshold as Severity;
  }
  if (obj.timeLimit !== undefined) {
    if (typeof obj.timeLimit !== 'number' || !Number.isFinite(obj.timeLimit) || obj.timeLimit < 0) throw bad('timeLimit', 'must be a number of seconds (0 for none)');
    config.timeLimit = obj.timeLimit;
  }
  if (obj.docsBaseUri !== undefined) {
    if (typeof obj.docsBaseUri !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(obj.docsBaseUri)) throw bad('docsBaseUri', 'must be an absolute URI');
    config.docsBaseUri = obj.docsBaseUri;
  }
  return config;
}

function settings(
  value: unknown,
  key: string,
  known: readonly string[],
  bad: (key: string, what: string) => UsageError,
): Record<string, RuleSetting> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad(key, 'must be a mapping of ids to settings');
  const out: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(id)) {
      const near = closest(id, known);
      throw bad(`${key}.${id}`, `is not a known ${key === 'rules' ? 'rule id' : 'class'}${near ? ` (did you mean \`${near}\`?)` : ''}`);
    }
    out[id] = setting(v, `${key}.${id}`, bad);
  }
  return out;
}

/** `off` | `on` | a severity | `{ enabled?: boolean, severity?: severity }` */
function setting(v: unknown, key: string, bad: (key: string, what: string) => UsageError): RuleSetting {
  if (v === 'off' || v === false) return { enabled: false };
  if (v === 'on' || v === true) return { enabled: true };
  if (typeof v === 'string' && SEVERITIES.includes(v as Severity)) return { enabled: true, severity: v as Severity };
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (k !== 'enabled' && k !== 'severity') throw bad(`${key}.${k}`, 'is not a known setting (use `enabled` or `severity`)');
    if (o.enabled !== undefined && typeof o.enabled !== 'boolean') throw bad(`${key}.enabled`, 'must be true or false');
    if (o.severity !== undefined && !SEVERITIES.includes(o.severity as Severity)) throw bad(`${key}.severity`, `must be one of: ${SEVERITIES.join(', ')}`);
    return { enabled: o.enabled !== false, ...(o.severity ? { severity: o.severity as Severity } : {}) };
  }
  throw bad(key, `must be "off", "on", a severity (${SEVERITIES.join(', ')}) or { enabled, severity }`);
}

/** The rules a configuration enables, and their severity overrides (class settings, then rule settings). */
export function selectRules(rules: readonly { id: string; class: string }[], config: Config): { ids: string[]; severity: Record<string, Severity> } {
  const ids: string[] = [];
  const severity: Record<string, Severity> = {};
  for (const r of rules) {
    const cls = config.classes[r.class];
    const own = config.rules[r.id];
    const enabled = own ? own.enabled : cls ? cls.enabled : true;
    if (!enabled) continue;
    ids.push(r.id);
    const sev = own?.severity ?? cls?.severity;
    if (sev) severity[r.id] = sev;
  }
  return { ids, severity };
}
