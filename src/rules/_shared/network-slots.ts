// Arguments that take the id of a network object (a VPC, subnet, security group, route table, gateway,
// peering connection) and the resource types whose `id` may fill them. Used to catch `subnet.id`
// passed where a route table id belongs, or a VPC id where a peering connection id belongs.

import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { quotedName } from './resource-refs.js';
import { items } from './values.js';

const T = (module: string, name: string) => `aws:${module}/${name[0]!.toLowerCase()}${name.slice(1)}:${name}`;

export const VPC_TYPES = [T('ec2', 'Vpc'), T('ec2', 'DefaultVpc')];
export const SUBNET_TYPES = [T('ec2', 'Subnet'), T('ec2', 'DefaultSubnet')];
export const SG_TYPES = [T('ec2', 'SecurityGroup'), T('ec2', 'DefaultSecurityGroup')];
export const ROUTE_TABLE_TYPES = [T('ec2', 'RouteTable'), T('ec2', 'DefaultRouteTable')];
const PEERING_TYPES = [T('ec2', 'VpcPeeringConnection'), T('ec2', 'VpcPeeringConnectionAccepter')];
const IGW = T('ec2', 'InternetGateway');
const VGW = T('ec2', 'VpnGateway');
const NAT = T('ec2', 'NatGateway');

/** What an argument must name, for messages. */
const NOUN = new Map<string[], string>([
  [VPC_TYPES, 'a VPC'],
  [SUBNET_TYPES, 'a subnet'],
  [SG_TYPES, 'a security group'],
  [ROUTE_TABLE_TYPES, 'a route table'],
  [PEERING_TYPES, 'a VPC peering connection'],
]);

export interface Slot {
  /** Dotted path from the arguments; `*` stands for every element of a list. */
  path: string;
  allowed: string[];
  noun: string;
}

const slot = (path: string, allowed: string[], noun?: string): Slot => ({ path, allowed, noun: noun ?? NOUN.get(allowed) ?? 'another resource' });

/** The route target arguments, for `aws.ec2.Route` and inline routes (`prefix` = `routes.*.`). */
function routeSlots(prefix: string): Slot[] {
  return [
    slot(`${prefix}natGatewayId`, [NAT], 'a NAT gateway'),
    // EC2 accepts a NAT gateway id in `gatewayId` too (the provider then shows a diff), so it is allowed.
    slot(`${prefix}gatewayId`, [IGW, VGW, NAT], 'an internet or virtual private gateway'),
    slot(`${prefix}vpcPeeringConnectionId`, PEERING_TYPES),
    slot(`${prefix}transitGatewayId`, [T('ec2transitgateway', 'TransitGateway')], 'a transit gateway'),
    slot(`${prefix}egressOnlyGatewayId`, [T('ec2', 'EgressOnlyInternetGateway')], 'an egress-only internet gateway'),
    slot(`${prefix}networkInterfaceId`, [T('ec2', 'NetworkInterface')], 'a network interface'),
    slot(`${prefix}vpcEndpointId`, [T('ec2', 'VpcEndpoint')], 'a VPC endpoint'),
  ];
}

