import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alb = aws.lb.LoadBalancer("alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])

# --- bad


class Dns(pulumi.ComponentResource):
    def __init__(self, name, target, opts=None):
        super().__init__("tap:dns:Dns", name, None, opts)
        aws.route53.Record(f"{name}-a", zone_id="Z0123456789ABCDEFGHIJ", name=f"{name}.acme-corp.io", type="A",
                           aliases=[aws.route53.RecordAliasArgs(name=target.arn, zone_id=target.zone_id, evaluate_target_health=True)],  # error: [aws/route53-alias-wrong-target]
                           opts=pulumi.ResourceOptions(parent=self))


Dns("api", alb)

# --- clean
aws.route53.Record("ok", zone_id="Z0123456789ABCDEFGHIJ", name="ok.acme-corp.io", type="A",
                   aliases=[{"name": alb.dns_name, "zone_id": alb.zone_id, "evaluate_target_health": True}])

# --- unknown
aws.route53.Record("cfg", zone_id="Z0123456789ABCDEFGHIJ", name="cfg.acme-corp.io", type="A",
                   aliases=[{"name": config.require("target"), "zone_id": alb.zone_id, "evaluate_target_health": True}])
