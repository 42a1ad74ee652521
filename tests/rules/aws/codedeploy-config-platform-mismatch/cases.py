import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = config.require("codedeploy_role_arn")
lambda_app = aws.codedeploy.Application("lambda", compute_platform="Lambda")
ecs_app = aws.codedeploy.Application("ecs", compute_platform="ECS")

# --- bad
for name in ["api", "worker"]:
    aws.codedeploy.DeploymentGroup(
        f"{name}-group",
        app_name=lambda_app.name,
        deployment_group_name=name,
        service_role_arn=role,
        deployment_config_name="CodeDeployDefault.AllAtOnce",  # error: [aws/codedeploy-config-platform-mismatch]
        deployment_style=aws.codedeploy.DeploymentGroupDeploymentStyleArgs(deployment_type="BLUE_GREEN", deployment_option="WITH_TRAFFIC_CONTROL"),
    )
aws.codedeploy.DeploymentGroup(
    "ecs-group",
    app_name=ecs_app.name,
    deployment_group_name="ecs",
    service_role_arn=role,
    deployment_config_name="CodeDeployDefault.ECSAllAtOnce",
    deployment_style={"deployment_type": "IN_PLACE", "deployment_option": "WITHOUT_TRAFFIC_CONTROL"},  # error: [aws/codedeploy-config-platform-mismatch]
)

# --- clean
aws.codedeploy.DeploymentGroup(
    "canary",
    app_name=lambda_app.name,
    deployment_group_name="canary",
    service_role_arn=role,
    deployment_config_name="CodeDeployDefault.LambdaLinear10PercentEvery1Minute",
    deployment_style={"deployment_type": "BLUE_GREEN", "deployment_option": "WITH_TRAFFIC_CONTROL"},
)

# --- unknown
aws.codedeploy.DeploymentGroup(
    "configured",
    app_name=lambda_app.name,
    deployment_group_name="configured",
    service_role_arn=role,
    deployment_config_name=config.require("deployment_config"),
)
