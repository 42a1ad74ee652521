import json
import pulumi
import pulumi_aws as aws

api = aws.apigateway.RestApi("api")
method = aws.apigateway.Method("get", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET", authorization="NONE")
integration = aws.apigateway.Integration("get", rest_api=api.id, resource_id=api.root_resource_id,
                                         http_method=method.http_method, type="MOCK")

# --- bad
aws.apigateway.Deployment("deployment", rest_api=api.id,  # error: [aws/apigw-deployment-without-triggers]
                          opts=pulumi.ResourceOptions(depends_on=[method, integration]))


def http_api(name):
    http = aws.apigatewayv2.Api(f"{name}-api", protocol_type="HTTP")
    route = aws.apigatewayv2.Route(f"{name}-get", api_id=http.id, route_key="GET /items")
    return aws.apigatewayv2.Deployment(f"{name}-deployment", api_id=http.id, opts=pulumi.ResourceOptions(depends_on=[route]))  # error: [aws/apigw-deployment-without-triggers]


http_api("items")

# --- clean
aws.apigateway.Deployment(
    "deployment-ok",
    rest_api=api.id,
    triggers={"redeployment": pulumi.Output.all(method.id, integration.id).apply(lambda ids: json.dumps(ids))},
    opts=pulumi.ResourceOptions(depends_on=[method, integration]),
)

# --- unknown
settings = {"rest_api": api.id}
extra = pulumi.Config().require_object("deployment")
aws.apigateway.Deployment("configured", **settings, **extra)

pulumi.export("api", api.id)
