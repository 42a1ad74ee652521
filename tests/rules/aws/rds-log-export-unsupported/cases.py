import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
for name in ["orders", "users"]:
    aws.rds.Instance(
        f"{name}-db",
        engine="mysql",
        instance_class="db.t4g.micro",
        allocated_storage=20,
        username="app",
        manage_master_user_password=True,
        skip_final_snapshot=True,
        enabled_cloudwatch_logs_exports=["postgresql", "upgrade"],  # error: [aws/rds-log-export-unsupported]
    )

# --- clean
aws.rds.Instance("pg", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, enabled_cloudwatch_logs_exports=["postgresql", "upgrade"])

# --- unknown
aws.rds.Instance("configured", engine=config.require("engine"), instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, enabled_cloudwatch_logs_exports=["postgresql"])
