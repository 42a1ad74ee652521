// Lambda: runtime, memory, timeout, concurrency, architecture and retry attempts.

import type { ParamsOf } from '../kinds.js';
import { found, type Clause, type Extractor, type Found } from './found.js';
import { NUMBER, negatedAt, numberOf } from './text.js';

/** The sentence, or the item introducing it, is about Lambda functions. */
function aboutLambda(c: Clause): boolean {
  const lambda = /\blambda\b|\bfunctions?\b|\bserverless\b|\bruntime\b/;
  return lambda.test(c.low) || lambda.test(c.lead) || c.headings.some((h) => lambda.test(h));
}

const TOOLING = /\brequires?\b|\bcli\b|\binstalled\b|\bpulumi \d|\bdeveloper machine\b/i;

export const extractRuntime: Extractor = (c) => {
  const { text, low } = c;
  if (TOOLING.test(low) || !aboutLambda(c)) return [];
  // "do not bundle aws-sdk" advice mentions a Node version without asking for a runtime.
  if (/\baws[- ]sdk\b|\bsdk v[23]\b/.test(low) && !/\bruntime\b/.test(low)) return [];
  const orNewer = (after: string) => /^\s*(\+|\.x\+|\s*or (higher|later|newer|above)|\s*and (higher|above))/.test(after);
  const out: Found[] = [];
  const py = /\bpython\s*(3)\.(\d{1,2})\b/i.exec(text);
  if (py) {
    const after = text.slice(py.index + py[0].length);
    out.push(found('lambda-runtime', orNewer(after) ? { runtime: `python3.${py[2]}`, orNewer: true } : { runtime: `python3.${py[2]}` }, 0.85));
  }
  const node = /\bnode(?:\.?js)?\s*(\d{2})(?:\.x)?/i.exec(text);
  if (node) {
    const after = text.slice(node.index + node[0].length);
    out.push(found('lambda-runtime', orNewer(after) ? { runtime: `nodejs${node[1]}.x`, orNewer: true } : { runtime: `nodejs${node[1]}.x` }, 0.85));
  }
  const other = /\b(java)\s*(\d{1,2})\b|\b(\.net|dotnet)\s*(\d)\b|\b(ruby)\s*(3\.\d)\b/i.exec(text);
  if (other && /\bruntime\b/.test(low)) {
    const runtime = other[1] ? `java${other[2]}` : other[3] ? `dotnet${other[4]}` : `ruby${other[6]}`;
    out.push(found('lambda-runtime', { runtime }, 0.75));
  }
  return out;
};

const NOT_LAMBDA_SIZE = /\bvcpu\b|\bcpu\b|\btask definitions?\b|\becs\b|\bfargate\b|\bcontainers?\b|\bstorage\b|\bdisk\b|\bebs\b|\bcache\b/i;

export const extractMemory: Extractor = (c) => {
  const { text, low } = c;
  // "Lambda (Node.js 18.x, 256MB)" sizes memory without saying so.
  const sized = /\bmemory\b|\bram\b/.test(low) || (/\blambda\b/.test(low) && /\d\s*mb\b/.test(low));
  if (!sized || !aboutLambda(c) || NOT_LAMBDA_SIZE.test(low)) return [];
  if (/\butili[sz]ation\b|\bmetrics?\b(?! .*\bmb\b)/.test(low) && !/\d\s*(mb|gb)/i.test(text)) return [];
  const sizes = [...text.matchAll(/\b(\d+(?:\.\d+)?)\s*(mb|mib|gb|gib)\b/gi)].map((m) => Math.round(Number(m[1]) * (/g/i.test(m[2]!) ? 1024 : 1)));
  if (sizes.length === 0) return [];
  const range = /\b(\d+)\s*(?:mb)?\s*(?:-|–|to)\s*(\d+)\s*mb\b/i.exec(text);
  let params: ParamsOf<'lambda-memory'>;
  if (range) params = { min: Number(range[1]), max: Number(range[2]) };
  else if (new Set(sizes).size > 1) params = { min: Math.min(...sizes), max: Math.max(...sizes) };
  else params = { mb: sizes[0]! };
  return [found('lambda-memory', params, 0.85)];
};

export const extractTimeout: Extractor = (c) => {
  const { text, low } = c;
  if (!/\btime\s?outs?\b|\btimes out\b|\btime out\b/.test(low) || !aboutLambda(c)) return [];
  if (/\bhealth checks?\b|\bconnection\b|\bidle\b/.test(low)) return [];
  const m = new RegExp(String.raw`\b${NUMBER}[-\s]?(seconds?|secs?|s|minutes?|mins?)\b`, 'i').exec(text);
  if (!m) return [];
  const n = numberOf(m[1]!);
  if (n === undefined) return [];
  const seconds = /^m/i.test(m[2]!) ? n * 60 : n;
  const atMost = /\b(maximum|max|at most|no more than|up to|under|within)\b[^.]{0,20}$/i.test(text.slice(0, m.index));
  return [found('lambda-timeout', atMost ? { seconds, atMost } : { seconds }, 0.85)];
};

