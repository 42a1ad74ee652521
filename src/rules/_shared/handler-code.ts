// Reading Lambda handler code (Python and Node.js) as text. Handler code is data the program ships,
// not part of the Pulumi program, so the model keeps it as text; these helpers find what rules
// compare with the function's configuration: the functions it defines, the environment variables it
// reads, the modules and clients it uses. Comments and string contents are blanked first (keeping
// offsets), so code inside them is never read as code.

import type { HandlerLang } from './lambda-archive.js';

/** The text with comments blanked (`plain`), and also string contents blanked (`code`); same offsets. */
export interface Stripped {
  plain: string;
  code: string;
}

const cache = new Map<string, Stripped>();

export function strip(text: string, lang: HandlerLang): Stripped {
  const key = `${lang}\u0000${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const plain = text.split('');
  const code = text.split('');
  const blank = (from: number, to: number, both: boolean): void => {
    for (let i = from; i < to && i < text.length; i++) {
      if (text[i] === '\n') continue;
      code[i] = ' ';
      if (both) plain[i] = ' ';
    }
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (lang === 'py' && c === '#') {
      const end = lineEnd(text, i);
      blank(i, end, true);
      i = end;
    } else if (lang === 'js' && c === '/' && text[i + 1] === '/') {
      const end = lineEnd(text, i);
      blank(i, end, true);
      i = end;
    } else if (lang === 'js' && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      blank(i, stop, true);
      i = stop;
    } else if (c === '"' || c === "'" || (lang === 'js' && c === '`')) {
      const triple = lang === 'py' && text.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) {
        if (text[j] === '\\') j++;
        else if (!triple && c !== '`' && text[j] === '\n') break;
        j++;
      }
      blank(i + quote.length, j, false);
      i = Math.min(text.length, j + quote.length);
    } else i++;
  }
  const out = { plain: plain.join(''), code: code.join('') };
  if (cache.size > 200) cache.clear();
  cache.set(key, out);
  return out;
}

function lineEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------- where code runs

/** Offsets [start, end) of a region of the text. */
export type Range = [number, number];

/**
 * The regions that run when the handler `fn` is invoked, as far as the text tells: the module's
 * top level (run on the cold start) and the body of the handler function. Helper functions and other
 * handlers of the same file are left out (they may never run for this function).
 */
export function handlerRegions(text: string, lang: HandlerLang, fn: string): Range[] | undefined {
  return lang === 'py' ? pythonRegions(text, fn) : jsRegions(text, fn);
}

function pythonRegions(text: string, fn: string): Range[] | undefined {
  const { code } = strip(text, 'py');
  const out: Range[] = [];
  const lines = lineRanges(code);
  let body: Range | undefined;
  let inBlock = -1; // indentation of the def/class we are inside at module level
  let current: { indent: number; start: number; handler: boolean } | undefined;
  for (const [s, e] of lines) {
    const line = code.slice(s, e);
    if (!line.trim()) continue;
    const indent = line.length - line.trimStart().length;
    if (current && indent > current.indent) continue;
    if (current) {
      if (current.handler) body = [current.start, s];
      current = undefined;
      inBlock = -1;
    }
    const m = /^(\s*)(?:async\s+)?(def|class)\s+(\w+)/.exec(line);
    if (m && indent === 0) {
      current = { indent, start: s, handler: m[2] === 'def' && m[3] === fn };
      inBlock = indent;
      continue;
    }
    if (inBlock < 0 && indent === 0) out.push([s, e]);
  }
  if (current?.handler) body = [current.start, code.length];
  if (!body) return undefined;
  return [...out, body];
}

function lineRanges(text: string): Range[] {
  const out: Range[] = [];
  let s = 0;
  for (;;) {
    const n = text.indexOf('\n', s);
    if (n < 0) {
      out.push([s, text.length]);
      return out;
    }
    out.push([s, n]);
    s = n + 1;
  }
}

/** The closing brace that matches the opening brace at `open` (in text whose strings are blanked). */
function matchBrace(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '{') depth++;
    else if (code[i] === '}' && --depth === 0) return i + 1;
  }
  return code.length;
}

