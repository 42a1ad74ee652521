import pulumi
import pulumi_aws as aws

from cache import SessionCache

cfg = pulumi.Config()
vpc_id = cfg.require("vpcId")
subnet_ids = cfg.require_object("privateSubnetIds")
web_sg_id = cfg.require("webSecurityGroupId")
node_type = cfg.get("nodeType") or "cache.t4g.small"

cache = SessionCache(
    "sessions",
    vpc_id=vpc_id,
    subnet_ids=subnet_ids,
    client_security_group_id=web_sg_id,
    node_type=node_type,
)

# the web tier reads the endpoint from SSM at boot
aws.ssm.Parameter(
    "sessions-endpoint",
    name="/web/prod/redis/endpoint",
    type="String",
    value=cache.primary_endpoint,
)

pulumi.export("redis_primary", cache.primary_endpoint)
pulumi.export("redis_url", f"rediss://{cache.primary_endpoint}:6379")
