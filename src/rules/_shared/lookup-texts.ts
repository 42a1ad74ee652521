// The literal text written in the arguments of data-source lookups (`aws.route53.getZone({ name })`,
// `aws.ec2.get_vpc(id=...)`), once per call site: a lookup inside a function called twice is one
// place in the program.

import type { InvokeCall, ResourceModel } from '../../model/types.js';
import { pathIn } from './aws-schema-names.js';
import { literalTexts, type LiteralText } from './literal-text.js';
import { derivedOnce } from './derived.js';
import { spanKey } from './spans.js';

export interface LookupText extends LiteralText {
  call: InvokeCall;
  /** The function as the program writes it: `aws.route53.getZone`, `aws.ec2.get_vpc_output`. */
  fn: string;
}

/** The literal texts of the program's AWS lookups, each once per call site (shared: do not change it). */
export const lookupTexts: (model: ResourceModel) => readonly LookupText[] = derivedOnce(lookupTextsOnce);

function lookupTextsOnce(model: ResourceModel): LookupText[] {
  const out: LookupText[] = [];
  const seen = new Set<string>();
  for (const call of model.invokes) {
    if (call.pkg !== 'aws') continue;
    const written = call.output ? `${call.name}${call.lang === 'py' ? '_output' : 'Output'}` : call.name;
    const fn = pathIn(call.module, written, call.lang);
    for (const t of literalTexts(call.args)) {
      const at = t.at ?? call.at;
      const key = `${spanKey(at)}\u0000${t.path}\u0000${t.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...t, at, call, fn });
    }
  }
  return out;
}
