import pulumi
import pulumi_aws as aws

config = pulumi.Config()
TUNING = {"max_connections": "200", "shared_buffers": "262144", "log_statement": "ddl"}

# --- bad
aws.rds.ParameterGroup(
    "postgres-params",
    family="postgres15",
    parameters=[aws.rds.ParameterGroupParameterArgs(name=k, value=v) for k, v in TUNING.items()],  # error: [aws/rds-static-parameter-immediate]
)

# --- clean
aws.rds.ParameterGroup(
    "postgres-reboot",
    family="postgres15",
    parameters=[aws.rds.ParameterGroupParameterArgs(name=k, value=v, apply_method="pending-reboot") for k, v in TUNING.items()],
)

# --- unknown
aws.rds.ParameterGroup("configured", family="postgres15", parameters=config.require_object("parameters"))
