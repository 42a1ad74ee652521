// Platform and language ("Pulumi with TypeScript", "Platform: pulumi / Language: py") and the
// ComponentResource structure.

import type { ParamsOf } from '../kinds.js';
import { negatedAt } from './text.js';
import { found, type Extractor, type Found } from './found.js';

const LANG = String.raw`(typescript|python|javascript|golang|go|java|c#|csharp|\.net|yaml)`;
const LANG_NAMES: Record<string, ParamsOf<'platform'>['language']> = {
  typescript: 'typescript',
  ts: 'typescript',
  python: 'python',
  py: 'python',
  javascript: 'javascript',
  js: 'javascript',
  go: 'go',
  golang: 'go',
  java: 'java',
  'c#': 'csharp',
  csharp: 'csharp',
  '.net': 'csharp',
  yaml: 'yaml',
};
const TOOL = String.raw`(pulumi|cdktf|cdk|terraform|cloudformation)`;
// Pulumi words that name a feature, not the tool a program is written with.
const FEATURE = String.raw`(?!['’]s\s+(import|componentresource|config|stack|testing|dependency|filearchive|fileasset|apply|interpolate|strongly)|\s+(cli|config|configuration|stack|stacks|service|console|state|import|mocks?|testing|automation|esc|deployments?|preview|up|destroy|access|outputs?|best|componentresource|component|program\s+itself|code\b|3\.x|sdk\s+version))`;

const PAIRS: RegExp[] = [
  new RegExp(String.raw`\b${TOOL}\s+(?:with|and|using|in|\+|/)\s+${LANG}\b`, 'i'),
  new RegExp(String.raw`\b${LANG}\s+(?:with|using)\s+(?:the\s+)?${TOOL}\b`, 'i'),
  new RegExp(String.raw`\bin\s+${LANG}\s+using\s+${TOOL}\b`, 'i'),
  new RegExp(String.raw`\b${TOOL}(?:['’]s)?\s+${LANG}\b(?!\s+(best|style|version|\d))`, 'i'),
];

function language(word: string | undefined): ParamsOf<'platform'>['language'] | undefined {
  return word ? LANG_NAMES[word.toLowerCase()] : undefined;
}

function tool(word: string | undefined): ParamsOf<'platform'>['tool'] | undefined {
  const w = word?.toLowerCase();
  return w === 'pulumi' || w === 'cdk' || w === 'cdktf' || w === 'terraform' || w === 'cloudformation' ? w : undefined;
}

function platformParams(t: string | undefined, l: string | undefined): ParamsOf<'platform'> {
  const p: ParamsOf<'platform'> = {};
  const tl = tool(t);
  const lg = language(l);
  if (tl) p.tool = tl;
  if (lg) p.language = lg;
  return p;
}

export const extractPlatform: Extractor = (c) => {
  const out: Found[] = [];
  const { text, low } = c;
  // A request whose problem statement names another tool (template leftovers) still asks for
  // Pulumi elsewhere; only sentences that demand Pulumi, or label the platform, are read.
  for (const re of PAIRS) {
    const m = re.exec(text);
    if (!m) continue;
    const words = m.slice(1);
    const t = words.find((w) => tool(w));
    const l = words.find((w) => language(w) && !tool(w));
    if (tool(t) === 'pulumi') out.push(found('platform', platformParams(t, l), 0.9));
    break;
  }
  if (out.length === 0) {
    const label = /\b(platform|iac tool|framework)\s*[:=]\s*(pulumi|cdktf|cdk|terraform|cloudformation)\b/i.exec(text);
    const lang = /\blanguage\s*[:=]\s*(typescript|ts|python|py|javascript|js|go|golang|java|c#|csharp|yaml)\b/i.exec(text);
    if (label || lang) out.push(found('platform', platformParams(label?.[2], lang?.[1]), 0.85));
  }
  if (out.length === 0) {
    const using = new RegExp(String.raw`\b(using|with|in|on|through)\s+(the\s+)?pulumi\b${FEATURE}`, 'i').exec(text);
    if (using) out.push(found('platform', { tool: 'pulumi' }, 0.7));
  }
  if (out.length === 0) {
    const written = new RegExp(String.raw`\b(?:written|implemented|developed|coded)\s+(?:entirely\s+)?in\s+${LANG}\b`, 'i').exec(text);
    if (/\buse\s+pulumi\s+as\b/i.test(text) || written) out.push(found('platform', platformParams(written ? undefined : 'pulumi', written?.[1]), 0.75));
  }
  if (out.length === 0 && /\b(do not|don't)\s+(substitute|change|use other)\b.*\b(platform|language|iac|languages)\b/i.test(low)) {
    out.push(found('platform', {}, 0.7));
  }
  return out;
};

export const extractComponent: Extractor = (c) => {
  const { text, low } = c;
  const m = /component\s*resources?|\b(reusable|modular|maintainable)\b[^.]*\bcomponents?\b|component (pattern|class|architecture)|component-based|\w+stack\s+(componentresource|component|class)\b/i.exec(low);
  if (!m) return [];
  // "a single stack without component resources": the request does not want them.
  if (negatedAt(low, m.index)) return [];
  // "component resources or functions", "modules or components": one way among others.
  if (/\bcomponents?(\s*resources?)?\s+or\s+(plain\s+)?(functions?|modules?|classes)\b|\b(functions?|modules?)\s+or\s+(pulumi\s+)?components?\b/i.test(low)) return [];
  const name =
    /\b`?([A-Z]\w*Stack)`?\s+(?:ComponentResource|component|class)\b/.exec(text) ??
    /\b(?:main|proper)\s+`?([A-Z]\w*Stack)`?/.exec(text) ??
    /\b`?([A-Z]\w*Stack)Args`?/.exec(text);
  const params: ParamsOf<'component-resource'> = name ? { className: name[1]! } : {};
  // "a reusable component for the Lambda functions", "eliminate code duplication": the part repeated
  // inside the stack (each function, service, tenant) is a component instantiated for each. A
  // component reused across environments is instantiated once per stack, which is not this.
  if (!name && !/\benvironments?\b/i.test(low) && /\bduplicat\w+|\brepeated\b|\b(each|every|per|individual) (lambda )?(functions?|services?|microservices?|tenants?|queues?|buckets?|tables?|workers?)\b|\b(lambda|function|service|microservice|tenant|worker)s? (function )?components?\b/i.test(low)) params.reusable = true;
  return [found('component-resource', params, 0.7)];
};
