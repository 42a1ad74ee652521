import pulumi
import pulumi_aws as aws
from pulumi import Output

config = pulumi.Config()

# --- bad
base_domain = config.get("base_domain") or "example.com"  # error: [aws/placeholder-domain]
zone = aws.route53.Zone("zone", name=f"payments.{base_domain}")
aws.route53.Record(
    "apex",
    zone_id=zone.zone_id,
    name=f"payments.{base_domain}",
    type="A",
    aliases=[aws.route53.RecordAliasArgs(
        name=Output.concat("placeholder"),  # error: [aws/placeholder-domain]
        zone_id="Z2FDTNDATAQYW2",
        evaluate_target_health=False,
    )],
)
aws.acm.Certificate("cert", domain_name="shop.test", validation_method="DNS")  # error: [aws/placeholder-domain]
aws.apigateway.DomainName("custom", domain_name="api.your-company.com", regional_certificate_arn=config.require("cert_arn"))  # error: [aws/placeholder-domain]
aws.sesv2.EmailIdentity("sender", email_identity="mail.example.net")  # error: [aws/placeholder-domain]

# --- clean
domain = config.require("domain")
aws.acm.Certificate("real", domain_name=f"api.{domain}", validation_method="DNS")
aws.route53.Zone("private", name="service.local", vpcs=[aws.route53.ZoneVpcArgs(vpc_id=config.require("vpc_id"))])
aws.sesv2.EmailIdentity("alerts", email_identity=config.require("alert_email"))

# --- unknown
aws.route53.Zone("configured", name=config.require("zone_name"))
aws.cloudfront.Distribution(
    "cdn",
    enabled=True,
    aliases=[config.require("alias")],
    origins=[aws.cloudfront.DistributionOriginArgs(origin_id="app", domain_name=config.require("origin"))],
    default_cache_behavior=aws.cloudfront.DistributionDefaultCacheBehaviorArgs(
        target_origin_id="app",
        viewer_protocol_policy="redirect-to-https",
        allowed_methods=["GET", "HEAD"],
        cached_methods=["GET", "HEAD"],
        forwarded_values=aws.cloudfront.DistributionDefaultCacheBehaviorForwardedValuesArgs(
            query_string=False, cookies=aws.cloudfront.DistributionDefaultCacheBehaviorForwardedValuesCookiesArgs(forward="none")
        ),
    ),
    restrictions=aws.cloudfront.DistributionRestrictionsArgs(
        geo_restriction=aws.cloudfront.DistributionRestrictionsGeoRestrictionArgs(restriction_type="none")
    ),
    viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(cloudfront_default_certificate=True),
)

pulumi.export("zone", zone.zone_id)
