// Networking: availability-zone count, NAT gateway layout, VPC endpoints and CIDR blocks.

import type { ParamsOf } from '../kinds.js';
import { found, type Clause, type Extractor, type Found } from './found.js';
import { DATABASE, NUMBER, negatedAt, numberOf } from './text.js';

const AZ = String.raw`(?:availability[- ]zones?|azs?)\b`;

export const extractAzCount: Extractor = (c) => {
  const { text, low } = c;
  const counted = new RegExp(String.raw`\b(?:at least |exactly |across |in |over |spanning |span )?${NUMBER}\s+(?:different\s+|distinct\s+|separate\s+)?${AZ}`, 'i').exec(text);
  if (counted) {
    const n = numberOf(counted[1]!);
    if (n !== undefined && n >= 1 && n <= 6) return [found('az-count', { count: n }, 0.85)];
  }
  // "two public subnets ... in different AZs": the number of subnets is the number of zones.
  const spread = new RegExp(String.raw`\b${NUMBER}\s+(?:public\s+|private\s+)?subnets?\b.*?\b(?:different|separate|distinct|across|split across|spanning)\s+(?:\w+\s+)?${AZ}`, 'i').exec(text);
  if (spread) {
    const n = numberOf(spread[1]!);
    if (n !== undefined && n >= 2 && n <= 6) return [found('az-count', { count: n }, 0.75)];
  }
  // "multiple AZs" spreads subnets; "Multi-AZ" near a database ("Multi-AZ RDS", "database … with
  // Multi-AZ support", or under a database item) is `multi-az-db`.
  // "The RDS instance must be deployed across multiple AZs" is a Multi-AZ database, not subnets.
  const multiple = new RegExp(String.raw`\bmultiple\s+${AZ}`, 'i').exec(text);
  if (multiple && !(DATABASE.test(text.slice(Math.max(0, multiple.index - 60), multiple.index + 40)) && !/\bsubnets?\b/i.test(text))) return [found('az-count', { count: 2 }, 0.6)];
  const multi = [...text.matchAll(new RegExp(String.raw`\bmulti[- ]?(?:${AZ}|availability)`, 'gi'))];
  const nearDatabase = (i: number) => DATABASE.test(text.slice(Math.max(0, i - 40), i + 40));
  const dbContext = (DATABASE.test(c.lead) || (c.sentence.inList && DATABASE.test(c.headings[c.headings.length - 1] ?? ''))) && !DATABASE.test(low);
  if (multi.some((m) => !nearDatabase(m.index)) && !dbContext) return [found('az-count', { count: 2 }, 0.6)];
  // "a highly available web application": on AWS that means at least two availability zones.
  if (/\bhighly available\b|\bhigh[- ]availability\b/.test(low) && !DATABASE.test(low) && !dbContext && !/\buptime\b|\b99\.9/.test(low)) {
    return [found('az-count', { count: 2 }, 0.5)];
  }
  return [];
};

