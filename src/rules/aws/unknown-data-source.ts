import type { Lang } from '../../core/ir.js';
import type { At } from '../../ir/values.js';
import { normalizeModule, packageOfImport } from '../../model/packages.js';
import type { InvokeCall, ResourceModel } from '../../model/types.js';
import { otherSchema, pathIn, quoteAll, suggestFunctions, targetText } from '../_shared/aws-schema-names.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

const FAILS: Record<Lang, string> = {
  ts: 'TypeScript rejects it (the property does not exist) and the call throws at run time',
  py: 'Python raises AttributeError when the program runs',
};

/** Python handlers that take an AttributeError (`*`: a bare `except:`). */
const CATCHES_ATTRIBUTE_ERROR = new Set(['*', 'Exception', 'BaseException', 'AttributeError']);

export default defineRule({
  id: 'aws/unknown-data-source',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unknown: '`{{written}}` is not a data source of the AWS provider {{target}}: {{fails}}, so nothing deploys.{{suggestion}}',
    caught: '`{{written}}` is not a data source of the AWS provider {{target}}: the call raises AttributeError, which the `except` around it catches, so the lookup never succeeds and the handler runs on every deployment.{{suggestion}}',
  },
  title: {
    unknown: 'Nonexistent data source {{written:code}}',
    caught: 'Nonexistent data source {{written:code}} (its AttributeError is caught)',
  },
  fixHint: 'Use the data source the provider has (`aws.getRegion()`, `aws.getCallerIdentity()`, `aws.ec2.getAmi(...)`); the registry lists each module\'s functions.',
  docs: {
    summary: 'A call of an `aws.*.get...` function that the AWS provider does not have (a typo, a function of another module, an invented lookup).',
    why: 'Data sources are functions of the SDK module they belong to. A misspelled, removed or invented one (`aws.get_resgion()`, `aws.getRandomPassword` outside `secretsmanager`, `aws.ec2.getSubnetIds`, gone since provider 5) does not exist: TypeScript does not compile, and Python stops with AttributeError at the call and the deployment fails. Inside a Python `try` whose `except` takes the error, the program goes on, but the code that needed the lookup never runs.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nexport const subnetIds = aws.ec2.getSubnetIds({ vpcId: 'vpc-0123456789abcdef0' }).then((r) => r.ids);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("region", aws.get_resgion().name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const subnetIds = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: ['vpc-0123456789abcdef0'] }] }).then((r) => r.ids);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("region", aws.get_region().name)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/'],
    notes: 'Functions that exist only in the other major version are not reported here (they are version questions). A function or an unknown module taken by an import (`from pulumi_aws.ec2 import get_subnet_ids`, `from pulumi_aws import logs`) is reported at the import by code/unknown-sdk-import. Files cut off or with syntax errors are not judged.',
  },
  check(ctx) {
    // One finding per call site; it is caught only when every evaluation of it is.
    const sites = new Map<string, InvokeCall[]>();
    for (const call of ctx.model.invokes) {
      if (call.pkg !== 'aws' || call.known !== false) continue;
      const key = spanKey(call.at);
      sites.set(key, [...(sites.get(key) ?? []), call]);
    }
    // Most programs call only data sources the schema knows: the imports are read only when one is not.
    if (sites.size === 0) return;
    const { schema } = ctx.model.aws;
    const other = otherSchema(ctx.model);
    const imported = importedPaths(ctx.model);
    for (const calls of sites.values()) {
      const call = calls[0]!;
      const path = pathIn(call.module, call.name, call.lang);
      if (other.function(path)) continue;
      const written = call.output ? `${call.name}${call.lang === 'py' ? '_output' : 'Output'}` : call.name;
      // A function or unknown module taken by an import is reported there, by code/unknown-sdk-import.
      const names = imported.get(call.at.f);
      const unknownModule = !schema.modules().includes(call.module) && !other.modules().includes(call.module);
      if (names?.has(`${call.module}.${written}`) || (unknownModule && names?.has(call.module))) continue;
      const file = ctx.fileOf(call.at);
      if (!file || file.snippetKind === 'elided' || ctx.model.diagnostics.some((d) => d.file === call.at.f && /syntax-error|unterminated-fence/.test(d.code))) continue;
      const near = suggestFunctions(schema, call.module, written, call.lang);
      const suggestion = near.length > 0 ? ` Did you mean ${quoteAll(near)}?` : ' Remove the call, or use a data source the module has.';
      const caught = call.lang === 'py' && calls.every((c) => c.catching?.some((t) => CATCHES_ATTRIBUTE_ERROR.has(t)));
      const data = { written: pathIn(call.module, written, call.lang), target: targetText(ctx.model), fails: FAILS[call.lang], suggestion };
      ctx.report({ messageId: caught ? 'caught' : 'unknown', data, at: call.at, ...(caught ? { severity: 'medium' as const } : {}) });
    }
  },
});

/**
 * Per file, the AWS modules its imports name (`s3`, `lambda`) and the members they take from one
 * (`ec2.get_subnet_ids`, `.getRegion` from the root).
 */
function importedPaths(model: ResourceModel): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (at: At, path: string) => {
    const set = out.get(at.f) ?? new Set<string>();
    set.add(path);
    out.set(at.f, set);
  };
  const spans = new Set<string>();
  for (const imp of model.imports) {
    spans.add(spanKey(imp.at));
    for (const lang of ['ts', 'py'] as const) {
      const ref = packageOfImport(imp.module, lang);
      if (ref && ref !== 'pulumi' && ref.pkg === 'aws' && ref.path.length > 0) add(imp.at, ref.path.join('.'));
    }
  }
  for (const read of model.sdkReads) {
    if (read.pkg !== 'aws' || !spans.has(spanKey(read.at))) continue;
    const module = read.path.map(normalizeModule).join('.');
    add(read.at, `${module}.${read.name}`);
    if (module === '') add(read.at, normalizeModule(read.name));
  }
  return out;
}
