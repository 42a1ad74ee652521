import { formatCidr, hasHostBits, network, parseCidr } from '../_shared/cidr.js';
import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { arg, items, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const VPC = 'aws:ec2/vpc:Vpc';
const SUBNET = 'aws:ec2/subnet:Subnet';
const CIDR_ASSOCIATION = 'aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation';
const ROUTE = 'aws:ec2/route:Route';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
const NACL_RULE = 'aws:ec2/networkAclRule:NetworkAclRule';
const NACL = 'aws:ec2/networkAcl:NetworkAcl';

/** The IPv4 blocks a resource writes: its own block, route destinations, network ACL rule blocks. */
function blocksOf(r: Resource): { what: string; v: Value | undefined; sized: boolean }[] {
  const nested = (list: string, key: string, what: string) => (items(arg(r, list))?.items ?? []).map((x) => ({ what, v: x.kind === 'obj' ? x.props.get(key) : undefined, sized: false }));
  switch (r.type) {
    case ROUTE:
      return [{ what: 'Route destination', v: arg(r, 'destinationCidrBlock'), sized: false }];
    case ROUTE_TABLE:
      return nested('routes', 'cidrBlock', 'Route destination');
    case NACL_RULE:
      return [{ what: 'Network ACL rule', v: arg(r, 'cidrBlock'), sized: false }];
    case NACL:
      return [...nested('ingress', 'cidrBlock', 'Network ACL rule'), ...nested('egress', 'cidrBlock', 'Network ACL rule')];
    default:
      return [{ what: WHAT[r.type]!, v: arg(r, 'cidrBlock'), sized: true }];
  }
}

const WHAT: Record<string, string> = { [VPC]: 'VPC', [SUBNET]: 'Subnet', [CIDR_ASSOCIATION]: 'Secondary VPC block' };
const IPV4_ISH = /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/;

export default defineRule({
  id: 'aws/cidr-block-invalid',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [VPC, SUBNET, CIDR_ASSOCIATION, ROUTE, ROUTE_TABLE, NACL_RULE, NACL],
  messages: {
    malformed: '{{what}} CIDR block `{{cidr}}` is not a valid IPv4 CIDR (four octets of 0–255 and a /0–/32 prefix): the provider rejects it and nothing deploys. Write the block as a.b.c.d/n.',
    hostBits: '{{what}} CIDR block `{{cidr}}` has host bits set (its network address is {{network}}): the AWS provider rejects it as "not a valid IPv4 CIDR network address" before anything deploys. Use `{{network}}`, or fix the arithmetic that built it.',
    size: '{{what}} CIDR block `{{cidr}}` is a /{{prefix}}, but VPC and subnet blocks must be between /16 and /28: EC2 rejects it ("InvalidVpc.Range" / "InvalidSubnet.Range"). Use a /16 to /28 block.',
  },
  title: {
    malformed: 'Invalid {{what}} CIDR block {{cidr:code}}',
    hostBits: '{{what}} CIDR block {{cidr:code}} has host bits set (network {{network}})',
    size: '{{what}} CIDR block {{cidr:code}} outside /16–/28',
  },
  fixHint: 'VPC: 10.0.0.0/16; subnets: 10.0.0.0/24, 10.0.1.0/24, … (network addresses, /16 to /28).',
  docs: {
    summary: 'VPC, subnet and secondary VPC CIDR blocks that are malformed, have host bits set, or are larger than /16 or smaller than /28; route destinations and network ACL rule blocks that are malformed or have host bits set.',
    why: 'The provider validates VPC and subnet blocks as network addresses: `10.0.1.0/16` or `10.0.0.16/20` fails the preview ("not a valid IPv4 CIDR network address"), and EC2 only accepts /16 to /28 blocks. Such blocks come from string arithmetic on the VPC CIDR (splitting on dots and appending the index in the wrong octet) or from a prefix that was edited without the address.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nexport const subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`app-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.0.\${i * 16}/20\` }).id);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/8")\npulumi.export("vpc_id", vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nexport const subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`app-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i * 16}.0/20\` }).id);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\npulumi.export("vpc_id", vpc.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/subnet/'],
    notes: 'Route destinations (`aws.ec2.Route`, inline `routes` of a route table) and network ACL rule blocks (`NetworkAclRule`, inline `ingress`/`egress`) are checked for their form and host bits (the provider validates them as network addresses), not for their size (any /0–/32 is allowed there). Only blocks known in full are checked; a block read from configuration or built from unknown parts is not. IPv6 blocks are not checked. Overlaps between subnets and subnets outside their VPC are aws/subnet-cidr-conflict\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const { what, v, sized } of blocksOf(r)) {
        const text = str(v)?.trim();
        if (!text || !IPV4_ISH.test(text)) continue;
        const cidr = text.includes('/') ? parseCidr(text) : undefined;
        if (!cidr) {
          ctx.report({ messageId: 'malformed', data: { what, cidr: text }, at: v?.at, resource: r });
          continue;
        }
        if (hasHostBits(cidr)) {
          ctx.report({ messageId: 'hostBits', data: { what, cidr: text, network: formatCidr(network(cidr), cidr.prefix) }, at: v?.at, resource: r });
          continue;
        }
        if (sized && (cidr.prefix < 16 || cidr.prefix > 28)) ctx.report({ messageId: 'size', data: { what, cidr: text, prefix: cidr.prefix }, at: v?.at, resource: r });
      }
    }
  },
});
