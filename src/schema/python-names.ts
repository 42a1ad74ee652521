// Python spellings of SDK names. The Pulumi Python SDK is generated from the same provider schema as the
// TypeScript one, and its codegen derives every Python name from the schema's camelCase name with `PyName`
// (pulumi/pulumi pkg/codegen/python/python.go). This is a port of that function, so a name computed here is
// the name the Python SDK really has, digits and acronyms included (`ipv6CidrBlock` → `ipv6_cidr_block`,
// `publicIPs` → `public_ips`). The generator (scripts/schema) loads this file too, so both sides agree.
//
// This module imports nothing: scripts/schema/python-names.mjs transpiles it on its own.

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'exec', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda',
  'nonlocal', 'not', 'or', 'pass', 'print', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

// Names that shipped with the older algorithm's result before acronym+'s' folding was added; pulumi keeps them.
const LEGACY = new Set(['openXJsonSerDe', 'GetPublicIPs', 'GetUptimeCheckIPs']);

// ASCII first: the Unicode property tests cost more than the rest of the conversion.
const ascii = (c: string): boolean => c.charCodeAt(0) < 0x80;
const isAsciiUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const isAsciiLetter = (c: string): boolean => isAsciiUpper(c) || (c >= 'a' && c <= 'z');
const isAsciiDigit = (c: string): boolean => c >= '0' && c <= '9';
const isUpper = (c: string): boolean => (ascii(c) ? isAsciiUpper(c) : /\p{Lu}/u.test(c));
const isDigit = (c: string): boolean => (ascii(c) ? isAsciiDigit(c) : /\p{Nd}/u.test(c));
const isIdentifierPart = (c: string): boolean => (ascii(c) ? isAsciiLetter(c) || isAsciiDigit(c) || c === '_' : /[\p{L}\p{N}]/u.test(c));
const isIdentifierStart = (c: string): boolean => (ascii(c) ? isAsciiLetter(c) || c === '_' : /\p{L}/u.test(c));

// The schema asks for the same few thousand names again and again (every resource has `tags`).
const converted = new Map<string, string>();

/** Python keywords get a trailing underscore (PEP 8), as the codegen does: `lambda` → `lambda_`. */
export function keywordSafe(name: string): string {
  return KEYWORDS.has(name) ? `${name}_` : name;
}

/** The Python SDK's name for a schema name: `retentionInDays` → `retention_in_days`. */
export function pythonName(camel: string): string {
  let name = converted.get(camel);
  if (name === undefined) {
    if (converted.size >= 100_000) converted.clear();
    name = convert(camel);
    converted.set(camel, name);
  }
  return name;
}

function convert(camel: string): string {
  const legacy = LEGACY.has(camel);
  const words: string[] = [];
  let word = '';
  let state: 'first' | 'upper' | 'acronym' | 'lower' = 'first';
  for (const raw of camel) {
    const c = isIdentifierPart(raw) ? raw : '_';
    switch (state) {
      case 'first':
        if (!isIdentifierStart(c)) word += '_';
        word += c.toLowerCase();
        state = isUpper(c) ? 'upper' : 'lower';
        break;
      case 'upper':
        word += c.toLowerCase();
        state = isUpper(c) ? 'acronym' : 'lower';
        break;
      case 'acronym':
        if (isUpper(c)) {
          word += c.toLowerCase();
        } else if (isDigit(c) || (c === 's' && !legacy)) {
          // Digits and a plural 's' stay with the acronym: SHA256Hash → sha256_hash, publicIPs → public_ips.
          word += c;
          state = 'lower';
        } else {
          // The acronym's last capital starts the next word: ARNSuffix → arn_suffix.
          words.push(word.slice(0, -1));
          word = word.slice(-1) + c;
          state = 'lower';
        }
        break;
      case 'lower':
        if (isUpper(c)) {
          words.push(word);
          word = c.toLowerCase();
          state = 'upper';
        } else {
          word += c;
        }
        break;
    }
  }
  if (word) words.push(word);
  return keywordSafe(words.filter((w) => w !== '').join('_'));
}

/**
 * A resource constructor's keyword for a property: its Python name, except that `resource_name` and
 * `opts` are the constructor's own parameters, so such properties take a trailing `_` there
 * (`lightsail.BucketResourceAccess(resource_name, resource_name_=…)`); the Args class keeps the plain name.
 */
export function pythonInitParam(camel: string): string {
  const name = pythonName(camel);
  return name === 'resource_name' || name === 'opts' ? `${name}_` : name;
}

/** Python member name of an SDK enum member: `NodeJS18dX` → `NODE_JS18D_X`, `Java8AL2` → `JAVA8_AL2`. */
export function pythonEnumMember(member: string): string {
  return pythonName(member).toUpperCase().replace(/_+/g, '_');
}

/**
 * The camelCase name a snake_case Python name most likely stands for, without a schema: words are joined
 * with their first letter capitalised, and a keyword's trailing underscore is dropped. Exact for names
 * without acronyms; `SchemaIndex.camelName` also knows the provider's irregular names (`public_ips` →
 * `publicIPs`).
 */
export function camelName(snake: string): string {
  if (snake.endsWith('_') && KEYWORDS.has(snake.slice(0, -1))) return snake.slice(0, -1);
  return snake.replace(/_+([\p{L}\p{N}])/gu, (_, c: string) => c.toUpperCase());
}
