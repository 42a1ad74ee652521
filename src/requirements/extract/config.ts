// Configuration and interfaces of the program: environment variables, stack outputs and pipeline
// stages.

import { found, type Clause, type Extractor } from './found.js';
import { NUMBER, listItems, numberOf } from './text.js';

// "environment variables", "… in its environment", "pass the table name to the function as TABLE_NAME".
const ENV_CUE = /\benvironment variables?\b|\benv vars?\b|\benvironment_variables\b|\bin (its|their) (runtime )?environment\b|\b(pass\w*|hand\w*|provid\w*|inject\w*|expos\w*|suppl\w*)\b[^.]*\bto (the |each |every |all )?(functions?|lambdas?|containers?|tasks?|handlers?)\b[^.]*\bas\s+[`'"]?[A-Z][A-Z0-9]*_[A-Z0-9_]+/i;
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
  const m = /\b(?:exports?|exported|output|outputs(?:\s+(?:should|must|shall|will|need to|needs to)(?:\s+also)?)?(?:\s+(?:include|contain|provide|expose|be))?|outputs? they need are|as outputs?)\s*:?\s+(?:the\s+|both\s+|all\s+)?(.*)$/i.exec(c.text);
  const segment = (m?.[1] ?? c.text).replace(/\([^)]*\)/g, '').replace(/\s+(as|for|to|in) (pulumi |stack )?(outputs?|reference|cross-stack|easy access|operational use|application configuration)\b.*$/i, '');
  return listItems(segment)
    .map((s) => s.replace(/^(the|both|all|and)\s+/i, '').replace(/[.:]$/, '').trim())
    .filter((s) => ATTRIBUTE.test(s) && s.length < 80);
}

// A section of the request that lists outputs: "## Outputs", "### Stack Outputs", "Required exports".
const OUTPUT_SECTION = /^\s*(?:\d+[.)]\s*)?(?:required\s+|stack\s+|pulumi\s+|expected\s+stack\s+)?(?:outputs?|exports?)(?:\s+\(.*\))?\s*:?\s*$/i;

export const extractOutputs: Extractor = (c) => {
  const { low } = c;
  const section = c.sentence.inList && !c.lead && OUTPUT_SECTION.test(c.headings[c.headings.length - 1] ?? '');
  const item = !OUTPUT_CUE.test(low) && (/\boutputs?\b|\bexport/.test(c.lead) || section) && ATTRIBUTE.test(low);
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

// "Use Pulumi config for environment-specific values", "accept the following configuration values:",
// "Fail fast if required Pulumi config like allowed_cidr or replication_region is missing".
const CONFIG_CUE = /\bpulumi (stack )?config(uration)?\b|\bpulumi\.config\b|\bstack config(uration)?s?\b|\bconfig(uration)? (keys?|values?|parameters?|settings?|inputs?)\b|\bconfigurable (via|through|from|using) (the )?pulumi\b/i;
const CONFIG_PURPOSE = /\b(define\w*|values?|settings?|parameters?|variables?|keys?|environment-specific|configurable|driven|load\w*|read\w*|manage\w*|accept\w*|pass\w*|instead of|not hardcoded|no hardcoded|stor\w*|come from|comes from|sourced from|taken from|pulled from|belong)\b/i;
// "Load environment-specific values from the Pulumi stack configuration files (Pulumi.dev.yaml, …)":
// the files the program's settings come from, which the program must read.
const STACK_FILES = /\b(?:pulumi )?stack config(?:uration)? files?\b|\bpulumi\.(?:<?[\w-]+>?|\{[\w-]+\}|\*)\.yaml\b/i;
// Not settings the program reads: state backends, files, the CLI, structure to stay compatible with.
const NOT_PROGRAM_CONFIG = /\bbackend\b|\bdirectory\b|\bstructure\b|\bfiles?\b|\byaml\b|\bcli\b|\bpassphrase\b|\bsecrets? provider\b|\bdocumentation\b|\bguide\b|\bparameter store\b|\bssm\b|\bdata structures?\b/i;
const KEY_NAME = /`([a-z][\w]*(?::[a-zA-Z][\w]*)?)`|\b([a-z]+(?:_[a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+)\b/g;

// "Make the retention period configurable", "instance types should be parameterized", "the bucket
// name should be provided as a parameter": settings the
// program must take from its configuration rather than write into the code.
const CONFIGURABLE = /\b(make|makes|be|are|is|remain)\s+(?:[\w-]+\s+){0,6}?(configurable|parameteri[sz]ed)\b|\bparameteri[sz]e\b|\b(provided|passed|supplied) (in )?as (a |an )?(parameter|input)s?\b/i;

export const extractConfigKeys: Extractor = (c) => {
  const { text, low } = c;
  if (CONFIGURABLE.test(low) && !CONFIG_CUE.test(low) && !/\benvironment variables?\b|\bparameter store\b|\bssm\b|\bcomponent\b|\bmodule\b|\bclass\b|\bprovider\b|\bif\b|\boptional\b/.test(low)) return [found('config-keys', {}, 0.55)];
  const inList = !CONFIG_CUE.test(low) && /\bconfig(uration)? (values?|keys?|parameters?)\b|\bpulumi config\b/.test(c.lead);
  // Key names ("config like allowed_cidr") say what is read; without them the sentence must say why.
  const namesKeys = new RegExp(KEY_NAME.source).test(text.replace(/\bpulumi\.config\b/gi, ''));
  if (!inList && (!CONFIG_CUE.test(low) || (!CONFIG_PURPOSE.test(low) && !namesKeys))) return [];
  // "Environment suffix can be set via … or Pulumi config (defaults to 'dev')": a setting with a
  // default, which the program must not require.
  const defaulted = /\(defaults? (to|:)|\bdefaults? to\b|\(default:/.test(low);
  if (/\benvironment[-_ ]?suffix\b/.test(low)) return defaulted && /\bpulumi config\b/.test(low) ? [found('config-keys', { optional: ['environmentSuffix'] }, 0.7)] : [];
  const stackFiles = STACK_FILES.test(low) && /\b(values?|settings?|parameters?|configurations?|driven|load\w*|read\w*|come from|comes from|sourced from)\b/.test(low.replace(STACK_FILES, ''));
  if ((NOT_PROGRAM_CONFIG.test(low) && !(stackFiles && !/\bbackend\b|\bpassphrase\b|\bsecrets? provider\b|\bparameter store\b|\bssm\b|\bdocumentation\b/.test(low))) || (/\benvironment variables?\b(?![^.]*\bnot\b)/.test(low) && !/\bpulumi config\b/.test(low))) return [];
  const source = inList ? text.split(/:\s|\s[-–]\s/)[0]! : text;
  const named = [...new Set([...source.matchAll(KEY_NAME)].map((m) => (m[1] ?? m[2])!))].filter((k) => !/^(pulumi\w*|get\w*|require\w*)$/i.test(k));
  // The environment suffix has a kind of its own.
  // Provider settings (`aws:region`) belong to the region kind.
  const keys = named.filter((k) => !/^environment_?suffix$/i.test(k) && !/^aws:/.test(k));
  if (named.length > 0 && keys.length === 0) return [];
  if (inList) return keys.length ? [found('config-keys', defaulted ? { keys: keys.slice(0, 1), optional: keys.slice(0, 1) } : { keys: keys.slice(0, 1) }, 0.7)] : [];
  if (keys.length) return [found('config-keys', { keys }, 0.75)];
  // Without key names, only "use Pulumi config" itself says where settings come from, and not when
  // it is one of several ways ("Pulumi Config, or environment variables").
  const options = low.replace(/\((dev|staging|prod)[^)]*\)/g, '');
  if (!/\bpulumi\b|\bstack config/.test(low) || /\bor\b/.test(options)) return [];
  // "Load environment-specific values from the stack configuration files", "environment-specific
  // settings via Pulumi config": the settings themselves, not only the environment's name.
  const settings = /\benvironment-specific (values|settings|configurations?|parameters)\b|\bper-environment (values|settings|configurations?|parameters)\b|\b(values|settings|parameters) (that )?(differ|vary) (across|between|per) environments\b/.test(low);
  return [found('config-keys', settings ? { settings: true } : {}, 0.6)];
};
