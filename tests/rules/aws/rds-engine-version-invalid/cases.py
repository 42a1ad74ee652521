import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.rds.Instance("pg", engine="postgres", engine_version="15.4", instance_class="db.t3.micro",  # error: [aws/rds-engine-version-invalid]
    allocated_storage=20, username="app", manage_master_user_password=True)
cluster = aws.rds.Cluster(
    "aurora",
    engine="aurora-mysql",
    engine_version="5.7",  # error: [aws/rds-engine-version-invalid]
    master_username="app",
    manage_master_user_password=True,
)
aws.rds.ClusterInstance("aurora-1", cluster_identifier=cluster.id, instance_class="db.r6g.large",
    engine="aurora-postgresql", engine_version="13.7")  # error: [aws/rds-engine-version-invalid]
aws.rds.Cluster("aurora-pg-mysql", engine=aws.rds.EngineType.AURORA_POSTGRESQL, engine_version="8.0.mysql_aurora.3.04.0",  # error: [aws/rds-engine-version-invalid]
    master_username="app", manage_master_user_password=True)
aws.rds.Cluster("payments", engine="mysql",  # error: [aws/rds-engine-version-invalid]
    master_username="app", manage_master_user_password=True)

# --- clean
aws.rds.Cluster("multi-az-ok", engine="postgres", engine_version="16", db_cluster_instance_class="db.m6gd.large",
    allocated_storage=100, storage_type="io1", iops=1000, master_username="app", manage_master_user_password=True)
aws.rds.Cluster("multi-az-restore", engine="mysql", snapshot_identifier="arn:aws:rds:us-east-1:123456789012:cluster-snapshot:s1")
aws.rds.Instance("pg-ok", engine="postgres", engine_version="15.8", instance_class="db.t3.micro",
    allocated_storage=20, username="app", manage_master_user_password=True)
aws.rds.Cluster("aurora-ok", engine="aurora-mysql", engine_version="8.0.mysql_aurora.3.04.0",
    master_username="app", manage_master_user_password=True)
aws.rds.Cluster("aurora-pg-ok", engine="aurora-postgresql", engine_version="15.8",
    master_username="app", manage_master_user_password=True)

# --- unknown
aws.rds.Cluster("multi-az-config", engine="mysql", master_username="app", manage_master_user_password=True,
    **config.require_object("cluster_settings"))
aws.rds.Instance("pg-config", engine="postgres", engine_version=config.get("pg_version") or "16",
    instance_class="db.t3.micro", allocated_storage=20, username="app", manage_master_user_password=True)
aws.rds.Instance("pg-param", engine=config.require("engine"), engine_version="9.4",
    instance_class="db.t3.micro", allocated_storage=20, username="app", manage_master_user_password=True)
