import type { RuleDefinition } from '../rules/define-rule.js';

/** `stacklint rules`: one line per rule. */
export function renderRulesText(rules: readonly RuleDefinition[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  const w = Math.max(...sorted.map((r) => r.id.length));
  const c = Math.max(...sorted.map((r) => r.class.length));
  // `fix` marks the rules whose findings `check --fix` can mend.
  return sorted.map((r) => `${r.id.padEnd(w)}  ${r.class.padEnd(c)}  ${r.severity.padEnd(8)}  ${r.fixable ? 'fix' : '   '}  ${r.docs.summary}`).join('\n') + '\n';
}

export function renderRulesJson(rules: readonly RuleDefinition[]): string {
  const sorted = [...rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  return (
    JSON.stringify(
      sorted.map((r) => ({ id: r.id, class: r.class, severity: r.severity, category: r.category, fixable: !!r.fixable, summary: r.docs.summary, resourceTypes: r.resourceTypes })),
      null,
      2,
    ) + '\n'
  );
}
