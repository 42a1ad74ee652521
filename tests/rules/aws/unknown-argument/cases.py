import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")

# --- bad
table = aws.dynamodb.Table(
    f="transactions-{environment_suffix}",  # error: [aws/unknown-argument]
    hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    billing_mode="PAY_PER_REQUEST",
)
repo = aws.ecr.Repository(
    "images",
    encryption_configuration=aws.ecr.RepositoryEncryptionConfigurationArgs(encryption_type="AES256"),  # error: [aws/unknown-argument]
)
logs = aws.s3.Bucket("logs", forceDestroy=True)  # error: [aws/unknown-argument]
sg = aws.ec2.SecurityGroup(
    "web",
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(from_port=443, to_port=443, protocol="tcp", cidr_block="10.0.0.0/16"),  # error: [aws/unknown-argument]
        {"fromPort": 80, "to_port": 80, "protocol": "tcp", "source_security_group_id": "sg-123"},  # error: [aws/unknown-argument]
    ],
)
aws.ec2.SecurityGroupRule("https", type="ingress", fromport=443, to_port=443,  # error: [aws/unknown-argument]
    protocol="tcp", security_group_id=sg.id)
aws.sqs.Queue("tagged-elsewhere", ignore_changes=["tags"])  # error: [aws/unknown-argument]
# Not fixed: in the options `protect` would block `pulumi destroy` (lifecycle/destroy-blockers).
aws.sqs.Queue("jobs", delay_seconds=5, protect=True)  # error: [aws/unknown-argument]
cache = aws.elasticache.ServerlessCache(
    "cache",
    engine="redis",
    serverless_cache_name=f"cache-{environment_suffix}",  # error: [aws/unknown-argument]
)

# --- clean
table_ok = aws.dynamodb.Table(
    f"transactions-{environment_suffix}",
    hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    billing_mode="PAY_PER_REQUEST",
    tags={"cost_center": "payments", "Environment": environment_suffix},
)
repo_ok = aws.ecr.Repository(
    "images-ok",
    encryption_configurations=[aws.ecr.RepositoryEncryptionConfigurationArgs(encryption_type="AES256")],
)
sg_ok = aws.ec2.SecurityGroup(
    "web-ok",
    ingress=[{"fromPort": 80, "to_port": 80, "protocol": "tcp", "cidr_blocks": ["10.0.0.0/16"]}],
)
pulumi.export("table", table_ok.name)


# --- unknown
def bucket(name, **kwargs):
    return aws.s3.Bucket(name, **kwargs)


bucket("dynamic", **config.require_object("bucket"))
