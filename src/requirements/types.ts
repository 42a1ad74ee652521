// Requirements read from a request and the verdicts of checking a program against them.

import type { Severity } from '../core/finding.js';
import type { At } from '../ir/values.js';
import type { FailureClass } from '../rules/classes.js';
import type { ParamsOf, RequirementKind } from './kinds.js';

interface RequirementBase<K extends RequirementKind> {
  kind: K;
  params: ParamsOf<K>;
  /** The class a failure of this requirement is reported under (from the kind, or the service). */
  class: FailureClass;
  /** The sentence of the request that states it, with inline Markdown removed. */
  sentence: string;
  /** 1-based line of the sentence in the request. */
  line: number;
  /** Other lines that state the same requirement (a request repeats itself across sections). */
  alsoAt?: number[];
  /** 0–1: how sure the extraction is that the sentence demands this (1 for hand-written specs). */
  confidence: number;
  /** Path of the request it was read from, for messages. */
  source?: string;
}

/** One requirement; `params` is typed by `kind`. */
export type Requirement = { [K in RequirementKind]: RequirementBase<K> }[RequirementKind];

export type RequirementOf<K extends RequirementKind> = Extract<Requirement, { kind: K }>;

export type Status = 'pass' | 'fail' | 'unknown';

export interface Evidence {
  /** The resource the verdict is about (model id), when it is about one. */
  resourceId?: number;
  /** The span of the offending value, or of the resource; absent for program-wide absences. */
  at?: At;
  /** What was found, in a few words (for the summary and for `unknown` verdicts). */
  detail: string;
  /**
   * The facts of a failure a review title names: what is missing (`missing: 'TENANT_SUBNET'`), what
   * the program has instead; `variant` names the way it failed when the kind has a title for it.
   */
  data?: Record<string, string | number>;
}

export interface RequirementResult {
  requirement: Requirement;
  status: Status;
  evidence: Evidence;
  /** For failures: what the request says and what the program does instead. */
  message?: string;
  /** For failures judged less (or more) severe than the kind's default: an unset value vs a wrong one. */
  severity?: Severity;
  /** For failures that belong to another class than the requirement's (a region beyond those asked for). */
  class?: FailureClass;
}

/** A failed requirement in the shape of a stacklint finding, before host positions are computed. */
export interface RequirementFailure {
  ruleId: `requirements/${RequirementKind}`;
  class: FailureClass;
  severity: Severity;
  message: string;
  at?: At;
  resourceId?: number;
  /** The requirement's parameters and the verdict's facts, for the review title. */
  data?: Record<string, string | number>;
  /** Which way the requirement failed, when its kind titles them apart (the finding's message id). */
  variant?: string;
}
