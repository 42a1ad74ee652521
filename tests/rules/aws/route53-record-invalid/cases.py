import pulumi
import pulumi_aws as aws

config = pulumi.Config()
zone = aws.route53.Zone("zone", name="acme-corp.io")
alb = aws.lb.LoadBalancer("alb", subnets=["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"])

# --- bad
aws.route53.Record("apex", zone_id=zone.zone_id, name="acme-corp.io", type="CNAME", ttl=300,  # error: [aws/route53-record-invalid]
                   records=[alb.dns_name])


def alias_record(name, host):
    return aws.route53.Record(name, zone_id=zone.zone_id, name=host, type="A", ttl=60,  # error: [aws/route53-record-invalid]
                              aliases=[{"name": alb.dns_name, "zone_id": alb.zone_id, "evaluate_target_health": True}])


alias_record("app", "app.acme-corp.io")
aws.route53.Record("host-a", zone_id=zone.zone_id, name="app2.acme-corp.io", type="A", ttl=300,
                   records=["my-alb-123456.us-east-1.elb.amazonaws.com"])  # error: [aws/route53-record-invalid]
aws.route53.Record("host-aaaa", zone_id=zone.zone_id, name="app2.acme-corp.io", type="AAAA", ttl=300,
                   records=["192.0.2.10"])  # error: [aws/route53-record-invalid]
# Full names outside their zone: the provider appends the zone's name.
app_zone = aws.route53.Zone("app-zone", name="app.acme-corp.io")
aws.route53.Record("sibling", zone_id=app_zone.zone_id, name="api.acme-corp.io", type="CNAME", ttl=300,  # error: [aws/route53-record-invalid]
                   records=[alb.dns_name])
aws.route53.Record("elsewhere", zone_id=zone.zone_id, name="status.other-corp.io.", type="CNAME", ttl=300,  # error: [aws/route53-record-invalid]
                   records=[alb.dns_name])

# --- clean
# Relative names are the shorthand for names inside the zone.
aws.route53.Record("relative", zone_id=app_zone.zone_id, name="api", type="CNAME", ttl=300, records=[alb.dns_name])
aws.route53.Record("relative-two", zone_id=app_zone.zone_id, name="api.dev", type="CNAME", ttl=300, records=[alb.dns_name])
aws.route53.Record("inside", zone_id=app_zone.zone_id, name="web.app.acme-corp.io.", type="CNAME", ttl=300, records=[alb.dns_name])
aws.route53.Record("ip-a", zone_id=zone.zone_id, name="ip.acme-corp.io", type="A", ttl=300,
                   records=["192.0.2.10", "198.51.100.7"])
aws.route53.Record("ip-aaaa", zone_id=zone.zone_id, name="ip.acme-corp.io", type="AAAA", ttl=300,
                   records=["2001:db8::10"])
aws.route53.Record("app-ok", zone_id=zone.zone_id, name="app.acme-corp.io", type="A",
                   aliases=[{"name": alb.dns_name, "zone_id": alb.zone_id, "evaluate_target_health": True}])
aws.route53.Record("www", zone_id=zone.zone_id, name="www.acme-corp.io", type="CNAME", ttl=300, records=[alb.dns_name])

# --- unknown
aws.route53.Record("configured", zone_id=config.require("zone_id"), name="acme-corp.io", type="CNAME", ttl=300,
                   records=[alb.dns_name])
eip = aws.ec2.Eip("eip", domain="vpc")
aws.route53.Record("eip-a", zone_id=zone.zone_id, name="eip.acme-corp.io", type="A", ttl=300,
                   records=[eip.public_ip, config.require("ip")])

pulumi.export("zone_id", zone.zone_id)
