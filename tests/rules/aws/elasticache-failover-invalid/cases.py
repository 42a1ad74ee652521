import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad


class Cache(pulumi.ComponentResource):
    def __init__(self, name, nodes, opts=None):
        super().__init__("tap:cache:Cache", name, None, opts)
        self.group = aws.elasticache.ReplicationGroup(f"{name}-redis", description="redis", engine="redis", node_type="cache.t3.micro",
                                                      num_cache_clusters=nodes, automatic_failover_enabled=True,  # error: [aws/elasticache-failover-invalid]
                                                      opts=pulumi.ResourceOptions(parent=self))


Cache("sessions", 1)

# --- clean
Cache("orders", 3)

# --- unknown
Cache("cfg", config.require_int("nodes"))
