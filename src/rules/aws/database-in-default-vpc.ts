import type { Resource } from '../../model/types.js';
import { CREATED_VPCS, groupInCreatedVpc, PLACEMENTS } from '../_shared/db-placement.js';
import { quotedName } from '../_shared/resource-refs.js';
import { arg, items, keySpan, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

/** Databases and caches placed by a subnet group (mount targets take a subnet and always sit in its VPC). */
const TYPES = Object.entries(PLACEMENTS).filter(([, p]) => p.placement !== undefined).map(([t]) => t);

/** Members that take their network from the cluster, group or source database they belong to. */
function takesPlacementElsewhere(r: Resource): boolean {
  if (r.type === 'aws:rds/instance:Instance') return !!(arg(r, 'replicateSourceDb') || arg(r, 'clusterIdentifier') || str(arg(r, 'engine'))?.startsWith('aurora'));
  if (r.type === 'aws:elasticache/cluster:Cluster') return !!arg(r, 'replicationGroupId');
  return false;
}

export default defineRule({
  id: 'aws/database-in-default-vpc',
  class: 'NETWORK-ROUTING-CIDR',
  severity: 'medium',
  category: 'aws',
  resourceTypes: TYPES,
  messages: {
    defaultVpc: 'This {{what}} names no subnet group (`{{placement}}`), so AWS creates it in the account\'s default VPC, on the default VPC\'s subnets (public ones){{groups}}: {{effect}} In an account without a default VPC its creation fails. Create a subnet group of private subnets you choose and pass it in `{{placement}}`.',
    otherVpc: 'The program builds its own VPC ({{vpc}}) and gives this {{what}} security group {{group}} of it, but no subnet group (`{{placement}}`): AWS places it in the account\'s default VPC, and creation fails because the security group belongs to another VPC ("The DB instance and EC2 security group are in different VPCs"). Create a subnet group of the VPC\'s private subnets and pass it in `{{placement}}`.',
  },
  title: { default: '{{what}} in the default VPC (no subnet group)', otherVpc: '{{what}} without a subnet group, given a security group of the program\'s VPC' },
  fixHint: 'const dbSubnets = new aws.rds.SubnetGroup("db", { subnetIds: privateSubnets.map((s) => s.id) }); and `dbSubnetGroupName: dbSubnets.name` on the database (`subnetGroupName` for ElastiCache).',
  docs: {
    summary: 'Databases and caches with no subnet group, which AWS creates in the account\'s default VPC: outside the VPC the program builds, or (with no security group either) on the default VPC\'s public subnets with its default security group.',
    why: 'Without a subnet group, RDS, DocumentDB, Neptune, Redshift and ElastiCache use the default subnet group, i.e. the default VPC of the region, whatever VPC the rest of the program builds. The database is then out of reach of the application in the program\'s VPC (different VPCs, no peering), sits on the default VPC\'s public subnets, and cannot be created at all in accounts whose default VPC was deleted. Given security groups of the program\'s VPC, creation fails outright ("The DB instance and EC2 security group are in different VPCs"). In a program that builds no VPC, a database with neither a subnet group nor a security group also gets the default VPC\'s default security group.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('app', { cidrBlock: '10.0.0.0/16' });\nconst sg = new aws.ec2.SecurityGroup('db', { vpcId: vpc.id });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  vpcSecurityGroupIds: [sg.id],\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("app", cidr_block="10.0.0.0/16")\naws.elasticache.ReplicationGroup("cache", description="cache", node_type="cache.t3.micro")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('app', { cidrBlock: '10.0.0.0/16' });\nconst a = new aws.ec2.Subnet('a', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24', availabilityZone: 'us-east-1a' });\nconst b = new aws.ec2.Subnet('b', { vpcId: vpc.id, cidrBlock: '10.0.2.0/24', availabilityZone: 'us-east-1b' });\nconst subnets = new aws.rds.SubnetGroup('db', { subnetIds: [a.id, b.id] });\nconst sg = new aws.ec2.SecurityGroup('db', { vpcId: vpc.id });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  dbSubnetGroupName: subnets.name,\n  vpcSecurityGroupIds: [sg.id],\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("app", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\ngroup = aws.elasticache.SubnetGroup("cache", subnet_ids=[subnet.id])\naws.elasticache.ReplicationGroup("cache", description="cache", node_type="cache.t3.micro", subnet_group_name=group.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
      'https://www.pulumi.com/registry/packages/aws/api-docs/rds/instance/#dbsubnetgroupname_nodejs ("If unspecified, will be created in the default Subnet Group")',
    ],
    notes: 'Reported only when the subnet-group argument is certainly absent: in a program that creates a VPC (aws.ec2.Vpc or awsx; medium, high when a security group of that VPC is given), or, rated low, in a program that creates none when no security group is given either (a database given security groups of the default VPC is placed where it was meant to be). Aurora cluster instances, read replicas and ElastiCache clusters that belong to a replication group take their network from their cluster, source or group and are not judged.',
  },
  check(ctx) {
    const vpc = ctx.model.resources.find((r) => CREATED_VPCS.has(r.type));
    for (const r of ctx.resources()) {
      const p = PLACEMENTS[r.type]!;
      if (takesPlacementElsewhere(r) || !knownAbsent(ctx, r, p.placement!)) continue;
      const groups = items(arg(r, p.groups));
      const inVpc = groups ? groupInCreatedVpc(ctx.model, groups.items) : undefined;
      const noGroups = knownAbsent(ctx, r, p.groups);
      const data = { what: p.what, placement: p.placement!, groups: noGroups ? ' and with its default security group' : '' };
      if (inVpc) {
        ctx.report({ messageId: 'otherVpc', data: { ...data, vpc: quotedName(inVpc.vpc), group: quotedName(inVpc.group) }, resource: r, at: keySpan(r.args, p.groups), severity: 'high' });
      } else if (vpc) {
        ctx.report({ messageId: 'defaultVpc', data: { ...data, effect: `the application in the program's own VPC (${quotedName(vpc)}) cannot reach it.` }, resource: r });
      } else if (noGroups) {
        const effect = 'that group admits only its own members, so the application cannot connect until someone opens it, and then everything in the default group can.';
        ctx.report({ messageId: 'defaultVpc', data: { ...data, effect }, resource: r, severity: 'low' });
      }
    }
  },
});
