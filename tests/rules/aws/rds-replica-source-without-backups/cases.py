import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
primary = aws.rds.Instance("primary", engine="mysql", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, backup_retention_period=0)
aws.rds.Instance("replica", replicate_source_db=primary.identifier,  # error: [aws/rds-replica-source-without-backups]
    instance_class="db.t4g.micro", skip_final_snapshot=True)

# --- clean
backed = aws.rds.Instance("backed", engine="mysql", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, backup_retention_period=3)
aws.rds.Instance("backed-replica", replicate_source_db=backed.identifier, instance_class="db.t4g.micro", skip_final_snapshot=True)

# --- unknown
aws.rds.Instance("external-replica", replicate_source_db=config.require("source_db"), instance_class="db.t4g.micro", skip_final_snapshot=True)
