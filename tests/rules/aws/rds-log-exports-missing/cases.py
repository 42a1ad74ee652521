import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.rds.Instance("db", engine="postgres", instance_class="db.t3.micro", storage_encrypted=True)  # error: [aws/rds-log-exports-missing]

# --- clean
aws.rds.Cluster("aurora", engine="aurora-postgresql", enabled_cloudwatch_logs_exports=["postgresql"])

# --- unknown
aws.rds.Instance("exports-config", engine="postgres", instance_class="db.t3.micro",
    enabled_cloudwatch_logs_exports=config.require_object("exports"))
