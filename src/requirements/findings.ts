// Failed requirements as findings: records with the requirement's class and the kind's severity,
// then the same host positions rules get, so the reporters print them like any other finding.

import type { Finding } from '../core/finding.js';
import { toHostOffset } from '../core/source.js';
import type { ResourceModel } from '../model/types.js';
import { resourceLabel } from '../rules/run.js';
import type { At } from '../ir/values.js';
import { KINDS, type RequirementKind } from './kinds.js';
import type { RequirementFailure, RequirementResult } from './types.js';

export function failureRecords(results: readonly RequirementResult[]): RequirementFailure[] {
  return results
    .filter((r) => r.status === 'fail')
    .map((r) => {
      const record: RequirementFailure = {
        ruleId: `requirements/${r.requirement.kind}`,
        class: r.class ?? r.requirement.class,
        severity: r.severity ?? KINDS[r.requirement.kind].severity,
        message: r.message ?? r.evidence.detail,
      };
      if (r.evidence.at) record.at = r.evidence.at;
      if (r.evidence.resourceId !== undefined) record.resourceId = r.evidence.resourceId;
      const { variant, ...facts } = r.evidence.data ?? {};
      record.data = { ...paramData(r.requirement.kind, r.requirement.params), ...facts };
      if (variant !== undefined) record.variant = String(variant);
      return record;
    });
}

/**
 * A requirement's parameters as message data: lists joined, maps as `key=value`; a parameter the
 * requirement does not give (or a flag) is empty, so a title leaves out the words about it.
 */
function paramData(kind: RequirementKind, params: object): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const k of Object.keys(KINDS[kind].params)) {
    const v: unknown = (params as Record<string, unknown>)[k];
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join(', ');
    else if (v && typeof v === 'object') out[k] = Object.entries(v).map(([a, b]) => `${a}=${String(b)}`).join(', ');
    else out[k] = '';
  }
  return out;
}

/**
 * Findings with host positions. A failure about something absent points at the program's entry point
 * (or the first component, or the first program file): the code that should create it, never the top
 * of a Markdown answer.
 */
export function toFindings(records: readonly RequirementFailure[], model: ResourceModel): Finding[] {
  const files = new Map(model.input.files.map((f) => [f.path, f]));
  const fallback = programStart(model);
  return records.map((rec) => {
    const at = rec.at ?? fallback;
    const file = at ? files.get(at.f) : undefined;
    const start = file && at ? toHostOffset(file, at.s) : 0;
    const end = file && at ? toHostOffset(file, Math.max(at.s, at.e)) : 0;
    const finding: Finding = {
      ruleId: rec.ruleId,
      class: rec.class,
      severity: rec.severity,
      message: rec.message,
      location: { hostPath: file?.hostPath ?? model.input.root, start, end },
    };
    if (file && model.input.kind === 'markdown') finding.location.virtualPath = file.path;
    if (rec.variant !== undefined) finding.messageId = rec.variant;
    finding.fixHint = fixText(rec);
    const resource = rec.resourceId !== undefined ? model.resources.find((r) => r.id === rec.resourceId) : undefined;
    if (resource) finding.resource = resourceLabel(resource);
    return finding;
  });
}

/** The kind's fix, filled with the requirement's parameters; one the request did not give reads "the requested value". */
function fixText(rec: RequirementFailure): string {
  const kind = rec.ruleId.slice('requirements/'.length) as RequirementKind;
  const spec: { fix: string; fixes?: Readonly<Record<string, string>> } = KINDS[kind];
  return ((rec.variant !== undefined ? spec.fixes?.[rec.variant] : undefined) ?? spec.fix).replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => {
    const v = rec.data?.[k];
    return v === undefined || v === '' ? 'the requested value' : String(v);
  });
}

/** Where a program-wide failure is shown: the entry point, else the first component, else the first program file. */
function programStart(model: ResourceModel): At | undefined {
  const program = model.input.files.filter((f) => f.role === 'program' && f.text.trim());
  const entry = model.entry ? program.find((f) => f.path === model.entry) : undefined;
  if (entry) return opening(entry.path, entry.text);
  const component = model.components.find((c) => c.reached) ?? model.components[0];
  if (component) return component.at;
  const first = program[0];
  return first ? opening(first.path, first.text) : undefined;
}

/** The first lines of a file's code (a few, so the reader sees which file and where it starts). */
function opening(path: string, text: string): At {
  const s = firstCode(text);
  let e = s;
  for (let i = 0; i < 6 && e >= 0; i++) e = text.indexOf('\n', e + 1);
  return { f: path, s, e: e < 0 ? text.length : e };
}

/** The first line that is not blank (or a comment-only header), so the excerpt shows code. */
function firstCode(text: string): number {
  const m = /^(?:[ \t]*(?:#.*|\/\/.*)?\r?\n)*/.exec(text);
  return m ? m[0].length : 0;
}
