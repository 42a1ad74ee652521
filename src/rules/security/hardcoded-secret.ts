import { type At, describe, type Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { awsResourceSchema } from '../_shared/aws-schema-args.js';
import { str, stringParts } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { walk } from '../_shared/walk.js';
import { defineRule } from '../define-rule.js';
import { derivedCache } from '../_shared/derived.js';
import { partialLiteral, REFERENCE } from '../_shared/secret-literals.js';

// Argument and key names that hold credentials. Names about secrets that are not secrets themselves
// (ARNs, ids, lengths, policies, rotation settings) are excluded.
const SECRET_KEY = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|client[_-]?secret|credential|auth[_-]?key|secret[_-]?string|(sensitive|signing|encryption|hmac|jwt|session|webhook)[_-]?key)$/i;
const NOT_SECRET = /(arn|id|ids|name|names|length|policy|policies|rotation|version|stage|type|mode|enabled|manage.*|requirements?|reset.*|valid.*|expir.*|ttl|header|location|kms.*|prefix|suffix|path|count|resource|generator|strength)$/i;
// Values that refer to a secret rather than contain one.

function isSecretKey(key: string): boolean {
  const k = key.replace(/[^a-z0-9_-]/gi, '');
  return SECRET_KEY.test(k) && !NOT_SECRET.test(k);
}

function literalSecret(v: Value): string | undefined {
  // A serialised document (`secretString: JSON.stringify({...})`) is judged by its keys instead.
  if ((v.kind === 'known' || v.kind === 'str') && v.json) return undefined;
  const s = str(v);
  if (s === undefined || s.length === 0 || REFERENCE.test(s)) return undefined;
  return s;
}

/** A known literal, or an unknown (config/env read) whose default is a literal. */
function secretLiteral(v: Value): { value: string; viaDefault: boolean; fromConfig?: boolean; at?: At } | undefined {
  const direct = literalSecret(v);
  if (direct !== undefined) return { value: direct, viaDefault: false, ...(v.at ? { at: v.at } : {}) };
  if (v.kind === 'unknown' && v.default) {
    const d = literalSecret(v.default);
    // A fallback for a missing setting (config, environment) is used whenever the setting is absent;
    // one for an empty computed value (`secret.secretString || 'pw'` in an apply) only in that case.
    const fromConfig = /^(config|env|param):/.test(v.why);
    if (d !== undefined) return { value: d, viaDefault: true, fromConfig, ...(v.default.at ? { at: v.default.at } : v.at ? { at: v.at } : {}) };
  }
  // A resource attribute is never a literal; any other Output (`pulumi.output(x)`, an optional
  // secret read with a fallback) is judged by what it holds.
  if (v.kind === 'output' && v.resource === undefined) return secretLiteral(v.inner);
  return undefined;
}

/** Generated while the program runs (Python `random`/`secrets`, `Math.random`, uuid): a new value on every deployment. */
function generatedAtRun(v: Value): boolean {
  // A serialised document (also inside `Output.all(...).apply(json.dumps)`) is judged by its keys.
  const doc = v.kind === 'output' && v.resource === undefined ? v.inner : v;
  if ((doc.kind === 'known' || doc.kind === 'str') && doc.json) return false;
  const labels = [...(v.taint ?? []), ...(v.kind === 'unknown' ? [v.why] : [])];
  return labels.some((l) => l === 'random' || l.startsWith('random:'));
}

/** Where a value comes from reads like a reference to a secret (an ARN, a name, an id), not the secret. */
const REFERENCE_NAME = /(arn|name|id|url|uri|endpoint|path|key_?id)$/i;

/**
 * The secret itself, not a reference to it, put in an environment variable: a secret config value,
 * a generated password, a parameter. Literals are reported as such; ARNs, names and ids are fine.
 */
