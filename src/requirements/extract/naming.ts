// Naming patterns ("Follow naming convention: `{resource-type}-${environmentSuffix}`", "S3 bucket:
// `logs-{environment}`") and the environment suffix in names.

import { SERVICES } from '../services.js';
import { found, type Extractor, type Found } from './found.js';

const NAMING_CUE = /\bnaming|\bname pattern|\bnames? (should|must) follow|\bnamed\s+(like|as)\b|\bconvention\b|\b(alias|name) format\b/i;
// "Format: `…`" and "Pattern: `…`" are naming patterns in a naming section, not endpoint paths elsewhere.
const FORMAT_CUE = /\bformat\s*:|\bpattern\s*:/i;
const PLACEHOLDER = /\{[^}\s]+\}|<[^>\s]+>|\$\{[^}\s]+\}/;
// An environment placeholder makes the pattern an environment-suffix requirement as well.
const ENV_PLACEHOLDER = /[{<]\{?\s*(?:props\.)?(env|environment|environment[-_ ]?suffix|env[-_]?suffix|stage|suffix)\s*\}?[}>]/i;
const SUFFIX_WORD = /\benvironment[-_\s]?suffix\b|\benv[-_]suffix\b|\bsuffix\b[^.]*\b(appended|added)\b|\bappended to (all )?(the )?resource names\b|\bnamed with the environment\b/i;
const NAME_CUE = /\bsuffix (is )?set (via|from|by)\b|\bnames?\b|\bnaming\b|\bnamed\b|\bunique(ness)?\b|\bidentif|\ball resources must include\b|\binclude the environment_?suffix\b/i;
// The suffix as an input of the program or its component, not as part of names.
const SUFFIX_AS_INPUT = /\b(accepts?|takes?|passe[sd]|as input|instructions)\b/i;

/**
 * The patterns: code spans with placeholders, else tokens with placeholders ("tenant-{id}-users and
 * tenant-{id}-data"), else the phrase after the colon, else a prefix ("Use Prod as the prefix").
 */
function patternsOf(text: string): string[] {
  const spans = [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.trim()).filter((s) => PLACEHOLDER.test(s) && !/\s/.test(s));
  if (spans.length) return spans;
  const tokens = text.split(/\s+/).filter((w) => PLACEHOLDER.test(w)).map((w) => w.replace(/^['"(]+|['"),.;:]+$/g, ''));
  if (tokens.length) return tokens;
  const afterColon = /(?:convention|pattern|format)\s*(?:is)?\s*:\s*([A-Za-z][\w-]*-[\w-]+)\s*$/i.exec(text);
  if (afterColon) return [afterColon[1]!];
  const prefix = /\buse\s+["'`]?(\w+)["'`]?\s+as\s+(?:the\s+)?prefix\b/i.exec(text);
  return prefix ? [`${prefix[1]}{name}`] : [];
}

/** The service a pattern is for: named before the pattern ("S3 bucket: `…`", "for buckets is `…`"). */
function resourceOf(text: string, pattern: string): string | undefined {
  const before = text.slice(0, Math.max(0, text.indexOf(pattern)));
  const subject = /^\s*([\w\s]+?)\s*(names?\s+must|:)/i.exec(before)?.[1] ?? before;
  const hit = SERVICES.find((s) => s.mention.test(subject) && s.id !== 'vpc');
  if (hit) return hit.id;
  return /\bbuckets?\b/i.test(subject) ? 's3-bucket' : undefined;
}

/** The variable a request calls the suffix, unless it is the usual environmentSuffix. */
function variableOf(name: string | undefined): { variable?: string } {
  return name && !/suffix/i.test(name) ? { variable: name } : {};
}

export const extractNaming: Extractor = (c) => {
  const { text, low } = c;
  const out: Found[] = [];
  if (/\b(wrong|incorrect|bad)\b/.test(low)) return out;
  const namingContext = /\bnam(e|es|ing)\b/.test(c.lead) || c.headings.some((h) => /\bnaming\b/.test(h));
  // "Lambda function: `fn-{environment}`" names a service before a name with placeholders; a code
  // span that interpolates the suffix is a naming pattern wherever it appears.
  const servicePattern = /^([\w\s/]+):\s*`?[\w/.-]*[{<]/.exec(text);
  const namedService = servicePattern && SERVICES.some((s) => s.mention.test(servicePattern[1]!));
  const suffixSpan = /`[^`]*\$?\{[^}]*suffix[^}]*\}[^`]*`/i.test(text);
  const cued = NAMING_CUE.test(text) || suffixSpan || namedService || (namingContext && (FORMAT_CUE.test(text) || !!servicePattern));
  const patterns = cued ? patternsOf(text) : [];
  for (const pattern of patterns) {
    const resource = resourceOf(text, patterns[0]!);
    out.push(found('naming-pattern', resource ? { pattern, resource } : { pattern }, 0.75));
  }
  if (patterns.length) {
    const placeholder = ENV_PLACEHOLDER.exec(patterns.join(' '));
    if (placeholder || /environment[-_]?suffix/i.test(patterns.join(' '))) out.push(found('environment-suffix', variableOf(placeholder?.[1]), 0.8));
    return out;
  }
  if (SUFFIX_WORD.test(text) && NAME_CUE.test(low) && !SUFFIX_AS_INPUT.test(low)) {
    // "`environment`: String suffix to be appended to all resource names" names the variable.
    out.push(found('environment-suffix', variableOf(/^`(\w+)`\s*:/.exec(text)?.[1]), 0.85));
  }
  return out;
};
