import type { Resource, ResourceModel } from '../../model/types.js';
import { type Cidr, commonPrefix, contains, network, overlaps, parseCidr } from '../_shared/cidr.js';
import { quotedName, refersTo } from '../_shared/resource-refs.js';
import { SUBNET } from '../_shared/subnet-routing.js';
import { vpcOf } from '../_shared/vpc-routes.js';
import { arg, isAbsent, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

const CIDR_ASSOCIATION = 'aws:ec2/vpcIpv4CidrBlockAssociation:VpcIpv4CidrBlockAssociation';

/** A VPC's IPv4 blocks when all of them are known: its `cidrBlock` and the secondary blocks the program associates. */
function vpcBlocks(model: ResourceModel, vpc: Resource): { blocks: Cidr[]; known: boolean; secondary: boolean } {
  const blocks: Cidr[] = [];
  let known = !vpc.args.open;
  const primary = parseCidr(str(arg(vpc, 'cidrBlock')) ?? '');
  if (primary) blocks.push(primary);
  else known = false;
  let secondary = false;
  for (const a of model.resources) {
    if (a.type !== CIDR_ASSOCIATION) continue;
    const rel = a.args.open ? 'unknown' : refersTo(model, arg(a, 'vpcId'), vpc);
    if (rel === 'no') continue;
    secondary = true;
    const block = rel === 'yes' ? parseCidr(str(arg(a, 'cidrBlock')) ?? '') : undefined;
    if (block) blocks.push(block);
    else known = false;
  }
  return { blocks, known, secondary };
}

interface Placed {
  subnet: Resource;
  cidr: Cidr;
}

export default defineRule({
  id: 'aws/subnet-cidr-conflict',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'critical',
  category: 'aws',
  resourceTypes: [SUBNET],
  messages: {
    outside: 'Subnet CIDR {{cidr}} is not inside the CIDR block{{s}} of its VPC {{vpc}} ({{vpcCidr}}): EC2 rejects the subnet ("InvalidSubnet.Range") and the deployment stops. Carve the subnet out of the VPC range (e.g. with `cidrsubnet`-style arithmetic on the VPC block).',
    overlap: 'Subnet CIDR {{cidr}} overlaps subnet {{other}} ({{otherCidr}}) in the same VPC: EC2 rejects the second subnet ("InvalidSubnet.Conflict") and the deployment stops. Give every subnet of a VPC its own, non-overlapping range.',
    span: 'Subnet CIDR {{cidr}} and subnet {{other}} ({{otherCidr}}) are in the same VPC but only fit together in a /{{prefix}}, while a VPC CIDR block is at most a /16: at least one of them is outside the VPC range and EC2 rejects it ("InvalidSubnet.Range"). Derive every subnet from the VPC\'s own block.',
  },
  title: {
    outside: 'Subnet CIDR {{cidr}} outside VPC {{vpc}} ({{vpcCidr}})',
    overlap: 'Subnet CIDR {{cidr}} overlaps subnet {{other}} ({{otherCidr}})',
    span: 'Subnet CIDRs {{cidr}} and {{otherCidr}} cannot share one VPC block',
  },
  fixHint: 'Derive subnet ranges from the VPC block without overlaps: 10.0.0.0/16 → 10.0.0.0/24, 10.0.1.0/24, … (one per subnet and AZ).',
  docs: {
    summary: 'Subnets whose CIDR block lies outside their VPC\'s block(s), overlaps another subnet of the same VPC, or cannot share one VPC block with its sibling subnets.',
    why: 'EC2 only creates a subnet whose range is inside one of the VPC\'s IPv4 blocks and does not overlap another subnet of the VPC; otherwise CreateSubnet fails with InvalidSubnet.Range or InvalidSubnet.Conflict. Model-written VPCs get this wrong with offsets that collide between the public and private tiers (`10.0.${i}.0/24` and `10.0.${i + 1}.0/24`), with ranges built from the index in the wrong octet (`10.${i}.1.0/24`), or with a VPC block changed without its subnets. Because a VPC block is at most a /16, subnets of one VPC that do not fit in a common /16 cannot all be valid even when the VPC block comes from configuration.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst azs = ['us-east-1a', 'us-east-1b'];\nconst pub = azs.map((az, i) => new aws.ec2.Subnet(\`public-\${i}\`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: \`10.0.\${i}.0/24\` }));\nconst priv = azs.map((az, i) => new aws.ec2.Subnet(\`private-\${i}\`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: \`10.0.\${i + 1}.0/24\` }));\nexport const subnetIds = [...pub, ...priv].map((s) => s.id);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("app", vpc_id=vpc.id, cidr_block="10.1.0.0/24")\npulumi.export("subnet_id", subnet.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst azs = ['us-east-1a', 'us-east-1b'];\nconst pub = azs.map((az, i) => new aws.ec2.Subnet(\`public-\${i}\`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: \`10.0.\${i}.0/24\` }));\nconst priv = azs.map((az, i) => new aws.ec2.Subnet(\`private-\${i}\`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: \`10.0.\${i + 10}.0/24\` }));\nexport const subnetIds = [...pub, ...priv].map((s) => s.id);\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("app", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\npulumi.export("subnet_id", subnet.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html'],
    notes: 'Only subnets of a VPC the program creates, with CIDR blocks known in full, are compared; subnets created in a branch that may not run are left out. Secondary blocks added with `aws.ec2.VpcIpv4CidrBlockAssociation` count as part of the VPC; when one of them is not known the containment check is skipped. IPv6 blocks are not checked. Malformed blocks and blocks with host bits set are aws/cidr-block-invalid\'s findings.',
  },
  check(ctx) {
    const byVpc = new Map<Resource, Placed[]>();
    for (const subnet of ctx.resources()) {
      if (subnet.conditional || subnet.args.open) continue;
      const text = str(arg(subnet, 'cidrBlock'));
      const cidr = text ? parseCidr(text) : undefined;
      const vpc = vpcOf(ctx.model, subnet);
      if (!cidr || !vpc || vpc.conditional || !isAbsent(arg(vpc, 'ipv4IpamPoolId'))) continue;
      if (network(cidr) !== cidr.addr) continue;
      byVpc.set(vpc, [...(byVpc.get(vpc) ?? []), { subnet, cidr }]);
    }
    for (const [vpc, placed] of byVpc) {
      const { blocks, known, secondary } = vpcBlocks(ctx.model, vpc);
      const outside = new Set<Resource>();
      if (known && blocks.length > 0) {
        for (const p of placed) {
          if (blocks.some((b) => contains(b, p.cidr))) continue;
          outside.add(p.subnet);
          const vpcCidr = blocks.map((b) => b.text).join(', ');
          ctx.report({ messageId: 'outside', data: { cidr: p.cidr.text, vpc: quotedName(vpc), vpcCidr, s: blocks.length > 1 ? 's' : '' }, at: arg(p.subnet, 'cidrBlock')?.at, resource: p.subnet });
        }
      } else if (!known && !secondary && placed.length > 1) {
        const first = placed[0]!;
        const stray = placed.find((p) => commonPrefix([first.cidr, p.cidr]) < 16);
        if (stray) {
          const prefix = commonPrefix([first.cidr, stray.cidr]);
          outside.add(stray.subnet);
          ctx.report({ messageId: 'span', data: { cidr: stray.cidr.text, other: quotedName(first.subnet), otherCidr: first.cidr.text, prefix }, at: arg(stray.subnet, 'cidrBlock')?.at, resource: stray.subnet });
        }
      }
      placed.forEach((p, i) => {
        if (outside.has(p.subnet)) return;
        const earlier = placed.slice(0, i).find((q) => !outside.has(q.subnet) && overlaps(q.cidr, p.cidr));
        if (!earlier) return;
        ctx.report({ messageId: 'overlap', data: { cidr: p.cidr.text, other: quotedName(earlier.subnet), otherCidr: earlier.cidr.text }, at: arg(p.subnet, 'cidrBlock')?.at, resource: p.subnet });
      });
    }
  },
});
