import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigatewayv2.Api("http", protocol_type="HTTP")
route = aws.apigatewayv2.Route("get", api_id=api.id, route_key="GET /items")
deployment = aws.apigatewayv2.Deployment("deployment", api_id=api.id, opts=pulumi.ResourceOptions(depends_on=[route]))

# --- bad
aws.apigatewayv2.Stage("prod", api_id=api.id, name="prod", auto_deploy=True, deployment_id=deployment.id)  # error: [aws/apigw-auto-deploy-stage-with-deployment]


class Api(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:api:Api", name, None, opts)
        aws.apigatewayv2.Stage(f"{name}-stage", api_id=api.id, name=name, auto_deploy=True,
                               deployment_id=deployment.id,  # error: [aws/apigw-auto-deploy-stage-with-deployment]
                               opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Api("v2")

# --- clean
aws.apigatewayv2.Stage("default", api_id=api.id, name="$default", auto_deploy=True)

# --- unknown
aws.apigatewayv2.Stage("configured", api_id=api.id, name="configured", auto_deploy=config.require_bool("auto_deploy"),
                       deployment_id=deployment.id)

pulumi.export("endpoint", api.api_endpoint)
