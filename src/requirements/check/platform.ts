// Platform and language, and the ComponentResource structure.

import type { Lang } from '../../core/ir.js';
import { fail, pass, unknown, type Check } from './context.js';

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
  if (comp) return pass(`component ${comp.className}`, undefined, comp.at);
  const names = [...new Set(comps.map((c) => c.className))].join(', ');
  return fail(req, `its components are ${names}, none named ${want}`, undefined, comps[0]!.at);
};