function plainSecretValue(v: Value): boolean {
  switch (v.kind) {
    case 'output':
      if (v.resource !== undefined) return !REFERENCE_NAME.test(v.attr ?? '');
      return !REFERENCE_NAME.test(v.src.split(/[.:]/).pop() ?? '');
    case 'unknown':
      return !v.alts && !REFERENCE_NAME.test(v.why.split(/[.:]/).pop() ?? '');
    case 'str':
      return !(stringParts(v) ?? []).some((p) => p !== null && (p.includes('arn:') || p.startsWith('/') || p.startsWith('{{resolve')));
    default:
      return false;
  }
}

/** The argument at `path` (its top-level property) is one the provider stores as a secret in the state. */
function storedAsSecret(ctx: RuleContext, r: Resource, path: string): boolean {
  const top = /^[^.[]+/.exec(path)?.[0];
  return top !== undefined && awsResourceSchema(ctx.model, r)?.secretProperties.has(top) === true;
}

interface Site {
  ctx: RuleContext;
  r: Resource;
  path: string;
  value: Value;
  at?: At;
  /** An environment variable (Lambda `variables`, a container's `environment` entry). */
  env: boolean;
}

/** Report a secret-named argument or variable whose value is (or contains) the secret itself. */
const LOCAL_ENDPOINT = /^[a-z]+:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|localstack)(?:[:/]|$)|localstack/i;
/** An access key that looks issued by AWS (`AKIA…`, `ASIA…`), not a dummy. */
const REAL_ACCESS_KEY = /^(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}$/;

/**
 * A dummy credential on an AWS provider for a local emulator (LocalStack): the provider points its
 * endpoints at localhost/localstack, or the value is the well-known `test` with credential validation
 * skipped. A key that looks issued by AWS is still judged.
 */
function emulatorDummy(r: Resource, value: Value): boolean {
  if (r.type !== 'pulumi:providers:aws') return false;
  const s = str(value);
  if (s === undefined || REAL_ACCESS_KEY.test(s)) return false;
  let local = false;
  const endpoints = r.args.props.get('endpoints');
  if (endpoints) walk(endpoints, ({ value: v }) => {
    const u = str(v);
    if (u !== undefined && LOCAL_ENDPOINT.test(u)) local = true;
  });
  if (local) return true;
  const skip = r.args.props.get('skipCredentialsValidation');
  return s === 'test' && !!skip && (skip.kind === 'known' && (skip.value === true || skip.value === 'true'));
}

/** Strings gathered once per program, from all its resources. */
function perProgram(gather: (r: Resource, add: (s: string) => void) => void): (ctx: RuleContext) => ReadonlySet<string> {
  const cache = derivedCache<object, ReadonlySet<string>>();
  return (ctx) => {
    let found = cache.get(ctx.model);
    if (!found) {
      const set = new Set<string>();
      for (const r of ctx.model.resources) gather(r, (s) => set.add(s));
      found = set;
      cache.set(ctx.model, found);
    }
    return found;
  };
}

/** Resources that store a secret under a name: the name is how code refers to it. */
const NAMED_STORES = new Set(['aws:secretsmanager/secret:Secret', 'aws:ssm/parameter:Parameter']);

/** The names of the program's own secrets and parameters (`nightly/metrics-api`, `/app/db/password`). */
const storeNames = perProgram((r, add) => {
  if (!NAMED_STORES.has(r.type)) return;
  const n = str(r.args.props.get('name'));
  if (n) add(n);
});

/**
 * Literals the program gives resources as their credentials (`masterPassword: 'ChangeMe123!'`): the
 * same value in an environment variable is that credential, however much it reads like a placeholder.
 */
const credentialLiterals = perProgram((r, add) =>
  walk(r.args, ({ key, path, value }) => {
    if (!isSecretKey(key) || /(^|\.)variables\.[^.]+$/.test(path)) return;
    const lit = secretLiteral(value);
    if (lit) add(lit.value);
  }),
);

