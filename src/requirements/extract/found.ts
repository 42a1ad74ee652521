// What an extractor reports for one sentence: a kind with its parameters and a confidence.

import type { FailureClass } from '../../rules/classes.js';
import type { ParamsOf, RequirementKind } from '../kinds.js';
import type { Sentence } from '../sentences.js';

export type Found = {
  [K in RequirementKind]: { kind: K; params: ParamsOf<K>; confidence: number; class?: FailureClass };
}[RequirementKind];

export function found<K extends RequirementKind>(kind: K, params: ParamsOf<K>, confidence: number, cls?: FailureClass): Found {
  const f = { kind, params, confidence } as Found;
  if (cls) f.class = cls;
  return f;
}

/** A sentence prepared for pattern matching. */
export interface Clause {
  sentence: Sentence;
  /** Inline markup, list numbering and negated parentheticals removed. */
  text: string;
  /** `text` in lower case. */
  low: string;
  /** Lead text of the enclosing list (lower case), or ''. */
  lead: string;
  /** Headings above it (lower case), innermost last. */
  headings: string[];
}

export type Extractor = (c: Clause) => Found[];
