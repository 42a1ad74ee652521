// Platform and language, and the ComponentResource structure.

import type { Lang } from '../../core/ir.js';
import { fail, pass, unknown, type Check, type CheckContext } from './context.js';

// Imports that mean the program was written for another IaC tool.
const OTHER_TOOL: [string, RegExp][] = [
  ['cdktf', /^(cdktf|@cdktf\/)/],
  ['cdk', /^(aws-cdk-lib|@aws-cdk\/|constructs$|aws_cdk)/],
  ['terraform', /^(cdktf|python_terraform)/],
  ['cloudformation', /^(troposphere|@aws-cdk\/cloudformation)/],
];

const LANG_OF: Record<string, Lang> = { typescript: 'ts', javascript: 'ts', python: 'py' };

export const checkPlatform: Check<'platform'> = (req, ctx) => {
  const { tool, language } = req.params;
  const imports = ctx.model.imports;
  if (tool === 'pulumi') {
    // Another IaC library in a Pulumi program means (part of) it is written for the wrong tool.
    const other = imports.find((i) => OTHER_TOOL.some(([, re]) => re.test(i.module)));
    if (other) return fail(req, `the program imports ${other.module}, a library of another IaC tool`, undefined, other.at);
  }
  const langs = ctx.model.languages;
  if (langs.length === 0) return unknown('no TypeScript, JavaScript or Python program to read');
  // The import of the Pulumi SDK shows both the tool and the language.
  const sdk = imports.find((i) => /^(@pulumi\/|pulumi(_|$|\.))/.test(i.module))?.at;
  if (!language) return pass('the program is a Pulumi program', undefined, sdk);
  const want = LANG_OF[language];
  if (want && langs.includes(want)) return pass(`the program is written in ${language}`, undefined, sdk);
  return fail(req, `the program is written in ${langs.map((l) => (l === 'py' ? 'Python' : 'TypeScript/JavaScript')).join(' and ')}`);
};

export const checkComponent: Check<'component-resource'> = (req, ctx) => {
  const comps = ctx.model.components;
  if (comps.length === 0) {
    return ctx.complete ? fail(req, 'the program defines no ComponentResource: its resources are created at the top level') : unknown('the program creates no resources');
  }
  const want = req.params.className;
  const comp = comps.find((c) => !want || c.className === want);
  if (comp && req.params.reusable) return reusable(req, ctx, comps);
  if (comp) return pass(`component ${comp.className}`, undefined, comp.at);
  const names = [...new Set(comps.map((c) => c.className))].join(', ');
  return fail(req, `its components are ${names}, none named ${want}`, undefined, comps[0]!.at);
};

/**
 * A reusable component is instantiated more than once (per function, per environment) or sits inside
 * another component; one class created once around every resource of the stack reuses nothing.
 */
function reusable(req: Parameters<typeof checkComponent>[0], ctx: CheckContext, comps: CheckContext['model']['components']): ReturnType<typeof checkComponent> {
  const count = new Map<string, number>();
  for (const c of comps) count.set(c.className, (count.get(c.className) ?? 0) + 1);
  const reused = [...count].find(([, n]) => n > 1);
  if (reused) return pass(`component ${reused[0]} is instantiated ${reused[1]} times`);
  const nested = comps.find((c) => c.parent !== undefined || c.component !== undefined);
  if (nested) return pass(`component ${nested.className} is a part of another component`, undefined, nested.at);
  if (!ctx.complete || comps.some((c) => c.conditional)) return unknown('whether the components are reused is not known statically');
  const only = comps[0]!;
  return fail(req, `its only component, ${only.className}, is created once and wraps the whole stack: nothing is reused (create a component for the repeated part, such as each function or environment, and instantiate it for each)`, undefined, only.at, { variant: 'reusable' });
}
