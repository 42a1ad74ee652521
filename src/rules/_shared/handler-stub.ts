// Is a Lambda handler a placeholder? The "Hello from Lambda!" handler of a getting-started template,
// a `pass`, a TODO that returns 200: code that does nothing with its event and calls nothing but
// logging and JSON helpers. Such a function deploys, but does none of the work it was created for.

import type { HandlerLang } from './lambda-archive.js';
import { handlerEventParam, handlerRegions, strip } from './handler-code.js';

// Calls a placeholder may make: output, JSON, clocks, string and number conversions, imports.
const TRIVIAL_PY = /^(print|str|int|float|dict|list|len|repr|json\.dumps|json\.loads|time\.time|datetime\.\w+|datetime\.datetime\.\w+|logging\.\w+|logger\.\w+|log\.\w+)$/;
const TRIVIAL_JS = /^(console\.\w+|JSON\.stringify|JSON\.parse|Date\.now|Date|String|Number|require|logger\.\w+)$/;
const PY_KEYWORDS = /^(if|elif|while|for|return|and|or|not|in|with|except|assert|yield|await|lambda|print)$/;
const JS_KEYWORDS = /^(if|while|for|switch|catch|return|function|typeof|await|new|async)$/;

/** Lines that only log (their mention of the event is not a use of it). */
const LOG_LINE = /^\s*(print|console\.\w+|logger\.\w+|logging\.\w+|log\.\w+)\s*\(/;

export interface Placeholder {
  /** A string literal the placeholder returns or prints that reads like one ("Hello from Lambda!"). */
  says?: string;
}

/**
 * The handler `fn` of the file is a placeholder: the file defines no other function, calls only
 * trivial helpers, and the handler never reads its event except to log it. undefined: not one (or
 * the handler is not found in the text).
 */
export function placeholderHandler(text: string, lang: HandlerLang, fn: string): Placeholder | undefined {
  if (!handlerRegions(text, lang, fn)) return undefined;
  const { code, plain } = strip(text, lang);
  const lines = code.split('\n').filter((l) => !/^\s*(import|from)\s/.test(l) && !/^\s*(const|let|var)\s+[\w{},\s]+=\s*require\(/.test(l));
  const body = lines.join('\n');
  if (lang === 'py') {
    if ((body.match(/^[ \t]*(async\s+)?def\s+\w+|^[ \t]*class\s+\w+/gm) ?? []).length !== 1) return undefined;
  } else if ((body.match(/\bfunction\b|=>|^[ \t]*(async\s+)?(?!(if|for|while|switch|catch)\b)\w+\s*\([^)]*\)\s*\{/gm) ?? []).length > 1 || /\bclass\s+\w+/.test(body)) {
    return undefined;
  }
  const trivial = lang === 'py' ? TRIVIAL_PY : TRIVIAL_JS;
  const keywords = lang === 'py' ? PY_KEYWORDS : JS_KEYWORDS;
  for (const m of body.matchAll(/(?<![\w.$])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\(/g)) {
    const name = m[1]!;
    if (name === fn || keywords.test(name) || trivial.test(name)) continue;
    // The handler's own definition (`def handler(`, `async function handler(`, `handler = async (`).
    const before = body.slice(Math.max(0, m.index - 20), m.index);
    if (/\b(def|function)\s*$/.test(before)) continue;
    return undefined;
  }
  const param = handlerEventParam(text, lang, fn);
  if (param) {
    const mention = new RegExp(`(?<![\\w.$])${param.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    const uses = lines.filter((l) => !LOG_LINE.test(l)).reduce((n, l) => n + (l.match(mention)?.length ?? 0), 0);
    // The parameter list itself mentions it once.
    if (uses > 1) return undefined;
  }
  const says = /(['"`])((?:hello|todo|placeholder|not implemented|implement)[^'"`\n]{0,60})\1/i.exec(plain)?.[2];
  return says ? { says } : {};
}
