// Required and forbidden services: what the request asks to build ("Create an Application Load
// Balancer", "- DynamoDB table with on-demand billing") and what it forbids ("Do NOT create GuardDuty
// detectors"). A service is required when it is the object of the request, not when it only
// qualifies another noun ("Lambda function log groups") or is the subject of a constraint
// ("Lambda functions must use Python 3.11").

import { serviceById, SERVICES, type Service } from '../services.js';
import { found, type Clause, type Extractor, type Found } from './found.js';
import { DIRECTIVE, negatedAt } from './text.js';

const FORBID = /\b(do not|don'?t|must not|should not|never)\s+(create|deploy|provision|use|include|set up|enable)\s+(any\s+|an?\s+)?$/i;
// Verbs whose object is used or inspected, not built ("scans all EC2 instances", "access S3").
const USES = /\b(scans?|monitors?|monitoring|checks?|audits?|analy[sz]es?|tracks?|validates?|verif\w+|access(es)?|reads?|writes?|invokes?|calls?|quer(y|ies)|reach(es)?|import)\s+(all\s+|the\s+|any\s+)?(\w+\s+)?$/i;
const NOT_BUILT = /\b(default|existing|future|their|external|third-party)\s+$|\b(currently|already)\s+(have|has|use|uses|run|runs)\s+(\S+\s+){0,2}$/i;
// "encrypted using AWS KMS" names the means of encryption; a key is asked for only when KMS is the
// object ("Create a KMS key", "- KMS keys per tenant").
const KMS_KEY_ASKED = /^(customer[- ]managed )?kms\b|\b(create|use|deploy|provision|implement)\w*\s+(an?\s+|separate\s+|the\s+|dedicated\s+)?(aws\s+)?(customer[- ]managed\s+)?kms\b|\bkms keys? (per|in each|in both|for each)\b|\bcustomer[- ]managed kms keys? for\b/i;
const HEAD_NOUNS = /^\s*(functions?|tables?|buckets?|queues?|topics?|clusters?|instances?|distributions?|apis?|streams?|repositor(y|ies)|projects?|pipelines?|alarms?|dashboards?|keys?|zones?|groups?|detectors?|rules?|domains?|services?|state machines?|web acls?|subscriptions?|endpoints?|records?)\b/i;
const PROPERTY =
  /^\s*((read-only |read |write )?(access|permissions?)|vpc endpoints?|retention|polic(y|ies)|auto-?scaling|metrics|environment variables|arns?|names?|urls?|ids?|encryption|roles?|execution|tracing|runtime|memory|timeout|capacity|billing|versioning|throttling|authori[sz]\w+|subnet groups?|parameter groups?|security groups?|health check status|invocations|errors|duration|logs? groups?|logging|replication|lag|read\/write|connections?|endpoint url|notifications? rule|event notifications?|cache|ttl|scaling|lifecycle|image scanning)\b/i;
const NOT_A_REQUEST = /\b(test|tests|testing|assert|verify|validate|mock|mocks)\b/i;
// Sentences whose services are settings or data rather than things to build: outputs, tags, names,
// permissions, and settings written as code (`deletion_protection=False`).
const OTHER_SUBJECT =
  /\bexport|\boutputs?\b|\btagg?(ed|ing)?\b|\benvironment variables?\b|\bpermissions?\b|\bpolicies that allow\b|\baccess to\b|\bendpoints? for\b|\bnaming\b|\bnames must\b|\bnamed\b|`[^`]*[{<][^`]*`|\b\w+\s*=\s*(true|false|\d+)\b/i;
// After the service: its own nouns, then nothing or a preposition, for a forbidden service to be the
// service itself ("GuardDuty detectors in code") rather than a feature of it ("DynamoDB global tables").
const SERVICE_ITSELF = /^\s*(?:\(|,|\.|;|:|$|\b(in|on|for|at|within|per|as|unless|because|since|or|and|creation|deployment)\b)/i;

// Services that are themselves logs or monitoring: "CloudTrail logging" is the trail, not a setting of it.
const LOG_SERVICE = /^\s*(cloud\s?trail|(vpc\s+)?flow\s*logs?)\b/i;

function isObject(text: string, start: number, end: number): boolean {
  const after = text.slice(end);
  const rest = after.replace(HEAD_NOUNS, '');
  if (PROPERTY.test(rest) && !(LOG_SERVICE.test(text.slice(start, end)) && /^\s*(logging|logs?)\b/i.test(rest))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  // "Use CloudWatch for monitoring and alarms": what follows "for" is what the umbrella service provides.
  const umbrella = /^\s*use\s+(\S+\s+){1,3}for\b/i.test(text.slice(0, start));
  // "Persist uploads to an EFS volume", "Stream logs to OpenSearch", "Publish events to an event bus":
  // the destination of the data must exist.
  const destination = /\b(persist\w*|stream\w*|publish\w*|deliver\w*|forward\w*|ship\w*|archiv\w*|land\w*|load\w*|ingest\w*|route\w*)\b(\s+[\w-]+){0,4}?\s+(to|into)\s+(an?\s+|the\s+)?(amazon\s+|aws\s+)?$/i.test(text.slice(0, start));
  const hosted = /\b(deploy\w*|run\w*|host\w*)\b[^.]*\bon\s+(\S+\s+)?$/i.test(text.slice(0, start));
  if (!umbrella && !hosted && !destination && /\b(for|to|on|of|between|per|across|from|before|after)\s+(the\s+|all\s+|each\s+|both\s+|every\s+|any\s+)?(\S+\s+)?$/i.test(before)) return false;
  if (USES.test(before) || NOT_BUILT.test(before)) return false;
  // "VPC Flow Logs must be enabled", "CloudTrail should be configured": the thing must exist.
  if (/^\s*(\w+\s+){0,3}(must|should|shall) be (created|deployed|provisioned)\b/i.test(after)) return true;
  // CloudWatch Logs "enabled for Lambda" is what Lambda does by itself, not a resource to create.
  if (!/cloudwatch/i.test(text.slice(start, end)) && /^\s*(\w+\s+)?(must|should|shall|needs? to|has to|have to) be (enabled|configured|set up|in place|implemented|turned on)\b/i.test(after)) return true;
  return !/^\s*(\w+\s+){0,3}(must|should|shall|needs? to|has to|have to|is required to|are required to|cannot)\s+(not\s+|only\s+)?(use|have|be|include|run|support|follow|enable|contain|specify|allow|scope|restrict)\b/i.test(after);
}

/** "Use Pulumi Stack References if sharing outputs", "… custom domain (if needed)": only asked for in some case. */
function conditional(text: string, end: number): boolean {
  return /^[^.;]*?\b((if|when|unless)\s+(needed|required|necessary|applicable|possible|sharing|available|desired|used)|where\s+(appropriate|needed|necessary))\b/i.test(text.slice(end));
}

/**
 * "Either use X or Y", "an optional Lambda@Edge function", "you can use function URLs", "e.g. X",
 * "consider X": the request allows the service, it does not ask for it.
 */
function hedged(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  return (
    /\beither\b[^.;]*$/i.test(text.slice(0, start)) ||
    /\boptional(ly)?\s+((aws|amazon)\s+)?(\S+\s+){0,2}$/i.test(before) ||
    /\b(can|could|may|might)\s+(also\s+)?(use|add|include|leverage|consider|enable)\s+(\S+\s+){0,3}$/i.test(before) ||
    /\b(consider(ing)?|e\.g\.?|for example)\s+(using\s+)?(\S+\s+){0,3}$/i.test(before)
  );
}

/** Is an "other subject" cue (export, tags, names, permissions) earlier in the mention's clause? */
function otherSubjectBefore(text: string, start: number): boolean {
  const clause = text.slice(0, start).split(/[,;:]/).pop() ?? '';
  return OTHER_SUBJECT.test(clause) || /^\s*(export|output|tag)/i.test(text);
}

// A list item in the passive that says which service does the work ("Requests are authenticated with
// a Cognito user pool", "The workflow is orchestrated by Step Functions") states the design.
const PASSIVE_BY = /\b(is|are)\s+(\w+ed|run|built|kept|held|sent|driven|written)\s+(with|by|via|through|in|on|using|into)\b/i;

/** A noun-phrase bullet or short line ("DynamoDB table with proper configuration") asks for what it names. */
function deliverable(c: Clause): boolean {
  const short = c.sentence.inList || c.text.split(/\s+/).length <= 12;
  if (c.sentence.inList && PASSIVE_BY.test(c.low) && !/\b(was|were|currently|already|today|existing)\b/i.test(c.low)) return true;
  return short && !/\b(is|are|was|were|allows?|has|can|will|does|do)\b/i.test(c.low);
}

/** Under a "Route 53" or "DNS" item, "health checks" and "record sets" are Route 53's. */
function routeFromLead(c: Clause): string[] {
  if (!/\broute\s*53\b|\bdns\b|\bfailover\b/.test(c.lead)) return [];
  const ids: string[] = [];
  if (/\bhealth checks?\b/.test(c.low)) ids.push('route53-health-check');
  if (/\brecord sets?\b|\brecords?\b|\brouting\b/.test(c.low)) ids.push('route53-record');
  return ids;
}

/** Where the sentence names the service; adjacent names ("S3 bucket") are one mention. */
function mentions(service: Service, text: string): { start: number; end: number }[] {
  const re = new RegExp(service.mention.source, 'gi');
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(re)) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, m.index))) last.end = m.index + m[0].length;
    else out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export const extractServices: Extractor = (c) => {
  // IAM actions ("s3:GetObject", "cloudtrail:DescribeTrails") name services a policy grants, not builds.
  const text = c.text.replace(/\b[a-z0-9-]+:[A-Z*][\w*]*/g, 'action');
  const low = text.toLowerCase();
  const out: Found[] = [];
  if (NOT_A_REQUEST.test(low) || /\btest/.test(c.lead)) return out;
  const directive = DIRECTIVE.test(low) || deliverable(c);
  const forbidden = new Set<string>();
  // "### Out of scope" / "Architecture Simplifications": what its items name is not to be built.
  const excluded = /\bout of scope\b|\bnon-goals?\b|\bexclusions?\b|\bnot in scope\b|\bsimplifications?\b/.test(`${c.headings[c.headings.length - 1] ?? ''} ${c.lead}`);
  for (const service of SERVICES) {
    for (const m of mentions(service, text)) {
      const before = text.slice(Math.max(0, m.start - 30), m.start);
      const rest = text.slice(m.end).replace(HEAD_NOUNS, '');
      const itself = SERVICE_ITSELF.test(rest);
      // "No CloudFront in this solution", "No AWS Global Accelerator": a bullet that opens with "No".
      // The service itself ends the phrase: not a feature of it ("No Route 53 failover routing (…)").
      const whole = /^\s*(\([A-Z0-9]{2,8}\))?\s*(,|\.|;|$|[-–—]\s|\b(in this|for this|for now|yet|at this)\b)/.test(rest);
      const opensWithNo = whole && /^\s*no\s+((aws|amazon)\s+)?$/i.test(text.slice(0, m.start));
      const outOfScope = /^[^.;]*?\b(is|are)\s+(out of scope|not in scope|excluded\b(?!\s+from\b))/i.test(rest) || (excluded && whole && !/\binstead of\b/i.test(text.slice(0, m.start)));
      if (outOfScope || opensWithNo || (itself && (FORBID.test(before) || (/\bno\s+$/i.test(before) && /^\s*\w*\s*(creation|detectors?)\b/i.test(text.slice(m.end)))))) {
        forbidden.add(service.id);
        out.push(found('forbidden-service', { service: service.id }, 0.85, 'REQ-SCOPE-CREEP'));
        break;
      }
    }
  }
  if (!directive) return out;
  for (const id of routeFromLead(c)) out.push(found('required-service', { service: id }, 0.65, serviceById(id)?.class));
  for (const service of SERVICES) {
    if (out.some((f) => f.kind === 'required-service' && f.params.service === service.id)) continue;
    if (forbidden.has(service.id) || (service.id === 'kms-key' && !KMS_KEY_ASKED.test(low))) continue;
    // Instances of an Auto Scaling group are launched by the group, not declared one by one.
    if (service.unless?.test(text)) continue;
    if (service.id === 'ec2-instance' && /\bauto\s*scaling\b|\basgs?\b|\blaunch templates?\b/.test(low)) continue;
    const asked = mentions(service, text).find((m) => !negatedAt(low, m.start) && !hedged(text, m.start) && !otherSubjectBefore(text, m.start) && isObject(text, m.start, m.end) && !conditional(text, m.end));
    if (asked) out.push(found('required-service', { service: service.id }, c.sentence.inList ? 0.75 : 0.6, service.class));
  }
  // "Network Load Balancer" also reads as "load balancer".
  const nlb = out.some((f) => f.kind === 'required-service' && f.params.service === 'nlb');
  return nlb ? out.filter((f) => !(f.kind === 'required-service' && f.params.service === 'alb')) : out;
};
