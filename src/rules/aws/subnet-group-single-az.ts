import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { sameValue } from '../_shared/same-value.js';
import { SUBNET } from '../_shared/subnet-routing.js';
import { arg, items, str } from '../_shared/values.js';
import { defineRule } from '../define-rule.js';

/** Resource type → the argument holding its subnets and what needs the two zones. */
const GROUPS: Record<string, { path: string; what: string; error: string }> = {
  'aws:rds/subnetGroup:SubnetGroup': { path: 'subnetIds', what: 'DB subnet group', error: 'DBSubnetGroupDoesNotCoverEnoughAZs' },
  'aws:docdb/subnetGroup:SubnetGroup': { path: 'subnetIds', what: 'DocumentDB subnet group', error: 'DBSubnetGroupDoesNotCoverEnoughAZs' },
  'aws:neptune/subnetGroup:SubnetGroup': { path: 'subnetIds', what: 'Neptune subnet group', error: 'DBSubnetGroupDoesNotCoverEnoughAZs' },
  'aws:eks/cluster:Cluster': { path: 'vpcConfig.subnetIds', what: 'EKS cluster', error: 'UnsupportedAvailabilityZoneException / InvalidParameterException: Subnets specified must be in at least two different AZs' },
  'aws:msk/cluster:Cluster': { path: 'brokerNodeGroupInfo.clientSubnets', what: 'MSK cluster', error: 'BadRequestException' },
};

/** A subnet list element that is certainly there: an attribute of a subnet created unconditionally. */
function definiteSubnet(model: ResourceModel, v: Value): Resource | undefined {
  const s = referencedResource(model, v);
  return s && s.type === SUBNET && !s.conditional && !s.args.open ? s : undefined;
}

export default defineRule({
  id: 'aws/subnet-group-single-az',
  class: 'HA-MULTI-AZ',
  severity: 'high',
  category: 'aws',
  resourceTypes: Object.keys(GROUPS),
  messages: {
    one: 'This {{what}} is given a single subnet ({{subnet}}): AWS requires subnets in at least two Availability Zones ({{error}}), so creation fails. Give it one subnet in each of two or more zones.',
    sameZone: 'All subnets of this {{what}} are in the same Availability Zone ({{az}}): AWS requires at least two zones ({{error}}), so creation fails. Use subnets from two or more zones.',
  },
  title: {
    one: '{{what}} with a single subnet',
    sameZone: '{{what}} with all subnets in one Availability Zone ({{az}})',
  },
  fixHint: 'subnetIds: privateSubnets.map((s) => s.id), with private subnets in at least two Availability Zones (availabilityZone: azs.names[i]).',
  docs: {
    summary: 'DB (RDS, Aurora, DocumentDB, Neptune) subnet groups, EKS clusters and MSK clusters given one subnet, or subnets that are all in one Availability Zone.',
    why: 'RDS-family subnet groups must cover at least two Availability Zones even for single-AZ instances, EKS requires control-plane subnets in two zones, and MSK needs client subnets in several zones. Model-written stacks create "one private subnet for the database", or loop over subnets with a hard-coded zone (`f"{region}a"`); the deployment fails at the subnet group or cluster.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst db = new aws.ec2.Subnet('db', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });\nnew aws.rds.SubnetGroup('db', { subnetIds: [db.id] });\n`,
      py: `import pulumi_aws as aws\nregion = aws.get_region().name\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnets = [aws.ec2.Subnet(f"db-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=f"{region}a") for i in range(2)]\naws.rds.SubnetGroup("db", subnet_ids=[s.id for s in subnets])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst zones = ['us-east-1a', 'us-east-1b'];\nconst subnets = zones.map((az, i) => new aws.ec2.Subnet(\`db-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\`, availabilityZone: az }));\nnew aws.rds.SubnetGroup('db', { subnetIds: subnets.map((s) => s.id) });\n`,
      py: `import pulumi_aws as aws\nregion = aws.get_region().name\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnets = [aws.ec2.Subnet(f"db-{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=f"{region}{z}") for i, z in enumerate("ab")]\naws.rds.SubnetGroup("db", subnet_ids=[s.id for s in subnets])\n`,
    },
    references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets', 'https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html'],
    notes: 'Only subnets of the program created unconditionally are judged. Zones are compared when they are literals, or built from the same lookup or configuration value and the same suffix (`f"{region}a"` twice); zones from `getAvailabilityZones().names[i]` are not compared. Application Load Balancers are aws/load-balancer-subnets\'s findings.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const spec = GROUPS[r.type]!;
      const list = items(arg(r, spec.path));
      if (!list || list.open || list.items.length === 0) continue;
      const subnets = list.items.map((v) => definiteSubnet(ctx.model, v));
      if (subnets.some((s) => !s)) continue;
      const known = subnets as Resource[];
      const at = arg(r, spec.path)?.at;
      if (known.length === 1) {
        ctx.report({ messageId: 'one', data: { what: spec.what, subnet: quotedName(known[0]!), error: spec.error }, at, resource: r });
        continue;
      }
      const zones = known.map((s) => arg(s, 'availabilityZone'));
      if (zones.every((z) => sameValue(z, zones[0]))) {
        const az = str(zones[0]) ?? 'the same zone expression';
        ctx.report({ messageId: 'sameZone', data: { what: spec.what, az, error: spec.error }, at, resource: r });
      }
    }
  },
});
