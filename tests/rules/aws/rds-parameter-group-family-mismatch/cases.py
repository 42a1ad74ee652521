import pulumi
import pulumi_aws as aws

config = pulumi.Config()
mysql_params = aws.rds.ParameterGroup("mysql-params", family="mysql8.0")

# --- bad
aws.rds.Instance("orders", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True,
    parameter_group_name=mysql_params.name)  # error: [aws/rds-parameter-group-family-mismatch]
aurora_params = aws.rds.ClusterParameterGroup("aurora-params", family="mysql8.0")
aws.rds.Cluster("aurora", engine="aurora-mysql", engine_version="8.0.mysql_aurora.3.08.0", master_username="app",
    manage_master_user_password=True, skip_final_snapshot=True,
    db_cluster_parameter_group_name=aurora_params.name)  # error: [aws/rds-parameter-group-family-mismatch]

# --- clean
aws.rds.Instance("mysql", engine="mysql", engine_version="8.0.40", instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, parameter_group_name=mysql_params.name)

# --- unknown
aws.rds.Instance("configured", engine=config.require("engine"), instance_class="db.t4g.micro", allocated_storage=20, username="app",
    manage_master_user_password=True, skip_final_snapshot=True, parameter_group_name=mysql_params.name)
