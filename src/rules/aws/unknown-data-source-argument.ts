import type { InvokeCall } from '../../model/types.js';
import type { FunctionSchema } from '../../schema/index.js';
import { otherSchema, pathIn, suggestProperty, targetText } from '../_shared/aws-schema-names.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

/** Python data sources take `opts=pulumi.InvokeOptions(...)` besides their arguments. */
const PY_EXTRA = new Set(['opts']);

export default defineRule({
  id: 'aws/unknown-data-source-argument',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [],
  messages: {
    typescript: '`{{written}}` is not an argument of `{{fn}}` in the AWS provider {{target}}: TypeScript rejects the call (an excess property of its args), so nothing is deployed.{{suggestion}}',
    python: '`{{written}}=` is not an argument of `{{fn}}` in the AWS provider {{target}}: Python raises TypeError ("unexpected keyword argument") when this call runs, and the deployment stops.{{suggestion}}',
  },
  title: {
    typescript: 'Invalid argument {{written:code}} of data source {{fn:code}}',
    python: 'Invalid argument {{written:code}} of data source {{fn:code}}',
  },
  fixHint: 'Pass the arguments the data source declares, spelled for the language (`owners`, `most_recent`, `state`); the registry page of each function lists them.',
  docs: {
    summary: 'A data source (`aws.ec2.getAmi`, `aws.get_availability_zones`, ...) called with an argument it does not have, or with one spelled for the other language.',
    why: 'Data source arguments are typed parameters, not free-form filters. Answers write `owner` for `owners`, `status` for `state`, `vpc_id=` for a function that filters with `filters`, or camelCase keywords in Python. TypeScript does not compile such a call; Python raises TypeError at `pulumi up`; in both cases nothing is deployed.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst ami = aws.ec2.getAmiOutput({ mostRecent: true, owner: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*-x86_64'] }] });\nexport const amiId = ami.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nzones = aws.get_availability_zones(status="available")\npulumi.export("zones", zones.names)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst ami = aws.ec2.getAmiOutput({ mostRecent: true, owners: ['amazon'], filters: [{ name: 'name', values: ['al2023-ami-*-x86_64'] }] });\nexport const amiId = ami.id;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nzones = aws.get_availability_zones(state="available")\npulumi.export("zones", zones.names)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/', 'https://www.pulumi.com/docs/iac/concepts/resources/functions/'],
    notes: 'Only top-level arguments written in the call are judged (an argument object built from an unknown value or spread is not), against the schema of the provider version the answer targets; an argument that only the other major version has is left to the version rules. Functions the provider does not have are reported by aws/unknown-data-source.',
  },
  check(ctx) {
    const { schema } = ctx.model.aws;
    const other = otherSchema(ctx.model);
    const seen = new Set<string>();
    for (const call of ctx.model.invokes) {
      if (call.pkg !== 'aws' || call.known !== true || call.args.open) continue;
      const path = pathIn(call.module, call.name, 'ts');
      const fn = schema.function(path);
      if (!fn || fn.positional) continue;
      const file = ctx.fileOf(call.at);
      if (!file || file.snippetKind === 'elided') continue;
      for (const [key, meta] of call.args.keys ?? []) {
        const problem = problemOf(call, fn, other.function(path), key, meta.written);
        if (!problem) continue;
        const id = `${spanKey(meta.at)}\u0000${key}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const fnName = pathIn(call.module, call.output ? `${call.name}${call.lang === 'py' ? '_output' : 'Output'}` : call.name, call.lang);
        ctx.report({ messageId: call.lang === 'py' ? 'python' : 'typescript', data: { written: meta.written, fn: fnName, target: targetText(ctx.model), suggestion: problem.suggestion }, at: meta.at });
      }
    }
  },
});

function problemOf(call: InvokeCall, fn: FunctionSchema, otherFn: FunctionSchema | undefined, key: string, written: string): { suggestion: string } | undefined {
  if (call.lang === 'py' && PY_EXTRA.has(written)) return undefined;
  const prop = fn.inputs?.property(key);
  if (prop) {
    // Python keywords must be snake_case; TypeScript keys camelCase.
    const expected = call.lang === 'py' ? prop.pythonName : prop.name;
    return written === expected ? undefined : { suggestion: ` Write \`${expected}\`.` };
  }
  if (otherFn?.inputs?.property(key)) return undefined;
  const names = (fn.inputs?.properties ?? []).map((p) => (call.lang === 'py' ? p.pythonName : p.name));
  const near = suggestProperty(written, names, fn.name);
  return { suggestion: near ? ` Did you mean \`${near}\`?` : names.length ? '' : ' It takes no arguments.' };
}
