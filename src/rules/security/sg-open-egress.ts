import { isAnywhere, securityGroupRules, within } from '../_shared/security-group-rules.js';
import { defineRule } from '../define-rule.js';

export default defineRule({
  id: 'security/sg-open-egress',
  class: 'SG-OPEN-INGRESS',
  severity: 'low',
  category: 'security',
  resourceTypes: [],
  messages: {
    allEgress: 'Security group egress allows all protocols and ports to {{cidr}}. This is the rule AWS gives every new security group, so it is common and not an inbound exposure, but it lets a compromised instance, task or function reach (and send data to) any host on the internet (Checkov CKV_AWS_382). Where the workload only talks to known services, allow just those ports and destinations.',
  },
  title: 'Unrestricted egress to {{cidr}} on {{counted}}',
  fixHint: 'Allow only the egress the workload needs, e.g. tcp 443 to `0.0.0.0/0` (or to the VPC endpoints\' security group) and the database port to the database security group, instead of protocol `-1` to `0.0.0.0/0`.',
  docs: {
    summary: 'Security group egress of all protocols and ports (protocol `-1`) to `0.0.0.0/0` or `::/0`.',
    why: 'Unrestricted egress is what AWS puts in every new security group, and most generated programs write it out explicitly. It is not an inbound exposure, but it leaves no network control over where a compromised workload can connect: command-and-control channels and data exfiltration go out unhindered. Checkov (CKV_AWS_382) and the controls of regulated workloads ask for egress limited to the protocols, ports and destinations the workload needs. The finding is low severity because it is the AWS default and often acceptable. The rule reads inline `egress` blocks of `aws.ec2.SecurityGroup`, `aws.ec2.SecurityGroupRule` with type egress and `aws.vpc.SecurityGroupEgressRule`.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.SecurityGroup('app', {\n  egress: [{ protocol: '-1', fromPort: 0, toPort: 0, cidrBlocks: ['0.0.0.0/0'] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("app")\naws.vpc.SecurityGroupEgressRule("all-out", security_group_id=sg.id, ip_protocol="-1", cidr_ipv4="0.0.0.0/0")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.ec2.SecurityGroup('app', {\n  egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("app")\naws.vpc.SecurityGroupEgressRule("https-out", security_group_id=sg.id, ip_protocol="tcp", from_port=443, to_port=443, cidr_ipv4="0.0.0.0/0")\n`,
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html (a new security group allows all outbound traffic)',
      'https://www.checkov.io/5.Policy%20Index/terraform.html (CKV_AWS_382: "Ensure no security groups allow egress from 0.0.0.0:0 to port -1")',
    ],
    notes: 'Only protocol `-1` / `all` (every protocol and port) to `0.0.0.0/0` or `::/0` is reported; egress limited to a protocol or port range (tcp 443 to the internet) or to a private CIDR or security group is not. One finding per rule (an inline block listing both `0.0.0.0/0` and `::/0` counts once). Protocols and CIDRs from configuration are not judged. Ingress is security/sg-open-ingress\'s finding.',
  },
  check(ctx) {
    for (const rule of securityGroupRules(ctx.model)) {
      if (rule.direction !== 'egress' || rule.protocol !== 'all') continue;
      const open = rule.cidrs.find((c) => isAnywhere(c.text));
      if (open) ctx.report({ messageId: 'allEgress', data: { cidr: open.text }, at: within(open.at, rule.at), resource: rule.resource });
    }
  },
});
