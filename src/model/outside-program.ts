// Files of a project directory that `pulumi up` never runs. Pulumi runs the entry point and what it
// imports; a real repository keeps other code beside it: a web client built by its own bundler
// (browser globals, CSS imports, its own package.json), migration and seed scripts, tooling. Judged
// as the program, their `window`, their dependencies and their bundler imports become the program's
// failures. A file counts as outside the program when the project has a Pulumi.yaml and a known entry
// point, the evaluation ran to the end, no import chain from the entry reached the file, and the file
// does not use a Pulumi SDK itself (a stray Pulumi file stays in: it may be wired in a way the
// evaluator does not follow).

import type { ResourceModel } from './types.js';

const PULUMI_PACKAGE = /^(@pulumi\/|pulumi(_|$|\.))/;

/** Paths of the program-role files that the entry point never reaches and that do not use Pulumi. */
export function filesOutsideProgram(model: ResourceModel): Set<string> {
  const out = new Set<string>();
  const { input } = model;
  if (input.kind !== 'directory' || !input.project || !model.entry || model.stats.budgetExhausted) return out;
  const usesPulumi = new Set(model.imports.filter((i) => PULUMI_PACKAGE.test(i.module)).map((i) => i.at.f));
  for (const m of model.stats.modules) {
    if (!m.reached && !usesPulumi.has(m.path)) out.add(m.path);
  }
  return out;
}
