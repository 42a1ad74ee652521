// Security: encryption at rest (customer-managed keys), KMS key rotation, TLS/HTTPS, S3 public access
// block, least privilege and IMDSv2.

import { found, type Clause, type Extractor, type Found } from './found.js';
import { negatedAt } from './text.js';

const CUSTOMER_MANAGED =
  /\bcustomer[- ]managed\b|\bcmks?\b|\b(own|dedicated|tenant-specific|environment-specific|separate|per-tenant) kms keys?\b|\bkms keys? (we|you) (create|control|own|manage)\b|\b(a|the|its) kms keys? (created|defined|provisioned) (by|in) (the|this) (stack|program)\b|\b(tenant|environment|service)[- ]specific\b[^.]*\b(encryption|kms) keys?\b/i;
const AWS_MANAGED = /\baws[- ]managed\b|\baes-?256\b|\bsse-s3\b|\bdefault encryption\b/i;

/** Stores a sentence is about, as the encryption check names them. */
const STORE_WORDS: [string, RegExp][] = [
  ['s3', /\bs3\b|\bbuckets?\b|\bartifacts?\b/],
  ['dynamodb', /\bdynamo\s?db\b|\btables?\b/],
  ['rds', /\brds\b|\bdatabases?\b|\baurora\b|\bpostgres\w*|\bmysql\b|\bdb\b/],
  ['efs', /\befs\b|\bfile systems?\b/],
  ['kinesis', /\bkinesis\b/],
  ['elasticache', /\belasticache\b|\bredis\b|\bcach(e|ing)\b/],
  ['sqs', /\bsqs\b|\bqueues?\b/],
  ['sns', /\bsns\b|\btopics?\b/],
  ['logs', /\blogs?\b|\blog groups?\b/],
  ['lambda', /\benvironment variables\b/],
  ['ebs', /\bebs\b|\b(block storage|block devices?|root volumes?|volumes)\b/],
];

/** The stores named by the sentence, else by its paragraph ("RDS instance: … Enable encryption at rest"). */
function storeScope(c: Clause): string[] {
  const named = (text: string) => STORE_WORDS.filter(([, re]) => re.test(text)).map(([id]) => id);
  const own = named(c.low.replace(/\bkms keys?\b|\bat rest\b/g, ''));
  return own.length > 0 ? own : named(`${c.sentence.block} ${c.lead}`.toLowerCase().replace(c.low, ''));
}

