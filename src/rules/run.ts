// Runs rules over a resource model and turns their reports into findings with host positions.

import type { Finding, Severity } from '../core/finding.js';
import { collectIfGrown } from '../core/heap.js';
import { toHostOffset } from '../core/source.js';
import { TimeLimitReached } from '../ir/budget.js';
import type { At, Value } from '../ir/values.js';
import type { Component, Resource, ResourceModel } from '../model/types.js';
import type { Report, RuleContext } from './context.js';
import type { RuleDefinition } from './define-rule.js';

export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => (data && k in data ? String(data[k]) : `{{${k}}}`));
}

function knownName(v: Value): string | null {
  return v.kind === 'known' && typeof v.value === 'string' ? v.value : null;
}

function isResource(x: Resource | Component): x is Resource {
  return 'typePath' in x;
}

export function resourceLabel(x: Resource | Component): { type: string; name: string | null } {
  if (isResource(x)) return { type: x.type, name: knownName(x.name) };
  const t = x.type.kind === 'known' && typeof x.type.value === 'string' ? x.type.value : x.className;
  return { type: t, name: knownName(x.name) };
}

/** Whether a resource comes from the same constructor call as resource `id` (one call in a loop). */
function sameConstructor(x: Resource | Component, id: number, model: ResourceModel): boolean {
  const other: Resource | Component | undefined = model.resources.find((r) => r.id === id) ?? model.components.find((c) => c.id === id);
  return !!other && other.at.f === x.at.f && other.at.s === x.at.s && other.at.e === x.at.e;
}

export function runRules(
  model: ResourceModel,
  rules: readonly RuleDefinition[],
  severity?: Readonly<Record<string, Severity>>,
): { findings: Finding[]; errors: string[]; stoppedAt?: string } {
  const input = model.input;
  const files = new Map(input.files.map((f) => [f.path, f]));
  const out: Finding[] = [];
  const errors: string[] = [];
  const seen = new Map<string, Finding>();
  const budgetRule = rules.find((r) => r.id === BUDGET_RULE);
  for (const rule of rules) {
    const types = new Set(rule.resourceTypes);
    let listed = 0;
    // Findings past the budget, by the key that merges repeats, so a repeat is not counted again.
    let over: { keys: Set<string>; first: Finding['location'] } | undefined;
    const ctx: RuleContext = {
      model,
      resources: () => (types.size === 0 ? model.resources : model.resources.filter((r) => types.has(r.type))),
      report: (r: Report) => {
        const at: At | undefined = r.at ?? r.resource?.at;
        const file = at ? files.get(at.f) : undefined;
        const start = file && at ? toHostOffset(file, at.s) : 0;
        const end = file && at ? toHostOffset(file, Math.max(at.s, at.e)) : 0;
        // One finding per rule and code location: a loop that creates three subnets from one
        // constructor call is one mistake in the code.
        const key = `${rule.id}\u0000${file?.hostPath ?? input.root}\u0000${start}\u0000${end}`;
        const template = rule.messages[r.messageId];
        if (template === undefined) throw new Error(`rule ${rule.id}: unknown messageId '${r.messageId}'`);
        const earlier = seen.get(key);
        if (earlier) {
          // The same span reported for a resource written elsewhere: a value defined once (a variable,
          // a shared document) that reaches several resources. One finding at the definition; the
          // review lists every resource it reaches as a place of that one failure.
          // Another resource from the same constructor call (a loop) is the same mistake, as is the
          // same message on the same resource.
          const message = interpolate(template, r.data);
          const res = r.resource;
          const again = (id: number, m: string) => (id === res?.id && m === message) || (res !== undefined && id !== res.id && sameConstructor(res, id, model));
          if (res && earlier.resourceId !== undefined && !again(earlier.resourceId, earlier.message) && !earlier.reaches?.some((x) => again(x.resourceId, x.message))) {
            const reach: NonNullable<Finding['reaches']>[number] = { resource: resourceLabel(res), resourceId: res.id, message };
            if (r.data) reach.data = r.data;
            (earlier.reaches ??= []).push(reach);
          }
          return;
        }
        const finding: Finding = {
          ruleId: rule.id,
          class: r.class ?? rule.class,
          severity: severity?.[rule.id] ?? r.severity ?? rule.severity,
          message: interpolate(template, r.data),
          fixHint: rule.fixHint,
          location: { hostPath: file?.hostPath ?? input.root, start, end },
          messageId: r.messageId,
        };
        if (r.data) finding.data = r.data;
        if (r.cause) finding.cause = r.cause;
        if (r.fix) {
          if (!rule.fixable) throw new Error(`rule ${rule.id}: reports a fix but does not declare fixable`);
          const edits = r.fix.edits.map((e) => {
            const f = files.get(e.at.f);
            return f && f.hostPath === finding.location.hostPath ? { start: toHostOffset(f, e.at.s), end: toHostOffset(f, Math.max(e.at.s, e.at.e)), text: e.text } : undefined;
          });
          // A fix that reaches outside the finding's host file is not offered.
          if (edits.length && edits.every((e) => e !== undefined)) finding.fix = { description: r.fix.description, edits: edits as { start: number; end: number; text: string }[] };
        }
        if (file && input.kind === 'markdown') finding.location.virtualPath = file.path;
        if (r.resource) {
          finding.resource = resourceLabel(r.resource);
          finding.resourceId = r.resource.id;
        }
        if (listed >= MAX_FINDINGS_PER_RULE) {
          (over ??= { keys: new Set(), first: finding.location }).keys.add(key);
          return;
        }
        listed++;
        seen.set(key, finding);
        out.push(finding);
      },
      fileOf: (at: At) => files.get(at.f),
    };
    try {
      rule.check(ctx);
      collectIfGrown();
    } catch (err) {
      // The time limit stops the rules that are left; the findings so far are kept.
      if (err instanceof TimeLimitReached) {
        if (over && budgetRule) out.push(overBudgetNote(rule, budgetRule, over.keys.size, over.first, severity));
        return { findings: out, errors, stoppedAt: rule.id };
      }
      // A bug in one rule must not cost the other rules' findings; it is reported as an error.
      errors.push(`rule ${rule.id} failed: ${(err as Error).message}`);
    }
    if (over && budgetRule) out.push(overBudgetNote(rule, budgetRule, over.keys.size, over.first, severity));
  }
  return { findings: out, errors };
}

const BUDGET_RULE = 'code/analysis-budget-reached';

/**
 * Findings one rule lists per input. Past it the same mistake repeated thousands of times (an
 * answer of generated files) would cost memory and report size in proportion, and tell the reader
 * nothing new; the rest are counted in one note.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

function overBudgetNote(rule: RuleDefinition, note: RuleDefinition, count: number, at: Finding['location'], severity?: Readonly<Record<string, Severity>>): Finding {
  const message = `\`${rule.id}\` found ${count.toLocaleString('en-US')} more problems in this input than the ${MAX_FINDINGS_PER_RULE.toLocaleString('en-US')} it lists; the first of them is here. Fix the pattern the listed ones share and run stacklint again.`;
  return {
    ruleId: note.id,
    class: note.class,
    severity: severity?.[note.id] ?? note.severity,
    message,
    fixHint: note.fixHint,
    location: { ...at },
    messageId: 'diagnostic',
    data: { message },
  };
}
