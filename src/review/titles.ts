// Failure titles as a reviewer writes them: what is wrong, on what, how many ("Missing environment
// suffix in DynamoDB table names (2 tables)"). A rule (or requirement kind) gives a template per
// message id; the findings of the failure fill it.

import type { Finding } from '../core/finding.js';
import type { RuleDefinition } from '../rules/define-rule.js';
import { isKind, KINDS, type RequirementKind } from '../requirements/kinds.js';
import { pythonName } from '../schema/python-names.js';
import { plural, resourceKind } from './words.js';

/** "naming/missing-environment-suffix" → "Missing environment suffix". */
export function ruleWords(ruleId: string): string {
  const t = (ruleId.split('/').pop() ?? ruleId).replace(/-/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The requirement kind of a `requirements/<kind>` finding. */
export function requirementKind(ruleId: string): (typeof KINDS)[RequirementKind] | undefined {
  const kind = ruleId.startsWith('requirements/') ? ruleId.slice('requirements/'.length) : '';
  return isKind(kind) ? KINDS[kind] : undefined;
}

/** The title template of a finding: the rule's (for its message id, else its default), or the requirement kind's. */
export function titleTemplate(rule: RuleDefinition | undefined, f: Pick<Finding, 'ruleId' | 'messageId'>): string | undefined {
  const title: string | Readonly<Record<string, string>> | undefined = rule ? rule.title : requirementKind(f.ruleId)?.title;
  if (typeof title === 'string' || title === undefined) return title;
  return title[f.messageId ?? ''] ?? title.default;
}

/** Why a failure matters: the rule's reason, or the requirement kind's. */
export function whyOf(rule: RuleDefinition | undefined, ruleId: string): string {
  return rule?.docs.why ?? requirementKind(ruleId)?.why ?? '';
}

const MAX_VALUE = 40;
const MAX_LISTED = 3;

/** A value cut to what fits in a title: a long ARN or path ends in "…" (closing a code span it cuts). */
function short(v: string): string {
  if (v.length <= MAX_VALUE) return v;
  const cut = `${v.slice(0, MAX_VALUE - 1)}…`;
  return (cut.match(/`/g)?.length ?? 0) % 2 ? `${cut}\`` : cut;
}

/** "a", "a, b", "a, b, c and 2 more". */
function listed(values: readonly string[]): string {
  if (values.length <= MAX_LISTED) return values.join(', ');
  return `${values.slice(0, MAX_LISTED).join(', ')} and ${values.length - MAX_LISTED} more`;
}

/** An argument path in the answer's language: `serverSideEncryption.enabled` → `server_side_encryption.enabled` in Python. */
function argName(path: string, lang: string | undefined): string {
  if (lang !== 'python') return path;
  return path.replace(/[A-Za-z_][A-Za-z0-9_]*/g, (seg) => (/[A-Z]/.test(seg) && /[a-z]/.test(seg) ? pythonName(seg) : seg));
}

/** A value through a placeholder's filters: `:arg` spells an argument path in the answer's language, `:code` makes it a code span. */
function filtered(value: string, filters: string, lang: string | undefined): string {
  let v = value;
  for (const f of filters.split(':').filter(Boolean)) {
    if (f === 'arg') v = argName(v, lang);
    else if (f === 'code') v = v.startsWith('`') ? v : `\`${v}\``;
  }
  return v;
}

/** The items of a listed value: "kms, s3"; "`a`, `b`" and "a`, `b" (a list inside a message's code span) are code spans. */
function items(value: string): string[] {
  const spans = value.replace(/^`|`$/g, '').split('`, `');
  if (spans.length > 1 && !spans.some((v) => v.includes('`'))) return spans.map((v) => `\`${v}\``);
  // A plain list of words; a value with code or brackets ("[ERROR, Exception]") is one item.
  return /[`[\]{}()"']/.test(value) ? [value] : value.split(', ');
}

/** Distinct values, lists taken apart so that an item is named once. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.flatMap(items).filter((v) => v !== ''))];
}

const PLACEHOLDER = /\{\{\s*(\w+(?:\/\w+)*)((?::\w+)*)(?:\|([^}]*))?\s*\}\}/g;
const OPTIONAL = /\[\[(.*?)\]\]/g;

/**
 * The title of the findings of one failure (one rule and message, one kind of resource).
 *
 * Placeholders of a template:
 * - `{{key}}`: the findings' message data for `key`, every distinct value (a few at most);
 *   `{{key:arg}}` spells it as an argument of the answer's language, `{{key:code}}` makes each value
 *   a code span (filters chain: `{{path:arg:code}}`); `{{a/b}}` is the first of the keys with a
 *   value; `{{key|text}}` falls back to `text`; `{{key:s}}` is "s" when the key has several values;
 *   values longer than 40 characters are cut, except with `{{key:full}}` (a phrase such as a problem);
 * - `{{kind}}` / `{{kinds}}`: the resources' kind ("DynamoDB table(s)"), `{{count}}` how many places,
 *   `{{counted}}` how many resources of the kind ("2 DynamoDB tables", "DynamoDB table"), `{{s}}` "s"
 *   for several places,
 *   `{{name}}` / `{{names}}` the resources' names; message data of the same key wins;
 * - `[[ ... ]]` is left out when a placeholder in it is empty.
 * A template that does not say how many or which gets "(N tables)" or "(`name`)" appended. Without
 * a template: "<rule id in words> on <kind> <names> (N places)".
 */
export function groupTitle(rule: RuleDefinition | undefined, group: readonly Finding[], lang?: string): string {
  const first = group[0]!;
  // One cause reaching several kinds of resource: they are "resources".
  const kinds = new Set(group.map((f) => f.resource?.type).filter((t) => t));
  const kind = kinds.size > 1 ? 'resource' : first.resource?.type ? resourceKind(first.resource.type) : '';
  const count = group.length;
  // Several findings on one resource (a policy with two wildcard statements) are one resource.
  const resources = new Set(group.map((f, i) => f.resourceId ?? f.resource?.name ?? `#${i}`)).size;
  const names = distinct(group.map((f) => f.resource?.name ?? '')).map((n) => `\`${short(n)}\``);
  const template = titleTemplate(rule, first);
  if (!template) return capital(fallbackTitle(first.ruleId, kind, names, count));
  const counted = kind ? (resources > 1 ? `${resources} ${plural(kind, resources)}` : kind) : '';
  const special: Record<string, string> = { kind, kinds: plural(kind, resources), counted, count: String(count), s: count > 1 ? 's' : '', name: names[0] ?? '', names: listed(names) };
  let said = new Set<string>();
  let empty = false;
  const valueOf = (key: string, filters: string): string => {
    if (key in special && !group.some((f) => f.data?.[key] !== undefined)) {
      if (special[key]) said.add(key);
      return special[key]!;
    }
    const values = distinct(group.map((f) => (f.data?.[key] === undefined ? '' : String(f.data[key]))));
    if (filters === ':s') return values.length > 1 ? 's' : '';
    const full = filters.split(':').includes('full');
    return listed(values.map((v) => (full ? filtered(v, filters, lang) : short(filtered(v, filters, lang)))));
  };
  const fill = (_: string, keys: string, filter: string, dflt: string | undefined): string => {
    let value = '';
    for (const key of keys.split('/')) if (!value) value = valueOf(key, filter);
    if (!value && dflt === undefined) empty = true;
    return value || (dflt ?? '');
  };
  const title = template
    .replace(OPTIONAL, (_, inner: string) => {
      const before = said;
      said = new Set(said);
      empty = false;
      const text = inner.replace(PLACEHOLDER, fill);
      if (!empty) return text;
      said = before;
      return '';
    })
    .replace(PLACEHOLDER, fill);
  let out = title;
  const many = kind ? resources > 1 : count > 1;
  if (many && !said.has('count') && !said.has('counted')) out += ` (${kind ? `${resources} ${plural(kind, resources)}` : `${count} places`})`;
  else if (!many && names.length === 1 && !said.has('name') && !said.has('names') && !title.includes(names[0]!)) out += ` (${names[0]})`;
  return capital(tidy(out));
}

/** Spaces collapsed, and a preposition left dangling by an empty value ("… on (2 places)") dropped. */
function tidy(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:of|on|in|for|by|to|with|from|at)(?=\s*(?:\(|$)|\s+[,:;)])/g, '')
    .replace(/\s+([,)])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .trim();
}

/** The title of a rule without a template: what (the rule id in words), on which resources, how many places. */
function fallbackTitle(ruleId: string, kind: string, names: readonly string[], count: number): string {
  const what = ruleWords(ruleId);
  const places = count > 1 ? ` (${count} places)` : '';
  if (!kind) return `${what}${places}`;
  return `${what} on ${plural(kind, count)}${names.length ? ` ${listed(names)}` : ''}${places}`;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
