import type { Resource, ResourceModel } from '../../model/types.js';
import { sdkCalls } from '../_shared/handler-sdk-calls.js';
import { handlerSource } from '../_shared/lambda-archive.js';
import { quotedName, referencedResource, refersTo } from '../_shared/resource-refs.js';
import { subnetOf } from '../_shared/subnet-routing.js';
import { arg, bool, items, keySpan } from '../_shared/values.js';
import { inFragment, programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const FUNCTION = 'aws:lambda/function:Function';
const VPC = 'aws:ec2/vpc:Vpc';
const SUBNET = 'aws:ec2/subnet:Subnet';
const ROUTE_TABLE = 'aws:ec2/routeTable:RouteTable';
const ROUTE = 'aws:ec2/route:Route';

/** Route targets that can carry traffic out of the VPC for a function without a public IP. */
const EGRESS_TARGETS = ['natGatewayId', 'transitGatewayId', 'networkInterfaceId', 'instanceId', 'vpcPeeringConnectionId', 'egressOnlyGatewayId', 'vpcEndpointId', 'coreNetworkArn'];

/** Resources that may give the VPC a path to AWS APIs, with the argument that names their VPC (or subnet). */
const PATHS: Record<string, { vpc?: string; subnet?: string }> = {
  'aws:ec2/natGateway:NatGateway': { subnet: 'subnetId' },
  'aws:ec2/vpcEndpoint:VpcEndpoint': { vpc: 'vpcId' },
  'aws:ec2transitgateway/vpcAttachment:VpcAttachment': { vpc: 'vpcId' },
  'aws:ec2/vpcPeeringConnection:VpcPeeringConnection': { vpc: 'vpcId' },
  'aws:ec2/vpnGatewayAttachment:VpnGatewayAttachment': { vpc: 'vpcId' },
  'aws:ec2/vpnGateway:VpnGateway': { vpc: 'vpcId' },
};

/** Could anything in the program give this VPC a way out (NAT, endpoints, transit, peering, NAT instance)? */
function mayReachAws(model: ResourceModel, vpc: Resource): boolean {
  for (const r of model.resources) {
    if (r.args.open) {
      if (PATHS[r.type] || r.type === ROUTE || r.type === ROUTE_TABLE) return true;
      continue;
    }
    const path = PATHS[r.type];
    if (path?.vpc && refersTo(model, arg(r, path.vpc), vpc) !== 'no') return true;
    if (path?.subnet) {
      const subnet = referencedResource(model, arg(r, path.subnet));
      if (!subnet || subnet.type !== SUBNET || refersTo(model, arg(subnet, 'vpcId'), vpc) !== 'no') return true;
    }
    if (r.type === 'aws:ec2/instance:Instance' && bool(arg(r, 'sourceDestCheck')) === false) return true;
    if (r.type === ROUTE && EGRESS_TARGETS.some((k) => arg(r, k))) return true;
    if (r.type === ROUTE_TABLE) {
      const routes = arg(r, 'routes');
      const list = items(routes);
      if (routes && (!list || list.open)) return true;
      for (const route of list?.items ?? []) {
        if (route.kind !== 'obj' || route.open || EGRESS_TARGETS.some((k) => route.props.get(k) && route.props.get(k)!.kind !== 'absent')) return true;
      }
    }
    // Packages that build networks (awsx, eks) may add NAT gateways and endpoints of their own.
    if (r.pkg !== 'aws' && r.pkg !== 'pulumi' && /vpc|network/i.test(r.type)) return true;
  }
  return false;
}

/** The one program VPC all of the function's subnets are in, when every subnet is a program subnet of it. */
function vpcOf(model: ResourceModel, fn: Resource): Resource | undefined {
  const subnets = items(arg(fn, 'vpcConfig.subnetIds'));
  if (!subnets || subnets.open || subnets.items.length === 0) return undefined;
  let vpc: Resource | undefined;
  for (const s of subnets.items) {
    const subnet = subnetOf(model, s);
    const v = subnet ? referencedResource(model, arg(subnet, 'vpcId')) : undefined;
    if (!subnet || subnet.conditional || v?.type !== VPC || (vpc && v !== vpc)) return undefined;
    vpc = v;
  }
  return vpc;
}

export default defineRule({
  id: 'aws/lambda-vpc-without-aws-access',
  class: 'LAMBDA-CONFIG-OTHER',
  severity: 'high',
  category: 'aws',
  resourceTypes: [FUNCTION],
  messages: {
    isolated: 'The function runs in VPC {{vpc}}, which has no NAT gateway and no VPC endpoint, and its handler `{{file}}` calls AWS APIs ({{services}}): functions in a VPC get no public IP, so those calls cannot reach the service endpoints and time out. Add VPC endpoints for these services (gateway endpoints for S3 and DynamoDB) or a NAT gateway route for the function\'s subnets, or run the function outside the VPC.',
  },
  title: '{{counted}} in VPC {{vpc}} calls {{services}} APIs with no NAT gateway or endpoint',
  fixHint: 'new aws.ec2.VpcEndpoint("dynamodb", { vpcId: vpc.id, serviceName: `com.amazonaws.${region}.dynamodb`, routeTableIds: [privateRt.id] }), or a NAT gateway in a public subnet with a 0.0.0.0/0 route from the private route table.',
  docs: {
    summary: 'A Lambda function attached to a VPC of the program that has neither a NAT gateway nor VPC endpoints, while its handler calls AWS services.',
    why: 'A function with `vpcConfig` sends all its traffic through ENIs in the given subnets, without a public IP. Without a NAT gateway (or instance, transit gateway, peering) or interface/gateway endpoints, calls to DynamoDB, SQS, S3 or Secrets Manager never reach the service and the invocation times out. Generated stacks put functions in "private" subnets for compliance and forget the way out.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('private', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nconst sg = new aws.ec2.SecurityGroup('fn', { vpcId: vpc.id });\nnew aws.lambda.Function('fn', {\n  runtime: 'python3.12',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  vpcConfig: { subnetIds: [subnet.id], securityGroupIds: [sg.id] },\n  code: new pulumi.asset.AssetArchive({ 'index.py': new pulumi.asset.StringAsset("import boto3\\n\\nsqs = boto3.client('sqs')\\n\\ndef handler(event, context):\\n    sqs.send_message(QueueUrl=event['queue'], MessageBody='x')\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\nsg = aws.ec2.SecurityGroup("fn", vpc_id=vpc.id)\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    vpc_config={"subnet_ids": [subnet.id], "security_group_ids": [sg.id]},\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import boto3\\n\\ntable = boto3.resource('dynamodb').Table('t')\\n\\ndef handler(event, context):\\n    table.put_item(Item=event)\\n")}))\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nimport * as pulumi from '@pulumi/pulumi';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst subnet = new aws.ec2.Subnet('private', { vpcId: vpc.id, cidrBlock: '10.0.1.0/24' });\nconst sg = new aws.ec2.SecurityGroup('fn', { vpcId: vpc.id });\nnew aws.ec2.VpcEndpoint('sqs', { vpcId: vpc.id, serviceName: 'com.amazonaws.us-east-1.sqs', vpcEndpointType: 'Interface', subnetIds: [subnet.id], securityGroupIds: [sg.id], privateDnsEnabled: true });\nnew aws.lambda.Function('fn', {\n  runtime: 'python3.12',\n  handler: 'index.handler',\n  role: 'arn:aws:iam::123456789012:role/lambda',\n  vpcConfig: { subnetIds: [subnet.id], securityGroupIds: [sg.id] },\n  code: new pulumi.asset.AssetArchive({ 'index.py': new pulumi.asset.StringAsset("import boto3\\n\\nsqs = boto3.client('sqs')\\n\\ndef handler(event, context):\\n    sqs.send_message(QueueUrl=event['queue'], MessageBody='x')\\n") }),\n});\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\nsubnet = aws.ec2.Subnet("private", vpc_id=vpc.id, cidr_block="10.0.1.0/24")\nsg = aws.ec2.SecurityGroup("fn", vpc_id=vpc.id)\naws.lambda_.Function("fn", runtime="python3.12", handler="index.handler", role="arn:aws:iam::123456789012:role/lambda",\n    vpc_config={"subnet_ids": [subnet.id], "security_group_ids": [sg.id]},\n    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("import json\\n\\ndef handler(event, context):\\n    return json.dumps(event)\\n")}))\n`,
    },
    references: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html', 'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html'],
    notes: 'Judged only when every subnet of the function is a subnet of one VPC the program creates, the model saw the whole program, and the handler code is known and calls an AWS service. Any NAT gateway, VPC endpoint, transit gateway or VPN attachment, peering connection, NAT instance (`sourceDestCheck: false`) or route through one of them that may belong to the VPC keeps the rule silent, and so do network components of other packages (awsx, eks). An internet gateway does not count: Lambda ENIs have no public IP.',
  },
  check(ctx) {
    if (!programIsComplete(ctx.model)) return;
    for (const fn of ctx.resources()) {
      if (inFragment(ctx, fn)) continue;
      const vpc = vpcOf(ctx.model, fn);
      if (!vpc || mayReachAws(ctx.model, vpc)) continue;
      const src = handlerSource(ctx, fn);
      const calls = src ? sdkCalls(src.text, src.lang) : [];
      if (!src || calls.length === 0) continue;
      const services = [...new Set(calls.map((c) => c.service))].slice(0, 4).join(', ');
      ctx.report({ messageId: 'isolated', data: { vpc: quotedName(vpc), file: src.file, services }, at: keySpan(fn.args, 'vpcConfig') ?? arg(fn, 'vpcConfig')?.at, resource: fn });
    }
  },
});
