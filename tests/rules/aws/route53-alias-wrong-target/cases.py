import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alb = aws.lb.LoadBalancer("alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])
site = aws.s3.BucketV2("www.acme-corp.io", bucket="www.acme-corp.io")
site_web = aws.s3.BucketWebsiteConfigurationV2("www", bucket=site.id, index_document={"suffix": "index.html"})
api = aws.apigateway.RestApi("orders")
stage = aws.apigateway.Stage("prod", rest_api=api.id, deployment="dep-123", stage_name="prod")
api_domain = aws.apigateway.DomainName("orders", domain_name="orders.acme-corp.io", regional_certificate_arn=config.require("cert_arn"),
                                     endpoint_configuration={"types": "REGIONAL"})

# --- bad


class Dns(pulumi.ComponentResource):
    def __init__(self, name, target, opts=None):
        super().__init__("tap:dns:Dns", name, None, opts)
        aws.route53.Record(f"{name}-a", zone_id="Z0123456789ABCDEFGHIJ", name=f"{name}.acme-corp.io", type="A",
                           aliases=[aws.route53.RecordAliasArgs(name=target.arn, zone_id=target.zone_id, evaluate_target_health=True)],  # error: [aws/route53-alias-wrong-target]
                           opts=pulumi.ResourceOptions(parent=self))


Dns("api", alb)

aws.route53.Record("www", zone_id="Z0123456789ABCDEFGHIJ", name="www.acme-corp.io", type="A",
                   aliases=[{"name": site_web.website_endpoint, "zone_id": "Z1BKCTXD74EZPE",  # error: [aws/route53-alias-wrong-target]
                             "evaluate_target_health": False}])
aws.route53.Record("orders", zone_id="Z0123456789ABCDEFGHIJ", name="orders.acme-corp.io", type="A",
                   aliases=[{"name": stage.invoke_url,  # error: [aws/route53-alias-wrong-target]
                             "zone_id": "Z0123456789ABCDEFGHIJ", "evaluate_target_health": False}])
aws.route53.Record("edge", zone_id="Z0123456789ABCDEFGHIJ", name="edge.acme-corp.io", type="A",
                   aliases=[{"name": alb.dns_name, "zone_id": api_domain.regional_zone_id,  # error: [aws/route53-alias-wrong-target]
                             "evaluate_target_health": False}])

# --- clean
aws.route53.Record("ok", zone_id="Z0123456789ABCDEFGHIJ", name="ok.acme-corp.io", type="A",
                   aliases=[{"name": alb.dns_name, "zone_id": alb.zone_id, "evaluate_target_health": True}])

aws.route53.Record("www-ok", zone_id="Z0123456789ABCDEFGHIJ", name="www2.acme-corp.io", type="A",
                   aliases=[{"name": site_web.website_domain, "zone_id": site.hosted_zone_id, "evaluate_target_health": False}])

# --- unknown
aws.route53.Record("cfg", zone_id="Z0123456789ABCDEFGHIJ", name="cfg.acme-corp.io", type="A",
                   aliases=[{"name": config.require("target"), "zone_id": alb.zone_id, "evaluate_target_health": True}])
