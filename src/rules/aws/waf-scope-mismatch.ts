import type { Resource } from '../../model/types.js';
import { regionOf } from '../_shared/deploy-region.js';
import { quotedName, referencedResource } from '../_shared/resource-refs.js';
import { arg, keySpan, str } from '../_shared/values.js';
import { programIsComplete } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const WEB_ACL = 'aws:wafv2/webAcl:WebAcl';
const ASSOCIATION = 'aws:wafv2/webAclAssociation:WebAclAssociation';
const DISTRIBUTION = 'aws:cloudfront/distribution:Distribution';

function scope(acl: Resource): string | undefined {
  return str(arg(acl, 'scope'))?.toUpperCase();
}

export default defineRule({
  id: 'aws/waf-scope-mismatch',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [WEB_ACL, ASSOCIATION, DISTRIBUTION],
  messages: {
    region: 'This web ACL has `scope: "CLOUDFRONT"` but is created in {{region}}: CloudFront web ACLs can only be created through us-east-1, so WAF rejects it. Create it with an `aws.Provider` for us-east-1, or use `scope: "REGIONAL"` for a regional resource.',
    associateCloudfront: 'This association attaches web ACL {{acl}}, whose scope is CLOUDFRONT, to a regional resource: only REGIONAL web ACLs can be associated with load balancers, API Gateway stages, AppSync APIs or Cognito pools, so the association fails. Create the web ACL with `scope: "REGIONAL"` in the resource\'s region.',
    distributionRegional: 'This distribution uses web ACL {{acl}}, whose scope is REGIONAL: CloudFront accepts only web ACLs with scope CLOUDFRONT (created in us-east-1), so the distribution update fails. Create a CLOUDFRONT-scoped web ACL for it.',
    distributionId: 'This distribution sets `webAclId` to the id of WAFv2 web ACL {{acl}}: for WAFv2, CloudFront expects the web ACL\'s ARN, so the distribution is rejected. Use `webAcl.arn`.',
    unused: 'This web ACL has `scope: "CLOUDFRONT"`, but the program creates no CloudFront distribution: nothing can use it, and it cannot protect the load balancers or APIs the program does create (they need a REGIONAL web ACL and an `aws.wafv2.WebAclAssociation`). Use `scope: "REGIONAL"` and associate it, or attach it to a distribution.',
  },
  title: {
    region: 'CloudFront-scoped web ACL created in {{region}}',
    associateCloudfront: 'CloudFront-scoped web ACL {{acl}} associated with a regional resource',
    distributionRegional: 'Distribution uses the regional web ACL {{acl}}',
    distributionId: 'Distribution given the id, not the ARN, of web ACL {{acl}}',
    unused: 'CloudFront-scoped {{counted}} with no distribution to protect',
  },
  fixHint: 'Regional resources (ALB, API Gateway stage): scope "REGIONAL" + aws.wafv2.WebAclAssociation; CloudFront: scope "CLOUDFRONT" with a us-east-1 provider and `webAclId: webAcl.arn` on the distribution.',
  docs: {
    summary: 'WAFv2 web ACLs whose scope does not fit where they are used: CLOUDFRONT ACLs outside us-east-1, associated with regional resources or in programs without a distribution; REGIONAL ACLs (or WAFv2 ACL ids) on CloudFront distributions.',
    why: 'WAFv2 keeps two separate kinds of web ACL: CLOUDFRONT ones, created only through us-east-1 and attached through the distribution\'s `webAclId` (the ACL\'s ARN), and REGIONAL ones, attached to ALBs, API Gateway stages, AppSync and Cognito with `aws.wafv2.WebAclAssociation`. Model-written stacks protect an API or a load balancer with a CLOUDFRONT ACL, create it with the default regional provider, or pass `webAcl.id` to the distribution; each fails at deployment or leaves the resource unprotected.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst acl = new aws.wafv2.WebAcl('api', {\n  scope: 'CLOUDFRONT',\n  defaultAction: { allow: {} },\n  visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'api', sampledRequestsEnabled: true },\n});\nnew aws.wafv2.WebAclAssociation('api', { resourceArn: 'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod', webAclArn: acl.arn });\n`,
      py: `import pulumi\nimport pulumi_aws as aws\neu = aws.Provider("eu", region="eu-west-1")\nacl = aws.wafv2.WebAcl("edge", scope="CLOUDFRONT", default_action={"allow": {}},\n    visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "edge", "sampled_requests_enabled": True},\n    opts=pulumi.ResourceOptions(provider=eu))\npulumi.export("acl_arn", acl.arn)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst acl = new aws.wafv2.WebAcl('api', {\n  scope: 'REGIONAL',\n  defaultAction: { allow: {} },\n  visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'api', sampledRequestsEnabled: true },\n});\nnew aws.wafv2.WebAclAssociation('api', { resourceArn: 'arn:aws:apigateway:us-east-1::/restapis/abc/stages/prod', webAclArn: acl.arn });\n`,
      py: `import pulumi_aws as aws\nacl = aws.wafv2.WebAcl("alb", scope="REGIONAL", default_action={"allow": {}},\n    visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "alb", "sampled_requests_enabled": True})\naws.wafv2.WebAclAssociation("alb", resource_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1", web_acl_arn=acl.arn)\n`,
    },
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/web-acl.html', 'https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html', 'https://www.pulumi.com/registry/packages/aws/api-docs/wafv2/webaclassociation/'],
    notes: 'The region is the literal region of the ACL\'s provider (followed through parents) or the project\'s `aws:region`; an unknown region is not judged. "No distribution" needs the whole program to have been read and is medium: the ACL may be meant for a distribution managed elsewhere.',
  },
  check(ctx) {
    const complete = programIsComplete(ctx.model);
    const hasDistribution = ctx.model.resources.some((r) => r.type === DISTRIBUTION);
    const associated = new Set<number>();
    for (const r of ctx.resources()) {
      if (r.type === ASSOCIATION) {
        const acl = referencedResource(ctx.model, arg(r, 'webAclArn'));
        if (acl?.type !== WEB_ACL) continue;
        associated.add(acl.id);
        if (scope(acl) === 'CLOUDFRONT') ctx.report({ messageId: 'associateCloudfront', data: { acl: quotedName(acl) }, at: arg(r, 'webAclArn')?.at, resource: r });
      } else if (r.type === DISTRIBUTION) {
        const v = arg(r, 'webAclId');
        const acl = referencedResource(ctx.model, v);
        if (acl?.type !== WEB_ACL || v?.kind !== 'output') continue;
        if (scope(acl) === 'REGIONAL') ctx.report({ messageId: 'distributionRegional', data: { acl: quotedName(acl) }, at: v.at, resource: r });
        else if (v.attr === 'id') ctx.report({ messageId: 'distributionId', data: { acl: quotedName(acl) }, at: v.at, resource: r });
      }
    }
    for (const acl of ctx.resources()) {
      if (acl.type !== WEB_ACL || scope(acl) !== 'CLOUDFRONT') continue;
      const region = regionOf(ctx.model, acl);
      if (region && region !== 'us-east-1') ctx.report({ messageId: 'region', data: { region }, at: keySpan(acl.args, 'scope'), resource: acl });
      else if (complete && !hasDistribution && !associated.has(acl.id) && !acl.conditional) ctx.report({ messageId: 'unused', at: keySpan(acl.args, 'scope'), resource: acl, severity: 'medium' });
    }
  },
});
