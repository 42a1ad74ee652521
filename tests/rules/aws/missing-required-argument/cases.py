import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.ec2.KeyPair("deployer", key_name="deployer")  # error: [aws/missing-required-argument]
aws.ec2.SecurityGroup(
    "web",
    ingress=[aws.ec2.SecurityGroupIngressArgs(from_port=443, protocol="tcp", cidr_blocks=["10.0.0.0/16"])],  # error: [aws/missing-required-argument]
)
aws.elasticache.ReplicationGroup(  # error: [aws/missing-required-argument]
    "redis",
    node_type="cache.t3.micro",
    num_cache_clusters=2,
)

# --- clean
aws.ec2.KeyPair("deployer-ok", key_name="deployer", public_key=config.require("ssh_public_key"))
# Named differently: aws/unknown-argument says which name it should have.
aws.elasticache.ReplicationGroup(
    "redis-described",
    replication_group_description="cache",
    node_type="cache.t3.micro",
    num_cache_clusters=2,
)
aws.ec2.SecurityGroup(
    "web-ok",
    ingress=[{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/16"]}],
)


# --- unknown
def key_pair(name, **kwargs):
    return aws.ec2.KeyPair(name, **kwargs)


key_pair("dynamic", **config.require_object("key_pair"))