export const extractNat: Extractor = (c) => {
  const { low } = c;
  const at = low.search(/\bnat\b|\bnat[- ]gateways?\b/);
  if (at < 0) return [];
  if (/\b(no|without|avoid|instead of)\s+(\w+\s+)?nat\b|\bnat gateways? (are |is )?not (required|needed)|\bno nat\b/.test(low)) {
    return [found('nat-gateways', { mode: 'none' }, 0.8, 'COST-OPTIMIZATION')];
  }
  if (/\bnat[^.]*\b(per|in each|for each|in every|one per)\s+(az|availability zone|public subnet)|\b(one|a) nat gateways? (per|in each|for each)\b|\bnat gateways? in each\b/.test(low)) {
    return [found('nat-gateways', { mode: 'per-az' }, 0.85)];
  }
  if (/\b(single|one|only 1|1|shared) nat\b|\bnat gateway \(deployed in one\b|\bsingle nat\b|\bnat gateway shared\b/.test(low)) {
    return [found('nat-gateways', { mode: 'single' }, 0.8, 'COST-OPTIMIZATION')];
  }
  return [];
};

/** Endpoint service names as in `com.amazonaws.<region>.<service>`, from how requests name them. */
const ENDPOINT_SERVICES: [string, RegExp][] = [
  ['s3', /\bs3\b/i],
  ['dynamodb', /\bdynamo\s?db\b/i],
  ['secretsmanager', /\bsecrets\s?manager\b/i],
  ['kms', /\bkms\b/i],
  ['ssmmessages', /\bssmmessages\b/i],
  ['ec2messages', /\bec2messages\b/i],
  ['ssm', /\bssm\b(?!messages)|\bsystems manager\b/i],
  ['ecr', /\becr\b/i],
  ['logs', /\bcloudwatch logs\b|\blogs\b/i],
  ['monitoring', /\bcloudwatch\b(?! logs)/i],
  ['sts', /\bsts\b/i],
  ['sqs', /\bsqs\b/i],
  ['sns', /\bsns\b/i],
  ['lambda', /\blambda\b/i],
  ['execute-api', /\bapi gateway\b|\bexecute-api\b/i],
  ['ecs', /\becs\b/i],
  ['ec2', /\bec2\b(?!messages)/i],
  ['kinesis', /\bkinesis\b/i],
];

function endpointServices(text: string): string[] {
  return ENDPOINT_SERVICES.filter(([, re]) => re.test(text)).map(([id]) => id);
}

export const extractVpcEndpoints: Extractor = (c) => {
  const { low } = c;
  const here = /\bvpc endpoints?\b|(?<!api )\bgateway endpoints?\b|\binterface endpoints?\b|\bprivatelink\b/.exec(low);
  const inEndpointList = !here && /\bendpoints?\b/.test(low) && /\bvpc endpoints?\b/.test(c.lead);
  if (!here && !inEndpointList) return [];
  if (here && negatedAt(low, here.index)) return [];
  if (/^\s*(prefer|consider)\b/.test(low) || /\bnot required\b/.test(low)) return [];
  const services = endpointServices(low.replace(/\bvpc endpoints?\b/g, ''));
  return [found('vpc-endpoints', services.length ? { services } : {}, services.length ? 0.85 : 0.7)];
};

const CIDR = /\b(?:\d{1,3}\.){3}\d{1,3}\/\d{1,2}\b/g;

function cidrTarget(c: Clause, index: number): ParamsOf<'cidr'>['target'] | undefined {
  const before = c.low.slice(Math.max(0, index - 60), index);
  if (/\b(from|to|allow|allowing|ingress|inbound|egress|ssh|port|access)\b[^,;]*$/.test(before)) return undefined;
  // "VPCs with 10.0.0.0/16 CIDR … with 3 private subnets": the noun nearest the block is what it is for.
  const distance = (re: RegExp) => Math.min(...[...c.low.matchAll(re)].map((m) => Math.abs(m.index - index)), Infinity);
  const subnet = distance(/\bsubnets?\b/g);
  const vpc = distance(/\bvpcs?\b/g);
  if (subnet < Infinity && subnet <= vpc) return 'subnet';
  if (vpc < Infinity) return 'vpc';
  if (/\bsubnet\b/.test(c.lead)) return 'subnet';
  if (/\bvpc\b/.test(c.lead) || c.headings.some((h) => /\bvpc\b/.test(h))) return 'vpc';
  return undefined;
}

export const extractCidr: Extractor = (c) => {
  const { text, low } = c;
  if (/\boverlap\b|\b(dev|staging|prod)\b[^.]*\d+\.\d+\.\d+\.\d+\/\d+[^.]*\b(dev|staging|prod)\b/.test(low)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(CIDR)) {
    if (m[0] === '0.0.0.0/0') continue;
    const target = cidrTarget(c, m.index);
    if (target) out.push(found('cidr', { cidr: m[0], target }, 0.85));
  }
  return out;
};

// Weighted routing the request asks for by name ("weighted target groups", "shift 10% of traffic",
// "canary deployment"); "blue-green" alone does not say how traffic moves (switching the listener is
// blue-green too), and CloudWatch Synthetics canaries are monitors, not releases.
const SHIFTING = /\bweighted\s+(?:target[- ]groups?|routing|records?|(?:dns|alias)\s+records?|forward(?:ing)?|traffic|routes?|polic(?:y|ies))\b|\btraffic[- ]shift(?:ing|s)?\b|\bshift(?:s|ing)?\s+(?:\d+\s?%|(?:the\s+|a\s+)?(?:percentage|portion|share)\s+of\s+(?:the\s+)?traffic|traffic\b)|\b(?:gradual(?:ly)?|incremental(?:ly)?)\s+(?:traffic|shift)|\bcanary\s+(?:deployments?|releases?|rollouts?|traffic|routing|weights?|strategy)\b/;

export const extractTrafficShifting: Extractor = (c) => {
  const m = SHIFTING.exec(c.low);
  if (!m || negatedAt(c.low, m.index)) return [];
  const dns = /\broute\s?53\b|\bdns\b|\brecords?\b|\brouting polic(y|ies)\b/.test(c.low);
  const lb = /\btarget[- ]groups?\b|\blisteners?\b|\b(alb|nlb|load[- ]balancers?)\b/.test(c.low);
  const params: ParamsOf<'traffic-shifting'> = dns && !lb ? { via: 'dns' } : lb && !dns ? { via: 'load-balancer' } : {};
  return [found('traffic-shifting', params, 0.75)];
};
