import type { Value } from '../../ir/values.js';
import type { Resource } from '../../model/types.js';
import { referencedResource, resourceById } from '../_shared/resource-refs.js';
import { arg, definitelyAbsent, items, str } from '../_shared/values.js';
import type { RuleContext } from '../context.js';
import { defineRule } from '../define-rule.js';

const REST_INTEGRATION = 'aws:apigateway/integration:Integration';
const HTTP_INTEGRATION = 'aws:apigatewayv2/integration:Integration';
const REST_VPC_LINK = 'aws:apigateway/vpcLink:VpcLink';
const LAMBDA = 'aws:lambda/function:Function';
const LOAD_BALANCERS = new Set(['aws:lb/loadBalancer:LoadBalancer', 'aws:alb/loadBalancer:LoadBalancer', 'aws:elb/loadBalancer:LoadBalancer']);
const LISTENERS = new Set(['aws:lb/listener:Listener', 'aws:alb/listener:Listener']);
const CLOUD_MAP_SERVICE = 'aws:servicediscovery/service:Service';

/** What a URI is built from: the resource attribute or literal text it starts with. */
function leadOf(model: RuleContext['model'], v: Value | undefined, depth = 0): { resource: Resource; attr: string } | { text: string } | undefined {
  if (!v || depth > 6) return undefined;
  if (v.kind === 'output') {
    const r = referencedResource(model, v);
    if (r && v.attr) return { resource: r, attr: v.attr };
    return leadOf(model, v.inner, depth + 1);
  }
  if (v.kind === 'unknown' && v.ref) {
    const r = resourceById(model, v.ref.resource);
    return r ? { resource: r, attr: v.ref.attr } : undefined;
  }
  if (v.kind === 'str') return leadOf(model, v.parts[0], depth + 1);
  if (v.kind === 'known' && typeof v.value === 'string') return { text: v.value };
  return undefined;
}

/** `aws.lb.TargetGroup`, as the program spells it. */
function spelled(r: Resource, attr: string): string {
  return `${r.typePath}.${r.lang === 'py' ? attr.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : attr}`;
}

function isApplicationLb(r: Resource): boolean | undefined {
  if (r.type === 'aws:alb/loadBalancer:LoadBalancer') return true;
  const type = str(arg(r, 'loadBalancerType'));
  if (type !== undefined) return type === 'application';
  return definitelyAbsent(r, 'loadBalancerType') ? true : undefined;
}

