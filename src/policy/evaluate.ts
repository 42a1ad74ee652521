// The rules a policy pack runs, over the resources of one stack as Pulumi hands them to a policy.

import type { Severity } from '../core/finding.js';
import { RULES } from '../rules/index.js';
import { runRules } from '../rules/run.js';
import { modelFromPreview, type PreviewModelOptions, type PreviewResource } from './adapter.js';
import { previewRules } from './catalog.js';

export { UNKNOWN, type PreviewResource } from './adapter.js';

export interface PreviewFinding {
  ruleId: string;
  class: string;
  severity: Severity;
  message: string;
  /** The resource the finding is about, when it is about one. */
  urn?: string;
}

export interface PreviewOptions extends PreviewModelOptions {
  /** Rule ids to run (default: every rule that can run at preview). */
  rules?: readonly string[];
  /** Severity overrides, as in the configuration. */
  severity?: Readonly<Record<string, Severity>>;
}

export function evaluatePreview(resources: readonly PreviewResource[], options: PreviewOptions = {}): PreviewFinding[] {
  const model = modelFromPreview(resources, options);
  // The model leaves Pulumi's default providers out; its ids count the resources it kept.
  const resourceUrns = resources.filter((r) => !(r.type.startsWith('pulumi:providers:') && r.name.startsWith('default'))).map((r) => r.urn);
  const enabled = previewRules(RULES).filter((r) => !options.rules || options.rules.includes(r.id));
  const { findings } = runRules(model, enabled, options.severity);
  return findings.map((f) => {
    const out: PreviewFinding = { ruleId: f.ruleId, class: f.class, severity: f.severity, message: f.message };
    const urn = f.resourceId !== undefined ? model.resources[f.resourceId - 1] && resourceUrns[f.resourceId - 1] : undefined;
    if (urn) out.urn = urn;
    return out;
  });
}
