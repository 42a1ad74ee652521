import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/lambda"
code = pulumi.FileArchive("./app")
api = aws.apigateway.RestApi("api")

# --- bad
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.apigateway.Integration(  # error: [aws/apigw-lambda-integration]
    "get",
    rest_api=api.id,
    resource_id=api.root_resource_id,
    http_method="GET",
    type="AWS_PROXY",
    integration_http_method="POST",
    uri=fn.invoke_arn,
)
permitted = aws.lambda_.Function("permitted", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.Permission("permitted", action="lambda:InvokeFunction", function=permitted.name,
    principal="apigateway.amazonaws.com", source_arn=api.execution_arn.apply(lambda arn: f"{arn}/*/*"))
aws.apigateway.Integration(
    "wired-wrong",
    rest_api=api.id,
    resource_id=api.root_resource_id,
    http_method="GET",
    type="AWS_PROXY",
    integration_http_method="POST",  # error: [aws/apigw-lambda-integration]
    uri=permitted.invoke_arn,  # error: [aws/apigw-lambda-integration]
)

# --- clean
ok = aws.lambda_.Function("ok", runtime="python3.13", handler="index.handler", role=role, code=code)
aws.lambda_.Permission("ok", action="lambda:InvokeFunction", function=ok.name, principal="apigateway.amazonaws.com",
    source_arn=api.execution_arn.apply(lambda arn: f"{arn}/*/*"))
aws.apigateway.Integration("ok", rest_api=api.id, resource_id=api.root_resource_id, http_method="ANY",
    type="AWS_PROXY", integration_http_method="POST", uri=ok.invoke_arn)

# --- unknown
aws.apigateway.Integration("configured", rest_api=api.id, resource_id=api.root_resource_id, http_method="GET",
    type="AWS_PROXY", integration_http_method=config.require("method"), uri=config.require("uri"))
