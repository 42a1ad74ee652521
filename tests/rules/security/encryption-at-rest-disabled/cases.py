import pulumi
import pulumi_aws as aws

config = pulumi.Config()
key = aws.kms.Key("key", enable_key_rotation=True)

# --- bad
aws.rds.Instance("db",  # error: [security/encryption-at-rest-disabled]
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True)

aws.rds.Instance("db-off", engine="mysql", instance_class="db.t3.micro",
    storage_encrypted=False)  # error: [security/encryption-at-rest-disabled]

aws.rds.Cluster("aurora", engine="aurora-mysql", master_username="app", manage_master_user_password=True)  # error: [security/encryption-at-rest-disabled]
aws.ebs.Volume("data", availability_zone="us-east-1a", size=10, encrypted=False)  # error: [security/encryption-at-rest-disabled]

aws.ec2.Instance("web", ami="ami-123", instance_type="t3.micro",
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(volume_size=20, encrypted=False))  # error: [security/encryption-at-rest-disabled]
aws.ec2.Instance("bare", ami="ami-123", instance_type="t3.micro")  # error: [security/encryption-at-rest-disabled]
aws.ec2.LaunchTemplate("lt-default", image_id="ami-123", instance_type="t3.micro")  # error: [security/encryption-at-rest-disabled]
aws.ec2.LaunchTemplate("lt-unset", image_id="ami-123", block_device_mappings=[
    aws.ec2.LaunchTemplateBlockDeviceMappingArgs(device_name="/dev/xvda",
        ebs=aws.ec2.LaunchTemplateBlockDeviceMappingEbsArgs(volume_size=30, volume_type="gp3")),  # error: [security/encryption-at-rest-disabled]
])
aws.ec2.LaunchConfiguration("lc", image_id="ami-123", instance_type="t3.micro",
    root_block_device={"volume_size": 20})  # error: [security/encryption-at-rest-disabled]

aws.efs.FileSystem("fs", performance_mode="generalPurpose")  # error: [security/encryption-at-rest-disabled]
aws.elasticache.ReplicationGroup("redis", description="cache", engine="redis", node_type="cache.t3.micro",  # error: [security/encryption-at-rest-disabled]
    num_cache_clusters=1)
aws.kinesis.Stream("events", shard_count=1)  # error: [security/encryption-at-rest-disabled]
aws.sns.Topic("alerts", display_name="Alerts")  # error: [security/encryption-at-rest-disabled]
aws.sqs.Queue("jobs", sqs_managed_sse_enabled=False)  # error: [security/encryption-at-rest-disabled]
aws.opensearch.Domain("search", engine_version="OpenSearch_2.11",
    encrypt_at_rest={"enabled": False})  # error: [security/encryption-at-rest-disabled]

aws.ebs.Volume("default-volume", availability_zone="us-east-1a", size=10)  # error: [security/encryption-at-rest-disabled]
aws.docdb.Cluster("docs", master_username="app", manage_master_user_password=True)  # error: [security/encryption-at-rest-disabled]
aws.dax.Cluster("dax", cluster_name="dax", iam_role_arn="arn:aws:iam::111122223333:role/dax",
    node_type="dax.t3.small", replication_factor=1, server_side_encryption={"enabled": False})  # error: [security/encryption-at-rest-disabled]


class GlobalDatabase(pulumi.ComponentResource):
    def __init__(self, name, primary, secondary, opts=None):
        super().__init__("tap:db:GlobalDatabase", name, None, opts)
        gc = aws.rds.GlobalCluster(f"{name}-gc", global_cluster_identifier=f"{name}-gc", engine="aurora-postgresql",
                                   storage_encrypted=True, opts=pulumi.ResourceOptions(parent=self, provider=primary))
        aws.rds.Cluster(f"{name}-primary", engine="aurora-postgresql", global_cluster_identifier=gc.id,
                        storage_encrypted=True, opts=pulumi.ResourceOptions(parent=self, provider=primary))
        aws.rds.Cluster(f"{name}-secondary", engine="aurora-postgresql", global_cluster_identifier=gc.id,  # error: [security/encryption-at-rest-disabled]
                        opts=pulumi.ResourceOptions(parent=self, provider=secondary))
        self.register_outputs({})


GlobalDatabase("trading", aws.Provider("use1", region="us-east-1"), aws.Provider("usw2", region="us-west-2"))

# --- clean
primary = aws.rds.Instance("primary", engine="postgres", instance_class="db.t3.micro", storage_encrypted=True, kms_key_id=key.arn)
aws.rds.Instance("replica", instance_class="db.t3.micro", replicate_source_db=primary.identifier)
aws.rds.Cluster("encrypted", engine="aurora-postgresql", storage_encrypted=True)
aws.ebs.Volume("from-snapshot", availability_zone="us-east-1a", snapshot_id="snap-0123456789abcdef0")
aws.efs.FileSystem("fs-encrypted", encrypted=True)
aws.elasticache.ReplicationGroup("valkey", description="cache", engine="valkey", node_type="cache.t3.micro")
aws.kinesis.Stream("events-kms", shard_count=1, encryption_type="KMS", kms_key_id="alias/aws/kinesis")
aws.redshift.Cluster("dw", cluster_identifier="dw", node_type="ra3.xlplus")
aws.sns.Topic("alerts-kms", kms_master_key_id=key.id)
aws.sqs.Queue("jobs-default")
aws.dynamodb.Table("table", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(enabled=False))
aws.s3.Bucket("bucket")
aws.ec2.LaunchTemplate("lt-encrypted", image_id="ami-123", block_device_mappings=[
    {"device_name": "/dev/xvda", "ebs": {"volume_size": 30, "encrypted": "true", "kms_key_id": key.arn}},
])
aws.ec2.Instance("web-encrypted", ami="ami-123", instance_type="t3.micro",
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(volume_size=20, encrypted=True),
    ebs_block_devices=[aws.ec2.InstanceEbsBlockDeviceArgs(device_name="/dev/sdf", snapshot_id="snap-0123456789abcdef0")])

# --- unknown
aws.rds.Instance("from-config", engine="postgres", instance_class="db.t3.micro", storage_encrypted=config.get_bool("encrypt"))
db_args = config.require_object("db")
aws.rds.Instance("spread", engine="postgres", instance_class="db.t3.micro", **db_args)
aws.kinesis.Stream("events-config", shard_count=1, encryption_type=config.get("stream_encryption"))
aws.ec2.LaunchTemplate("lt-config", image_id="ami-123", block_device_mappings=config.require_object("mappings"))
aws.ec2.Instance("root-config", ami="ami-123", instance_type="t3.micro",
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(encrypted=config.require_bool("encrypted")))
lt_args = config.require_object("launch_template")
aws.ec2.LaunchTemplate("lt-spread", image_id="ami-123", **lt_args)
