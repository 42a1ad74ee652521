import pulumi
import pulumi_aws as aws

config = pulumi.Config()
fn = aws.lambda_.Function("fn", runtime="python3.13", handler="index.handler",
    role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))

# --- bad
aws.apigatewayv2.Api(
    "http",
    protocol_type="HTTP",
    cors_configuration=aws.apigatewayv2.ApiCorsConfigurationArgs(
        allow_credentials=True,
        allow_headers=["content-type", "authorization"],
        allow_methods=["*"],
        allow_origins=["*"],  # error: [aws/cors-credentials-with-wildcard-origin]
        max_age=86400,
    ),
)
aws.lambda_.FunctionUrl(
    "url",
    function_name=fn.name,
    authorization_type="AWS_IAM",
    cors={
        "allow_credentials": True,
        "allow_origins": ["*"],  # error: [aws/cors-credentials-with-wildcard-origin]
        "allow_methods": ["POST"],
    },
)

# --- clean
aws.apigatewayv2.Api(
    "app",
    protocol_type="HTTP",
    cors_configuration=aws.apigatewayv2.ApiCorsConfigurationArgs(
        allow_credentials=True,
        allow_origins=["https://app.acme.io"],
        allow_methods=["GET"],
    ),
)
aws.lambda_.FunctionUrl(
    "public",
    function_name=fn.name,
    authorization_type="NONE",
    cors=aws.lambda_.FunctionUrlCorsArgs(allow_origins=["*"], allow_methods=["GET"]),
)

# --- unknown
aws.apigatewayv2.Api(
    "configured",
    protocol_type="HTTP",
    cors_configuration=aws.apigatewayv2.ApiCorsConfigurationArgs(
        allow_credentials=True,
        allow_origins=config.require_object("cors_origins"),
    ),
)
