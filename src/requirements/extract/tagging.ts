// Required tags: "All resources must be tagged with Environment, CostCenter, and Owner",
// "Tag all resources with Environment=production and ManagedBy=pulumi", or a list introduced by
// "All resources should be tagged with:" whose items are `Key: value`.

import { found, type Clause, type Extractor } from './found.js';
import { listItems } from './text.js';

const CUE = /\b(tag|tags|tagged|tagging)\b/i;
const SCOPE = /\beverything\b|\btags? for cost (tracking|allocation)\b|\b(all|every|each|any)\b[^.]*\b(resources?|infrastructure|components?)\b|\bresources?\b[^.]*\btag|\btag(s|ged|ging)?\b[^.]*\b(resources?|everything)\b|\btagging strategy\b|\b(cost allocation|mandatory|required|consistent|comprehensive|proper) tag/i;
// Tags the program reads or writes as data (a scanner's findings), not tags its resources carry.
const NOT_RESOURCE_TAGS = /\b(validat\w*|check\w*|scan\w*|detect\w*|non-compliant|compliance-status|image tags?|docker tags?|tag immutability|git tags?|enforcing their|tag compliance)\b/i;
const NOT_KEY = /^(all|any|each|every|the|a|an|those|these|resources?|appropriate|proper|consistent|cost|allocation|mandatory|required|comprehensive|with|tags?|and|for|of|on|to|must|should|be|have|include|includes|including|following|values?|e\.g|such|as|like|its|their|standard)$/i;

interface Tag {
  key: string;
  value?: string;
}

function parseTag(part: string): Tag | undefined {
  const p = part.replace(/^['"`]+|['"`.]+$/g, '').trim();
  const m = /^`?([A-Za-z][\w:.-]*?)`?\s*(?:[:=]\s*(.*?))?(?:\s+tags?)?$/.exec(p);
  if (!m || NOT_KEY.test(m[1]!) || /suffix/i.test(m[1]!)) return undefined;
  // A value is kept only when it is one word or quoted phrase, not alternatives ("hub" | "prod").
  const value = m[2]?.trim().replace(/^['"`]|['"`]$/g, '');
  return value && /^[\w .-]+$/.test(value) && !/\s(or|and)\s/.test(value) ? { key: m[1]!, value } : { key: m[1]! };
}

/** Tag keys (and values) in the part of the sentence that lists them. */
function tagsIn(segment: string): Tag[] {
  const parts = listItems(segment.replace(/\([^)]*\)/g, '')).flatMap((p) => p.split(/\s+or\s+/i));
  const tags = parts.map(parseTag).filter((t): t is Tag => t !== undefined);
  // Plain lower-case words are keys only next to keys that look like keys (tenant_id, CostCenter).
  const keyLike = tags.some((t) => /[A-Z_-]/.test(t.key) || t.value !== undefined);
  return keyLike ? tags : [];
}

// Where a sentence lists its tags, most specific first: "tags: A, B", "tagged with A and B",
// "(A, B)", "include A, B", "A, B, and C tags".
const SEGMENTS: RegExp[] = [
  /\btag(?:s|ged)?\s*:\s*(.*)$/i,
  /\btagging to all resources\s*:\s*(.*)$/i,
  /\btagged with\s+(.*)$/i,
  /\btags?\s+(?:all\s+)?(?:resources|everything)\s+with\s+(.*)$/i,
  /\btag\w*\s*\(([^)]+)\)/i,
  /\btags? (?:must|should) include\s+(.*)$/i,
  /\b(?:must have|needs?|include|includes)\s+(.*)$/i,
  /((?:[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?\s*,\s*)*[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?(?:\s*,?\s*(?:and|&)\s+[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?)?)\s+tags\b/,
];

function listedTags(text: string): Tag[] {
  for (const re of SEGMENTS) {
    const m = re.exec(text);
    if (!m) continue;
    const tags = tagsIn(m[1]!.replace(/\s+(tags?|for [\w\s-]+)\.?$/i, ''));
    if (tags.length) return tags;
  }
  return [];
}

/** Values stated after the list: `Project should be "myapp"`. */
function valuesAfter(rest: string, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const m = new RegExp(String.raw`\b${k}\s+(?:should|must)\s+be\s+["'\`]([^"'\`]+)["'\`]`).exec(rest);
    if (m) out[k] = m[1]!;
  }
  return out;
}

function itemTag(c: Clause): Tag | undefined {
  return CUE.test(c.lead) ? parseTag(c.text.replace(/\s*\(.*$/, '')) : undefined;
}

export const extractTags: Extractor = (c) => {
  const { text, low } = c;
  const item = !CUE.test(low) ? itemTag(c) : undefined;
  if (item) return [found('required-tags', item.value ? { keys: [item.key], values: { [item.key]: item.value } } : { keys: [item.key] }, 0.7)];
  if (!CUE.test(low) || NOT_RESOURCE_TAGS.test(low) || !SCOPE.test(low)) return [];
  const tags = listedTags(text);
  const keys = [...new Set(tags.map((t) => t.key))];
  const values: Record<string, string> = { ...valuesAfter(c.sentence.rest, keys) };
  for (const t of tags) if (t.value) values[t.key] = t.value;
  // "FailoverRole:Primary or FailoverRole:Standby": a key with alternative values has no required value.
  for (const k of keys) if (new Set(tags.filter((t) => t.key === k && t.value).map((t) => t.value)).size > 1) delete values[k];
  const params = Object.keys(values).length ? { keys, values } : { keys };
  return [found('required-tags', params, keys.length ? 0.85 : 0.65)];
};
