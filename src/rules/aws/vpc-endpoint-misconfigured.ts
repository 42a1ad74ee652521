import type { Value } from '../../ir/values.js';
import type { Resource, ResourceModel } from '../../model/types.js';
import { regionOf } from '../_shared/deploy-region.js';
import { describeRef, ENDPOINT_SLOTS, slotValues } from '../_shared/network-slots.js';
import { quotedName, referencedResource, refersTo } from '../_shared/resource-refs.js';
import { arg, bool, isAbsent, items, keySpan, num, str, stringParts } from '../_shared/values.js';
import { VPC } from '../_shared/vpc-routes.js';
import { knownAbsent, programIsComplete } from '../_shared/whole-program.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const ENDPOINT = 'aws:ec2/vpcEndpoint:VpcEndpoint';
const RT_ASSOCIATION = 'aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation';
const SUBNET_ASSOCIATION = 'aws:ec2/vpcEndpointSubnetAssociation:VpcEndpointSubnetAssociation';
const SG_ASSOCIATION = 'aws:ec2/vpcEndpointSecurityGroupAssociation:VpcEndpointSecurityGroupAssociation';
const SECURITY_GROUP = 'aws:ec2/securityGroup:SecurityGroup';
const SG_RULES = ['aws:ec2/securityGroupRule:SecurityGroupRule', 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule'];

/** Services with gateway endpoints; every other AWS service is reached through interface endpoints. */
const GATEWAY_SERVICES = new Set(['s3', 'dynamodb']);
const SERVICE_NAME = /^com\.amazonaws\.([a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-\d)\.(.+)$/;

/** The service (`s3`, `ecr.dkr`) and region of an AWS service name, from its known text or known tail. */
function service(v: Value | undefined): { service?: string; region?: string } {
  const text = str(v);
  if (text) {
    const m = SERVICE_NAME.exec(text);
    return m ? { region: m[1]!, service: m[2]! } : {};
  }
  const parts = stringParts(v);
  const last = parts?.[parts.length - 1];
  // `com.amazonaws.${region}.s3`: the known tail names the service.
  if (parts && parts.length > 1 && typeof last === 'string' && parts[0] === 'com.amazonaws.' && /^\.[a-z0-9.-]+$/.test(last)) return { service: last.slice(1) };
  return {};
}

/** Is the endpoint associated with something through a separate association resource ('unknown' when one may)? */
function associatedBy(model: ResourceModel, endpoint: Resource, type: string): boolean {
  return model.resources.some((a) => a.type === type && (a.args.open || refersTo(model, arg(a, 'vpcEndpointId'), endpoint) !== 'no'));
}

/** A list argument given as a definitely empty list, or definitely absent. */
function none(ctx: RuleContext, r: Resource, key: string): 'absent' | 'empty' | undefined {
  if (r.args.open) return undefined;
  const v = r.args.props.get(key);
  if (!v || isAbsent(v)) return knownAbsent(ctx, r, key) ? 'absent' : undefined;
  const list = items(v);
  return list && !list.open && list.items.length === 0 ? 'empty' : undefined;
}

/** Does a security group certainly admit no HTTPS (tcp/443) traffic: inline rules all known, none covering 443, no separate rules? */
function blocksHttps(model: ResourceModel, sg: Resource): boolean {
  if (sg.type !== SECURITY_GROUP || sg.args.open || !sg.argsKnown) return false;
  if (model.resources.some((r) => SG_RULES.includes(r.type) && (r.args.open || refersTo(model, arg(r, 'securityGroupId'), sg) !== 'no'))) return false;
  const ingress = sg.args.props.get('ingress');
  if (!ingress || isAbsent(ingress)) return true;
  const list = items(ingress);
  if (!list || list.open) return false;
  return list.items.every((rule) => {
    if (rule.kind !== 'obj' || rule.open) return false;
    const protocol = str(rule.props.get('protocol'))?.toLowerCase();
    const from = num(rule.props.get('fromPort'));
    const to = num(rule.props.get('toPort'));
    if (protocol === undefined || from === undefined || to === undefined) return false;
    if (protocol === '-1' || protocol === 'all') return false;
    return !((protocol === 'tcp' || protocol === '6') && from <= 443 && to >= 443);
  });
}

function checkReferences(ctx: RuleContext, r: Resource): boolean {
  let bad = false;
  for (const s of ENDPOINT_SLOTS) {
    for (const v of slotValues(r, s.path)) {
      const ref = v.kind === 'output' && v.attr === 'id' ? referencedResource(ctx.model, v) : undefined;
      if (!ref || ref.pkg !== 'aws' || s.allowed.includes(ref.type)) continue;
      bad = true;
      const key = s.path.split('.')[0]!;
      ctx.report({ messageId: 'wrongType', data: { key, noun: s.noun, ref: describeRef(ref) }, at: v.at, resource: r, severity: 'high' });
    }
  }
  return bad;
}

function checkGateway(ctx: RuleContext, r: Resource, svc: string | undefined, complete: boolean): void {
  if (svc && !GATEWAY_SERVICES.has(svc)) {
    const typed = !isAbsent(r.args.props.get('vpcEndpointType'));
    ctx.report({ messageId: 'gatewayService', data: { service: svc, how: typed ? '`vpcEndpointType: "Gateway"`' : 'no `vpcEndpointType` (the default is "Gateway")' }, at: typed ? keySpan(r.args, 'vpcEndpointType') : arg(r, 'serviceName')?.at, resource: r, severity: 'high' });
    return;
  }
  for (const key of ['subnetIds', 'securityGroupIds']) {
    const v = r.args.props.get(key);
    const list = v && !isAbsent(v) ? items(v) : undefined;
    if (list && list.items.length > 0) ctx.report({ messageId: 'gatewayArg', data: { key }, at: keySpan(r.args, key), resource: r, severity: 'high' });
  }
  const tables = none(ctx, r, 'routeTableIds');
  if (tables && complete && !associatedBy(ctx.model, r, RT_ASSOCIATION)) {
    ctx.report({ messageId: 'noRouteTables', data: { service: svc ?? 'the service', how: tables === 'empty' ? 'an empty `routeTableIds`' : 'no `routeTableIds`' }, at: keySpan(r.args, 'routeTableIds'), resource: r });
  }
}

function checkInterface(ctx: RuleContext, r: Resource, svc: string | undefined, complete: boolean): void {
  const tables = r.args.props.get('routeTableIds');
  const tableList = tables && !isAbsent(tables) ? items(tables) : undefined;
  if (tableList && tableList.items.length > 0) ctx.report({ messageId: 'interfaceRouteTables', at: keySpan(r.args, 'routeTableIds'), resource: r, severity: 'high' });
  const subnets = none(ctx, r, 'subnetIds');
  if (subnets && complete && !associatedBy(ctx.model, r, SUBNET_ASSOCIATION)) {
    ctx.report({ messageId: 'noSubnets', data: { how: subnets === 'empty' ? 'an empty `subnetIds`' : 'no `subnetIds`' }, at: keySpan(r.args, 'subnetIds'), resource: r });
  }
  const groups = none(ctx, r, 'securityGroupIds');
  if (groups && complete && !associatedBy(ctx.model, r, SG_ASSOCIATION)) {
    ctx.report({ messageId: 'noSecurityGroups', data: { how: groups === 'empty' ? 'an empty `securityGroupIds`' : 'no `securityGroupIds`' }, at: keySpan(r.args, 'securityGroupIds'), resource: r });
  } else if (complete) {
    const ids = items(arg(r, 'securityGroupIds'));
    const sgs = ids && !ids.open ? ids.items.map((v) => referencedResource(ctx.model, v)) : [];
    if (sgs.length > 0 && sgs.every((sg) => sg && blocksHttps(ctx.model, sg))) ctx.report({ messageId: 'noHttps', data: { group: quotedName(sgs[0]!) }, at: keySpan(r.args, 'securityGroupIds'), resource: r });
  }
  const dns = r.args.props.get('privateDnsEnabled');
  const vpc = referencedResource(ctx.model, arg(r, 'vpcId'));
  if (bool(dns) === true && vpc?.type === VPC && !vpc.args.open) {
    const hostnames = vpc.args.props.get('enableDnsHostnames');
    const support = vpc.args.props.get('enableDnsSupport');
    const off = isAbsent(hostnames) || bool(hostnames) === false ? 'enableDnsHostnames' : bool(support) === false ? 'enableDnsSupport' : undefined;
    if (off) ctx.report({ messageId: 'vpcDns', data: { vpc: quotedName(vpc), attr: off }, at: keySpan(r.args, 'privateDnsEnabled'), resource: r, severity: 'high' });
  } else if ((bool(dns) === false || knownAbsent(ctx, r, 'privateDnsEnabled')) && svc !== 's3') {
    ctx.report({ messageId: 'privateDns', data: { service: svc ?? 'the service' }, at: keySpan(r.args, 'privateDnsEnabled'), resource: r });
  }
}

export default defineRule({
  id: 'aws/vpc-endpoint-misconfigured',
  class: 'VPC-ENDPOINTS',
  severity: 'medium',
  category: 'aws',
  resourceTypes: [ENDPOINT],
  messages: {
    region: 'This endpoint names a service of {{region}} but is created in {{here}}: endpoint services exist only in their own region, so AWS rejects it ("InvalidServiceName"). Build the name from the endpoint\'s region (`com.amazonaws.${region}.<service>`).',
    wrongType: '`{{key}}` of this VPC endpoint must name {{noun}}, but is given the id of {{ref}}: AWS rejects the endpoint and the deployment fails. Pass the ids of the right resources (route tables for `routeTableIds`).',
    gatewayService: 'This endpoint for `{{service}}` has {{how}}, but only S3 and DynamoDB have gateway endpoints: AWS rejects it ("The Vpc Endpoint Service … does not support the Gateway endpoint type"). Set `vpcEndpointType: "Interface"` with subnets, security groups and `privateDnsEnabled: true`.',
    gatewayArg: 'Gateway endpoints take no `{{key}}` (only interface endpoints have network interfaces): AWS rejects the call. Drop `{{key}}` or make it an interface endpoint.',
    noRouteTables: 'This gateway endpoint for `{{service}}` has {{how}} and no `aws.ec2.VpcEndpointRouteTableAssociation`: no route table gets its prefix-list route, so traffic keeps going through the NAT or internet gateway (or nowhere, from isolated subnets). Pass the private route tables in `routeTableIds`.',
    interfaceRouteTables: 'Interface endpoints take no `routeTableIds` (only gateway endpoints do): AWS rejects the call. Give subnets and security groups instead.',
    noSubnets: 'This interface endpoint has {{how}}: it gets no network interface in any subnet, so nothing in the VPC can reach it. Pass one private subnet per Availability Zone in `subnetIds`.',
    noSecurityGroups: 'This interface endpoint has {{how}}, so AWS attaches the VPC\'s default security group, which admits only its own members: workloads in other security groups cannot open HTTPS connections to the endpoint. Give it a security group allowing tcp/443 from the VPC or the clients\' groups.',
    noHttps: 'The security group {{group}} of this interface endpoint admits no HTTPS (tcp/443) traffic: SDK calls through the endpoint time out. Allow tcp/443 from the VPC CIDR or the clients\' security groups.',
    privateDns: 'This interface endpoint for `{{service}}` does not set `privateDnsEnabled: true` (the provider default is false): the service\'s public hostname keeps resolving to public addresses, so SDK calls bypass the endpoint and fail from private subnets without NAT. Set `privateDnsEnabled: true`.',
    vpcDns: 'This interface endpoint enables private DNS, but VPC {{vpc}} does not set `{{attr}}: true`: AWS refuses private DNS for the endpoint and the deployment fails. Set `enableDnsSupport` and `enableDnsHostnames` to true on the VPC.',
  },
  title: {
    region: 'VPC endpoint{{s}} for a service of {{region}} created in {{here}}',
    wrongType: '{{key:arg:code}} of {{counted}} given the id of {{ref}}',
    gatewayService: 'Gateway endpoint for `{{service}}`, which has no gateway endpoints',
    gatewayArg: 'Gateway endpoint{{s}} given {{key:arg:code}}',
    noRouteTables: 'Gateway endpoint for `{{service}}` attached to no route table',
    interfaceRouteTables: 'Interface endpoint{{s}} given route tables',
    noSubnets: 'Interface endpoint{{s}} in no subnet',
    noSecurityGroups: 'Interface endpoint{{s}} without security groups (default group only)',
    noHttps: 'Security group {{group}} of the interface endpoint{{s}} admits no HTTPS',
    privateDns: 'Private DNS not enabled on the interface endpoint{{s}} for `{{service}}`',
    vpcDns: 'Private DNS endpoint{{s}} in VPC {{vpc}} without `{{attr:arg}}`',
  },
  fixHint: 'Gateway (s3, dynamodb): { vpcEndpointType: "Gateway", routeTableIds: privateRouteTables.map(t => t.id) }; Interface: { vpcEndpointType: "Interface", subnetIds, securityGroupIds: [endpointSg.id], privateDnsEnabled: true }.',
  docs: {
    summary: 'VPC endpoints wired wrongly: gateway endpoints without route tables or for services without gateway endpoints, interface endpoints without subnets, security groups, HTTPS ingress or private DNS, arguments of the other endpoint type, ids of the wrong resources.',
    why: 'A gateway endpoint (S3, DynamoDB) works by adding a prefix-list route to the route tables it is given; without them it does nothing. Interface endpoints need an ENI in each subnet, a security group that admits HTTPS from the clients, and private DNS so that the SDK\'s default hostnames resolve to them; the Pulumi default for `privateDnsEnabled` is false and for `vpcEndpointType` is "Gateway", so `new aws.ec2.VpcEndpoint("sqs", { serviceName: "com.amazonaws.us-east-1.sqs" })` fails. Subnet ids given as route tables, empty route table or security group lists leave endpoints that the private workloads cannot use, so their traffic keeps going through NAT or fails.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', enableDnsHostnames: true });\nconst subnets = [0, 1].map((i) => new aws.ec2.Subnet(\`private-\${i}\`, { vpcId: vpc.id, cidrBlock: \`10.0.\${i}.0/24\` }));\nnew aws.ec2.VpcEndpoint('s3', {\n  vpcId: vpc.id,\n  serviceName: 'com.amazonaws.us-east-1.s3',\n  vpcEndpointType: 'Gateway',\n  routeTableIds: subnets.map((s) => s.id),\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16")\naws.ec2.VpcEndpoint("dynamodb", vpc_id=vpc.id, service_name="com.amazonaws.us-east-2.dynamodb", vpc_endpoint_type="Gateway", route_table_ids=[])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16', enableDnsHostnames: true });\nconst tables = [0, 1].map((i) => new aws.ec2.RouteTable(\`private-\${i}\`, { vpcId: vpc.id }));\nnew aws.ec2.VpcEndpoint('s3', {\n  vpcId: vpc.id,\n  serviceName: 'com.amazonaws.us-east-1.s3',\n  vpcEndpointType: 'Gateway',\n  routeTableIds: tables.map((t) => t.id),\n});\n`,
      py: `import pulumi_aws as aws\nvpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", enable_dns_hostnames=True, enable_dns_support=True)\nsubnet = aws.ec2.Subnet("a", vpc_id=vpc.id, cidr_block="10.0.0.0/24")\nsg = aws.ec2.SecurityGroup("endpoints", vpc_id=vpc.id, ingress=[{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["10.0.0.0/16"]}])\naws.ec2.VpcEndpoint("sqs", vpc_id=vpc.id, service_name="com.amazonaws.us-east-2.sqs", vpc_endpoint_type="Interface",\n    subnet_ids=[subnet.id], security_group_ids=[sg.id], private_dns_enabled=True)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
      'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
      'https://docs.aws.amazon.com/vpc/latest/privatelink/interface-endpoints.html#vpce-private-dns',
      'https://www.pulumi.com/registry/packages/aws/api-docs/ec2/vpcendpoint/',
    ],
    notes: 'Missing route tables, subnets and security groups are reported only when the whole program was read and no `aws.ec2.VpcEndpointRouteTableAssociation` / `VpcEndpointSubnetAssociation` / `VpcEndpointSecurityGroupAssociation` may add them. An endpoint type or service name that is not known keeps the type-specific checks silent. S3 interface endpoints are not asked for private DNS (it needs a gateway endpoint and inbound resolver options). HTTPS ingress is judged only for security groups whose inline rules are all known and that no separate rule resource extends.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    for (const r of ctx.resources()) {
      if (checkReferences(ctx, r)) continue;
      const typeV = r.args.props.get('vpcEndpointType');
      const type = isAbsent(typeV) && !r.args.open ? 'Gateway' : str(typeV);
      const { service: svc, region } = service(arg(r, 'serviceName'));
      const here = regionOf(ctx.model, r);
      if (region && here && region !== here) {
        ctx.report({ messageId: 'region', data: { region, here }, at: arg(r, 'serviceName')?.at, resource: r, severity: 'high' });
        continue;
      }
      if (type === 'Gateway') checkGateway(ctx, r, svc, complete);
      else if (type === 'Interface') checkInterface(ctx, r, svc, complete);
    }
  },
});
