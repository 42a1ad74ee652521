import type { Severity } from '../core/finding.js';
import type { SourceFile } from '../core/source.js';
import type { At } from '../ir/values.js';
import type { Component, Resource, ResourceModel } from '../model/types.js';
import type { FailureClass } from './classes.js';

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The most precise span: a value's `at`, a key's span; defaults to the resource's constructor. */
  at?: At | undefined;
  resource?: Resource | Component;
  /** Overrides the rule's severity for this finding (e.g. `Action: "*"` is worse than `s3:*`). */
  severity?: Severity;
  /**
   * Overrides the rule's class for this finding, when the same mistake is a different failure in
   * another language (a string for a number is a compile error in TypeScript, a provider error in Python).
   */
  class?: FailureClass;
  /**
   * The one value behind this finding, when several findings share it (e.g. `env:production` for
   * names that all hard-code one environment word): a review lists them as one failure at the cause.
   */
  cause?: string;
  /**
   * A mechanical, safe fix: text replacements of spans of the program (virtual files), applied by
   * `--fix` only when they do not overlap another fix and the fixed program parses and reports no new
   * finding. The rule must declare `fixable: true`.
   */
  fix?: { description: string; edits: { at: At; text: string }[] };
}

export interface RuleContext {
  readonly model: ResourceModel;
  /** Resources of the rule's `resourceTypes` (all resources when it lists none), in model order. */
  resources(): Resource[];
  report(r: Report): void;
  /** The source file a span is in (to tell fragments, languages and paths apart). */
  fileOf(at: At): SourceFile | undefined;
}
