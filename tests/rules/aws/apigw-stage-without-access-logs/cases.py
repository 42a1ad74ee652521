import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
env = config.require("environment")
api = aws.apigateway.RestApi("orders")
deployment = aws.apigateway.Deployment("orders-deploy", rest_api=api.id)
ws = aws.apigatewayv2.Api("chat", protocol_type="WEBSOCKET", route_selection_expression="$request.body.action")
logs = aws.cloudwatch.LogGroup("api-access", retention_in_days=30)

# --- bad
aws.apigateway.Stage(f"orders-{env}", rest_api=api.id, deployment=deployment.id, stage_name=env)  # error: [aws/apigw-stage-without-access-logs]


def stage_for(name):
    return aws.apigatewayv2.Stage(f"chat-{name}", api_id=ws.id, name=name)  # error: [aws/apigw-stage-without-access-logs]


stage_for("live")

# --- clean
aws.apigateway.Stage("orders-logged", rest_api=api.id, deployment=deployment.id, stage_name="logged",
    access_log_settings=aws.apigateway.StageAccessLogSettingsArgs(
        destination_arn=logs.arn,
        format=json.dumps({"requestId": "$context.requestId", "status": "$context.status"}),
    ))

aws.apigatewayv2.Stage("chat-logged", api_id=ws.id, name="logged",
    access_log_settings={"destination_arn": logs.arn, "format": "$context.requestId"})

# --- unknown
stage_args = config.require_object("stage")
aws.apigatewayv2.Stage("chat-configured", api_id=ws.id, **stage_args)
