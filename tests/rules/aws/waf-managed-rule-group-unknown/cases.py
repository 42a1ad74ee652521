import pulumi
import pulumi_aws as aws

config = pulumi.Config()
visibility = {"cloudwatch_metrics_enabled": True, "metric_name": "waf", "sampled_requests_enabled": True}


def managed_rule(name, priority):
    return aws.wafv2.WebAclRuleArgs(
        name=name,
        priority=priority,
        override_action=aws.wafv2.WebAclRuleOverrideActionArgs(none={}),
        statement=aws.wafv2.WebAclRuleStatementArgs(
            managed_rule_group_statement=aws.wafv2.WebAclRuleStatementManagedRuleGroupStatementArgs(vendor_name="AWS", name=name)),
        visibility_config=visibility,
    )


# --- bad
aws.wafv2.WebAcl("api", scope="REGIONAL", default_action={"allow": {}}, visibility_config=visibility,
                 rules=[managed_rule(n, i) for i, n in enumerate(["AWSManagedRulesCommonRuleSet", "AWSManagedRulesXSSProtectionRuleSet"])])  # error: [aws/waf-managed-rule-group-unknown]

# --- clean
aws.wafv2.WebAcl("ok", scope="REGIONAL", default_action={"allow": {}}, visibility_config=visibility,
                 rules=[managed_rule(n, i) for i, n in enumerate(["AWSManagedRulesSQLiRuleSet", "AWSManagedRulesLinuxRuleSet"])])

# --- unknown
aws.wafv2.WebAcl("cfg", scope="REGIONAL", default_action={"allow": {}}, visibility_config=visibility,
                 rules=[managed_rule(n, i) for i, n in enumerate(config.require_object("rule_groups"))])