function judge({ ctx, r, path, value, at, env }: Site): void {
  const lit = secretLiteral(value);
  // The name of a secret the program stores (passed so the code can read it at run time) refers to
  // the secret; it is not the secret.
  if (lit && !lit.viaDefault && storeNames(ctx).has(lit.value)) return;
  // A placeholder handed to code (`API_KEY: 'your-api-key-here'`) is no credential of anything:
  // nothing leaks, but the code gets a value that cannot work until someone replaces it.
  if (lit && env && !lit.viaDefault && PLACEHOLDER.test(lit.value) && !credentialLiterals(ctx).has(lit.value)) {
    ctx.report({ messageId: 'placeholder', data: { path }, at: lit.at ?? at, resource: r, severity: 'low' });
    return;
  }
  if (lit) {
    const computed = lit.viaDefault && !lit.fromConfig;
    const messageId = env ? 'environment' : computed ? 'fallback' : lit.viaDefault ? 'defaulted' : 'argument';
    const medium = computed || placeholderInStore(r.type, lit.value);
    ctx.report({ messageId, data: { path, masked: mask(lit.value) }, at: lit.at ?? at, resource: r, ...(medium ? { severity: 'medium' as const } : {}) });
    return;
  }
  if (generatedAtRun(value)) {
    const secret = value.taint?.includes('secret');
    // A property the provider keeps as a secret (`secretString`, `masterPassword`) is encrypted in
    // the state: the harm is only the new value on every deployment.
    const stored = secret || storedAsSecret(ctx, r, path);
    ctx.report({ messageId: stored ? 'generatedSecret' : 'generated', data: { path }, at: value.at ?? at, resource: r, ...(secret ? { severity: 'medium' as const } : { severity: 'high' as const }) });
    return;
  }
  const part = partialLiteral(value);
  if (part !== undefined) {
    ctx.report({ messageId: 'partial', data: { path, masked: mask(part) }, at: value.at ?? at, resource: r, severity: 'high' });
    return;
  }
  if (env && plainSecretValue(value)) ctx.report({ messageId: 'environmentValue', data: { path }, at: at ?? value.at, resource: r, severity: 'medium' });
}

// Values that announce they must be replaced. Stored only in a secret store they leak nothing real
// yet: the finding stays, at medium, because the placeholder is deployed and used as is.
const PLACEHOLDER = /^(placeholder|change[-_]?me|replace|your[-_]|dummy|todo|example|xxx+|<)|[-_]?(placeholder|change[-_]?me)([-_]|$)/i;
const SECRET_STORES = new Set(['aws:secretsmanager/secretVersion:SecretVersion', 'aws:ssm/parameter:Parameter']);

function placeholderInStore(type: string, value: string): boolean {
  return SECRET_STORES.has(type) && PLACEHOLDER.test(value);
}

function mask(s: string): string {
  return s.length <= 4 ? '****' : `${s.slice(0, 2)}${'*'.repeat(Math.min(8, s.length - 2))}`;
}

// A connection string with credentials in it: `postgresql://user:password@host:5432/db`.
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/([^:/@\s]+):([^@\s]{3,})@([^:/?#\s]*)/i;

// Credentials that only stand in for real ones: the words of a template (`user:password`), or a
// host that is this machine or a documentation domain (`localhost`, `db.example.com`).
const PLACEHOLDER_CREDENTIAL = /^(?:user(?:name)?|pass(?:word|wd)?|pwd|secret|changeme|dbuser|dbpass(?:word)?|(?:my|your)[-_]?(?:user(?:name)?|pass(?:word)?)|<[^>]*>|\{[^}]*\}|x{3,}|\*{3,})$/i;
const PLACEHOLDER_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|host|hostname|your[-_][\w.-]*|<[^>]*>|(?:[\w-]+\.)*example(?:\.(?:com|org|net))?|[\w.-]+\.(?:example|test|invalid|localhost))$/i;

/** Why the credentials of a connection string are a placeholder, or undefined when they may be real. */
function placeholderConnection(user: string, password: string, host: string): string | undefined {
  if (PLACEHOLDER_HOST.test(host)) return `it points at \`${host}\``;
  if (PLACEHOLDER_CREDENTIAL.test(password) && (PLACEHOLDER_CREDENTIAL.test(user) || PLACEHOLDER.test(password))) return 'its user and password are template words';
  return undefined;
}

