// The region a stack deploys to, and the regions a multi-region design spans.

import { found, type Extractor, type Found } from './found.js';

// Region codes, not availability zones (us-east-1a) nor endpoint names (com.amazonaws.us-east-1.s3).
const REGION = /(?<![.\w-])((?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov)?-(?:north|south|east|west|central|northeast|southeast|southwest|northwest)-\d)(?![\w.-]*\w)/gi;

const SECONDARY = /\b(secondary|standby|dr region|dr resources|disaster recovery|read replicas?|replicas? in|failover region|backup region|replicat\w* to|replicas? to)\b/i;
const HARDCODING = /\bhard-?cod|\bexamples?\b|\be\.g\.|\bsuch as\b/i;
const MIGRATION = /\bmigrat\w*|\bmove\b|\bmoving\b|\bmirror\w*/i;

function regionsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(REGION)) {
    const r = m[1]!.toLowerCase();
    if (!out.includes(r)) out.push(r);
  }
  return out;
}

export const extractRegion: Extractor = (c) => {
  const { text, low } = c;
  if (HARDCODING.test(low)) return [];
  const regions = regionsIn(text);
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
  } else if (new RegExp(String.raw`(\b(in|to|for)\s+|\()\W?${region}`).test(low)) {
    // "… for us-east-1", "Hub VPC (us-east-1)": where something goes, said in passing.
    out.push(found('region', { region }, 0.7));
  }
  return out;
};