/** Resource type → its network-id arguments. VPC endpoints are aws/vpc-endpoint-misconfigured's. */
export const NETWORK_SLOTS: Record<string, Slot[]> = {
  [T('ec2', 'Subnet')]: [slot('vpcId', VPC_TYPES)],
  [T('ec2', 'RouteTable')]: [slot('vpcId', VPC_TYPES), ...routeSlots('routes.*.')],
  [T('ec2', 'DefaultRouteTable')]: routeSlots('routes.*.'),
  [T('ec2', 'Route')]: [slot('routeTableId', ROUTE_TABLE_TYPES), ...routeSlots('')],
  [T('ec2', 'RouteTableAssociation')]: [slot('subnetId', SUBNET_TYPES), slot('routeTableId', ROUTE_TABLE_TYPES), slot('gatewayId', [IGW, VGW], 'an internet or virtual private gateway')],
  [T('ec2', 'MainRouteTableAssociation')]: [slot('vpcId', VPC_TYPES), slot('routeTableId', ROUTE_TABLE_TYPES)],
  [T('ec2', 'SecurityGroup')]: [slot('vpcId', VPC_TYPES)],
  [T('ec2', 'InternetGateway')]: [slot('vpcId', VPC_TYPES)],
  [T('ec2', 'InternetGatewayAttachment')]: [slot('vpcId', VPC_TYPES), slot('internetGatewayId', [IGW], 'an internet gateway')],
  [T('ec2', 'EgressOnlyInternetGateway')]: [slot('vpcId', VPC_TYPES)],
  [T('ec2', 'NatGateway')]: [slot('subnetId', SUBNET_TYPES)],
  [T('ec2', 'VpcPeeringConnection')]: [slot('vpcId', VPC_TYPES), slot('peerVpcId', VPC_TYPES)],
  [T('ec2', 'VpcPeeringConnectionAccepter')]: [slot('vpcPeeringConnectionId', [T('ec2', 'VpcPeeringConnection')], 'a VPC peering connection')],
  [T('ec2', 'FlowLog')]: [slot('vpcId', VPC_TYPES), slot('subnetId', SUBNET_TYPES)],
  [T('ec2', 'Instance')]: [slot('subnetId', SUBNET_TYPES), slot('vpcSecurityGroupIds.*', SG_TYPES)],
  [T('ec2', 'NetworkInterface')]: [slot('subnetId', SUBNET_TYPES), slot('securityGroups.*', SG_TYPES)],
  [T('ec2', 'SecurityGroupRule')]: [slot('securityGroupId', SG_TYPES), slot('sourceSecurityGroupId', SG_TYPES)],
  [T('vpc', 'SecurityGroupIngressRule')]: [slot('securityGroupId', SG_TYPES), slot('referencedSecurityGroupId', SG_TYPES)],
  [T('vpc', 'SecurityGroupEgressRule')]: [slot('securityGroupId', SG_TYPES), slot('referencedSecurityGroupId', SG_TYPES)],
  [T('lb', 'LoadBalancer')]: [slot('subnets.*', SUBNET_TYPES), slot('securityGroups.*', SG_TYPES), slot('subnetMappings.*.subnetId', SUBNET_TYPES)],
  [T('alb', 'LoadBalancer')]: [slot('subnets.*', SUBNET_TYPES), slot('securityGroups.*', SG_TYPES), slot('subnetMappings.*.subnetId', SUBNET_TYPES)],
  [T('lb', 'TargetGroup')]: [slot('vpcId', VPC_TYPES)],
  [T('alb', 'TargetGroup')]: [slot('vpcId', VPC_TYPES)],
  [T('lambda', 'Function')]: [slot('vpcConfig.subnetIds.*', SUBNET_TYPES), slot('vpcConfig.securityGroupIds.*', SG_TYPES)],
  [T('ecs', 'Service')]: [slot('networkConfiguration.subnets.*', SUBNET_TYPES), slot('networkConfiguration.securityGroups.*', SG_TYPES)],
  [T('rds', 'SubnetGroup')]: [slot('subnetIds.*', SUBNET_TYPES)],
  [T('rds', 'Instance')]: [slot('vpcSecurityGroupIds.*', SG_TYPES)],
  [T('rds', 'Cluster')]: [slot('vpcSecurityGroupIds.*', SG_TYPES)],
  [T('elasticache', 'SubnetGroup')]: [slot('subnetIds.*', SUBNET_TYPES)],
  [T('elasticache', 'ReplicationGroup')]: [slot('securityGroupIds.*', SG_TYPES)],
  [T('elasticache', 'Cluster')]: [slot('securityGroupIds.*', SG_TYPES)],
  [T('autoscaling', 'Group')]: [slot('vpcZoneIdentifiers.*', SUBNET_TYPES)],
  [T('eks', 'Cluster')]: [slot('vpcConfig.subnetIds.*', SUBNET_TYPES), slot('vpcConfig.securityGroupIds.*', SG_TYPES)],
  [T('eks', 'NodeGroup')]: [slot('subnetIds.*', SUBNET_TYPES)],
  [T('eks', 'FargateProfile')]: [slot('subnetIds.*', SUBNET_TYPES)],
  [T('efs', 'MountTarget')]: [slot('subnetId', SUBNET_TYPES), slot('securityGroups.*', SG_TYPES)],
  [T('ec2', 'LaunchTemplate')]: [slot('vpcSecurityGroupIds.*', SG_TYPES), slot('networkInterfaces.*.subnetId', SUBNET_TYPES), slot('networkInterfaces.*.securityGroups.*', SG_TYPES)],
};

export const ENDPOINT_SLOTS: Slot[] = [slot('vpcId', VPC_TYPES), slot('routeTableIds.*', ROUTE_TABLE_TYPES), slot('subnetIds.*', SUBNET_TYPES), slot('securityGroupIds.*', SG_TYPES)];

/** The values at a slot path of a resource's arguments (every element for `*`). */
export function slotValues(r: Resource, path: string): Value[] {
  let cur: Value[] = [r.args];
  for (const seg of path.split('.')) {
    const next: Value[] = [];
    for (const v of cur) {
      if (seg === '*') next.push(...(items(v)?.items ?? []));
      else if (v.kind === 'obj' && !v.cls) {
        const x = v.props.get(seg);
        if (x) next.push(x);
      } else if (v.kind === 'output' && v.inner.kind === 'obj') {
        const x = v.inner.props.get(seg);
        if (x) next.push(x);
      }
    }
    cur = next;
  }
  return cur;
}

/** A resource as a message names it with its type: `name` (aws.ec2.Subnet), or an aws.ec2.Subnet. */
export function describeRef(r: Resource): string {
  const name = quotedName(r);
  return name === r.typePath ? `an ${r.typePath}` : `${name} (${r.typePath})`;
}