export const extractConcurrency: Extractor = (c) => {
  const { text, low } = c;
  if (/\bprovisioned concurrency\b/.test(low)) {
    const n = /\bprovisioned concurrency\b[^.\d]{0,30}(\d+)/i.exec(text);
    return [found('lambda-concurrency', n ? { type: 'provisioned', count: Number(n[1]) } : { type: 'provisioned' }, 0.85)];
  }
  if (/\b(no|without|must not use|not use|removed)\b[^.]*\breserved\b|\bdefault concurrency\b/.test(low)) {
    return [found('lambda-concurrency', { type: 'none' }, 0.75)];
  }
  if (/\breserved (concurren\w+|executions?)\b|\bconcurrent execution limit\b|\bconcurrency limit\b/.test(low)) {
    if (/\b(dev|staging|prod)\s*:/.test(low)) return [found('lambda-concurrency', { type: 'reserved' }, 0.7)];
    const n = /\b(?:reserved (?:concurren\w+|executions?)|concurrent executions?|concurrency limit|execution limit)\b[^.\d]{0,30}(\d+)/i.exec(text);
    return [found('lambda-concurrency', n ? { type: 'reserved', count: Number(n[1]) } : { type: 'reserved' }, 0.85)];
  }
  return [];
};

export const extractArchitecture: Extractor = (c) => {
  if (!/\barm64\b|\bgraviton\d?\b|\baarch64\b/.test(c.low) || !aboutLambda(c)) return [];
  return [found('lambda-architecture', { arch: 'arm64' }, 0.8)];
};

export const extractRetries: Extractor = (c) => {
  const { text } = c;
  const m =
    new RegExp(String.raw`\bretr(?:y|ies)\s+(?:up to\s+|at most\s+)?${NUMBER}\s+times?\b`, 'i').exec(text) ??
    new RegExp(String.raw`\b(?:maximum|max)\s+(?:of\s+)?${NUMBER}\s+retr(?:y|ies)\b|\bretry attempts?\s*(?:of|:)?\s*${NUMBER}`, 'i').exec(text);
  if (!m || !aboutLambda(c)) return [];
  const n = numberOf(m[1] ?? m[2] ?? m[3] ?? '');
  return n === undefined ? [] : [found('lambda-retries', { attempts: n }, 0.7)];
};

export const extractSnapStart: Extractor = (c) => (/\bsnap ?start\b/.test(c.low) ? [found('lambda-snapstart', {}, 0.85)] : []);

// "Deploy Lambda functions in private subnets", "Lambda must be placed within a VPC", "VPC-attached
// Lambdas": the functions get a vpcConfig.
const IN_VPC = /\blambdas?\b(?:\s+functions?)?[^.;]*?\b(?:in|inside|within|into|to)\s+(?:the\s+|a\s+|an\s+|its\s+|isolated\s+|dedicated\s+|customer\s+|same\s+)*(?:vpcs?\b|vpc\s+private\s+subnets?|private\s+subnets?)|\bvpc[- ](?:attached|enabled|connected|integrated|bound)\s+lambdas?\b|\blambdas?\b(?:\s+functions?)?\s+with\s+vpc\s+(?:configuration|integration|config|access)\b/i;

export const extractLambdaVpc: Extractor = (c) => {
  const { text, low } = c;
  const m = IN_VPC.exec(text);
  if (!m || negatedAt(low, m.index) || /\bif\b|\boutside\b|\bnot (be )?(in|inside|within)\b/.test(low)) return [];
  // "Lambda … to a VPC endpoint": access through an endpoint, not a function in the VPC.
  const after = text.slice(m.index + m[0].length);
  if (/^\S*\s*endpoints?\b/i.test(after)) return [];
  // "VPC-connected Lambdas should either …": advice about such functions, not a request for them.
  if (/^vpc/i.test(m[0]) && /^\s*(should|must|need|require|can|will|that)\b/i.test(after)) return [];
  const all = /\b(all|every|each)\s+(the\s+)?lambdas?\b|\blambda functions\b|\blambdas\b/i.test(m[0]) || /\b(all|every|each)\s+(the\s+)?lambda/i.test(low);
  return [found('lambda-vpc', all ? { all: true } : {}, 0.8)];
};
