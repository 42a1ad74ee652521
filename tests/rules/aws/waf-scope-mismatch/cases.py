import pulumi
import pulumi_aws as aws

config = pulumi.Config()
visibility = {"cloudwatch_metrics_enabled": True, "metric_name": "waf", "sampled_requests_enabled": True}

# --- bad


class Security(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:sec:Security", name, None, opts)
        # No distribution anywhere in the program: nothing can use a CLOUDFRONT ACL.
        self.acl = aws.wafv2.WebAcl(f"{name}-waf", name=f"{name}-waf", scope="CLOUDFRONT",  # error: [aws/waf-scope-mismatch]
                                    default_action={"allow": {}}, visibility_config=visibility, opts=pulumi.ResourceOptions(parent=self))


Security("payments")

# --- clean
acl = aws.wafv2.WebAcl("api", scope="REGIONAL", default_action={"allow": {}}, visibility_config=visibility)
aws.wafv2.WebAclAssociation("api", resource_arn="arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/1", web_acl_arn=acl.arn)

# --- unknown
aws.wafv2.WebAcl("cfg", scope=config.get("scope") or "REGIONAL", default_action={"allow": {}}, visibility_config=visibility)
