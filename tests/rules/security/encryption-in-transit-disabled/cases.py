import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alb = aws.lb.LoadBalancer("alb", load_balancer_type="application", subnets=["subnet-1", "subnet-2"])
tg = aws.lb.TargetGroup("tg", port=80, protocol="HTTP", vpc_id="vpc-1")
cert = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

# --- bad
aws.lb.Listener("http", load_balancer_arn=alb.arn, port=80, protocol="HTTP",  # error: [security/encryption-in-transit-disabled]
    default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)])
aws.lb.Listener("https-old", load_balancer_arn=alb.arn, port=443, protocol="HTTPS", certificate_arn=cert,
    ssl_policy="ELBSecurityPolicy-TLS-1-1-2017-01",  # error: [security/encryption-in-transit-disabled]
    default_actions=[{"type": "forward", "target_group_arn": tg.arn}])
aws.cloudfront.Distribution("cdn", enabled=True,
    origins=[{"domain_name": "example.s3.amazonaws.com", "origin_id": "s3"}],
    default_cache_behavior={
        "target_origin_id": "s3",
        "viewer_protocol_policy": "allow-all",  # error: [security/encryption-in-transit-disabled]
        "allowed_methods": ["GET", "HEAD"],
        "cached_methods": ["GET", "HEAD"],
    },
    restrictions={"geo_restriction": {"restriction_type": "none"}},
    viewer_certificate={"cloudfront_default_certificate": True})
aws.elasticache.ReplicationGroup("redis", description="sessions", node_type="cache.t3.micro",
    transit_encryption_enabled=False)  # error: [security/encryption-in-transit-disabled]
aws.opensearch.Domain("search", engine_version="OpenSearch_2.11",  # error: [security/encryption-in-transit-disabled]
    encrypt_at_rest={"enabled": True})


def listener_for(lb, target_group):
    # No protocol: the ALB default is HTTP.
    return aws.lb.Listener("app", load_balancer_arn=lb.arn, port=80,  # error: [security/encryption-in-transit-disabled]
                           default_actions=[{"type": "forward", "target_group_arn": target_group.arn}])


listener_for(aws.lb.LoadBalancer("app", subnets=["subnet-1", "subnet-2"]), tg)
aws.msk.Cluster("kafka", cluster_name="events", kafka_version="3.6.0", number_of_broker_nodes=2,
    broker_node_group_info={"instance_type": "kafka.t3.small", "client_subnets": ["subnet-1", "subnet-2"],
                            "security_groups": ["sg-1"]},
    encryption_info={"encryption_in_transit": {"client_broker": "TLS_PLAINTEXT",  # error: [security/encryption-in-transit-disabled]
                                               "in_cluster": True}})

# --- clean
aws.lb.Listener("redirect", load_balancer_arn=alb.arn, port=80, protocol="HTTP",
    default_actions=[aws.lb.ListenerDefaultActionArgs(type="redirect",
        redirect=aws.lb.ListenerDefaultActionRedirectArgs(protocol="HTTPS", port="443", status_code="HTTP_301"))])
aws.lb.Listener("https", load_balancer_arn=alb.arn, port=443, protocol="HTTPS", certificate_arn=cert,
    ssl_policy="ELBSecurityPolicy-TLS13-1-2-2021-06",
    default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)])
aws.elasticache.ReplicationGroup("redis-tls", description="sessions", node_type="cache.t3.micro",
    transit_encryption_enabled=True)
aws.opensearch.Domain("search-secure", engine_version="OpenSearch_2.11",
    node_to_node_encryption={"enabled": True},
    domain_endpoint_options={"enforce_https": True, "tls_security_policy": "Policy-Min-TLS-1-2-2019-07"})

# --- unknown
aws.lb.Listener("configured", load_balancer_arn=alb.arn, port=80, protocol=config.require("protocol"),
    default_actions=[aws.lb.ListenerDefaultActionArgs(type="forward", target_group_arn=tg.arn)])
aws.elasticache.ReplicationGroup("redis-config", description="sessions", node_type="cache.t3.micro",
    transit_encryption_enabled=config.get_bool("tls"))
