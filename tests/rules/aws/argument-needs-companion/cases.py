import pulumi
import pulumi_aws as aws

config = pulumi.Config()
subnet_group = config.require("dbSubnetGroup")
role = config.require("lambdaRoleArn")
code = pulumi.FileArchive("./app")

# --- bad
aws.rds.Instance("db", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True, db_subnet_group_name=subnet_group, monitoring_interval=60)  # error: [aws/argument-needs-companion]
aws.rds.Instance("db-pi", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True, db_subnet_group_name=subnet_group, performance_insights_retention_period=7)  # error: [aws/argument-needs-companion]
aws.dynamodb.Table("orders", hash_key="id", attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")])  # error: [aws/argument-needs-companion]
aws.dynamodb.Table("events", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST", stream_enabled=True)  # error: [aws/argument-needs-companion]
aws.lb.TargetGroup("web", port=80, protocol="HTTP")  # error: [aws/argument-needs-companion]
aws.ecs.Service("api", cluster=config.require("cluster"), task_definition=config.require("taskDefinition"), desired_count=2, launch_type="FARGATE")  # error: [aws/argument-needs-companion]
aws.lambda_.Function("fn", role=role, code=code, runtime="python3.12")  # error: [aws/argument-needs-companion]


def table(name):
    # Built in a helper: judged as the resource it creates.
    return aws.dynamodb.Table(name, hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PROVISIONED", write_capacity=5)  # error: [aws/argument-needs-companion]


table("helper-table")

# --- clean
aws.rds.Instance("db-ok", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True, db_subnet_group_name=subnet_group, monitoring_interval=60, monitoring_role_arn=config.require("monitoringRole"))
aws.rds.Instance("db-pi-ok", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True, db_subnet_group_name=subnet_group, performance_insights_enabled=True, performance_insights_retention_period=7)
aws.dynamodb.Table("orders-ok", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode="PAY_PER_REQUEST", stream_enabled=True, stream_view_type="NEW_IMAGE")
aws.dynamodb.Table("provisioned-ok", hash_key="id", attributes=[{"name": "id", "type": "S"}], read_capacity=5, write_capacity=5)
aws.lb.TargetGroup("web-ok", port=80, protocol="HTTP", vpc_id=config.require("vpcId"))
aws.lb.TargetGroup("fn-targets", target_type="lambda")
aws.ecs.Service("api-ok", cluster=config.require("cluster"), task_definition=config.require("taskDefinition"), launch_type="FARGATE", network_configuration={"subnets": [config.require("subnet")]})
aws.lambda_.Function("fn-ok", role=role, code=code, handler="main.handler", runtime="python3.12")
aws.lambda_.Function("image-fn", role=role, package_type="Image", image_uri=config.require("imageUri"))

# --- unknown
aws.rds.Instance("db-configured", engine="postgres", instance_class="db.t4g.micro", allocated_storage=20, username="app", manage_master_user_password=True, db_subnet_group_name=subnet_group, monitoring_interval=config.require_int("monitoringInterval"))
aws.dynamodb.Table("mode-configured", hash_key="id", attributes=[{"name": "id", "type": "S"}], billing_mode=config.require("billingMode"))
aws.lb.TargetGroup("spread", port=80, protocol="HTTP", **config.require_object("targetGroup"))
aws.lambda_.Function("fn-handler", role=role, code=code, runtime="python3.12", handler=config.require("handler"))
