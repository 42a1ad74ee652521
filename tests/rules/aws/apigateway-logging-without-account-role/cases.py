import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigateway.RestApi("api")
deployment = aws.apigateway.Deployment("deployment", rest_api=api.id)
stage = aws.apigateway.Stage("prod", rest_api=api.id, deployment=deployment.id, stage_name="prod")

# --- bad
aws.apigateway.MethodSettings(
    "all",
    rest_api=api.id,
    stage_name=stage.stage_name,
    method_path="*/*",
    settings=aws.apigateway.MethodSettingsSettingsArgs(
        metrics_enabled=True,
        data_trace_enabled=True,  # error: [aws/apigateway-logging-without-account-role]
    ),
)

socket = aws.apigatewayv2.Api("socket", protocol_type="WEBSOCKET", route_selection_expression="$request.body.action")
aws.apigatewayv2.Stage("socket-prod", api_id=socket.id, name="prod", route_settings=[
    aws.apigatewayv2.StageRouteSettingArgs(route_key="$default", data_trace_enabled=True),  # error: [aws/apigateway-logging-without-account-role]
])

# --- clean
aws.apigateway.MethodSettings("metrics", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",
    settings={"metrics_enabled": True, "logging_level": "OFF"})

# --- unknown
aws.apigateway.MethodSettings("configured", rest_api=api.id, stage_name=stage.stage_name, method_path="*/*",
    settings={"logging_level": config.get("log_level")})
