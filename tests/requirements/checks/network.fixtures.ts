import { req, type Fixture } from '../helpers.js';

const subnetsTs = (zones: string) => `const vpc = new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });
for (const [i, az] of ${zones}.entries()) {
  new aws.ec2.Subnet(\`s\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\`, availabilityZone: az });
}`;
const subnetsPy = (zones: string) => `vpc = aws.ec2.Vpc("v", cidr_block="10.0.0.0/16")
for i, az in enumerate(${zones}):
    aws.ec2.Subnet(f"s{i}", vpc_id=vpc.id, cidr_block=f"10.0.{i}.0/24", availability_zone=az)`;

const natTs = (n: number) => Array.from({ length: n }, (_, i) => `new aws.ec2.NatGateway('n${i}', { subnetId: 's', allocationId: 'a' });`).join('\n');
const natPy = (n: number) => Array.from({ length: n }, (_, i) => `aws.ec2.NatGateway("n${i}", subnet_id="s", allocation_id="a")`).join('\n');

export const fixtures: Fixture[] = [
  {
    name: 'az-count',
    req: req('az-count', { count: 3 }, 'Deploy across 3 availability zones'),
    ts: {
      pass: subnetsTs(`['us-east-1a', 'us-east-1b', 'us-east-1c']`),
      fail: subnetsTs(`['us-east-1a']`),
      unknown: subnetsTs(`config.requireObject<string[]>('zones')`),
    },
    py: {
      pass: subnetsPy(`["us-east-1a", "us-east-1b", "us-east-1c"]`),
      fail: subnetsPy(`["us-east-1a", "us-east-1b"]`),
      unknown: subnetsPy(`config.require_object("zones")`),
    },
  },
  {
    name: 'nat-gateways per AZ',
    req: req('nat-gateways', { mode: 'per-az' }, 'NAT Gateways (one per AZ)'),
    ts: {
      pass: `${subnetsTs(`['us-east-1a', 'us-east-1b']`)}\n${natTs(2)}`,
      fail: `${subnetsTs(`['us-east-1a', 'us-east-1b']`)}\n${natTs(1)}`,
      unknown: `${subnetsTs(`config.requireObject<string[]>('zones')`)}\n${natTs(2)}`,
    },
    py: {
      pass: `${subnetsPy(`["us-east-1a", "us-east-1b"]`)}\n${natPy(2)}`,
      fail: `${subnetsPy(`["us-east-1a", "us-east-1b", "us-east-1c"]`)}\n${natPy(2)}`,
      unknown: `${subnetsPy(`config.require_object("zones")`)}\n${natPy(2)}`,
    },
  },
  {
    name: 'nat-gateways single',
    req: req('nat-gateways', { mode: 'single' }, 'Single NAT Gateway shared by all private subnets'),
    ts: { pass: natTs(1), fail: natTs(3), unknown: `new pulumi.ComponentResource('x:y:Z', 'z');` },
    py: { pass: natPy(1), fail: natPy(2), unknown: `pulumi.export("nothing", 1)` },
  },
  {
    name: 'vpc-endpoints',
    req: req('vpc-endpoints', { services: ['s3', 'dynamodb'] }, 'VPC endpoints for S3 and DynamoDB'),
    ts: {
      pass: `const region = config.require('region');
new aws.ec2.VpcEndpoint('s3', { vpcId: 'v', serviceName: \`com.amazonaws.\${region}.s3\` });
new aws.ec2.VpcEndpoint('ddb', { vpcId: 'v', serviceName: 'com.amazonaws.us-east-1.dynamodb' });`,
      fail: `new aws.ec2.VpcEndpoint('s3', { vpcId: 'v', serviceName: 'com.amazonaws.us-east-1.s3' });`,
      unknown: `new aws.ec2.VpcEndpoint('e', { vpcId: 'v', serviceName: config.require('service') });`,
    },
    py: {
      pass: `for svc in ["s3", "dynamodb"]:\n    aws.ec2.VpcEndpoint(f"e-{svc}", vpc_id="v", service_name=f"com.amazonaws.us-east-1.{svc}")`,
      fail: `aws.s3.BucketV2("b")`,
      unknown: `aws.ec2.VpcEndpoint("e", vpc_id="v", service_name=config.require("service"))`,
    },
  },
  {
    name: 'cidr',
    req: req('cidr', { cidr: '10.0.0.0/16', target: 'vpc' }, 'Create VPC with CIDR 10.0.0.0/16'),
    ts: {
      pass: `new aws.ec2.Vpc('v', { cidrBlock: '10.0.0.0/16' });`,
      fail: `new aws.ec2.Vpc('v', { cidrBlock: '172.16.0.0/16' });`,
      unknown: `new aws.ec2.Vpc('v', { cidrBlock: config.require('cidr') });`,
    },
    py: {
      pass: `aws.ec2.Vpc("v", cidr_block="10.0.0.0/16")`,
      fail: `aws.ec2.Vpc("v", cidr_block="10.1.0.0/16")`,
      unknown: `aws.ec2.Vpc("v", cidr_block=config.require("cidr"))`,
    },
  },
  {
    name: 'traffic-shifting',
    req: req('traffic-shifting', { via: 'load-balancer' }, 'Create an Application Load Balancer with weighted target groups for traffic shifting'),
    ts: {
      pass: `const blue = new aws.lb.TargetGroup('blue', { port: 80, protocol: 'HTTP', vpcId: 'v' });
const green = new aws.lb.TargetGroup('green', { port: 80, protocol: 'HTTP', vpcId: 'v' });
new aws.lb.Listener('l', { loadBalancerArn: 'arn', port: 80, defaultActions: [{ type: 'forward', forward: { targetGroups: [{ arn: blue.arn, weight: 100 }, { arn: green.arn, weight: 0 }] } }] });`,
      fail: `const blue = new aws.lb.TargetGroup('blue', { port: 80, protocol: 'HTTP', vpcId: 'v' });
new aws.lb.Listener('l', { loadBalancerArn: 'arn', port: 80, defaultActions: [{ type: 'forward', targetGroupArn: blue.arn }] });`,
      unknown: `new aws.lb.Listener('l', { loadBalancerArn: 'arn', port: 80, defaultActions: config.requireObject<any[]>('actions') });`,
    },
    py: {
      pass: `for i in range(2):
    aws.lb.ListenerRule(f"r{i}", listener_arn="arn", actions=[{"type": "forward", "forward": {"target_groups": [{"arn": "blue", "weight": 90}, {"arn": "green", "weight": 10}]}}], conditions=[])`,
      fail: `blue = aws.lb.TargetGroup("blue", port=80, protocol="HTTP", vpc_id="v")
aws.lb.Listener("l", load_balancer_arn="arn", port=80, default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=blue.arn)])`,
      unknown: `aws.lb.Listener("l", load_balancer_arn="arn", port=80, default_actions=config.require_object("actions"))`,
    },
  },
  {
    name: 'traffic-shifting by DNS',
    req: req('traffic-shifting', { via: 'dns' }, 'Route53 weighted routing for blue-green cutover'),
    ts: {
      pass: `for (const [id, w] of [['blue', 100], ['green', 0]] as const) {
  new aws.route53.Record(id, { zoneId: 'z', name: 'app.example.org', type: 'CNAME', ttl: 60, records: [\`\${id}.example.org\`], setIdentifier: id, weightedRoutingPolicies: [{ weight: w }] });
}`,
      fail: `new aws.route53.Record('app', { zoneId: 'z', name: 'app.example.org', type: 'CNAME', ttl: 60, records: ['blue.example.org'] });`,
      unknown: `new aws.route53.Record('app', config.requireObject<aws.route53.RecordArgs>('record'));`,
    },
    py: {
      pass: `aws.route53.Record("blue", zone_id="z", name="app.example.org", type="CNAME", ttl=60, records=["blue.example.org"], set_identifier="blue", weighted_routing_policies=[aws.route53.RecordWeightedRoutingPolicyArgs(weight=100)])`,
      fail: `aws.route53.Record("app", zone_id="z", name="app.example.org", type="CNAME", ttl=60, records=["blue.example.org"])`,
      unknown: `aws.route53.Record("app", **config.require_object("record"))`,
    },
  },
];
