import type { At } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg } from '../_shared/values.js';
import { VPC } from '../_shared/vpc-routes.js';
import { defineRule } from '../define-rule.js';

/** Gateways a VPC has at most one of, and the separate attachment resource of each. */
const KINDS = [
  { gateway: 'aws:ec2/internetGateway:InternetGateway', attachment: 'aws:ec2/internetGatewayAttachment:InternetGatewayAttachment', idArg: 'internetGatewayId', what: 'internet gateway' },
  { gateway: 'aws:ec2/vpnGateway:VpnGateway', attachment: 'aws:ec2/vpnGatewayAttachment:VpnGatewayAttachment', idArg: 'vpnGatewayId', what: 'virtual private gateway' },
];

interface Link {
  gateway: Resource;
  vpc: Resource;
  by: Resource;
  at: At | undefined;
}

export default defineRule({
  id: 'aws/gateway-attachment-conflict',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'high',
  category: 'aws',
  resourceTypes: KINDS.flatMap((k) => [k.gateway, k.attachment]),
  messages: {
    twice: 'The {{what}} {{gateway}} is attached twice (by {{first}} and by {{second}}): a gateway attaches to one VPC once, so the second attachment fails (Resource.AlreadyAssociated). Set `vpcId` on the gateway or use a separate attachment resource, not both.',
    twoGateways: 'VPC {{vpc}} gets a second {{what}} ({{second}}, after {{first}}): a VPC can have only one attached, so the attachment fails (Resource.AlreadyAssociated). Create one {{what}} per VPC and route every public table to it.',
  },
  title: {
    twice: '{{what}} {{gateway}} attached twice',
    twoGateways: 'Second {{what}} attached to VPC {{vpc}}',
  },
  fixHint: 'const igw = new aws.ec2.InternetGateway("igw", { vpcId: vpc.id }); (no InternetGatewayAttachment), one per VPC.',
  docs: {
    summary: 'Internet gateways and virtual private gateways attached twice (the gateway\'s `vpcId` plus a separate attachment), or a second one attached to a VPC that already has one.',
    why: 'A VPC has at most one internet gateway and one virtual private gateway, and a gateway attaches to one VPC. Giving the gateway `vpcId` already attaches it, so a separate `InternetGatewayAttachment` for the same gateway fails; creating a gateway per subnet or per AZ in a loop fails on the second one.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw', { vpcId: vpc.id });\nnew aws.ec2.InternetGatewayAttachment('igw', { internetGatewayId: igw.id, vpcId: vpc.id });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\nfor az in ["eu-west-1a", "eu-west-1b"]:\n    aws.ec2.InternetGateway(f"igw-{az}", vpc_id=vpc.id)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });\nconst igw = new aws.ec2.InternetGateway('igw');\nnew aws.ec2.InternetGatewayAttachment('igw', { internetGatewayId: igw.id, vpcId: vpc.id });\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")\naws.ec2.InternetGateway("igw", vpc_id=vpc.id)\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/internetgatewayattachment/'],
    notes: 'Only gateways and VPCs of the program are paired; resources created in a branch whose condition is unknown are not.',
  },
  check(ctx) {
    const mine = new Set(ctx.resources().map((r) => r.id));
    for (const kind of KINDS) {
      const links: Link[] = [];
      for (const r of ctx.model.resources) {
        if (r.conditional || !mine.has(r.id)) continue;
        const vpc = referencedResource(ctx.model, arg(r, 'vpcId'));
        if (vpc?.type !== VPC) continue;
        if (r.type === kind.gateway) links.push({ gateway: r, vpc, by: r, at: arg(r, 'vpcId')?.at });
        else if (r.type === kind.attachment) {
          const gateway = referencedResource(ctx.model, arg(r, kind.idArg));
          if (gateway?.type === kind.gateway) links.push({ gateway, vpc, by: r, at: undefined });
        }
      }
      const byGateway = new Map<number, Link>();
      const byVpc = new Map<number, Link>();
      for (const l of links) {
        const again = byGateway.get(l.gateway.id);
        const other = byVpc.get(l.vpc.id);
        if (again) {
          ctx.report({ messageId: 'twice', data: { what: kind.what, gateway: quotedName(l.gateway), first: quotedName(again.by), second: quotedName(l.by) }, at: l.at, resource: l.by });
        } else if (other && other.gateway.id !== l.gateway.id) {
          ctx.report({ messageId: 'twoGateways', data: { what: kind.what, vpc: quotedName(l.vpc), first: quotedName(other.gateway), second: quotedName(l.gateway) }, at: l.at, resource: l.by });
        }
        byGateway.set(l.gateway.id, again ?? l);
        if (!other) byVpc.set(l.vpc.id, l);
      }
    }
  },
});
