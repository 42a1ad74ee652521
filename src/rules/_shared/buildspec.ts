// Inline CodeBuild buildspecs (`source.buildspec`, `secondarySources[].buildspec` of aws.codebuild.Project):
// a YAML (or JSON) document written in the program, as opposed to the path of a file in the source.
// https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html

import { parseDocument } from 'yaml';
import type { At, Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, isObj, str } from './values.js';

export interface InlineBuildspec {
  text: string;
  at?: At;
  /** The parsed document; undefined when the text is not valid YAML. */
  doc?: unknown;
  /** The YAML error, when the text does not parse. */
  error?: string;
}

/** The buildspecs of a project written inline as fully known text (a path or an unknown value is none). */
export function inlineBuildspecs(r: Resource): InlineBuildspec[] {
  const values: Value[] = [];
  const main = arg(r, 'source.buildspec');
  if (main) values.push(main);
  const secondary = arg(r, 'secondarySources');
  for (const s of secondary?.kind === 'list' ? secondary.items : []) {
    const b = isObj(s) ? s.props.get('buildspec') : undefined;
    if (b) values.push(b);
  }
  const out: InlineBuildspec[] = [];
  for (const v of values) {
    const text = str(v);
    if (text === undefined || !isInline(text)) continue;
    const spec: InlineBuildspec = { text };
    if (v.at) spec.at = v.at;
    const parsed = parseDocument(text, { uniqueKeys: false });
    if (parsed.errors.length > 0) spec.error = parsed.errors[0]!.message.split('\n')[0]!;
    else spec.doc = parsed.toJS();
    out.push(spec);
  }
  return out;
}

/** A buildspec value is the document itself rather than a file name or S3 ARN when it spans lines or holds a mapping. */
function isInline(text: string): boolean {
  const t = text.trim();
  if (t === '' || /^arn:aws/.test(t)) return false;
  return t.includes('\n') || t.startsWith('{') || /^version\s*:/.test(t);
}

export const PHASES = ['install', 'pre_build', 'build', 'post_build'] as const;

/** Every command of every phase (including `finally` blocks) that is a string. */
export function buildCommands(doc: unknown): string[] {
  const out: string[] = [];
  const phases = record(doc)?.['phases'];
  for (const phase of Object.values(record(phases) ?? {})) {
    const p = record(phase);
    for (const key of ['commands', 'finally']) {
      const list = p?.[key];
      if (Array.isArray(list)) for (const c of list) if (typeof c === 'string') out.push(c);
    }
  }
  return out;
}

export function record(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