export default defineRule({
  id: 'aws/apigw-integration-target-invalid',
  class: 'API-GATEWAY-CONFIG',
  severity: 'high',
  category: 'aws',
  resourceTypes: [REST_INTEGRATION, HTTP_INTEGRATION, REST_VPC_LINK],
  messages: {
    privateTarget: 'The private integration targets `{{what}}`, but an HTTP API private integration takes the ARN of a load balancer listener (ALB or NLB) or of a Cloud Map service: API Gateway rejects the integration ("Invalid integration URI specified"). Use the listener\'s ARN (`listener.arn`) with `connectionType: "VPC_LINK"`.',
    httpNotUrl: 'The {{kind}} integration sends requests to `{{what}}`, which is an ARN, not a URL: API Gateway rejects it ("Invalid HTTP endpoint specified for URI") or calls nothing. Give the `http(s)://` URL of the backend (for a load balancer, its DNS name); reach a private load balancer through a VPC link.',
    awsNotServiceUri: 'The `{{type}}` integration\'s URI is `{{what}}`, a resource ARN, but AWS service integrations take an API Gateway service URI (`arn:aws:apigateway:<region>:<service>:action/<Action>` or `:path/...`), and only Lambda functions can be proxied: API Gateway rejects the integration ("Invalid ARN specified in the request"). {{fix}}',
    vpcLinkAlb: 'The REST API VPC link targets `{{what}}`, an Application Load Balancer: REST API VPC links only accept Network Load Balancers, so creating the link fails. Put an NLB in front of the service (or use an HTTP API, whose VPC links reach ALBs through their listeners).',
    vpcLinkNotLb: 'The REST API VPC link targets `{{what}}`, which is not a load balancer: `targetArns` takes the ARN of a Network Load Balancer, so creating the link fails. Use the NLB\'s ARN.',
  },
  title: {
    privateTarget: 'Private integration targets {{what:code}}, not a listener or Cloud Map service',
    httpNotUrl: '{{kind}} integration targets the ARN {{what:code}}, not a URL',
    awsNotServiceUri: 'AWS integration URI {{what:code}} is not a service URI',
    vpcLinkAlb: 'REST API VPC link targets an Application Load Balancer ({{what:code}})',
    vpcLinkNotLb: 'REST API VPC link targets {{what:code}}, not a load balancer',
  },
  fixHint: 'HTTP API: integrationUri: listener.arn with connectionType: "VPC_LINK" and connectionId: vpcLink.id; REST API: uri: pulumi.interpolate`http://${nlb.dnsName}/{proxy}` through a VPC link whose targetArns hold an NLB ARN.',
  docs: {
    summary: 'API Gateway integrations and VPC links pointed at the wrong kind of target: an HTTP API private integration at a target group or load balancer instead of a listener, an HTTP integration at an ARN instead of a URL, an AWS integration at a resource ARN instead of a service URI, a REST VPC link at an ALB.',
    why: 'Each integration type takes one form of target. HTTP API private integrations route through a VPC link to a listener or a Cloud Map service; REST API VPC links only reach Network Load Balancers; HTTP integrations call a URL; AWS service integrations name a service action (`arn:aws:apigateway:<region>:sqs:path/<account>/<queue>`), not the resource\'s own ARN. Generated stacks often pass the nearest ARN at hand (a target group, the ALB, a queue), which API Gateway refuses when the integration or link is created.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: vpc.id });\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nnew aws.apigatewayv2.Integration('alb', { apiId: api.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', integrationUri: tg.arn });\n`,
      py: `import pulumi_aws as aws\nalb = aws.lb.LoadBalancer("alb", load_balancer_type="application", subnets=["subnet-1", "subnet-2"])\naws.apigateway.VpcLink("link", name="link", target_arns=[alb.arn])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst vpc = new aws.ec2.Vpc('vpc', { cidrBlock: '10.0.0.0/16' });\nconst tg = new aws.lb.TargetGroup('tg', { port: 80, protocol: 'HTTP', vpcId: vpc.id });\nconst alb = new aws.lb.LoadBalancer('alb', { internal: true, subnets: ['subnet-1', 'subnet-2'] });\nconst listener = new aws.lb.Listener('http', { loadBalancerArn: alb.arn, port: 80, defaultActions: [{ type: 'forward', targetGroupArn: tg.arn }] });\nconst link = new aws.apigatewayv2.VpcLink('link', { subnetIds: ['subnet-1', 'subnet-2'], securityGroupIds: [] });\nconst api = new aws.apigatewayv2.Api('http', { protocolType: 'HTTP' });\nnew aws.apigatewayv2.Integration('alb', { apiId: api.id, integrationType: 'HTTP_PROXY', integrationMethod: 'ANY', connectionType: 'VPC_LINK', connectionId: link.id, integrationUri: listener.arn });\n`,
      py: `import pulumi_aws as aws\nnlb = aws.lb.LoadBalancer("nlb", load_balancer_type="network", internal=True, subnets=["subnet-1", "subnet-2"])\naws.apigateway.VpcLink("link", name="link", target_arns=[nlb.arn])\n`,
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-private.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-private-integration.html',
      'https://docs.aws.amazon.com/apigateway/latest/api/API_PutIntegration.html',
    ],
    notes: 'Only targets known to be resources of the program are judged (their type decides), plus literal ARNs in AWS integrations. A Lambda function\'s `arn` as a REST integration URI is reported by aws/apigw-lambda-integration. An ALB is assumed when `loadBalancerType` is not given (the default).',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (r.type === REST_VPC_LINK) checkVpcLink(ctx, r);
      else if (r.type === HTTP_INTEGRATION) checkHttpApi(ctx, r);
      else checkRest(ctx, r);
    }
  },
});

function checkVpcLink(ctx: RuleContext, link: Resource): void {
  for (const t of items(arg(link, 'targetArns'))?.items ?? []) {
    const lead = leadOf(ctx.model, t);
    if (!lead || !('resource' in lead)) continue;
    const what = spelled(lead.resource, lead.attr);
    if (LOAD_BALANCERS.has(lead.resource.type)) {
      if (isApplicationLb(lead.resource) === true) ctx.report({ messageId: 'vpcLinkAlb', data: { what }, at: t.at, resource: link });
    } else if (lead.attr === 'arn') ctx.report({ messageId: 'vpcLinkNotLb', data: { what }, at: t.at, resource: link });
  }
}

function checkHttpApi(ctx: RuleContext, r: Resource): void {
  if (str(arg(r, 'integrationType'))?.toUpperCase() !== 'HTTP_PROXY') return;
  const uri = arg(r, 'integrationUri');
  const lead = leadOf(ctx.model, uri);
  if (!lead || !('resource' in lead)) return;
  const what = spelled(lead.resource, lead.attr);
  const target = lead.resource;
  if (str(arg(r, 'connectionType'))?.toUpperCase() === 'VPC_LINK') {
    if (!LISTENERS.has(target.type) && target.type !== CLOUD_MAP_SERVICE && /arn$/i.test(lead.attr)) ctx.report({ messageId: 'privateTarget', data: { what }, at: uri?.at, resource: r });
  } else if (/arn$/i.test(lead.attr)) {
    ctx.report({ messageId: 'httpNotUrl', data: { what, kind: 'HTTP_PROXY' }, at: uri?.at, resource: r });
  }
}

function checkRest(ctx: RuleContext, r: Resource): void {
  const type = str(arg(r, 'type'))?.toUpperCase();
  const uri = arg(r, 'uri');
  const lead = leadOf(ctx.model, uri);
  if (!type || !lead) return;
  if (type === 'HTTP' || type === 'HTTP_PROXY') {
    if ('resource' in lead && /arn$/i.test(lead.attr)) ctx.report({ messageId: 'httpNotUrl', data: { what: spelled(lead.resource, lead.attr), kind: type }, at: uri?.at, resource: r });
    return;
  }
  if (type !== 'AWS' && type !== 'AWS_PROXY') return;
  if ('resource' in lead) {
    if (lead.resource.type === LAMBDA || !/arn$/i.test(lead.attr) || lead.attr === 'invokeArn') return;
    const fix = type === 'AWS_PROXY' ? 'Only a Lambda function\'s `invokeArn` can be the URI of an AWS_PROXY integration; use type "AWS" with a service URI for other services.' : 'Build the service URI from the region and the resource (for SQS: `arn:aws:apigateway:<region>:sqs:path/<account-id>/<queue-name>`).';
    ctx.report({ messageId: 'awsNotServiceUri', data: { what: spelled(lead.resource, lead.attr), type, fix }, at: uri?.at, resource: r });
  } else if (/^arn:aws[a-z-]*:(?!apigateway:)[a-z0-9-]+:/i.test(lead.text)) {
    const fix = 'Write the URI in the `arn:aws:apigateway:` form (for Lambda: `arn:aws:apigateway:<region>:lambda:path/2015-03-31/functions/<function-arn>/invocations`, i.e. the function\'s `invokeArn`).';
    ctx.report({ messageId: 'awsNotServiceUri', data: { what: lead.text.length > 60 ? `${lead.text.slice(0, 60)}…` : lead.text, type, fix }, at: uri?.at, resource: r });
  }
}
