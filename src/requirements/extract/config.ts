// Configuration and interfaces of the program: environment variables, stack outputs and pipeline
// stages.

import { found, type Clause, type Extractor } from './found.js';
import { NUMBER, listItems, numberOf } from './text.js';

const ENV_CUE = /\benvironment variables?\b|\benv vars?\b|\benvironment_variables\b/i;
const ENV_NAME = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|(?<=['"`])[A-Z][A-Z0-9]{2,}(?=['"`])/g;
// Names a program reads to configure itself, or credentials of a CI system, rather than variables
// it must hand to functions and containers.
const NOT_HANDED_OVER = /^(ENVIRONMENT_SUFFIX|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|AWS_REGION|AWS_DEFAULT_REGION|PULUMI_CONFIG_PASSPHRASE)$/;

export const extractEnvVars: Extractor = (c) => {
  const inList = !ENV_CUE.test(c.low) && ENV_CUE.test(c.lead);
  if (!ENV_CUE.test(c.low) && !inList) return [];
  const source = inList ? c.text.split(/:\s/)[0]! : c.text;
  const names = [...new Set(source.match(ENV_NAME) ?? [])].filter((n) => !NOT_HANDED_OVER.test(n));
  return names.length ? [found('env-vars', { names }, 0.85)] : [];
};

const OUTPUT_CUE = /\bexports?\b|\bexported\b|\bexporting\b|\b(stack )?outputs?\b|\boutput the\b/i;
const NOT_STACK_OUTPUT = /\boutput (a|the) (single|complete|code|file|only)\b|\boutput must\b|\boutput format\b|\bdelivery format\b|\bjson file\b|\bcfn-outputs\b|\bflat-outputs\b|\bto (a )?file\b|\bexport (default|const|class)\b|\bcode output\b|\bjson (output|report)\b|\boutput requirements\b|\bexpected output\s*:\s*a (fully|complete|pulumi|cloudformation)\b(?![^.]*\bexport)/i;
const ATTRIBUTE = /\b(arns?|names?|ids?|urls?|endpoints?|dns|uris?|domains?|addresses|ips?|identifiers|keys?|status|report)\b|[a-z](name|url|arn|endpoint|uri|dns)s?\b/i;

/** What the sentence lists as outputs: the enumeration after the cue verb. */
function outputsIn(c: Clause): string[] {
  const m = /\b(?:exports?|exported|output|outputs(?: include)?|outputs? they need are|as outputs?)\s*:?\s+(?:the\s+|both\s+|all\s+)?(.*)$/i.exec(c.text);
  const segment = (m?.[1] ?? c.text).replace(/\([^)]*\)/g, '').replace(/\s+(as|for|to|in) (pulumi |stack )?(outputs?|reference|cross-stack|easy access|operational use|application configuration)\b.*$/i, '');
  return listItems(segment)
    .map((s) => s.replace(/^(the|both|all|and)\s+/i, '').replace(/[.:]$/, '').trim())
    .filter((s) => ATTRIBUTE.test(s) && s.length < 80);
}

export const extractOutputs: Extractor = (c) => {
  const { low } = c;
  const item = !OUTPUT_CUE.test(low) && /\boutputs?\b|\bexport/.test(c.lead) && ATTRIBUTE.test(low);
  if (item) return [found('stack-outputs', { outputs: [c.text.replace(/[.:]$/, '').trim()] }, 0.7)];
  if (!OUTPUT_CUE.test(low) || NOT_STACK_OUTPUT.test(low)) return [];
  if (!ATTRIBUTE.test(low) && !/\bstack outputs?\b|\bfollowing\b|\bexport:?$|\bmust export\b/.test(low)) return [];
  return [found('stack-outputs', { outputs: outputsIn(c) }, 0.75)];
};

export const extractStages: Extractor = (c) => {
  const { text, low } = c;
  if (!/\bstages?\b/.test(low) || !/\bpipeline\b|\bcodepipeline\b/.test(low + ' ' + c.lead)) return [];
  if (/\bgithub actions\b|\bworkflow\b/.test(low)) return [];
  const count = new RegExp(String.raw`\b(?:exactly\s+)?${NUMBER}\s+stages\b`, 'i').exec(text);
  const bare = text.replace(/\s*\((?:from|using|running|via|with)[^)]*\)/gi, '');
  const listed =
    /\bstages?\s*(?::|\(|named|are)?\s*([A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)+(?:\s*,?\s*and\s+[A-Z][\w-]*)?|[A-Z][\w-]*\s*,?\s*and\s+[A-Z][\w-]*)/.exec(bare) ??
    /\b([A-Z][\w-]*(?:\s*,\s*[A-Z][\w-]*)*\s*,?\s*and\s+[A-Z][\w-]*)\s+stages\b/.exec(bare);
  const stages = listed ? listItems(listed[1]!) : [];
  const approval = /\b(manual )?approval stage\b/.test(low) ? ['Approval'] : [];
  const n = count ? numberOf(count[1]!) : undefined;
  if (!stages.length && !approval.length && n === undefined) return [];
  const params: { stages: string[]; count?: number } = { stages: stages.length ? stages : approval };
  if (n !== undefined) params.count = n;
  return [found('pipeline-stages', params, 0.8)];
};
