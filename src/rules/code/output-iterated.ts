import type { Lang } from '../../core/ir.js';
import { certainOutput } from '../_shared/output-receiver.js';
import { spanKey } from '../_shared/spans.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'code/output-iterated',
  class: 'CODE-TYPE-COMPILE',
  severity: 'high',
  category: 'code',
  resourceTypes: [],
  messages: {
    ts: 'The loop iterates the Output `{{source}}`: an Output is not iterable, so TypeScript does not compile the loop (TS2488), and nothing is deployed. Loop over a value known before deployment (a config list, a count), or build the resources inside `.apply(items => ...)` only if they truly depend on it.',
    py: 'The loop iterates the Output `{{source}}`: Python raises TypeError (\'Output\' object is not iterable) before anything is deployed. Loop over a value known before deployment (a config list, a count, the plain `get_*()` lookup instead of `get_*_output()`), or work on the list inside `.apply(...)`.',
  },
  title: 'Loop over the Output {{source:code}}',
  fixHint: 'Iterate plain values: `range(n)` / `for (let i = 0; i < n; i++)`, a config list, or the awaited lookup (`(await aws.getAvailabilityZones()).names`, Python `aws.get_availability_zones().names`); use `subnetIds.apply(ids => ...)` for values that only exist after deployment.',
  docs: {
    summary: 'A TypeScript `for…of` or Python `for` loop over an Output (`for az in azs.names` with `get_availability_zones_output()`, `for (const id of vpc.privateSubnetIds)` of a provider resource).',
    why: 'An Output holds its list only once the deployment has computed it; the Output object itself has no elements. TypeScript rejects `for…of` over it (Type \'Output<string[]>\' must have a \'[Symbol.iterator]()\' method), and Python raises `TypeError: \'Output\' object is not iterable`, so the program stops before creating anything.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst azs = aws.getAvailabilityZonesOutput({ state: 'available' });\nfor (const az of azs.names) {\n  new aws.ec2.Subnet(\`app-\${az}\`, { vpcId: 'vpc-0abc', cidrBlock: '10.0.0.0/24', availabilityZone: az });\n}\n`,
      py: `import pulumi_aws as aws\nazs = aws.get_availability_zones_output(state="available")\nfor az in azs.names:\n    aws.ec2.Subnet(f"app-{az}", vpc_id="vpc-0abc", cidr_block="10.0.0.0/24", availability_zone=az)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nasync function main() {\n  const azs = await aws.getAvailabilityZones({ state: 'available' });\n  for (const az of azs.names) {\n    new aws.ec2.Subnet(\`app-\${az}\`, { vpcId: 'vpc-0abc', cidrBlock: '10.0.0.0/24', availabilityZone: az });\n  }\n}\nmain();\n`,
      py: `import pulumi_aws as aws\nazs = aws.get_availability_zones(state="available")\nfor az in azs.names:\n    aws.ec2.Subnet(f"app-{az}", vpc_id="vpc-0abc", cidr_block="10.0.0.0/24", availability_zone=az)\n`,
    },
    references: ['https://www.pulumi.com/docs/iac/concepts/inputs-outputs/apply/'],
    notes: 'Reported when the iterated value is known to be an Output (an attribute of a provider resource, an `*Output` lookup, an `apply` result, a secret). Promises of plain lookups, attributes of component packages such as awsx (whose arrays of resources are plain) and TypeScript `for…in` (which compiles) are not reported; comprehensions over Outputs are not judged yet.',
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const e of ctx.model.events) {
      if (e.kind !== 'output-iterated' || !certainOutput(ctx.model, e)) continue;
      const key = spanKey(e.at);
      if (seen.has(key)) continue;
      seen.add(key);
      const lang: Lang = ctx.fileOf(e.at)?.language === 'python' ? 'py' : 'ts';
      ctx.report({ messageId: lang, data: { source: e.source ?? 'output' }, at: e.at });
    }
  },
});
