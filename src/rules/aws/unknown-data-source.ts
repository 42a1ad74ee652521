import type { Lang } from '../../core/ir.js';
import { otherSchema, pathIn, quoteAll, suggestFunctions, targetText } from '../_shared/aws-schema-names.js';
import { defineRule } from '../define-rule.js';

const FAILS: Record<Lang, string> = {
  ts: 'TypeScript rejects it (the property does not exist) and the call throws at run time',
  py: 'Python raises AttributeError when the program runs',
};

export default defineRule({
  id: 'aws/unknown-data-source',
  class: 'PULUMI-INVALID-ARG',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [],
  messages: {
    unknown: '`{{written}}` is not a data source of the AWS provider {{target}}: {{fails}}, so nothing deploys.{{suggestion}}',
  },
  fixHint: 'Use the data source the provider has (`aws.getRegion()`, `aws.getCallerIdentity()`, `aws.ec2.getAmi(...)`); the registry lists each module\'s functions.',
  docs: {
    summary: 'A call of an `aws.*.get...` function that the AWS provider does not have (a typo, a function of another module, an invented lookup).',
    why: 'Data sources are functions of the SDK module they belong to. A misspelled, removed or invented one (`aws.get_resgion()`, `aws.getRandomPassword` outside `secretsmanager`, `aws.ec2.getSubnetIds`, gone since provider 5) does not exist: TypeScript does not compile and Python stops with AttributeError before any resource is registered.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nexport const subnetIds = aws.ec2.getSubnetIds({ vpcId: 'vpc-0123456789abcdef0' }).then((r) => r.ids);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("region", aws.get_resgion().name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nexport const subnetIds = aws.ec2.getSubnets({ filters: [{ name: 'vpc-id', values: ['vpc-0123456789abcdef0'] }] }).then((r) => r.ids);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\npulumi.export("region", aws.get_region().name)\n`,
    },
    references: ['https://www.pulumi.com/registry/packages/aws/api-docs/'],
    notes: 'Functions that exist only in the other major version are not reported here (they are version questions). Files cut off or with syntax errors are not judged.',
  },
  check(ctx) {
    const { schema } = ctx.model.aws;
    const other = otherSchema(ctx.model);
    for (const call of ctx.model.invokes) {
      if (call.pkg !== 'aws' || call.known !== false) continue;
      const path = pathIn(call.module, call.name, call.lang);
      if (other.function(path)) continue;
      const written = call.output ? `${call.name}${call.lang === 'py' ? '_output' : 'Output'}` : call.name;
      const file = ctx.fileOf(call.at);
      if (!file || file.snippetKind === 'elided' || ctx.model.diagnostics.some((d) => d.file === call.at.f && /syntax-error|unterminated-fence/.test(d.code))) continue;
      const near = suggestFunctions(schema, call.module, written, call.lang);
      const suggestion = near.length > 0 ? ` Did you mean ${quoteAll(near)}?` : ' Remove the call, or use a data source the module has.';
      ctx.report({ messageId: 'unknown', data: { written: pathIn(call.module, written, call.lang), target: targetText(ctx.model), fails: FAILS[call.lang], suggestion }, at: call.at });
    }
  },
});
