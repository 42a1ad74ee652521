// The region a stack deploys to, and the regions a multi-region design spans.

import { found, type Extractor, type Found } from './found.js';
import { negatedAt } from './text.js';

// Region codes, not availability zones (us-east-1a) nor endpoint names (com.amazonaws.us-east-1.s3).
const REGION = /(?<![.\w-])((?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|southwest|northwest)-\d)(?![\w.-]*\w)/gi;

const SECONDARY = /\b(secondary|standby|dr region|dr resources|disaster recovery|read replicas?|replicas? in|failover region|backup region|replicat\w* to|replicas? to)\b/i;
const HARDCODING = /\bhard-?cod|\bexamples?\b|\be\.g\.|\bsuch as\b/i;
const MIGRATION = /\bmigrat\w*|\bmove\b|\bmoving\b|\bmirror\w*/i;

// Regions by the names AWS gives them ("US West (Oregon)", "Europe (Frankfurt)"), as requests write
// them without the code: "in the Oregon region", "deploy to Frankfurt".
const REGION_NAMES: [RegExp, string][] = [
  [/n(?:orthern|\.)\s*virginia|virginia/, 'us-east-1'],
  [/ohio/, 'us-east-2'],
  [/n(?:orthern|\.)\s*california/, 'us-west-1'],
  [/oregon/, 'us-west-2'],
  [/ireland|dublin/, 'eu-west-1'],
  [/london/, 'eu-west-2'],
  [/paris/, 'eu-west-3'],
  [/frankfurt/, 'eu-central-1'],
  [/zurich/, 'eu-central-2'],
  [/stockholm/, 'eu-north-1'],
  [/milan/, 'eu-south-1'],
  [/spain/, 'eu-south-2'],
  [/tokyo/, 'ap-northeast-1'],
  [/seoul/, 'ap-northeast-2'],
  [/osaka/, 'ap-northeast-3'],
  [/singapore/, 'ap-southeast-1'],
  [/sydney/, 'ap-southeast-2'],
  [/jakarta/, 'ap-southeast-3'],
  [/melbourne/, 'ap-southeast-4'],
  [/mumbai/, 'ap-south-1'],
  [/hyderabad/, 'ap-south-2'],
  [/hong kong/, 'ap-east-1'],
  [/s[aã]o paulo/, 'sa-east-1'],
  [/canada(?: central)?|montreal/, 'ca-central-1'],
  [/calgary/, 'ca-west-1'],
  [/bahrain/, 'me-south-1'],
  [/uae/, 'me-central-1'],
  [/cape town/, 'af-south-1'],
  [/tel aviv/, 'il-central-1'],
];
const NAME = `(${REGION_NAMES.map(([re]) => re.source).join('|')})`;
// The name must be said to be a region, or be where the stack is deployed.
const NAMED_REGION = [
  new RegExp(String.raw`\b${NAME}\)?\s+(?:aws\s+)?region\b`, 'gi'),
  new RegExp(String.raw`\bregion\s*(?::|=|is|should be|must be)?\s*(?:the\s+)?(?:aws\s+)?${NAME}\b`, 'gi'),
  new RegExp(String.raw`\b(?:deploy\w*|host\w*|provision\w*|launch\w*|run\w*|build\w*|create\w*)\b(?:\s+[\w-]+){0,4}?\s+(?:in|to|into)\s+(?:the\s+)?(?:aws\s+)?${NAME}\b(?!\s+(?:office|customers?|users?|data ?cent(?:er|re)s?|team)\b)`, 'gi'),
];

function namedRegions(low: string): string[] {
  const out: string[] = [];
  for (const re of NAMED_REGION) {
    for (const m of low.matchAll(re)) {
      const name = m[1]!;
      const region = REGION_NAMES.find(([r]) => new RegExp(`^(?:${r.source})$`).test(name))?.[1];
      if (region && !negatedAt(low, m.index) && !out.includes(region)) out.push(region);
    }
  }
  return out;
}

function regionsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REGION)) {
    const r = m[1]!.toLowerCase();
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

// CloudFront certificates, WAF web ACLs for CloudFront and Lambda@Edge must be in us-east-1 whatever
// the stack's region: a sentence about them says nothing about where the stack goes.
const GLOBAL_ONLY = /\b(cloud\s?front|certificates?|acm|waf|web acls?|lambda@edge|edge functions?)\b/;
const WHOLE_STACK = /\b(all|every|everything|stack|infrastructure|resources|primary)\b/;

export const extractRegion: Extractor = (c) => {
  const { text, low } = c;
  if (HARDCODING.test(low)) return [];
  // "Do not deploy to us-east-1", "avoid us-west-1": a region the stack must not use.
  // "No resources outside eu-west-1" keeps the stack in it.
  const regions = regionsIn(text).filter((r) => !negatedAt(low, low.indexOf(r)) || /\boutside (of )?(the )?$/.test(low.slice(0, low.indexOf(r))));
  const globalOnly = (r: string) => {
    if (r !== 'us-east-1') return false;
    const at = low.indexOf(r);
    const clause = low.slice(Math.max(0, low.lastIndexOf(';', at) + 1), low.indexOf(';', at) < 0 ? undefined : low.indexOf(';', at));
    return GLOBAL_ONLY.test(clause) && !WHOLE_STACK.test(clause);
  };
  if (regions.some(globalOnly)) {
    regions.splice(regions.findIndex(globalOnly), 1);
    if (regions.length === 0) return [];
  }
  if (regions.length === 0 && regionsIn(text).length === 0) {
    const named = namedRegions(low);
    if (named.length === 1) return [found('region', { region: named[0]! }, 0.75)];
    if (named.length >= 2) return [found('multi-region', { regions: named }, 0.7)];
  }
  if (regions.length === 0) {
    return /\bmulti[- ]region\b|\bmultiple (aws )?regions\b|\bacross regions\b/.test(low) ? [found('multi-region', { regions: [] }, 0.6)] : [];
  }
  const out: Found[] = [];
  // A migration names where things run now and where they go: the destination is the region.
  if (regions.length >= 2 && MIGRATION.test(low + ' ' + c.lead)) {
    const after = (re: RegExp) => [...text.matchAll(re)].map((m) => regionsIn(m[1]!)[0]).find((r) => r !== undefined);
    const dest = after(/\b(?:to|into)\s+(?:the\s+)?(\S+)/gi) ?? after(/\bin\s+(?:the\s+)?(\S+)/gi);
    if (dest) return [found('region', { region: dest }, 0.75)];
  }
  if (regions.length >= 2) {
    out.push(found('multi-region', { regions }, 0.85));
    return out;
  }
  const region = regions[0]!;
  const regionSection = c.headings.some((h) => /\bregion\b/.test(h));
  if (SECONDARY.test(low) && !/\bprimary\b/.test(low)) {
    out.push(found('multi-region', { regions: [region] }, 0.6));
  } else if (regionSection || /\b(deploy\w*|region|hosted|launch\w*|provision\w*|located|target\w*|primary|runs? in|running in|migrate to)\b/.test(low)) {
    out.push(found('region', { region }, 0.9));
  } else if (new RegExp(String.raw`(\b(in|to|for|out of|outside( of)?)\s+|\()\W?${region}`).test(low)) {
    // "… for us-east-1", "Hub VPC (us-east-1)": where something goes, said in passing.
    out.push(found('region', { region }, 0.7));
  }
  return out;
};
