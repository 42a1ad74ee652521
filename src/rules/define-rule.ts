// One rule = one file = one `defineRule({...})` default export. Metadata first, `check` last.

import type { Severity } from '../core/finding.js';
import type { FailureClass } from './classes.js';
import type { RuleContext } from './context.js';

export const CATEGORIES = ['security', 'naming', 'pulumi', 'lifecycle', 'aws', 'code'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Examples {
  ts?: string;
  py?: string;
  md?: string;
}

export interface RuleDocs {
  /** One line: what the rule finds. */
  summary: string;
  /** Why it matters, a short paragraph. */
  why: string;
  /**
   * Complete small programs; every `bad` example must trigger the rule and no `good` one may (tested).
   * Rules about Markdown answers (fences, missing code) give `md` answers instead of programs.
   */
  bad: Examples;
  good: Examples;
  references?: string[];
  /** Limits and known gaps, in prose. */
  notes?: string;
  /** What `check --fix` and the editor's quick fix change, and what they leave; exactly for `fixable` rules. */
  fix?: string;
}

export interface RuleDefinition {
  /** `<category>/<name-of-the-bad-pattern>`, equal to the file path under src/rules/. */
  id: string;
  class: FailureClass;
  severity: Severity;
  category: Category;
  /** Type tokens the rule inspects (documentation and `ctx.resources()`); empty: program-level. */
  resourceTypes: string[];
  /** Message templates by id; `{{name}}` is replaced from the report's data. What, why, what to do. */
  messages: Record<string, string>;
  /** A separate, short fix hint. */
  fixHint: string;
  /**
   * The title of a failure in a review, what is wrong and on what ("Environment suffix missing from
   * {{kind}} names {{value}}"), per message id (or `default`) or one for all. The findings' message
   * data fill `{{key}}`; `{{counted}}`, `{{kinds}}`, `{{names}}` and the other placeholders are listed
   * at `groupTitle` (src/review/titles.ts).
   */
  title?: string | Record<string, string>;
  /** The rule can attach mechanical fixes to its findings (`check --fix`, editor quick fixes). */
  fixable?: boolean;
  docs: RuleDocs;
  check(ctx: RuleContext): void;
}

export function defineRule(def: RuleDefinition): RuleDefinition {
  return def;
}
