import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.rds.Cluster(
    "aurora",
    engine="aurora-postgresql",
    master_username="admin",  # error: [naming/reserved-db-username]
    manage_master_user_password=True,
)
aws.rds.Instance(
    "pg",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username=config.get("db_user", "admin"),  # error: [naming/reserved-db-username]
)
aws.docdb.Cluster("docs", master_username="admin")  # error: [naming/reserved-db-username]


class Database(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:db:Database", name, None, opts)
        for engine in ["aurora-postgresql", "aurora-mysql"]:
            aws.rds.Cluster(
                f"{name}-{engine}",
                engine=engine,
                master_username="admin",  # error: [naming/reserved-db-username]
                opts=pulumi.ResourceOptions(parent=self),
            )


Database("orders")

# MySQL master user names have at most 16 characters.
aws.rds.Cluster("mysql-long", engine="aurora-mysql", master_username="application_admin_user")  # error: [naming/reserved-db-username]

# --- clean
aws.rds.Cluster("aurora-ok", engine="aurora-postgresql", master_username="dbadmin")
aws.rds.Instance("mysql", engine="mysql", instance_class="db.t3.micro", username="admin")

aws.rds.Cluster("pg-long-ok", engine="aurora-postgresql", master_username="application_admin_user")

# --- unknown
aws.rds.Cluster("configured", engine="aurora-postgresql", master_username=config.require("db_user"))
aws.rds.Cluster("engine-unknown", engine=config.require("engine"), master_username="admin")
