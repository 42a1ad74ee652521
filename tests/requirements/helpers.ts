import { expect } from 'vitest';
import { checkRequirements } from '../../src/requirements/check.js';
import { KINDS, type ParamsOf, type RequirementKind } from '../../src/requirements/kinds.js';
import type { Requirement, RequirementResult, Status } from '../../src/requirements/types.js';
import { modelOf } from '../helpers/program.js';

/** A requirement as a hand-written spec would state it. */
export function req<K extends RequirementKind>(kind: K, params: ParamsOf<K>, sentence = `the ${kind} requirement`): Requirement {
  return { kind, params, class: KINDS[kind].class, sentence, line: 7, confidence: 1 } as Requirement;
}

const TS_HEAD = `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst config = new pulumi.Config();\n`;
const PY_HEAD = `import json\nimport pulumi\nimport pulumi_aws as aws\nconfig = pulumi.Config()\n`;

export type Lang = 'ts' | 'py';

/**
 * Check the first requirement (the others are its siblings) against a one-file program; an empty
 * string stands for an answer without any program file.
 */
export async function verdict(reqs: Requirement | Requirement[], lang: Lang, code: string): Promise<RequirementResult> {
  const list = Array.isArray(reqs) ? reqs : [reqs];
  const files = code === '' ? {} : lang === 'ts' ? { 'index.ts': TS_HEAD + code } : { '__main__.py': PY_HEAD + code };
  const model = await modelOf(files, code === '' ? undefined : lang === 'ts' ? 'index.ts' : '__main__.py');
  return checkRequirements(list, model)[0]!;
}

/** One fixture: a requirement and, per language, a program that passes, one that fails, one that cannot be judged. */
export interface Fixture {
  name: string;
  /** The requirement(s), or per language when what passes depends on it (the platform). */
  req: Requirement | Requirement[] | Record<Lang, Requirement>;
  ts: Record<Status, string>;
  py: Record<Status, string>;
}

export async function expectVerdicts(f: Fixture, lang: Lang): Promise<void> {
  const reqs = Array.isArray(f.req) || 'kind' in f.req ? f.req : f.req[lang];
  for (const status of ['pass', 'fail', 'unknown'] as const) {
    const r = await verdict(reqs, lang, f[lang][status]);
    expect(r.status, `${f.name} ${lang} ${status}: ${r.evidence.detail}`).toBe(status);
    if (status === 'fail') {
      const first = Array.isArray(reqs) ? reqs[0]! : reqs;
      expect(r.message).toMatch(new RegExp(`^The request says '${first.sentence.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' \\(line 7\\) but `));
    }
  }
}
