import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
aws.apigatewayv2.Api("http", protocol_type="HTTP",
                     cors_configuration={"allow_origins": ["*"], "allow_methods": ["GET"]})  # error: [aws/cors-wildcard-origin]


def api(name):
    return aws.apigatewayv2.Api(name, protocol_type="HTTP",
                                cors_configuration=aws.apigatewayv2.ApiCorsConfigurationArgs(allow_origins=["*"]))  # error: [aws/cors-wildcard-origin]


api("items")

# --- clean
aws.apigatewayv2.Api("listed", protocol_type="HTTP", cors_configuration={"allow_origins": ["https://app.example.org"]})

# --- unknown
aws.apigatewayv2.Api("configured", protocol_type="HTTP", cors_configuration={"allow_origins": config.require_object("origins")})
