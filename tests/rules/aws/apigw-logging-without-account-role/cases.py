import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
api = aws.apigateway.RestApi("api")
logs = aws.cloudwatch.LogGroup("api-logs", retention_in_days=14)
deployment = aws.apigateway.Deployment("d", rest_api=api.id)
aws.apigateway.Stage(
    "prod",
    rest_api=api.id,
    deployment=deployment.id,
    stage_name="prod",
    access_log_settings={"destination_arn": logs.arn, "format": "$context.requestId"},  # error: [aws/apigw-logging-without-account-role]
)

# --- clean
aws.apigateway.Stage("dev", rest_api=api.id, deployment=deployment.id, stage_name="dev")

# --- unknown
aws.apigateway.Stage("test", rest_api=api.id, deployment=deployment.id, stage_name="test", access_log_settings=config.require_object("access_logs"))
