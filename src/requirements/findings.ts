// Failed requirements as findings: records with the requirement's class and the kind's severity,
// then the same host positions rules get, so the reporters print them like any other finding.

import type { Finding } from '../core/finding.js';
import { toHostOffset } from '../core/source.js';
import type { ResourceModel } from '../model/types.js';
import { resourceLabel } from '../rules/run.js';
import { KINDS } from './kinds.js';
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
      return record;
    });
}

/** Findings with host positions; program-wide failures point at the start of the input. */
export function toFindings(records: readonly RequirementFailure[], model: ResourceModel): Finding[] {
  const files = new Map(model.input.files.map((f) => [f.path, f]));
  return records.map((rec) => {
    const file = rec.at ? files.get(rec.at.f) : undefined;
    const start = file && rec.at ? toHostOffset(file, rec.at.s) : 0;
    const end = file && rec.at ? toHostOffset(file, Math.max(rec.at.s, rec.at.e)) : 0;
    const finding: Finding = {
      ruleId: rec.ruleId,
      class: rec.class,
      severity: rec.severity,
      message: rec.message,
      location: { hostPath: file?.hostPath ?? model.input.root, start, end },
    };
    if (file && model.input.kind === 'markdown') finding.location.virtualPath = file.path;
    const resource = rec.resourceId !== undefined ? model.resources.find((r) => r.id === rec.resourceId) : undefined;
    if (resource) finding.resource = resourceLabel(resource);
    return finding;
  });
}
