import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });
const cert = new aws.acm.Certificate('cert', { domainName: 'app.example.org', validationMethod: 'DNS' });

// --- bad
vpc.id.apply((id) => new aws.ec2.Subnet('app', { vpcId: id, cidrBlock: '10.0.1.0/24' })); // error: [pulumi/resource-in-apply]
cert.domainValidationOptions.apply((options) =>
  options.map((o) => new aws.route53.Record(`validation-${o.domainName}`, { zoneId: 'Z123', name: o.resourceRecordName, type: o.resourceRecordType, records: [o.resourceRecordValue], ttl: 60 })), // error: [pulumi/resource-in-apply]
);
class Peering extends pulumi.ComponentResource {
  constructor(name: string, table: aws.ec2.RouteTable, opts?: pulumi.ComponentResourceOptions) {
    super('app:net:Peering', name, {}, opts);
    pulumi.all([table.id, vpc.cidrBlock]).apply(([tableId, cidr]) => {
      new aws.ec2.Route(`${name}-route`, { routeTableId: tableId, destinationCidrBlock: cidr, gatewayId: 'local' }, { parent: this }); // error: [pulumi/resource-in-apply]
    });
    this.registerOutputs({});
  }
}
new Peering('peer', new aws.ec2.RouteTable('rt', { vpcId: vpc.id }));

// --- clean
new aws.ec2.Subnet('direct', { vpcId: vpc.id, cidrBlock: '10.0.2.0/24' });
aws.getAvailabilityZones().then((azs) => azs.names.map((az, i) => new aws.ec2.Subnet(`az-${i}`, { vpcId: vpc.id, availabilityZone: az, cidrBlock: `10.0.${10 + i}.0/24` })));

// --- unknown
config.requireSecret('token').apply((t) => new aws.ssm.Parameter('token', { type: 'SecureString', value: t }));

export const vpcId = vpc.id;
