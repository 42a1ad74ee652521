import pulumi
import pulumi_aws as aws

config = pulumi.Config()
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler",
    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))
rest_api = aws.apigateway.RestApi("api")
resource = aws.apigateway.Resource("items", rest_api=rest_api.id, parent_id=rest_api.root_resource_id, path_part="items")
method = aws.apigateway.Method("get", rest_api=rest_api.id, resource_id=resource.id, http_method="GET", authorization="NONE")

# --- bad
aws.lambda_.Permission(
    "from-method",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=method.execution_arn,  # error: [aws/apigw-permission-source-arn]
)
aws.lambda_.Permission(
    "from-api-arn",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=pulumi.Output.concat(rest_api.arn, "/*/*"),  # error: [aws/apigw-permission-source-arn]
)

def grant(name, api):
    aws.lambda_.Permission(
        name,
        action="lambda:InvokeFunction",
        function=fn.name,
        principal="apigateway.amazonaws.com",
        source_arn=pulumi.Output.concat("arn:aws:execute-api:", pulumi.get_stack(), ":",  # error: [aws/apigw-permission-source-arn]
                                        pulumi.get_account(), ":", api.id, "/*/*"),
    )


grant("hand-built", rest_api)

# --- clean
aws.lambda_.Permission(
    "from-api",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=rest_api.execution_arn.apply(lambda arn: f"{arn}/*/*"),
)
aws.lambda_.Permission(
    "concat",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=pulumi.Output.concat(rest_api.execution_arn, "/*/GET/items"),
)
aws.lambda_.Permission(
    "looked-up",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=pulumi.Output.concat("arn:aws:execute-api:", aws.get_region().name, ":",
                                    aws.get_caller_identity().account_id, ":", rest_api.id, "/*/*"),
)

# --- unknown
aws.lambda_.Permission(
    "configured",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=config.require("source_arn"),
)
aws.lambda_.Permission(
    "combined",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=pulumi.Output.all(rest_api.id, config.require("stage")).apply(lambda a: f"{config.require('prefix')}{a[0]}/{a[1]}/*"),
)
