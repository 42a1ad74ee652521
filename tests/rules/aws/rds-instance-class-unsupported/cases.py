import pulumi
import pulumi_aws as aws

config = pulumi.Config()


class Database(pulumi.ComponentResource):
    def __init__(self, name, instance_class, opts=None):
        super().__init__("app:db:Database", name, None, opts)
        self.cluster = aws.rds.Cluster(f"{name}-cluster", engine="aurora-postgresql", engine_version="16.4", master_username="app",
            manage_master_user_password=True, skip_final_snapshot=True, opts=pulumi.ResourceOptions(parent=self))
        aws.rds.ClusterInstance(f"{name}-writer", cluster_identifier=self.cluster.id, engine="aurora-postgresql",
            instance_class=instance_class, opts=pulumi.ResourceOptions(parent=self))


# --- bad
Database("orders", "db.t3.micro")  # error: [aws/rds-instance-class-unsupported]

# --- clean
Database("users", "db.t4g.medium")

# --- unknown
Database("configured", config.require("instance_class"))
