import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigatewayv2.Api("http", protocol_type="HTTP")

# --- bad
pulumi.export("api_endpoint", pulumi.Output.concat(api.execution_arn, "/items"))  # error: [aws/apigw-url-from-execution-arn]


class Frontend(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:web:Frontend", name, None, opts)
        self.register_outputs({"api_url": api.execution_arn.apply(lambda arn: f"{arn}/prod")})  # error: [aws/apigw-url-from-execution-arn]


Frontend("web")

# --- clean
pulumi.export("api_url", api.api_endpoint)
pulumi.export("invoke_permission_arn", pulumi.Output.concat(api.execution_arn, "/*/*"))

# --- unknown
pulumi.export("endpoint_url", config.require("endpoint_url"))
