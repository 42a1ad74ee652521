import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.dynamodb.Table("orders", billing_mode="PAY_PER_REQUEST", hash_key="id",  # error: [lifecycle/backup-disabled]
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])
aws.dynamodb.Table("sessions", billing_mode="PAY_PER_REQUEST", hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(
        enabled=False))  # error: [lifecycle/backup-disabled]
aws.dynamodb.Table(  # error: [lifecycle/backup-disabled]
    "audit",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
)
aws.dynamodb.Table("carts", hash_key="id", attributes=[{"name": "id", "type": "S"}],
    point_in_time_recovery={"enabled": False})  # error: [lifecycle/backup-disabled]
aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro",
    backup_retention_period=0)  # error: [lifecycle/backup-disabled]

# --- clean
aws.dynamodb.Table("events", billing_mode="PAY_PER_REQUEST", hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    point_in_time_recovery={"enabled": True})
aws.rds.Instance("default-backups", engine="postgres", instance_class="db.t3.micro")
aws.rds.Cluster("aurora", engine="aurora-mysql", backup_retention_period=7)

# --- unknown
aws.dynamodb.Table("configured", hash_key="id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    point_in_time_recovery={"enabled": config.get_bool("pitr")})
aws.rds.Instance("retention-config", engine="postgres", instance_class="db.t3.micro",
    backup_retention_period=config.get_int("retention"))
