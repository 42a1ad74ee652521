import pulumi
import pulumi_aws as aws

# --- bad
api = aws.apigateway.RestApi("api")  # error: [aws/apigw-api-without-routes]
method = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")
aws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id, http_method=method.http_method, type="MOCK")


def websocket(name):
    return aws.apigatewayv2.Api(f"{name}-ws", protocol_type="WEBSOCKET", route_selection_expression="$request.body.action")  # error: [aws/apigw-api-without-routes]


websocket("chat")

# --- clean
ok = aws.apigateway.RestApi("ok")
ok_method = aws.apigateway.Method("ok-get", rest_api=ok.id, resource_id=ok.root_resource_id, http_method="GET", authorization="NONE")
ok_integration = aws.apigateway.Integration("ok-get", rest_api=ok.id, resource_id=ok.root_resource_id,
                                            http_method=ok_method.http_method, type="MOCK")
ok_deployment = aws.apigateway.Deployment("ok", rest_api=ok.id, triggers={"v": "1"},
                                          opts=pulumi.ResourceOptions(depends_on=[ok_integration]))
aws.apigateway.Stage("ok", rest_api=ok.id, deployment=ok_deployment.id, stage_name="prod")

# --- unknown
spec = pulumi.Config().require_object("api")
aws.apigatewayv2.Api("configured", **spec)

pulumi.export("api", api.id)
