// Requirements from the request: PROMPT.md → typed requirements (or an edited YAML spec) → verdicts
// against the resource model → findings.

export { extractRequirements } from './extract.js';
export { checkRequirements } from './check.js';
export { failureRecords, toFindings } from './findings.js';
export { requirementsFromYaml, requirementsToYaml, RequirementsSpecError } from './yaml.js';
export { KINDS, type RequirementKind, type ParamsOf } from './kinds.js';
export type { Evidence, Requirement, RequirementFailure, RequirementResult, Status } from './types.js';
