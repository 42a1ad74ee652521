// Log retention, service logs (access logs, log exports, build logs) and X-Ray tracing.

import type { ParamsOf } from '../kinds.js';
import { found, type Extractor, type Found } from './found.js';
import { daysIn } from './text.js';

const NOT_LOG_RETENTION = /\bbackups?\b|\bsnapshots?\b|\bmessage retention\b|\bsqs\b|\bqueues?\b|\bkinesis\b|\bstreams?\b|\blifecycle\b|\bglacier\b|\bobjects?\b|\bdata retention polic|\bsecrets?\b|\bimages?\b|\bartifacts?\b/i;

export const extractLogRetention: Extractor = (c) => {
  const { text, low } = c;
  if (!/\bretention\b|\bretain(ed)? for\b|\bkept for\b|\bkeep logs\b/.test(low)) return [];
  if (!/\blogs?\b|\blog groups?\b|\blogging\b|\bcloudwatch\b/.test(low + ' ' + c.lead) || NOT_LOG_RETENTION.test(low)) return [];
  const days = [...new Set(daysIn(text))];
  const range = /\b(\d+)\s*(?:-|–|to)\s*(\d+)\s*days?\b/i.exec(text);
  let params: ParamsOf<'log-retention'> = {};
  if (range) params = { min: Number(range[1]), max: Number(range[2]) };
  else if (days.length === 1) params = { days: days[0]! };
  // Per-environment values ("7 days dev, 30 days prod"): any of them is acceptable.
  else if (days.length > 1) params = { min: Math.min(...days), max: Math.max(...days) };
  return [found('log-retention', params, params.days ? 0.9 : 0.75)];
};

// A service's own logs, however the request words them: "access logs", "enable logging on …",
// "API Gateway logging to CloudWatch", "export PostgreSQL logs to CloudWatch", "send container logs to
// CloudWatch Logs", "request logging", "execution logging", "slow query logs".
const LOGGING_CUE = new RegExp(
  [
    String.raw`\baccess logs?\b|\baccess logging\b|\blogging (is |must be |should be )?(enabled|turned on|configured)\b|\benable (cloudwatch )?(logs|logging)\b|\blogs? exports?\b|\blog delivery\b|\blogs?_config\b|\bwith logging\b|\bcloudwatch logging for\b`,
    String.raw`\b(enable|configure|set up|turn on)\w*\s+(\w+\s+){0,3}logging\s+(for|on|to|in)\b`,
    String.raw`\b(api gateway|alb|load balancer|cloudfront|s3|rds|database|codebuild|ecs|container|waf|eks|request|execution|query|slow query|audit|error|general|postgresql|mysql)\s+(access\s+)?(logging|logs)\s+((must|should|are|is)\s+(be\s+)?)?(to|in|into|enabled|sent|stream\w*|go|stored|delivered|shipped|exported|forwarded)\b`,
    String.raw`\b(export|send|ship|stream|deliver|forward|push|publish)\w*\s+(\w+\s+){0,3}logs?\s+to\b`,
    String.raw`\b(request|execution|query|slow query|server access) (logs|logging)\b`,
  ].join('|'),
  'i',
);
const LOGGED: [ParamsOf<'service-logging'>['service'], RegExp][] = [
  ['codebuild', /\bcode\s?build\b/i],
  ['cloudfront', /\bcloud\s?front\b/i],
  ['alb', /\b(application )?load balancers?\b|\balbs?\b/i],
  ['api-gateway', /\bapi\s?gateway\b|\brest api\b|\bapi stages?\b/i],
  ['rds', /\brds\b|\baurora\b|\bdatabases?\b|\bpostgres|\bmysql\b/i],
  ['ecs', /\becs\b|\bcontainers?\b|\bfargate\b|\btasks\b/i],
  ['waf', /\bwaf\b/i],
  ['eks', /\beks\b|\bkubernetes\b/i],
  ['s3', /\bs3\b|\bbuckets?\b/i],
];

// Where logs go ("to a dedicated S3 bucket", "in CloudWatch Logs") is not the service that writes them.
const DESTINATION = /\b(to|in|into|on)\s+((a|an|the|dedicated|centralized|centralised|separate|central|configurable|configured|encrypted|shared)\s+)*(s3|cloudwatch)(\s+(access\s+)?(logging|logs?))?(\s+(buckets?|log groups?))?\b/g;

export const extractServiceLogging: Extractor = (c) => {
  if (!LOGGING_CUE.test(c.low)) return [];
  // Trails, flow logs and IAM grants for logging name other things than a service's own logs.
  if (/\bpermissions?\b|\biam\b|\broles?\b/.test(c.low)) return [];
  const otherLogs = /\bcloud\s?trail\b|\bflow logs?\b/.test(c.low);
  // The logged service is in the sentence, or in the list item that introduces it ("**ALB**: …").
  for (const source of [c.low.replace(DESTINATION, ''), c.lead]) {
    const hit = LOGGED.find(([id, re]) => re.test(source) && !(otherLogs && id === 's3'));
    if (hit) return [found('service-logging', { service: hit[0] }, 0.75)];
  }
  return [];
};

export const extractTracing: Extractor = (c) => {
  const { low } = c;
  if (!/\bx-?ray\b|\bdistributed tracing\b|\bactive tracing\b|\btracing (is )?(active|enabled)\b|\benable tracing\b/.test(low)) return [];
  if (/\bpermissions?\b|\bdaemon\b/.test(low) && !/\benable|configure|active/.test(low)) return [];
  const services: string[] = [];
  if (/\blambda|functions?\b/.test(low)) services.push('lambda');
  if (/\bapi gateway\b|\bapi\b/.test(low)) services.push('api-gateway');
  if (/\bstep functions?\b|\bstate machines?\b/.test(low)) services.push('step-functions');
  const out: Found[] = [found('xray', services.length ? { services } : {}, 0.85)];
  return out;
};