export const extractEncryptionAtRest: Extractor = (c) => {
  // A tag whose value says encryption ("Tag the KMS key with Purpose=encryption") labels a resource;
  // it asks for no encryption.
  const low = c.low.replace(/\b[\w-]+\s*=\s*['"`]?[\w-]*encrypt[\w-]*/g, '');
  // "using customer-managed KMS keys" asks for encryption with them even without the word.
  // Customer-managed IAM policies are not keys.
  if (/\b(using|use|with)\s+(aws\s+)?(kms\s+)?customer[- ]managed\b(?!\s+(iam\s+)?polic)/.test(low) && !/\bencrypt\w*|\bat rest\b/.test(low)) {
    return [found('encryption-at-rest', withScope({ customerManaged: true }, c), 0.7)];
  }
  // "Use a dedicated KMS key for the SQS queue", "separate KMS keys for S3 and CloudWatch Logs": the
  // stores named are to be encrypted with keys of the program's own.
  if (/\b(dedicated|separate|own|distinct|individual|per-service)\s+(aws\s+)?kms\s+keys?\b[^.;]*\b(for|per|on)\b|\bkms\s+keys?\s+(for|per)\s+(each|every)\b/.test(low) && !/\bencrypt\w*|\bat rest\b/.test(low)) {
    const scoped = withScope({ customerManaged: true }, c);
    return scoped.scope ? [found('encryption-at-rest', scoped, 0.7)] : [];
  }
  // An item under an encryption lead ("| Service | Encryption |" above "| RDS | KMS CMK |") names its key.
  const underEncryption = /\bencrypt\w*|\bat rest\b/.test(c.lead) && /\bkms\b|\bcmks?\b|\bsse\b|\bcustomer[- ]managed\b/.test(low) && STORE_WORDS.some(([, re]) => re.test(low));
  if (!/\bencrypt\w*|\bat rest\b|\bserver-side encryption\b|\bsse\b/.test(low) && !underEncryption) return [];
  // Secrets and parameters encrypted with a key are Secrets Manager's and Parameter Store's settings.
  const aboutSecrets = /\b(secrets ?manager secrets|secrets|parameters|parameter store values)\s+(must be |should be |are |is )?(encrypted|encryption)\b|\bencrypt\w*\s+(the |all )?(secrets ?manager )?(secrets|parameters)\b/;
  if (aboutSecrets.test(low) && storeScope(c).length === 0) return [];
  // Key management and SecureString parameters mention encryption without asking for encrypted stores.
  if (/\bencryption key management\b|\bencryption compliance\b|\bconfig rules?\b|\bsecure ?string\b|\bencrypted (ssm |secure |parameter store )?parameters?\b|\bparameter store\b[^.;]*\bencrypt/.test(low)) return [];
  const transitOnly = /\bin transit\b|\btls\b|\bssl\b/.test(low) && !/\bat rest\b|\bstorage\b|\bstores?\b|\bkms\b|\bbuckets?\b|\btables?\b|\bdatabases?\b|\blogs?\b/.test(low);
  if (transitOnly) return [];
  const customerManaged = CUSTOMER_MANAGED.test(low) && !/\bnot customer[- ]managed\b/.test(low);
  return [found('encryption-at-rest', withScope({ customerManaged: customerManaged && !(AWS_MANAGED.test(low) && !/customer/.test(low)) }, c), 0.8)];
};

function withScope(p: { customerManaged: boolean }, c: Clause): { customerManaged: boolean; scope?: string[] } {
  const scope = storeScope(c);
  return scope.length ? { ...p, scope } : p;
}

export const extractKeyRotation: Extractor = (c) => {
  const { low } = c;
  const keyRotation = /\bkey rotation\b|\bkms\b[^.]*\brotat\w+|\brotat\w+[^.]*\bkms\b|\benable_?key_?rotation\b|\bkeys? with automatic rotation\b/.test(low);
  if (!keyRotation || /\bsecrets?\b|\bcredentials?\b|\bpasswords?\b/.test(low.replace(/\bsecrets manager secrets\b/, ''))) return [];
  return [found('key-rotation', {}, 0.85)];
};

// HTTPS-only as requests say it: "HTTPS only", "redirect HTTP to HTTPS", "HTTP-to-HTTPS redirects",
// "viewer protocol policy redirect-to-https", "require HTTPS", "HTTPS is enforced".
const HTTPS_ONLY = /\bhttps[- ]only\b|\bonly https\b|\bredirect\w* (to )?https\b|\bredirect\w*\s+(all\s+)?(incoming\s+)?(http\s+)?(traffic\s+|requests\s+)?(from\s+)?(port\s+80\s+|http\s+)?to\s+https\b|\bhttp[- ](to|→|->)[- ]https\b|\bredirect-to-https\b|\bhttps redirect|\benforce\w* https\b|\brequire\w*\s+https\b|\bhttps\s+(is\s+|must be\s+)?(required|enforced|mandatory)\b|\bhttp traffic redirected to https\b|\bsecuretransport\b/;

export const extractTls: Extractor = (c) => {
  const { low } = c;
  const https = HTTPS_ONLY.exec(low);
  const httpsOnly = !!https && !negatedAt(low, https.index);
  const cue = httpsOnly || /\bin[- ]transit\b|\btls\s*v?\d|\btls\/ssl\b|\btls version\b|\bencrypt\w* (using|with|via) (tls|ssl)\b|\b(redirect\w*|redirection) (to )?https\b|\bencrypted connections?\b/.test(low);
  if (!cue) return [];
  const out: Found[] = [];
  // "TLS 1.2", "TLSv1.2", "TLS version 1.2", CloudFront's security policy names ("TLSv1.2_2021").
  const version = /\btls\s*v?(1\.[0-3])(?![\d.])|\btls\s+version\s+(?:of\s+|is\s+|at least\s+|>=\s*)?(1\.[0-3])(?![\d.])/.exec(low);
  const params: { httpsOnly?: boolean; minVersion?: string; scope?: string[] } = {};
  if (httpsOnly) params.httpsOnly = true;
  if (version) params.minVersion = (version[1] ?? version[2])!;
  // Encryption in transit "for all data stores" is about database and cache connections, not web
  // listeners; HTTPS wording is about listeners and distributions.
  const scope: string[] = [];
  if (/\bhttps?\b|\bload balancers?\b|\balbs?\b|\blisteners?\b|\bapi\b|\bweb\b|\bendpoints?\b|\btraffic\b/.test(low)) scope.push('load-balancers');
  if (/\bcloud\s?front\b|\bcdn\b|\bviewers?\b|\bhttps\b/.test(low)) scope.push('cloudfront');
  if (/\bdata\b|\bstores?\b|\bcach(e|ing)\b|\bredis\b|\bdatabases?\b/.test(low)) scope.push('caches');
  if (scope.length && scope.length < 3) params.scope = scope;
  out.push(found('tls', params, 0.8));
  return out;
};

export const extractPublicAccessBlock: Extractor = (c) => {
  const { low } = c;
  if (!/\bblock(ed|s|ing)? (all )?public access\b|\bpublic access\b[^.]*\b(block|blocked|blocking)\b|\bpublicaccessblock\b/.test(low)) return [];
  return [found('public-access-block', {}, 0.85)];
};

export const extractLeastPrivilege: Extractor = (c) => {
  const { low } = c;
  if (!/\bleast[- ]privilege\w*|\bprinciple of least\b|\bgrant only\b|\bonly the (permissions|access|actions)\b|\bonly (the )?(necessary|required|needed) (permissions|access|actions)\b|\b(no|avoid\w*|never|without|don'?t use|do not use|must not use)\s+(any\s+)?(wildcards?|administratoraccess|admin(istrator)? (access|policies|privileges)|full[- ]access (managed )?policies)\b|\b(minimum|minimal|minimum necessary|precise) (required )?permissions\b|\bno wildcard\b|\bwildcard (actions|permissions)\b|\bscope (all )?(policies|permissions|actions) to\b|\boverly broad permissions\b|\bonly access specific\b/.test(low)) return [];
  return [found('least-privilege', {}, 0.8)];
};

// "All IAM roles must have a permissions boundary", "apply the permission boundary … to every role".
export const extractPermissionsBoundary: Extractor = (c) => {
  const m = /\bpermissions?[- ]boundar(y|ies)\b|\bpermissions_?boundary\b/i.exec(c.text);
  if (!m || negatedAt(c.low, m.index) || /\b(if|where|when) (applicable|needed|required|appropriate)\b|\boptional\b/.test(c.low)) return [];
  return [found('permissions-boundary', {}, 0.8)];
};

// AWS managed policies by name: "Attach AmazonSSMManagedInstanceCore to the EC2 role", "the Lambda role
// uses the AWSLambdaBasicExecutionRole managed policy". Broad grants (AdministratorAccess,
// *FullAccess) are what least privilege forbids, not what a request asks to attach.
const MANAGED_POLICY = /\b((?:Amazon|AWS)[A-Z][A-Za-z0-9]*(?:Policy|Role|Core|Access|ReadOnly|ReadOnlyAccess|Writer)?|CloudWatch(?:Agent)?[A-Z][A-Za-z0-9]*Policy)\b/g;
const NOT_POLICY_NAME = /FullAccess$|^AdministratorAccess$|^PowerUserAccess$|^(Amazon|AWS)(Linux\w*|Region|Account\w*|Managed|Config)$/;

export const extractManagedPolicy: Extractor = (c) => {
  const { text, low } = c;
  if (!/\bpolic(y|ies)\b|\battach\w*|\bgrant\w*/.test(low)) return [];
  const names = [...new Set([...text.matchAll(MANAGED_POLICY)].filter((m) => !negatedAt(low, m.index) && /[a-z][A-Z]/.test(m[1]!.slice(3)) && !NOT_POLICY_NAME.test(m[1]!)).map((m) => m[1]!))];
  return names.length ? [found('managed-policy', { names }, 0.75)] : [];
};

// "Require MFA for console users", "MFA must be enforced for role assumption", "MFA-protected API
// access". S3 MFA Delete is a bucket setting, and MFA for the root account is not the program's.
export const extractIamMfa: Extractor = (c) => {
  const { low } = c;
  const m = /\bmfa\b|\bmulti[- ]factor auth\w*/.exec(low);
  if (!m || negatedAt(low, m.index) || /\bmfa[- ]delete\b|\broot (account|user)\b|\bcognito\b|\buser pools?\b|\boptional\b/.test(`${low} ${c.lead}`)) return [];
  if (!/\b(require[sd]?|enforc\w*|must|mandatory|protected|condition\w*|only with|need\w*)\b/.test(low)) return [];
  return [found('iam-mfa', {}, 0.75)];
};

export const extractImdsv2: Extractor = (c) => {
  if (!/\bimdsv2\b|\bimds v2\b|\binstance metadata service (version 2|v2)\b|\bhttp_?tokens\b[^.]*\brequired\b|\bmetadata tokens? required\b/.test(c.low)) return [];
  return [found('imdsv2', {}, 0.9)];
};

const NO_INLINE = /\bno inline (iam )?polic|\binstead of inline (iam )?polic|\brather than inline (iam )?polic|\binline (iam )?polic\w*\s+(are\s+|is\s+)?(not allowed|not permitted|prohibited|forbidden|disallowed)|\b(avoid|without|never use|must not use|do not use|don'?t use)\s+(any\s+)?inline (iam )?polic/;
// "Use customer-managed IAM policies only", "only managed policies": the same rule stated positively.
// The parenthetical "(no inline policies)" states it too (negated parentheticals are removed from
// the clause, so the sentence's own text is read for it).
const MANAGED_ONLY = /\b(customer[- ]managed|managed|standalone) (iam )?polic(y|ies) only\b|\bonly (customer[- ]managed|managed|standalone) (iam )?polic(y|ies)\b/;

export const extractManagedPoliciesOnly: Extractor = (c) => {
  if (NO_INLINE.test(c.low)) return [found('managed-policies-only', {}, 0.85)];
  const paren = /\(\s*no inline (iam )?polic[^)]*\)/i.test(c.sentence.text);
  const m = MANAGED_ONLY.exec(c.low);
  if (paren || (m && !negatedAt(c.low, m.index))) return [found('managed-policies-only', {}, 0.8)];
  return [];
};

// "Encrypted with the KMS key identified by `alias/app-kms`", "use the existing KMS key
// arn:aws:kms:…:key/…", "`kmsAlias`: `alias/app-kms`" among the inputs: a key that exists already.
// A key the request asks to create under that alias is a new key, not this requirement.
const KMS_KEY_REF = /\b(arn:aws:kms:[a-z0-9-]*:\d{12}:(?:key|alias)\/[\w/-]+|alias\/[\w/-]*\w)/;

export const extractExistingKmsKey: Extractor = (c) => {
  const { text, low } = c;
  const m = KMS_KEY_REF.exec(text);
  if (!m || !/\bkms\w*|\bencrypt\w*|\bkeys?\b/.test(low)) return [];
  // The list a key is an item of may be the one asking to create it ("Create these KMS resources:").
  if (/\b(create|creates|creating|provision\w*|define|defines|new)\b/.test(`${low} ${c.lead}`)) return [];
  // AWS-managed aliases (alias/aws/s3) are not keys the organisation provides.
  if (/^alias\/aws\//.test(m[1]!)) return [];
  return [found('existing-kms-key', { key: m[1]! }, 0.7)];
};

// "Include explicit deny statements for destructive actions", "least privilege with explicit deny
// statements": IAM policies that deny, not only allow. Deny rules of network ACLs, security groups
// and WAF are traffic rules.
export const extractIamExplicitDeny: Extractor = (c) => {
  const { low } = c;
  const m = /\bexplicit(?:ly)?\s+den(?:y|ies|ying)\b|\bdeny\s+statements?\b|\b"?effect"?\s*:\s*"?deny\b/.exec(low);
  if (!m || negatedAt(low, m.index)) return [];
  if (/\bnacls?\b|\bnetwork acls?\b|\bsecurity groups?\b|\bwaf\b|\bfirewall\b|\bbucket polic/.test(low)) return [];
  if (!/\biam\b|\bpolic(?:y|ies)\b|\bprivilege\b|\broles?\b|\bpermissions?\b|\bstatements?\b/.test(`${low} ${c.lead}`)) return [];
  return [found('iam-explicit-deny', {}, 0.75)];
};

// "Separate IAM roles for each Lambda function", "Each function must have its own dedicated role",
// "IAM roles per function": a role per function, not one role shared by all.
const FN = String.raw`(?:lambda(?:\s+functions?)?|functions?)`;
const ROLE = String.raw`(?:iam\s+)?(?:execution\s+)?roles?`;
const ROLE_PER_FUNCTION = new RegExp(
  [
    String.raw`\b(?:separate|own|dedicated|individual|distinct|unique)\s+${ROLE}\b[^.]*?\b(?:each|every|per|individual)\s+${FN}\b`,
    String.raw`\b(?:each|every)\s+${FN}\b[^.]*?\b(?:its\s+own|own|dedicated|separate|distinct|individual)\s+(?:dedicated\s+)?${ROLE}\b`,
    String.raw`\b${ROLE}\s+(?:per|for\s+each|for\s+every)\s+${FN}\b`,
    String.raw`\bper[- ]function\s+${ROLE}\b`,
  ].join('|'),
);

// "No shared roles between Lambda functions", "functions must not share an IAM role": the same,
// stated as what is not allowed.
const NO_SHARED_ROLE = new RegExp(
  [
    String.raw`\b(?:no|never)\s+shared\s+${ROLE}\s+(?:between|across|among|for)\s+(?:the\s+)?(?:lambda\s+)?functions\b`,
    String.raw`\b${FN}\s+(?:must|should|shall)\s+(?:not|never)\s+share\s+(?:an?\s+|the\s+|one\s+)?${ROLE}\b`,
    String.raw`\b${ROLE}\s+(?:must|should|shall)\s+(?:not|never)\s+be\s+shared\s+(?:between|across|among|by)\s+(?:the\s+)?(?:lambda\s+)?functions\b`,
  ].join('|'),
);

export const extractRolePerFunction: Extractor = (c) => {
  if (NO_SHARED_ROLE.test(c.low)) return [found('role-per-function', {}, 0.75)];
  const m = ROLE_PER_FUNCTION.exec(c.low);
  if (!m || negatedAt(c.low, m.index)) return [];
  return [found('role-per-function', {}, 0.8)];
};
