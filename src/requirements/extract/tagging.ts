// Required tags: "All resources must be tagged with Environment, CostCenter, and Owner",
// "Tag all resources with Environment=production and ManagedBy=pulumi", or a list introduced by
// "All resources should be tagged with:" whose items are `Key: value`.

import { found, type Clause, type Extractor } from './found.js';
import { listItems } from './text.js';

const CUE = /\b(tag|tags|tagged|tagging)\b/i;
const SCOPE = /\beverything\b|\btags? for cost (tracking|allocation)\b|\b(all|every|each|any)\b[^.]*\b(resources?|infrastructure|components?)\b|\bresources?\b[^.]*\btag|\btag(s|ged|ging)?\b[^.]*\b(resources?|everything)\b|\btagging strategy\b|\b(cost allocation|mandatory|required|consistent|comprehensive|proper) tag|\bconsistent naming and tagging\s*\(/i;
// Tags the program reads or writes as data (a scanner's findings), not tags its resources carry.
const NOT_RESOURCE_TAGS = /\b(validat\w*|check(s|ed|ing|er|ers)?|scan\w*|detect\w*|non-compliant|compliance-status|image tags?|docker tags?|tag immutability|git tags?|enforcing their|tag compliance|session tags?|abac|tag-based|:latest|latest tags?|missing tags|missing or incomplete|violations?|(tagging|compliance) reports?|in (the )?reports?|as needed|if needed|out of scope)\b/i;
// Tags that select what something acts on ("Target only instances tagged with Environment=dev").
const SELECTOR = /\b(target|touch|affect|select|filter|stop|start|find|ignore|skip|exclude|only|never|not)\w*\b[^.]*\btagged\b/i;
// A sentence whose subject is tags in general, with no resource of its own: under a tagging item or
// section it applies to the stack's resources ("Tags should include Environment, Team and
// CostCenter", "Tag with Owner (team name)", "Include owner, project, and environment tags").
const GENERAL = /^(tags?|tagging|tag with|(apply|add|include|use|set|attach|enforce)\s+(the\s+)?(following\s+|mandatory\s+|standard\s+|consistent\s+|common\s+|default\s+|required\s+)?(tags?\b|[`'"]?[A-Za-z][\w -]*\btags?\b))/i;
// A resource named as the one to tag ("Tag the key …", "Tag alarms and topic", "subnets … tags").
const ONE_RESOURCE = /\b(buckets?|subnets?|vpcs?|keys?|alarms?|topics?|queues?|log groups?|functions?|lambdas?|instances?|snapshots?|objects?|tables?|roles?|clusters?|images?|containers?|amis?|volumes?|repositor(y|ies)|secrets?|distributions?|endpoints?)\b/i;
// Words that qualify tags rather than name one ("additional operational tags", "versioned tags").
const ADJECTIVE = /^(common|centralized|centralised|standard|default|comprehensive|consistent|proper|additional|operational|versioned|specific|descriptive|resource|encrypted|appropriate|relevant|custom|extra|other|some|several|three|two|four|five|basic|useful|meaningful|apply|add|use|enforce|set|attach|using|image|latest|docker|git|session)$/i;
const DETERMINER = /^(all|any|each|every|the|a|an|those|these|with|and|for|of|on|to|must|should|be|have|include|includes|including|following|such|as|like|its|their|your|our)$/i;
const NOT_KEY = /^(all|any|each|every|the|a|an|those|these|resources?|appropriate|proper|consistent|cost|allocation|mandatory|required|comprehensive|with|tags?|and|for|of|on|to|must|should|be|have|include|includes|including|following|values?|e\.g|such|as|like|its|their|standard)$/i;

interface Tag {
  key: string;
  value?: string;
}

function parseTag(part: string, named = false): Tag | undefined {
  let p = part.replace(/^['"`]+|['"`.]+$/g, '').trim();
  // Words the request itself calls tags ("owner, project, and cost center tags") are keys as written;
  // two words make one key ("cost center" → CostCenter, which the check matches as cost-center too).
  const words = /^([a-z][a-z0-9]*)\s+([a-z][a-z0-9]*)(\s+tags?)?$/.exec(p);
  if (named && words && !DETERMINER.test(words[1]!) && !ADJECTIVE.test(words[1]!) && !/^(tags?|resources?)$/i.test(words[2]!)) p = cap(words[1]!) + cap(words[2]!);
  else if (named && ADJECTIVE.test(p.split(/\s+/)[0]!)) return undefined;
  const m = /^`?([A-Za-z][\w:.-]*?)`?\s*(?:[:=]\s*(.*?))?(?:\s+tags?)?$/.exec(p);
  // Code references ("`args.tags`", "`props.commonTags`") name where tags come from, not a key.
  if (!m || NOT_KEY.test(m[1]!) || ADJECTIVE.test(m[1]!) || /suffix/i.test(m[1]!) || /^[a-z]\w*\.[a-z]\w*/.test(m[1]!) || /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(m[1]!)) return undefined;
  // A value is kept only when it is one word or quoted phrase, not alternatives ("hub" | "prod").
  const value = m[2]?.trim().replace(/^['"`]|['"`]$/g, '');
  return value && /^[\w .-]+$/.test(value) && !/\s(or|and)\s/.test(value) ? { key: m[1]!, value } : { key: m[1]! };
}

function cap(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

/** Tag keys (and values) in the part of the sentence that lists them. */
function tagsIn(segment: string, named: boolean): Tag[] {
  const parts = listItems(segment.replace(/\([^)]*\)/g, '')).flatMap((p) => p.split(/\s+or\s+/i));
  // One two-word phrase before "tags" describes them ("mandatory compliance tags"); in a list of
  // several, each item is a key ("owner, project, and cost center tags").
  const tags = parts.map((p) => parseTag(p, named && parts.length > 1)).filter((t): t is Tag => t !== undefined);
  // Plain lower-case words are keys only next to keys that look like keys (tenant_id, CostCenter),
  // or when the request calls them tags and every item is one.
  const keyLike = parts.some((p) => (/^[`'"]?[a-z0-9]*[A-Z_-]/.test(p) || /^`[\w:.-]+`$/.test(p.trim())) && !/\s/.test(p.trim())) || tags.some((t) => t.value !== undefined) || (named && tags.length === parts.length);
  return keyLike ? tags : [];
}

// Where a sentence lists its tags, most specific first: "tags: A, B", "tagged with A and B",
// "(A, B)", "include A, B", "A, B, and C tags".
const SEGMENTS: RegExp[] = [
  /\btag(?:s|ged)?\s*:\s*(.*)$/i,
  /\btagging to all resources\s*:\s*(.*)$/i,
  /\btagged with\s+(.*)$/i,
  /\btags?\s+(?:all\s+)?(?:resources|everything)\s+with\s+(.*)$/i,
  // "Tag every resource with …", "tag each AWS resource with …".
  /\btag\s+(?:all|every|each|any)\s+(?:\w+\s+){0,2}?(?:resources?|components?)\s+with\s+(.*)$/i,
  // "… must carry the tags A=b and C", "include the tags `env` and `owner`".
  /\b(?:carry|carries|have|has|include|includes|bear|bears|apply|applies|attach|attaches)\s+(?:the\s+)?(?:following\s+|these\s+)?tags?\s*:?\s+(?!to\b|on\b|for\b)(.*)$/i,
  /\btag\w*\s*\(([^)]+)\)/i,
  /\btags? (?:must|should) include\s+(.*)$/i,
  /\btag\s+with\s+(.*)$/i,
  // "with the tag 'Project: ServerlessApp'".
  /\bwith (?:the )?tags?\s+(['"`].*)$/i,
  /\b(?:must have|needs?|include|includes)\s+(.*)$/i,
  // "tagged for cost allocation with `cost-center` and `team`".
  /\btagged\b[^.:]*?\bwith\s+(.*)$/i,
  /((?:[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?\s*,\s*)*[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?(?:\s*,?\s*(?:and|&)\s+[`'"]?[A-Za-z][\w:=.'"`-]*[`'"]?)?)\s+tags\b/,
];

// Keys named one by one: "an Owner tag and a CostCenter tag".
const ONE_BY_ONE = /\b(?:an?|the)\s+[`'"]?([A-Z][\w:-]*|[a-z]+[A-Z_-][\w-]*)[`'"]?\s+tag\b/g;
// "Apply default tags via the provider: Project, ManagedBy": a list after tags and a colon.
const AFTER_COLON = /\btags?\b[^:.'"`]*:\s*(.*)$/i;
// "Use consistent tagging: Environment, Service, and ManagedBy on all resources".
const AFTER_TAGGING_COLON = /\btagging\b[^:.'"`]*:\s*(.*)$/i;

// Tags written as an object in the sentence: "Add tags { Environment: "dev", Team: "payments" }".
const OBJECT = /\{\s*((?:['"]?[A-Za-z][\w:.-]*['"]?\s*:\s*['"][^'"{}]*['"]\s*,?\s*)+)\}/;
// "tags Department and CostCenter": capitalised keys right after "tags".
const AFTER_TAGS = /\btags\s+((?:[`'"]?[A-Z][\w-]*[`'"]?\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s)\s*)+[`'"]?[A-Z][\w-]*[`'"]?)(?=\s|[.,;]|$)/;

function objectTags(text: string): Tag[] {
  const m = OBJECT.exec(text);
  if (!m) return [];
  return [...m[1]!.matchAll(/['"]?([A-Za-z][\w:.-]*)['"]?\s*:\s*['"]([^'"]*)['"]/g)].map((x) => (/^[\w .-]+$/.test(x[2]!) ? { key: x[1]!, value: x[2]! } : { key: x[1]! }));
}

function listedTags(text: string): Tag[] {
  const object = objectTags(text);
  if (object.length) return object;
  const single = [...text.matchAll(ONE_BY_ONE)].map((m) => parseTag(m[1]!)).filter((t): t is Tag => t !== undefined);
  if (single.length) return single;
  for (const re of [...SEGMENTS, AFTER_TAGS, AFTER_COLON, AFTER_TAGGING_COLON]) {
    const m = re.exec(text);
    if (!m) continue;
    // "… with environment-specific values", "… for billing allocation": what follows the keys.
    const segment = m[1]!.replace(/\s+(?:on|to|for|across)\s+(?:all|every|each|any)\b.*$/i, '').replace(/\s+with\s+(the\s+)?(current|environment-specific|your own|appropriate|their|its|sensible|default)\b.*$/i, '').replace(/\s+for [\w\s-]+\.?$/i, '');
    const named = /\btags?\.?$/i.test(segment) && !/[:=]/.test(segment);
    const tags = tagsIn(segment.replace(/\s+tags?\.?$/i, ''), named);
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
  // "- Environment: production" or "- ManagedBy tag (Pulumi)" under "tagged with:".
  return CUE.test(c.lead) && /:\s*$/.test(c.lead) ? parseTag(c.text.replace(/\s*\(.*$/, '')) : CUE.test(c.lead) && !CUE.test(c.low) ? parseTag(c.text.replace(/\s*\(.*$/, '')) : undefined;
}

/** Is the sentence about the tags of every resource (or of tags in general, under a tagging item)? */
function aboutAllResources(c: Clause): boolean {
  if (SCOPE.test(c.low)) return true;
  const tagging = CUE.test(c.lead) || /\btagg?(ing|s)?\b/.test(c.headings[c.headings.length - 1] ?? '');
  const general = GENERAL.test(c.text.trim());
  const rest = c.low.replace(/\b(cost|billing|ownership|environment|team|owner|resource)\s+(tracking|allocation|identification|center)\b/g, '');
  return (general || tagging) && !ONE_RESOURCE.test(rest.replace(/\b(all|every|each)\s+(aws\s+)?(resources|components|infrastructure)\b/g, ''));
}

export const extractTags: Extractor = (c) => {
  const { text, low } = c;
  const item = itemTag(c);
  if (item) return [found('required-tags', item.value ? { keys: [item.key], values: { [item.key]: item.value } } : { keys: [item.key] }, 0.7)];
  if (!CUE.test(low) || NOT_RESOURCE_TAGS.test(low) || SELECTOR.test(text) || !aboutAllResources(c)) return [];
  const tags = listedTags(text);
  const keys = [...new Set(tags.map((t) => t.key))];
  const values: Record<string, string> = { ...valuesAfter(c.sentence.rest, keys) };
  for (const t of tags) if (t.value) values[t.key] = t.value;
  // "FailoverRole:Primary or FailoverRole:Standby": a key with alternative values has no required value.
  for (const k of keys) if (new Set(tags.filter((t) => t.key === k && t.value).map((t) => t.value)).size > 1) delete values[k];
  // Tags in general ("Tag appropriately", "Tags") say too little to judge without naming the resources.
  if (keys.length === 0 && !SCOPE.test(low)) return [];
  // A value without "all resources" may be meant for one environment of several the program builds
  // ("Tags: Environment=production" beside dev resources): only the keys are sure.
  if (!SCOPE.test(low)) for (const k of Object.keys(values)) delete values[k];
  const params = Object.keys(values).length ? { keys, values } : { keys };
  return [found('required-tags', params, keys.length ? 0.85 : 0.65)];
};
