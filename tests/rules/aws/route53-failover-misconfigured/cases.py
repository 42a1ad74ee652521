import pulumi
import pulumi_aws as aws

config = pulumi.Config()
zone_id = "Z0123456789ABCDEFGHIJ"

# --- bad
for role in ["PRIMARY", "SECONDARY"]:
    aws.route53.Record(f"db-{role.lower()}", zone_id=zone_id, name="db.acme-corp.io", type="CNAME", ttl=60,
                       records=[f"{role.lower()}.acme-corp.io"], set_identifier=role.lower(),
                       failover_routing_policies=[aws.route53.RecordFailoverRoutingPolicyArgs(type=role)])  # error: [aws/route53-failover-misconfigured]

# --- clean
check = aws.route53.HealthCheck("db2", type="TCP", fqdn="db2.acme-corp.io", port=5432, request_interval=30, failure_threshold=3)
aws.route53.Record("db2-primary", zone_id=zone_id, name="db2.acme-corp.io", type="CNAME", ttl=60, records=["p.acme-corp.io"],
                   set_identifier="primary", health_check_id=check.id, failover_routing_policies=[{"type": "PRIMARY"}])
aws.route53.Record("db2-secondary", zone_id=zone_id, name="db2.acme-corp.io", type="CNAME", ttl=60, records=["s.acme-corp.io"],
                   set_identifier="secondary", failover_routing_policies=[{"type": "SECONDARY"}])

# --- unknown
aws.route53.Record("cfg", zone_id=zone_id, name="cfg.acme-corp.io", type="CNAME", ttl=60, records=["c.acme-corp.io"],
                   set_identifier=config.get("set_id"), failover_routing_policies=[{"type": config.require("role")}])
