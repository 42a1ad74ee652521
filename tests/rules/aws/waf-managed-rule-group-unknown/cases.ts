import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const visibilityConfig = { cloudwatchMetricsEnabled: true, metricName: 'waf', sampledRequestsEnabled: true };
const managed = (name: string, priority: number, vendorName = 'AWS') => ({ name, priority, overrideAction: { none: {} }, statement: { managedRuleGroupStatement: { vendorName, name } }, visibilityConfig });

// --- bad
new aws.wafv2.WebAcl('api', {
  scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig,
  rules: [managed('AWSManagedRulesCommonRuleSet', 1), managed('AWSManagedRulesOWASPTop10RuleSet', 2)], // error: [aws/waf-managed-rule-group-unknown]
});
new aws.wafv2.WebAcl('nested', {
  scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig,
  rules: [{
    name: 'scoped', priority: 1, overrideAction: { none: {} }, visibilityConfig,
    statement: { managedRuleGroupStatement: { vendorName: 'AWS', name: 'AWSManagedRulesSQLInjectionRuleSet', scopeDownStatement: { byteMatchStatement: { searchString: '/api', positionalConstraint: 'STARTS_WITH', fieldToMatch: { uriPath: {} }, textTransformations: [{ priority: 0, type: 'NONE' }] } } } }, // error: [aws/waf-managed-rule-group-unknown]
  }],
});

// --- clean
new aws.wafv2.WebAcl('ok', {
  scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig,
  rules: [managed('AWSManagedRulesCommonRuleSet', 1), managed('AWSManagedRulesKnownBadInputsRuleSet', 2), managed('AWSManagedRulesAmazonIpReputationList', 3), managed('F5OWASPRuleSet', 4, 'F5')],
});

// --- unknown
new aws.wafv2.WebAcl('cfg', { scope: 'REGIONAL', defaultAction: { allow: {} }, visibilityConfig, rules: [managed(config.require('ruleGroup'), 1)] });
