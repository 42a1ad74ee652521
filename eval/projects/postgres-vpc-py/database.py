"""PostgreSQL on RDS in the private subnets. The master password is generated and kept in
Secrets Manager by RDS itself (manage_master_user_password)."""

import pulumi
import pulumi_aws as aws


def create_database(
    name: str,
    vpc_id: pulumi.Input[str],
    subnet_ids: list,
    client_security_group_id: pulumi.Input[str],
    instance_class: str,
    allocated_storage: int,
    multi_az: bool,
    production: bool,
    tags: dict,
) -> aws.rds.Instance:
    subnet_group = aws.rds.SubnetGroup(f"{name}-subnets", subnet_ids=subnet_ids, tags=tags)

    security_group = aws.ec2.SecurityGroup(
        f"{name}-db",
        vpc_id=vpc_id,
        description="PostgreSQL from the application tier",
        ingress=[
            aws.ec2.SecurityGroupIngressArgs(
                protocol="tcp",
                from_port=5432,
                to_port=5432,
                security_groups=[client_security_group_id],
                description="Application tasks",
            )
        ],
        tags=tags,
    )

    parameters = aws.rds.ParameterGroup(
        f"{name}-pg16",
        family="postgres16",
        description="Orders database parameters",
        parameters=[
            aws.rds.ParameterGroupParameterArgs(name="rds.force_ssl", value="1"),
            aws.rds.ParameterGroupParameterArgs(name="log_min_duration_statement", value="500"),
            aws.rds.ParameterGroupParameterArgs(
                name="shared_preload_libraries", value="pg_stat_statements", apply_method="pending-reboot"
            ),
        ],
        tags=tags,
    )

    monitoring_role = aws.iam.Role(
        f"{name}-monitoring",
        assume_role_policy="""{
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": {"Service": "monitoring.rds.amazonaws.com"},
                "Action": "sts:AssumeRole"
            }]
        }""",
        managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"],
        tags=tags,
    )

    return aws.rds.Instance(
        f"{name}-postgres",
        engine="postgres",
        engine_version="16.4",
        instance_class=instance_class,
        allocated_storage=allocated_storage,
        max_allocated_storage=allocated_storage * 4,
        storage_type="gp3",
        storage_encrypted=True,
        db_name="orders",
        username="orders_admin",
        manage_master_user_password=True,
        db_subnet_group_name=subnet_group.name,
        vpc_security_group_ids=[security_group.id],
        parameter_group_name=parameters.name,
        multi_az=multi_az,
        publicly_accessible=False,
        backup_retention_period=14 if production else 3,
        backup_window="03:00-04:00",
        maintenance_window="sun:04:30-sun:05:30",
        auto_minor_version_upgrade=True,
        copy_tags_to_snapshot=True,
        deletion_protection=production,
        skip_final_snapshot=not production,
        final_snapshot_identifier=f"{name}-final" if production else None,
        performance_insights_enabled=True,
        monitoring_interval=60,
        monitoring_role_arn=monitoring_role.arn,
        enabled_cloudwatch_logs_exports=["postgresql", "upgrade"],
        apply_immediately=not production,
        tags=tags,
        opts=pulumi.ResourceOptions(protect=production),
    )
