import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const hub = new aws.ec2transitgateway.TransitGateway('hub', { defaultRouteTableAssociation: 'enable', defaultRouteTablePropagation: 'enable' });
const isolatedHub = new aws.ec2transitgateway.TransitGateway('isolated', { defaultRouteTableAssociation: 'disable' });

class Spoke extends pulumi.ComponentResource {
  public readonly vpc: aws.ec2.Vpc;
  public readonly table: aws.ec2.RouteTable;
  public readonly subnets: aws.ec2.Subnet[];
  constructor(name: string, cidr: string, zones: string[]) {
    super('acme:net:Spoke', name, {}, {});
    this.vpc = new aws.ec2.Vpc(name, { cidrBlock: cidr }, { parent: this });
    this.table = new aws.ec2.RouteTable(name, { vpcId: this.vpc.id }, { parent: this });
    this.subnets = zones.map((az, i) => new aws.ec2.Subnet(`${name}-${i}`, { vpcId: this.vpc.id, availabilityZone: az, cidrBlock: cidr.replace('0.0/16', `${i}.0/24`) }, { parent: this }));
    this.subnets.forEach((s, i) => new aws.ec2.RouteTableAssociation(`${name}-${i}`, { subnetId: s.id, routeTableId: this.table.id }, { parent: this }));
  }
}
const payments = new Spoke('payments', '10.10.0.0/16', ['eu-west-1a', 'eu-west-1b']);
const ledger = new Spoke('ledger', '10.11.0.0/16', ['eu-west-1a', 'eu-west-1a']);
const reporting = new Spoke('reporting', '10.12.0.0/16', ['eu-west-1a', 'eu-west-1b']);
const audit = new Spoke('audit', '10.13.0.0/16', ['eu-west-1a', 'eu-west-1b']);

// --- bad
new aws.ec2transitgateway.VpcAttachment('payments', { transitGatewayId: hub.id, vpcId: payments.vpc.id, subnetIds: payments.subnets.map((s) => s.id) }); // error: [aws/transit-gateway-attachment-incomplete]
const ledgerAttachment = new aws.ec2transitgateway.VpcAttachment('ledger', { transitGatewayId: hub.id, vpcId: ledger.vpc.id, subnetIds: ledger.subnets.map((s) => s.id) }); // error: [aws/transit-gateway-attachment-incomplete]
new aws.ec2.Route('ledger-hub', { routeTableId: ledger.table.id, destinationCidrBlock: '10.0.0.0/8', transitGatewayId: ledgerAttachment.transitGatewayId });
const reportingAttachment = new aws.ec2transitgateway.VpcAttachment('reporting', {
  transitGatewayId: hub.id,
  vpcId: reporting.vpc.id,
  subnetIds: reporting.subnets.map((s) => s.id),
  transitGatewayDefaultRouteTableAssociation: false, // error: [aws/transit-gateway-attachment-incomplete]
});
new aws.ec2.Route('reporting-hub', { routeTableId: reporting.table.id, destinationCidrBlock: '10.0.0.0/8', transitGatewayId: hub.id }, { dependsOn: [reportingAttachment] });

// --- clean
const auditAttachment = new aws.ec2transitgateway.VpcAttachment('audit', { transitGatewayId: isolatedHub.id, vpcId: audit.vpc.id, subnetIds: audit.subnets.map((s) => s.id) });
new aws.ec2.Route('audit-hub', { routeTableId: audit.table.id, destinationCidrBlock: '0.0.0.0/0', transitGatewayId: isolatedHub.id }, { dependsOn: [auditAttachment] });
const auditTable = new aws.ec2transitgateway.RouteTable('audit', { transitGatewayId: isolatedHub.id });
new aws.ec2transitgateway.RouteTableAssociation('audit', { transitGatewayAttachmentId: auditAttachment.id, transitGatewayRouteTableId: auditTable.id });

// --- unknown
const shared = new aws.ec2.Vpc('shared', { cidrBlock: '10.50.0.0/16' });
new aws.ec2transitgateway.VpcAttachment('shared', { transitGatewayId: config.require('hubId'), vpcId: shared.id, subnetIds: config.requireObject<string[]>('sharedSubnets') });