/** Depth-0 regions of a Node.js module and the body of the exported handler `fn`. */
function jsRegions(text: string, fn: string): Range[] | undefined {
  const { code } = strip(text, 'js');
  const out: Range[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    if (code[i] === '{') {
      if (depth === 0) out.push([start, i]);
      depth++;
    } else if (code[i] === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) start = i + 1;
    }
  }
  if (depth === 0) out.push([start, code.length]);
  const body = jsFunctionBody(code, fn, 0);
  return body ? [...out, body] : undefined;
}

/** The span of the function `fn` is bound to, following `exports.fn = localName` once. */
function jsFunctionBody(code: string, fn: string, hops: number): Range | undefined {
  const f = escape(fn);
  const defs = [
    new RegExp(`exports\\.${f}\\s*=`),
    new RegExp(`export\\s+(?:async\\s+)?function\\s*\\*?\\s*${f}\\s*(?=\\()`),
    new RegExp(`export\\s+(?:const|let|var)\\s+${f}\\s*(?::[^=]+)?=`),
    new RegExp(`(?:^|[^.\\w$])(?:async\\s+)?function\\s*\\*?\\s*${f}\\s*(?=\\()`),
    new RegExp(`(?:^|[^.\\w$])(?:const|let|var)\\s+${f}\\s*(?::[^=]+)?=`),
  ];
  for (const re of defs) {
    const m = re.exec(code);
    if (!m) continue;
    let i = m.index + m[0].length;
    const rest = code.slice(i, i + 200);
    const alias = /^\s*([A-Za-z_$][\w$]*)\s*[;\n]/.exec(rest);
    if (alias && !/^(async|function)$/.test(alias[1]!)) return hops < 2 ? jsFunctionBody(code, alias[1]!, hops + 1) : undefined;
    const head = /^\s*(?:async\s*)?(?:function\s*\*?\s*[\w$]*\s*)?/.exec(rest)!;
    i += head[0].length;
    if (code[i] === '(') i = matchParen(code, i);
    const arrow = /^\s*(?::\s*[^={;]+?)?\s*(?:=>)?\s*\{/.exec(code.slice(i, i + 200)) ?? /^\s*[A-Za-z_$][\w$]*\s*=>\s*\{/.exec(code.slice(i, i + 200));
    if (!arrow) {
      // An expression-bodied arrow function: its body ends with the statement.
      const expr = /^\s*(?:[A-Za-z_$][\w$]*\s*)?(?::\s*[^=;]+?)?=>/.exec(code.slice(i, i + 200));
      return expr ? [m.index, statementEnd(code, i + expr[0].length)] : undefined;
    }
    const open = i + arrow[0].length - 1;
    return [m.index, matchBrace(code, open)];
  }
  return undefined;
}

/** The end of the statement that continues at `from`: a `;` or line break outside brackets. */
function statementEnd(code: string, from: number): number {
  let depth = 0;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if ((c === ';' || c === '\n') && depth <= 0) return i;
  }
  return code.length;
}

function matchParen(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return i + 1;
  }
  return code.length;
}

export function within(ranges: readonly Range[], at: number): boolean {
  return ranges.some(([s, e]) => at >= s && at < e);
}

// ---------------------------------------------------------------- handler functions

/** Does the handler code define (Python) or export (Node.js) the function? */
export function definesHandler(text: string, fn: string, lang: HandlerLang): boolean {
  const f = escape(fn);
  const { code } = strip(text, lang);
  if (lang === 'py') return new RegExp(`^(async\\s+)?def\\s+${f}\\s*\\(|^${f}\\s*=|^from\\s+\\S+\\s+import\\s+[^\\n]*\\b${f}\\b|^import\\s+[^\\n]*\\bas\\s+${f}\\b`, 'm').test(code);
  return new RegExp(
    `exports\\.${f}\\b|exports\\[\\s*['"]${f}['"]\\s*\\]|module\\.exports\\s*=\\s*\\{[^}]*\\b${f}\\b|export\\s+(async\\s+)?(function\\*?|const|let|var|class)\\s+${f}\\b|export\\s*\\{[^}]*\\b${f}\\b|module\\.exports\\s*=\\s*${f}\\b`,
  ).test(strip(text, lang).plain.replace(/exports\[\s*(['"])([^'"]*)\1\s*\]/g, 'exports.$2'));
}

// ---------------------------------------------------------------- environment variables

export interface EnvRead {
  name: string;
  /** Offset in the handler text. */
  at: number;
  /** Fails when the variable is not set (`os.environ["X"]`), rather than yielding None/undefined. */
  hard: boolean;
  /** The code falls back to a default or tests whether the variable is set. */
  optional: boolean;
}

/** Environment variables the code reads by a literal name. */
export function envReads(text: string, lang: HandlerLang): EnvRead[] {
  const { plain } = strip(text, lang);
  const out: EnvRead[] = [];
  if (lang === 'py') {
    const environ = /\bfrom\s+os\s+import\s+[^\n]*\benviron\b/.test(plain) ? '(?:os\\.)?environ' : 'os\\.environ';
    for (const m of plain.matchAll(new RegExp(`(?<![\\w.])${environ}\\s*\\[\\s*(['"])(\\w+)\\1\\s*\\]`, 'g'))) {
      out.push({ name: m[2]!, at: m.index, hard: true, optional: false });
    }
    for (const m of plain.matchAll(new RegExp(`(?<![\\w.])(?:${environ}\\.get|os\\.getenv)\\s*\\(\\s*(['"])(\\w+)\\1\\s*(,|\\))`, 'g'))) {
      out.push({ name: m[2]!, at: m.index, hard: false, optional: m[3] === ',' });
    }
    return out;
  }
  for (const m of plain.matchAll(/(?<![\w.$])process\.env(?:\.(\w+)|\[\s*(['"])(\w+)\2\s*\])/g)) {
    const after = plain.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const before = plain.slice(Math.max(0, m.index - 12), m.index);
    const optional = /^\s*(\|\||\?\?|&&|\?[^.]|[!=]==?)/.test(after) || /(!|\bif\s*\(\s*|typeof\s+|&&\s*|\|\|\s*)$/.test(before);
    out.push({ name: m[1] ?? m[3]!, at: m.index, hard: false, optional });
  }
  return out;
}

/** Variables every Lambda runtime sets (the reserved keys and the other documented ones). */
export function setByRuntime(name: string): boolean {
  return /^(AWS_|_X_AMZN_|_HANDLER$|LAMBDA_|TZ$|LANG$|PATH$|LD_LIBRARY_PATH$|NODE_PATH$|NODE_EXTRA_CA_CERTS$|PYTHONPATH$|HOME$|PWD$|USER$)/.test(name);
}

// ---------------------------------------------------------------- modules and names a Python handler uses

/** Standard-library and SDK modules that handlers use by their module name. */
const PY_MODULES = new Set([
  'os', 'sys', 'json', 'time', 'datetime', 'uuid', 're', 'random', 'logging', 'base64', 'hashlib', 'hmac', 'decimal',
  'traceback', 'urllib', 'math', 'gzip', 'csv', 'io', 'zipfile', 'tempfile', 'struct', 'copy', 'collections',
  'itertools', 'functools', 'string', 'secrets', 'socket', 'ssl', 'http', 'calendar', 'statistics', 'boto3', 'botocore',
]);

/** Names handlers use bare that come from an import (`from decimal import Decimal`). */
const PY_IMPORTED_NAMES: Record<string, string> = {
  Decimal: 'from decimal import Decimal',
  Key: 'from boto3.dynamodb.conditions import Key',
  Attr: 'from boto3.dynamodb.conditions import Attr',
  ClientError: 'from botocore.exceptions import ClientError',
  BotoCoreError: 'from botocore.exceptions import BotoCoreError',
  timedelta: 'from datetime import timedelta',
  timezone: 'from datetime import timezone',
  uuid4: 'from uuid import uuid4',
};

/** Every name a Python module binds anywhere (imports, assignments, definitions, parameters, loops, `as`). */
function pythonBindings(code: string): Set<string> | undefined {
  if (/\bfrom\s+\S+\s+import\s+\*/.test(code) || /\b(globals|locals|vars|exec|eval|__import__)\s*\(/.test(code)) return undefined;
  const out = new Set<string>();
  const names = (s: string) => {
    for (const n of s.match(/[A-Za-z_]\w*/g) ?? []) out.add(n);
  };
  for (const m of code.matchAll(/^[ \t]*import\s+([^\n;]+)/gm)) {
    for (const part of m[1]!.split(',')) {
      const as = /\bas\s+(\w+)/.exec(part);
      out.add(as ? as[1]! : part.trim().split('.')[0]!);
    }
  }
  for (const m of code.matchAll(/^[ \t]*from\s+\S+\s+import\s+(\([^)]*\)|[^\n;]+)/gm)) {
    for (const part of m[1]!.replace(/[()\\]/g, ' ').split(',')) {
      const as = /\bas\s+(\w+)/.exec(part);
      const n = as ? as[1]! : part.trim();
      if (/^\w+$/.test(n)) out.add(n);
    }
  }
  // Assignment targets: the names before `=` that are not attributes or subscripts of another name.
  // One line at a time, greedily, from the first non-blank: overlapping or line-crossing repetitions
  // backtrack without bound on blanked strings.
  for (const m of code.matchAll(/^[ \t]*([\w,.[\]()*][\w \t,.[\]()*]*)(?::[^=\n]+)?(?<![=!<>+\-*/%&|^:])=(?!=)/gm)) {
    for (const t of m[1]!.split(',')) {
      const n = t.replace(/[()*\s]/g, '');
      if (/^\w+$/.test(n)) out.add(n);
    }
  }
  for (const m of code.matchAll(/(?<!\w)(\w+)\s*(?:[+\-*/%&|^]|\/\/|\*\*|<<|>>)=/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\b(?:def|class)\s+(\w+)/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\bdef\s+\w+\s*\(([^)]*)\)/g)) names(m[1]!.replace(/[:=][^,]*/g, ''));
  for (const m of code.matchAll(/\blambda\b([^:\n]*):/g)) names(m[1]!.replace(/=[^,]*/g, ''));
  for (const m of code.matchAll(/\bfor[ \t]+([\w \t,()[\]]+?)[ \t]+in\b/g)) names(m[1]!);
  for (const m of code.matchAll(/\bas\s+(\w+)/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\b(?:global|nonlocal)\s+([\w\s,]+)/g)) names(m[1]!);
  for (const m of code.matchAll(/(?<!\w)(\w+)\s*:=/g)) out.add(m[1]!);
  return out;
}

export interface MissingName {
  name: string;
  at: number;
  /** The import that would define it. */
  fix: string;
}

/**
 * Modules and well-known imported names a Python handler uses but never imports or defines: each
 * use raises NameError when it runs. Only names of a fixed list are judged.
 */
export function pythonMissingNames(text: string): MissingName[] {
  const { code } = strip(text, 'py');
  const bound = pythonBindings(code);
  if (!bound) return [];
  const out: MissingName[] = [];
  const seen = new Set<string>();
  // Import statements name modules (`from botocore.exceptions import ClientError`) without using them.
  const uses = code.replace(/^[ \t]*(?:from\s+\S+\s+import\s+(?:\([^)]*\)|[^\n]*)|import\s+[^\n]*)/gm, (x) => x.replace(/[^\n]/g, ' '));
  for (const m of uses.matchAll(/(?<![\w.])([A-Za-z_]\w*)\s*(\.|\()/g)) {
    const name = m[1]!;
    if (seen.has(name) || bound.has(name)) continue;
    const fix = m[2] === '.' && PY_MODULES.has(name) ? `import ${name}` : m[2] === '(' ? PY_IMPORTED_NAMES[name] : undefined;
    if (!fix) continue;
    seen.add(name);
    out.push({ name, at: m.index, fix });
  }
  for (const m of uses.matchAll(/\bexcept\s*\(?\s*([A-Za-z_]\w*)/g)) {
    const name = m[1]!;
    const fix = PY_IMPORTED_NAMES[name];
    if (!fix || seen.has(name) || bound.has(name)) continue;
    seen.add(name);
    out.push({ name, at: m.index + m[0].length - name.length, fix });
  }
  return out;
}

// ---------------------------------------------------------------- names a Node.js handler uses

/** Every name a JavaScript/TypeScript module binds (declarations, imports, parameters, classes). */
function jsBindings(code: string): Set<string> | undefined {
  if (/\bwith\s*\(|\beval\s*\(/.test(code)) return undefined;
  const out = new Set<string>();
  const names = (s: string) => {
    for (const n of s.replace(/:\s*[\w$.<>[\]|]+/g, '').match(/[A-Za-z_$][\w$]*/g) ?? []) out.add(n);
  };
  for (const m of code.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\b(?:const|let|var)\s*[{[]([^}\]=]*)[}\]]/g)) names(m[1]!);
  for (const m of code.matchAll(/\bimport\s+(?:type\s+)?([A-Za-z_$][\w$]*)?\s*,?\s*(?:\{([^}]*)\}|\*\s+as\s+([A-Za-z_$][\w$]*))?\s*from\b/g)) {
    if (m[1]) out.add(m[1]);
    if (m[3]) out.add(m[3]);
    for (const part of (m[2] ?? '').split(',')) {
      const p = /([\w$]+)(?:\s+as\s+([\w$]+))?/.exec(part.trim());
      if (p) out.add(p[2] ?? p[1]!);
    }
  }
  for (const m of code.matchAll(/\bimport\s+([A-Za-z_$][\w$]*)\s*=/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\b(?:function\*?|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\bfunction\*?\s*[\w$]*\s*\(([^)]*)\)/g)) names(m[1]!);
  for (const m of code.matchAll(/\(([^()]*)\)\s*(?::[^=;\n]+?)?=>/g)) names(m[1]!);
  for (const m of code.matchAll(/(?<![\w$])([A-Za-z_$][\w$]*)\s*=>/g)) out.add(m[1]!);
  for (const m of code.matchAll(/\bcatch\s*\(\s*([A-Za-z_$][\w$]*)/g)) out.add(m[1]!);
  // Class members called through `this` are not names; methods (`name(...) {`) are bound names of the class.
  for (const m of code.matchAll(/^[ \t]*(?:async\s+)?([A-Za-z_$][\w$]*)\s*\([^)]*\)\s*\{/gm)) out.add(m[1]!);
  return out;
}

/**
 * SDK names a Node.js handler uses but never imports, requires or declares: the v2 `AWS` namespace,
 * v3 clients and commands, and objects whose `.send(...)` is called. Each use throws ReferenceError.
 */
export function jsMissingNames(text: string): MissingName[] {
  const { code } = strip(text, 'js');
  const bound = jsBindings(code);
  if (!bound) return [];
  const out: MissingName[] = [];
  const seen = new Set<string>();
  const add = (name: string, at: number, fix: string) => {
    if (seen.has(name) || bound.has(name)) return;
    seen.add(name);
    out.push({ name, at, fix });
  };
  for (const m of code.matchAll(/(?<![\w$.])AWS\s*\./g)) add('AWS', m.index, "const AWS = require('aws-sdk')");
  for (const m of code.matchAll(/\bnew\s+([A-Z][\w$]*(?:Client|Command))\s*\(/g)) add(m[1]!, m.index + m[0].indexOf(m[1]!), `import { ${m[1]} } from the @aws-sdk package that defines it`);
  for (const m of code.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)\s*\.\s*send\s*\(\s*new\b/g)) add(m[1]!, m.index, `create the client first, e.g. const ${m[1]} = new <Service>Client({})`);
  return out;
}

// ---------------------------------------------------------------- the event parameter

/** The name of the handler function's first parameter (`event`), when the definition is found. */
export function handlerEventParam(text: string, lang: HandlerLang, fn: string): string | undefined {
  const regions = handlerRegions(text, lang, fn);
  const body = regions?.[regions.length - 1];
  if (!body) return undefined;
  const { code } = strip(text, lang);
  const head = code.slice(body[0], Math.min(body[1], body[0] + 400));
  if (lang === 'py') return /def\s+\w+\s*\(\s*([A-Za-z_]\w*)/.exec(head)?.[1];
  const m = /\(\s*([A-Za-z_$][\w$]*)\s*(?::[^,)]*)?[,)]/.exec(head) ?? /(?:=|async)\s*([A-Za-z_$][\w$]*)\s*=>/.exec(head);
  return m?.[1];
}

export interface EventFieldRead {
  field: string;
  /** As written after the parameter name (`["Records"]`, `.detail`). */
  written: string;
  /** Fails when the field is missing (KeyError, a property of undefined), rather than yielding a default. */
  hard: boolean;
}

/**
 * Top-level fields of the event parameter the handler body reads. Nothing when the body reassigns
 * the parameter; fields the body tests for (`"X" in event`, `event.hasOwnProperty("X")`) are left out.
 */
export function eventFieldReads(text: string, lang: HandlerLang, fn: string, param: string): EventFieldRead[] {
  const regions = handlerRegions(text, lang, fn);
  const body = regions?.[regions.length - 1];
  if (!body) return [];
  const { plain, code } = strip(text, lang);
  const p = escape(param);
  const bodyCode = code.slice(body[0], body[1]);
  const bodyPlain = plain.slice(body[0], body[1]);
  // The parameter itself is the first match of `param =` only in the definition's parameter list.
  if (new RegExp(`(?<![\\w.$])${p}\\s*=(?!=)`).test(bodyCode.replace(/^[^\n]*/, ''))) return [];
  const tested = new Set<string>();
  for (const m of bodyPlain.matchAll(new RegExp(`['"]([\\w-]+)['"]\\s+(?:not\\s+)?in\\s+${p}\\b|${p}\\.(?:hasOwnProperty|get)\\(\\s*['"]([\\w-]+)['"]\\s*\\)(?!\\s*\\.)|\\b(?:if|and|or|not)\\s+${p}\\.get\\(\\s*['"]([\\w-]+)['"]`, 'g'))) tested.add(m[1] ?? m[2] ?? m[3]!);
  const out: EventFieldRead[] = [];
  // A read with another field of the event as its alternative (`event.get("path", event.get("rawPath"))`,
  // `event.path || event.rawPath`) copes with both shapes: not a read of a missing field.
  const orOther = new RegExp(`^[^\\n]{0,80}?(?:\\|\\||\\?\\?|\\bor\\b)\\s*\\(?\\s*${p}\\s*\\??\\s*[.[]`);
  const otherOr = new RegExp(`${p}\\s*\\??\\s*(?:\\.\\s*[\\w$]+(?:\\([^()\\n]*\\))?|\\[[^\\]\\n]*\\])\\s*(?:\\|\\||\\?\\?|\\bor\\b)\\s*$`);
  const defaultReadsEvent = new RegExp(`^\\s*,[^)\\n]*${p}\\s*[.[]`);
  const alternative = (at: number, end: number): boolean => {
    const after = bodyPlain.slice(end, end + 100);
    return orOther.test(after.replace(/^\s*\)/, '')) || defaultReadsEvent.test(after) || otherOr.test(bodyPlain.slice(Math.max(0, at - 100), at));
  };
  const push = (field: string, written: string, hard: boolean, at: number, end: number) => {
    if (!tested.has(field) && !alternative(at, end)) out.push({ field, written, hard });
  };
  for (const m of bodyPlain.matchAll(new RegExp(`(?<![\\w.$])${p}\\s*\\[\\s*(['"])([\\w-]+)\\1\\s*\\]`, 'g'))) push(m[2]!, `[${m[1]}${m[2]}${m[1]}]`, lang === 'py' || /^\s*(\.|\[)/.test(bodyPlain.slice(m.index + m[0].length)), m.index, m.index + m[0].length);
  if (lang === 'py') {
    for (const m of bodyPlain.matchAll(new RegExp(`(?<![\\w.])${p}\\.get\\(\\s*(['"])([\\w-]+)\\1`, 'g'))) push(m[2]!, `.get(${m[1]}${m[2]}${m[1]})`, false, m.index, m.index + m[0].length);
    return out;
  }
  for (const m of bodyCode.matchAll(new RegExp(`(?<![\\w.$])${p}\\s*(\\?)?\\.\\s*([A-Za-z_$][\\w$]*)`, 'g'))) {
    const after = bodyCode.slice(m.index + m[0].length, m.index + m[0].length + 4);
    // `event.hasOwnProperty(...)`: a method of every object, not a field.
    if (/^\s*\(/.test(after)) continue;
    push(m[2]!, `${m[1] ?? ''}.${m[2]}`, !m[1] && /^\s*(\.(?!\.)|\[)/.test(after), m.index, m.index + m[0].length);
  }
  return out;
}
