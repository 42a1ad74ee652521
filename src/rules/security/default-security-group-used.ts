import type { Resource } from '../../model/types.js';
import { arg, str } from '../_shared/values.js';
import { knownAbsent } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

interface Placement {
  what: string;
  /** The argument that names the security groups. */
  groups: string;
  /** Placed in the program's own network by this argument (a subnet group, subnets); undefined: any placement. */
  placement?: string;
}

const PLACEMENTS: Record<string, Placement> = {
  'aws:rds/instance:Instance': { what: 'RDS instance', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:rds/cluster:Cluster': { what: 'RDS cluster', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:docdb/cluster:Cluster': { what: 'DocumentDB cluster', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:neptune/cluster:Cluster': { what: 'Neptune cluster', groups: 'vpcSecurityGroupIds', placement: 'neptuneSubnetGroupName' },
  'aws:redshift/cluster:Cluster': { what: 'Redshift cluster', groups: 'vpcSecurityGroupIds', placement: 'clusterSubnetGroupName' },
  'aws:elasticache/replicationGroup:ReplicationGroup': { what: 'ElastiCache replication group', groups: 'securityGroupIds', placement: 'subnetGroupName' },
  'aws:elasticache/cluster:Cluster': { what: 'ElastiCache cluster', groups: 'securityGroupIds', placement: 'subnetGroupName' },
  'aws:efs/mountTarget:MountTarget': { what: 'EFS mount target', groups: 'securityGroups' },
};

function placed(r: Resource, p: Placement): boolean {
  return p.placement === undefined || arg(r, p.placement) !== undefined;
}

function checkEndpoint(ctx: RuleContext, r: Resource): void {
  // Interface endpoints get network interfaces, and with them the VPC's default group when none is named.
  if (str(arg(r, 'vpcEndpointType'))?.toLowerCase() !== 'interface') return;
  if (knownAbsent(ctx, r, 'securityGroupIds')) ctx.report({ messageId: 'default', data: { what: 'Interface VPC endpoint', arg: 'securityGroupIds' }, resource: r });
}

export default defineRule({
  id: 'security/default-security-group-used',
  class: 'SG-RULE-MISCONFIG',
  severity: 'medium',
  category: 'security',
  resourceTypes: [...Object.keys(PLACEMENTS), 'aws:ec2/vpcEndpoint:VpcEndpoint'],
  messages: {
    default: '{{what}} names no security group (`{{arg}}`), so AWS attaches the VPC\'s default security group: it admits only other members of that default group, so the application tier cannot connect (or, if someone opens the default group, everything in it can). Create a dedicated security group that allows the service port from the application\'s security group and pass it in `{{arg}}`.',
  },
  title: '{{what}} without a security group (VPC default group)',
  fixHint: 'Give every database, cache, mount target and interface endpoint its own security group (`vpcSecurityGroupIds` / `securityGroupIds` / `securityGroups`).',
  docs: {
    summary: 'Databases, caches, EFS mount targets and interface VPC endpoints created in a VPC without a security group of their own, so they get the VPC\'s default security group.',
    why: 'Without an explicit security group, AWS attaches the VPC\'s default group. In a new VPC that group admits traffic only from its own members, so the application (in its own group) cannot reach the database; in practice someone then opens the default group, which every resource without a group shares (CIS 5.4 asks that the default group restricts all traffic).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = new aws.rds.SubnetGroup('db', { subnetIds: ['subnet-1', 'subnet-2'] });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  dbSubnetGroupName: subnets.name,\n});\n`,
      py: `import pulumi_aws as aws\nfs = aws.efs.FileSystem("fs", encrypted=True)\naws.efs.MountTarget("fs-a", file_system_id=fs.id, subnet_id="subnet-1")\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst subnets = new aws.rds.SubnetGroup('db', { subnetIds: ['subnet-1', 'subnet-2'] });\nconst sg = new aws.ec2.SecurityGroup('db', { vpcId: 'vpc-1' });\nnew aws.rds.Instance('db', {\n  engine: 'postgres',\n  instanceClass: 'db.t3.micro',\n  allocatedStorage: 20,\n  username: 'app',\n  manageMasterUserPassword: true,\n  storageEncrypted: true,\n  dbSubnetGroupName: subnets.name,\n  vpcSecurityGroupIds: [sg.id],\n});\n`,
      py: `import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup("efs", vpc_id="vpc-1")\nfs = aws.efs.FileSystem("fs", encrypted=True)\naws.efs.MountTarget("fs-a", file_system_id=fs.id, subnet_id="subnet-1", security_groups=[sg.id])\n`,
    },
    references: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html', 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html'],
    notes: 'Databases and caches are reported only when placed in a subnet group (in a VPC the program chose); Aurora instances take the cluster\'s groups and are not judged. Arguments built from an unknown spread or written in a fragment are not judged.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === 'aws:ec2/vpcEndpoint:VpcEndpoint') {
        checkEndpoint(ctx, r);
        continue;
      }
      const p = PLACEMENTS[r.type]!;
      if (r.type === 'aws:rds/instance:Instance' && (str(arg(r, 'engine'))?.startsWith('aurora') || arg(r, 'clusterIdentifier'))) continue;
      if (!placed(r, p) || !knownAbsent(ctx, r, p.groups)) continue;
      ctx.report({ messageId: 'default', data: { what: p.what, arg: p.groups }, resource: r });
    }
  },
});
