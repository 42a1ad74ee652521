import pulumi
import pulumi_aws as aws

REDIS_AUTH_TOKEN = "s3ss10n-r3d1s-t0ken-2024-prod-xyz"


class SessionCache(pulumi.ComponentResource):
    def __init__(self, name, vpc_id, subnet_ids, client_security_group_id, node_type, opts=None):
        super().__init__("acme:cache:SessionCache", name, None, opts)

        self.security_group = aws.ec2.SecurityGroup(
            f"{name}-sg",
            vpc_id=vpc_id,
            description="Redis session cache",
            ingress=[
                aws.ec2.SecurityGroupIngressArgs(
                    protocol="tcp",
                    from_port=6379,
                    to_port=6379,
                    security_groups=[client_security_group_id],
                ),
                # ops VPN range
                aws.ec2.SecurityGroupIngressArgs(
                    protocol="tcp", from_port=6379, to_port=6379, cidr_blocks=["10.0.0.0/8"]
                ),
            ],
            opts=pulumi.ResourceOptions(parent=self),
        )

        subnet_group = aws.elasticache.SubnetGroup(
            f"{name}-subnets",
            subnet_ids=subnet_ids,
            opts=pulumi.ResourceOptions(parent=self),
        )

        params = aws.elasticache.ParameterGroup(
            f"{name}-params",
            family="redis7",
            parameters=[
                aws.elasticache.ParameterGroupParameterArgs(name="maxmemory-policy", value="allkeys-lru"),
            ],
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.group = aws.elasticache.ReplicationGroup(
            f"{name}-redis",
            description="web session store",
            engine="redis",
            engine_version="7.1",
            node_type=node_type,
            num_cache_clusters=2,
            automatic_failover_enabled=True,
            multi_az_enabled=True,
            parameter_group_name=params.name,
            subnet_group_name=subnet_group.name,
            security_group_ids=[self.security_group.id],
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=True,
            auth_token=REDIS_AUTH_TOKEN,
            snapshot_retention_limit=3,
            maintenance_window="sun:05:00-sun:06:00",
            apply_immediately=False,
            opts=pulumi.ResourceOptions(parent=self),
        )

        aws.cloudwatch.MetricAlarm(
            f"{name}-memory",
            namespace="AWS/ElastiCache",
            metric_name="DatabaseMemoryUsagePercentage",
            dimensions={"ReplicationGroupId": self.group.id},
            statistic="Average",
            period=300,
            evaluation_periods=3,
            threshold=85,
            comparison_operator="GreaterThanThreshold",
            opts=pulumi.ResourceOptions(parent=self),
        )

        self.primary_endpoint = self.group.primary_endpoint_address
        self.register_outputs({"primary_endpoint": self.primary_endpoint})
