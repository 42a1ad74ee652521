import { str } from '../_shared/values.js';
import { walk } from '../_shared/walk.js';
import { defineRule } from '../define-rule.js';

const WEB_ACL = 'aws:wafv2/webAcl:WebAcl';

/** The rule groups AWS publishes under vendor "AWS" (AWS Managed Rules rule groups list). */
const AWS_MANAGED = new Set([
  'AWSManagedRulesCommonRuleSet',
  'AWSManagedRulesAdminProtectionRuleSet',
  'AWSManagedRulesKnownBadInputsRuleSet',
  'AWSManagedRulesSQLiRuleSet',
  'AWSManagedRulesLinuxRuleSet',
  'AWSManagedRulesUnixRuleSet',
  'AWSManagedRulesWindowsRuleSet',
  'AWSManagedRulesPHPRuleSet',
  'AWSManagedRulesWordPressRuleSet',
  'AWSManagedRulesAmazonIpReputationList',
  'AWSManagedRulesAnonymousIpList',
  'AWSManagedRulesBotControlRuleSet',
  'AWSManagedRulesATPRuleSet',
  'AWSManagedRulesACFPRuleSet',
  'AWSManagedRulesAntiDDoSRuleSet',
]);

function closest(name: string): string | undefined {
  const lower = name.toLowerCase();
  const words = lower.replace(/^awsmanagedrules/, '').replace(/(ruleset|list)$/, '');
  if (/owasp|top ?10|xss|core/.test(words)) return 'AWSManagedRulesCommonRuleSet';
  if (/sql/.test(words)) return 'AWSManagedRulesSQLiRuleSet';
  if (/reputation|ip/.test(words)) return 'AWSManagedRulesAmazonIpReputationList';
  if (/bot/.test(words)) return 'AWSManagedRulesBotControlRuleSet';
  if (/bad|input|log4j/.test(words)) return 'AWSManagedRulesKnownBadInputsRuleSet';
  if (/ddos/.test(words)) return 'AWSManagedRulesAntiDDoSRuleSet';
  return undefined;
}

export default defineRule({
  id: 'aws/waf-managed-rule-group-unknown',
  class: 'CDN-DNS-EDGE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [WEB_ACL],
  messages: {
    unknown: '`{{name}}` is not an AWS managed rule group: WAF rejects the web ACL ("WAFNonexistentItemException") and the deployment fails.{{hint}} Use a name from the AWS Managed Rules list (e.g. AWSManagedRulesCommonRuleSet, AWSManagedRulesKnownBadInputsRuleSet, AWSManagedRulesSQLiRuleSet).',
  },
  title: 'Nonexistent AWS managed rule group {{name:code}}',
  fixHint: 'managedRuleGroupStatement: { vendorName: "AWS", name: "AWSManagedRulesCommonRuleSet" } (OWASP Top 10 coverage), plus AWSManagedRulesKnownBadInputsRuleSet / AWSManagedRulesSQLiRuleSet as needed.',
  docs: {
    summary: 'WAFv2 web ACL rules that reference an AWS managed rule group (vendor "AWS") that does not exist.',
    why: 'Managed rule groups are referenced by exact name. Models invent plausible names such as `AWSManagedRulesOWASPTop10RuleSet` or `AWSManagedRulesXSSRuleSet`; WAF cannot find them and CreateWebACL fails. OWASP Top 10 coverage comes from AWSManagedRulesCommonRuleSet (with KnownBadInputs and SQLi).',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.wafv2.WebAcl('api', {\n  scope: 'REGIONAL',\n  defaultAction: { allow: {} },\n  visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'api', sampledRequestsEnabled: true },\n  rules: [{\n    name: 'owasp',\n    priority: 1,\n    overrideAction: { none: {} },\n    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesOWASPTop10RuleSet' } },\n    visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'owasp', sampledRequestsEnabled: true },\n  }],\n});\n`,
      py: `import pulumi_aws as aws\naws.wafv2.WebAcl("api", scope="REGIONAL", default_action={"allow": {}},\n    visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "api", "sampled_requests_enabled": True},\n    rules=[{"name": "xss", "priority": 1, "override_action": {"none": {}},\n            "statement": {"managed_rule_group_statement": {"vendor_name": "AWS", "name": "AWSManagedRulesXSSRuleSet"}},\n            "visibility_config": {"cloudwatch_metrics_enabled": True, "metric_name": "xss", "sampled_requests_enabled": True}}])\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nnew aws.wafv2.WebAcl('api', {\n  scope: 'REGIONAL',\n  defaultAction: { allow: {} },\n  visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'api', sampledRequestsEnabled: true },\n  rules: [{\n    name: 'common',\n    priority: 1,\n    overrideAction: { none: {} },\n    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesCommonRuleSet' } },\n    visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'common', sampledRequestsEnabled: true },\n  }],\n});\n`,
      py: `import pulumi_aws as aws\naws.wafv2.WebAcl("api", scope="REGIONAL", default_action={"allow": {}},\n    visibility_config={"cloudwatch_metrics_enabled": True, "metric_name": "api", "sampled_requests_enabled": True},\n    rules=[{"name": "sqli", "priority": 1, "override_action": {"none": {}},\n            "statement": {"managed_rule_group_statement": {"vendor_name": "AWS", "name": "AWSManagedRulesSQLiRuleSet"}},\n            "visibility_config": {"cloudwatch_metrics_enabled": True, "metric_name": "sqli", "sampled_requests_enabled": True}}])\n`,
    },
    references: ['https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-list.html'],
    notes: 'Only rule groups of vendor "AWS" are checked (Marketplace vendors publish their own names). The list of AWS managed rule groups is fixed in the rule; a group AWS adds later would be reported until the list is updated.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      walk(r.args, ({ key, value }) => {
        if (key !== 'managedRuleGroupStatement' || value.kind !== 'obj') return;
        const nameV = value.props.get('name');
        const name = str(nameV);
        if (str(value.props.get('vendorName')) !== 'AWS' || !name || AWS_MANAGED.has(name)) return;
        const guess = closest(name);
        ctx.report({ messageId: 'unknown', data: { name, hint: guess ? ` The group you probably want is ${guess}.` : '' }, at: nameV?.at, resource: r });
      });
    }
  },
});
