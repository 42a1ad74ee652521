import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';
import * as awsx from '@pulumi/awsx';

const config = new pulumi.Config();
const zones = aws.getAvailabilityZonesOutput({ state: 'available' });
const cluster = new aws.rds.Cluster('ledger', { engine: 'aurora-postgresql', masterUsername: 'ledger', manageMasterUserPassword: true });
const table = new aws.dynamodb.Table('events', { hashKey: 'pk', attributes: [{ name: 'pk', type: 'S' }], replicas: [{ regionName: 'us-west-2' }] });

// --- bad
for (const zone of zones.names) { // error: [code/output-iterated]
  new aws.ec2.Subnet(`data-${zone}`, { vpcId: 'vpc-0a1b2c', cidrBlock: '10.8.0.0/24', availabilityZone: zone });
}
function alarmsFor(c: aws.rds.Cluster) {
  for (const member of c.clusterMembers) { // error: [code/output-iterated]
    new aws.cloudwatch.MetricAlarm(`cpu-${member}`, { comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1, metricName: 'CPUUtilization', namespace: 'AWS/RDS', period: 300, statistic: 'Average', threshold: 80 });
  }
}
alarmsFor(cluster);
const replicaRegions = table.replicas.apply((rs) => (rs ?? []).map((r) => r.regionName));
for (const region of replicaRegions) { // error: [code/output-iterated]
  new aws.ssm.Parameter(`replica-${region}`, { type: 'String', value: region });
}

// --- clean
const names = config.requireObject<string[]>('zones');
for (const zone of names) {
  new aws.ec2.Subnet(`app-${zone}`, { vpcId: 'vpc-0a1b2c', cidrBlock: '10.9.0.0/24', availabilityZone: zone });
}
zones.names.apply((ns) => {
  for (const n of ns) pulumi.log.info(n);
});
async function lookups() {
  const azs = await aws.getAvailabilityZones({ state: 'available' });
  for (const az of azs.names) new aws.ec2.Subnet(`lookup-${az}`, { vpcId: 'vpc-0a1b2c', cidrBlock: '10.10.0.0/24', availabilityZone: az });
}
lookups();
const net = new awsx.ec2.Vpc('net', {});
for (const key in cluster) pulumi.log.info(key);
export const vpcId = net.vpcId;

// --- unknown
export function each(items: pulumi.Input<string[]>) {
  const out: string[] = [];
  for (const i of items as string[]) out.push(i);
  return out;
}
