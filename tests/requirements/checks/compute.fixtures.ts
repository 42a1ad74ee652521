import { req, type Fixture } from '../helpers.js';

export const fixtures: Fixture[] = [
  {
    name: 'instance-type',
    req: req('instance-type', { types: ['t3.micro'], target: 'ec2' }, 'Deploy the application on EC2 instances of type t3.micro'),
    ts: {
      pass: `new aws.ec2.Instance('i', { ami: 'ami', instanceType: aws.ec2.InstanceType.T3_Micro });`,
      fail: `new aws.ec2.LaunchTemplate('lt', { imageId: 'ami', instanceType: 'm5.large' });`,
      unknown: `new aws.ec2.Instance('i', { ami: 'ami', instanceType: config.require('type') });`,
    },
    py: {
      pass: `aws.ec2.Instance("i", ami="ami", instance_type="t3.micro")`,
      fail: `aws.ec2.Instance("i", ami="ami", instance_type="t2.micro")`,
      unknown: `aws.ec2.Instance("i", ami="ami", instance_type=config.require("type"))`,
    },
  },
  {
    name: 'instance-type for databases',
    req: req('instance-type', { types: ['db.t3.medium'], target: 'rds' }, 'Use db.t3.medium instance class'),
    ts: {
      pass: `new aws.rds.Instance('db', { engine: 'mysql', instanceClass: 'db.t3.medium' });`,
      fail: `new aws.rds.Instance('db', { engine: 'mysql', instanceClass: 'db.t3.small' });`,
      unknown: `new aws.rds.Instance('db', { engine: 'mysql', instanceClass: config.require('cls') });`,
    },
    py: {
      pass: `aws.rds.ClusterInstance("ci", cluster_identifier="c", engine="aurora-mysql", instance_class="db.t3.medium")`,
      fail: `aws.rds.ClusterInstance("ci", cluster_identifier="c", engine="aurora-mysql", instance_class="db.r5.large")`,
      unknown: `aws.rds.ClusterInstance("ci", cluster_identifier="c", instance_class=config.require("cls"))`,
    },
  },
  {
    name: 'autoscaling-capacity',
    req: req('autoscaling-capacity', { min: 1, max: 3 }, 'Auto Scaling Group configured to scale between 1 and 3 instances'),
    ts: {
      pass: `new aws.autoscaling.Group('g', { minSize: 1, maxSize: 3, vpcZoneIdentifiers: ['a', 'b'] });`,
      fail: `new aws.autoscaling.Group('g', { minSize: 2, maxSize: 6 });`,
      unknown: `new aws.autoscaling.Group('g', { minSize: config.requireNumber('min'), maxSize: config.requireNumber('max') });`,
    },
    py: {
      pass: `aws.autoscaling.Group("g", min_size=1, max_size=3)`,
      fail: `aws.autoscaling.Group("g", min_size=1, max_size=10)`,
      unknown: `aws.autoscaling.Group("g", min_size=config.require_int("min"), max_size=config.require_int("max"))`,
    },
  },
];