// Lines of shell in user data that set a credential: `PASSWORD=...`, `--password x`, `-p'x'`.
const USERDATA_SECRET = /\b[A-Z0-9_]*(PASSWORD|SECRET|TOKEN|API_KEY)[A-Z0-9_]*\s*=\s*["']?([^\s"'$]{4,})|--(password|secret|token)[ =]["']?([^\s"'$]{4,})/;

export default defineRule({
  id: 'security/hardcoded-secret',
  class: 'SECRET-HARDCODED',
  severity: 'critical',
  category: 'security',
  resourceTypes: [],
  messages: {
    argument: '`{{path}}` is set to a literal secret ({{masked}}). Anyone who can read the code, the state or the CI logs has it; generate it (random.RandomPassword, `manageMasterUserPassword`) or read it with `config.requireSecret`.',
    defaulted: '`{{path}}` falls back to a literal secret ({{masked}}) when the configuration is missing. A default makes the secret part of the code; use `config.requireSecret` with no default.',
    secureParameter: 'SSM SecureString parameter `{{name}}` is given its secret value as a literal ({{masked}}): encryption at rest does not help when the value is in the code and the state. Create the parameter without the value (set it out of band) or from a generated/secret config value.',
    connectionString: '`{{path}}` embeds a password in a connection string ({{masked}}). Build it at run time from a secret (Secrets Manager / `config.requireSecret`).',
    placeholderConnection: '`{{path}}` is a placeholder connection string ({{why}}): it leaks no real password, but it is deployed as is and the code that uses it cannot reach a real database. Replace it with one built at run time from the database endpoint and a secret (Secrets Manager / `config.requireSecret`).',
    placeholder: 'Environment variable `{{path}}` holds a placeholder, not a secret: nothing leaks, but the code gets a value that cannot work. Replace it before deploying, with a secret read from `config.requireSecret` or Secrets Manager (pass the secret\'s ARN and read it at run time).',
    environment: 'Environment variable `{{path}}` carries a literal secret ({{masked}}), visible in the console and to anyone who can read the function configuration. Store it in Secrets Manager or SSM SecureString and pass its ARN.',
    fallback: '`{{path}}` falls back to a literal secret ({{masked}}) when the value it is computed from is empty: the password is in the code, and in use whenever that happens. Fail instead of falling back (throw / raise), or generate the secret.',
    generated: '`{{path}}` is generated while the program runs (Python `random`/`secrets`, `Math.random`): every `pulumi up` computes a new value, so the password changes (or the resource is replaced) on each deployment, and the value sits in the state in clear text. Use `random.RandomPassword` (kept in state, a secret Output) or `manageMasterUserPassword` / Secrets Manager rotation.',
    generatedSecret: '`{{path}}` is generated while the program runs (Python `random`/`secrets`, `Math.random`): every `pulumi up` computes a new value, so the password changes (or the resource is replaced) on each deployment, and whatever uses the old one stops working. Use `random.RandomPassword` (generated once and kept in the state as a secret) or `manageMasterUserPassword` / Secrets Manager rotation.',
    partial: '`{{path}}` is built around a literal ({{masked}}) joined to non-secret values such as the environment name: the secret is in the code, and predictable. Generate it (random.RandomPassword, `manageMasterUserPassword`) or read it with `config.requireSecret`.',
    environmentValue: 'Environment variable `{{path}}` carries the secret itself: environment variables are shown in the console and returned by GetFunctionConfiguration / DescribeTaskDefinition to anyone allowed to read the configuration. Store the value in Secrets Manager or SSM SecureString and pass its ARN or name (ECS: `secrets` with `valueFrom`), reading it at run time.',
    userData: 'The user data script sets a credential in clear text ({{masked}}); user data is readable by anyone with ec2:DescribeInstanceAttribute. Fetch the secret at boot from Secrets Manager.',
    projectConfig: 'Pulumi.yaml declares a default value for the secret config key `{{path}}`. Defaults are committed in clear text; mark it secret in the stack file (`pulumi config set --secret`) instead.',
  },
  title: {
    argument: 'Hard-coded secret in {{path:arg:code}} of {{counted}}',
    defaulted: 'Hard-coded default secret for {{path:arg:code}} of {{counted}}',
    secureParameter: 'Hard-coded value of SecureString parameter{{s}} {{name:code}}',
    connectionString: 'Password hard-coded in the connection string {{path:arg:code}} of {{counted}}',
    placeholderConnection: 'Placeholder connection string in {{path:arg:code}} of {{counted}}',
    placeholder: 'Placeholder value in environment variable{{path:s}} {{path:code}} of {{counted}}',
    environment: 'Hard-coded secret in environment variable{{path:s}} {{path:code}} of {{counted}}',
    fallback: 'Hard-coded fallback secret for {{path:arg:code}} of {{counted}}',
    generated: 'Secret {{path:arg:code}} of {{counted}} regenerated on every deployment',
    generatedSecret: 'Secret {{path:arg:code}} of {{counted}} regenerated on every deployment',
    partial: 'Predictable secret {{path:arg:code}} of {{counted}} built around a literal',
    environmentValue: 'Secret passed in environment variable{{path:s}} {{path:code}} of {{counted}}',
    userData: 'Credential in clear text in the user data of {{counted}}',
    projectConfig: 'Default value in Pulumi.yaml for the secret config key{{path:s}} {{path:code}}',
  },
  fixHint: 'Generate the secret (random.RandomPassword, RDS `manageMasterUserPassword`) or read it from `config.requireSecret` / Secrets Manager; never write it in the program.',
  docs: {
    summary: 'Passwords, tokens and keys written as literals in resource arguments, environment variables, user data or config defaults.',
    why: 'A literal secret is committed to version control, copied into the Pulumi state and printed in previews. Anyone with access to the repository, the state or the CI logs has it, and it cannot be rotated without a code change. Secrets belong in generated values or encrypted config.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  password: 'TempPassword123!',\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro",\n    allocated_storage=20, username="app", password="TempPassword123!")\npulumi.export("endpoint", db.endpoint)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\nconst db = new aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  password: config.requireSecret('dbPassword'),\n});\nexport const endpoint = db.endpoint;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro",\n    allocated_storage=20, username="app", manage_master_user_password=True)\npulumi.export("endpoint", db.endpoint)\n`,
    },
    references: [
      'https://www.pulumi.com/docs/concepts/secrets/',
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html',
    ],
    notes: 'Dummy credentials on an AWS provider for a local emulator (LocalStack) are not reported: when its `endpoints` point at localhost, 127.0.0.1 or localstack, or when the value is `test` with `skipCredentialsValidation` set; a key that looks issued by AWS (`AKIA…`) still is. Besides literals, the rule reports secrets that fall back to a literal when an optional (secret) config value is missing (`config.getSecret("x") || "pw"`; medium when the fallback is for an empty computed value, e.g. inside an apply), secrets generated while the program runs with non-persistent randomness (high; medium when wrapped in `pulumi.secret`; the message says the value is in the state in clear text only when neither `pulumi.secret` nor the provider, for a secret property such as `secretString` or `masterPassword`, keeps it encrypted), secrets built around a literal of eight or more characters with digits or symbols joined to non-secret values (high), and environment variables (Lambda `variables`, container `environment` entries) whose secret-named value is the secret itself rather than a reference (medium). Values that refer to a secret (ARNs, `{{resolve:...}}` dynamic references, the name of a Secrets Manager secret or SSM parameter the program creates, outputs and parameters whose name ends in arn, name, id, url or path) are not reported. Secrets computed from unknown values are not reported. A value that announces itself as a placeholder (`placeholder-api-key`, `changeme`, `your-token`) written only into a secret store (Secrets Manager secret version, SSM parameter) is reported at medium: it leaks no real credential, but it is deployed and used as is; the same value in a credential argument (`masterPassword`) stays critical. The same placeholder in an environment variable (`API_KEY: "your-api-key-here"`) is reported at low: code receives it, nothing leaks, but it must be replaced; unless the program also gives that value to a resource as its credential (the database password), where it is the real, guessable secret. A connection string whose host is this machine or a documentation domain (`localhost`, `127.0.0.1`, `example.com`) or whose user and password are template words (`user:password`) is a placeholder too, reported at low.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'aws:ssm/parameter:Parameter' && str(r.args.props.get('type')) === 'SecureString') {
        const v = r.args.props.get('value');
        const lit = v ? secretLiteral(v) : undefined;
        if (lit) ctx.report({ messageId: 'secureParameter', data: { name: str(r.args.props.get('name')) ?? describe(r.name), masked: mask(lit.value) }, at: lit.at ?? v?.at, resource: r, ...(placeholderInStore(r.type, lit.value) ? { severity: 'medium' as const } : {}) });
      }
      walk(r.args, ({ path, value }) => {
        const s = str(value);
        const m = s !== undefined ? URL_CREDENTIALS.exec(s) : null;
        if (!m || /^\$\{|^\{\{/.test(m[2]!)) return;
        const placeholder = placeholderConnection(m[1]!, m[2]!, m[3]!);
        if (placeholder) ctx.report({ messageId: 'placeholderConnection', data: { path, why: placeholder }, at: value.at, resource: r, severity: 'low' });
        else ctx.report({ messageId: 'connectionString', data: { path, masked: mask(m[2]!) }, at: value.at, resource: r });
      });
      walk(r.args, ({ key, path, value, keyAt }) => {
        if (!isSecretKey(key)) return;
        if (emulatorDummy(r, value)) return;
        const env = /(^|\.)variables\.[^.]+$/.test(path);
        judge({ ctx, r, path: env ? key : path, value, env, ...(keyAt ? { at: keyAt } : {}) });
      });
      // Container definitions (ECS, Batch, CodeBuild): `environment: [{ name: 'DB_PASSWORD', value: 'x' }]`, often inside JSON.
      walk(r.args, ({ key, value }) => {
        if (!/^environment(Variables)?$/.test(key) || value.kind !== 'list') return;
        for (const entry of value.items) {
          if (entry.kind !== 'obj') continue;
          const name = str(entry.props.get('name'));
          const val = entry.props.get('value');
          // CodeBuild variables of type PARAMETER_STORE / SECRETS_MANAGER hold the name of the secret, not its value.
          const type = str(entry.props.get('type'))?.toUpperCase();
          if (!name || !val || !isSecretKey(name) || entry.props.size > 3 || (type !== undefined && type !== 'PLAINTEXT')) continue;
          judge({ ctx, r, path: name, value: val, env: true, ...(entry.at ? { at: entry.at } : {}) });
        }
      });
      const userData = r.args.props.get('userData');
      if (userData) {
        const parts = userData.kind === 'known' && typeof userData.value === 'string' ? [userData.value] : userData.kind === 'str' ? userData.parts.map((p) => (p.kind === 'known' ? String(p.value) : '')) : [];
        for (const text of parts) {
          const m = USERDATA_SECRET.exec(text);
          if (m) {
            ctx.report({ messageId: 'userData', data: { masked: mask(m[2] ?? m[4] ?? '') }, at: userData.at, resource: r });
            break;
          }
        }
      }
    }
    const project = ctx.model.project;
    if (project) {
      for (const c of project.config) {
        const key = c.key.split(':').pop() ?? c.key;
        if (!c.hasDefault || !isSecretKey(key) || typeof c.default !== 'string' || c.default.length === 0) continue;
        ctx.report({ messageId: 'projectConfig', data: { path: c.key }, at: { f: project.file, s: c.offset, e: c.offset + c.key.length } });
      }
    }
  },
});
