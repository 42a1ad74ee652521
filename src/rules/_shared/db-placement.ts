// Where databases, caches and mount targets are placed in a VPC: the argument that names their
// security groups and the one that puts them in subnets the program chose (a subnet group).

import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { referencedResource } from './resource-refs.js';
import { arg } from './values.js';

/** VPCs the program creates itself: never the region's default VPC. */
export const CREATED_VPCS = new Set(['aws:ec2/vpc:Vpc', 'awsx:ec2:Vpc', 'awsx:ec2/vpc:Vpc']);

/** A security group of the list that certainly lives in a VPC the program creates (not the default VPC). */
export function groupInCreatedVpc(model: ResourceModel, ids: readonly Value[]): { group: Resource; vpc: Resource } | undefined {
  for (const id of ids) {
    const group = referencedResource(model, id);
    if (!group || group.type !== 'aws:ec2/securityGroup:SecurityGroup') continue;
    const vpc = referencedResource(model, arg(group, 'vpcId'));
    if (vpc && CREATED_VPCS.has(vpc.type)) return { group, vpc };
  }
  return undefined;
}

export interface Placement {
  what: string;
  /** The argument that names the security groups. */
  groups: string;
  /** Placed in the program's own network by this argument (a subnet group, subnets); undefined: any placement. */
  placement?: string;
}

export const PLACEMENTS: Record<string, Placement> = {
  'aws:rds/instance:Instance': { what: 'RDS instance', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:rds/cluster:Cluster': { what: 'RDS cluster', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:docdb/cluster:Cluster': { what: 'DocumentDB cluster', groups: 'vpcSecurityGroupIds', placement: 'dbSubnetGroupName' },
  'aws:neptune/cluster:Cluster': { what: 'Neptune cluster', groups: 'vpcSecurityGroupIds', placement: 'neptuneSubnetGroupName' },
  'aws:redshift/cluster:Cluster': { what: 'Redshift cluster', groups: 'vpcSecurityGroupIds', placement: 'clusterSubnetGroupName' },
  'aws:elasticache/replicationGroup:ReplicationGroup': { what: 'ElastiCache replication group', groups: 'securityGroupIds', placement: 'subnetGroupName' },
  'aws:elasticache/cluster:Cluster': { what: 'ElastiCache cluster', groups: 'securityGroupIds', placement: 'subnetGroupName' },
  'aws:efs/mountTarget:MountTarget': { what: 'EFS mount target', groups: 'securityGroups' },
};
