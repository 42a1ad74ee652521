import json

import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()
origin = cfg.require("portalOrigin")
stack = pulumi.get_stack()

# --- users ---------------------------------------------------------------------
pool = aws.cognito.UserPool(
    "partners",
    admin_create_user_config=aws.cognito.UserPoolAdminCreateUserConfigArgs(allow_admin_create_user_only=True),
    auto_verified_attributes=["email"],
    username_attributes=["email"],
    password_policy=aws.cognito.UserPoolPasswordPolicyArgs(
        minimum_length=12, require_numbers=True, require_symbols=True, require_uppercase=True
    ),
    schemas=[
        aws.cognito.UserPoolSchemaArgs(
            name="partner_id", attribute_data_type="String", mutable=False, developer_only_attribute=False
        )
    ],
    mfa_configuration="OPTIONAL",
    software_token_mfa_configuration=aws.cognito.UserPoolSoftwareTokenMfaConfigurationArgs(enabled=True),
)
client = aws.cognito.UserPoolClient(
    "portal-web",
    user_pool_id=pool.id,
    generate_secret=False,
    explicit_auth_flows=["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    callback_urls=[f"{origin}/callback"],
    allowed_oauth_flows=["code"],
    allowed_oauth_scopes=["openid", "email"],
    allowed_oauth_flows_user_pool_client=True,
    supported_identity_providers=["COGNITO"],
)

# --- data ----------------------------------------------------------------------
docs = aws.s3.BucketV2("partner-docs")
aws.s3.BucketPublicAccessBlock(
    "partner-docs-pab",
    bucket=docs.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketVersioningV2(
    "partner-docs-versioning",
    bucket=docs.id,
    versioning_configuration=aws.s3.BucketVersioningV2VersioningConfigurationArgs(status="Enabled"),
)
aws.s3.BucketCorsConfigurationV2(
    "partner-docs-cors",
    bucket=docs.id,
    cors_rules=[
        aws.s3.BucketCorsConfigurationV2CorsRuleArgs(allowed_methods=["GET"], allowed_origins=[origin], max_age_seconds=300)
    ],
)

table = aws.dynamodb.Table(
    "partner-documents",
    billing_mode="PAY_PER_REQUEST",
    hash_key="partnerId",
    range_key="docId",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="partnerId", type="S"),
        aws.dynamodb.TableAttributeArgs(name="docId", type="S"),
    ],
    server_side_encryption=aws.dynamodb.TableServerSideEncryptionArgs(enabled=True),
)

# --- function ------------------------------------------------------------------
role = aws.iam.Role(
    "portal-api",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
)
aws.iam.RolePolicy(
    "portal-api-data",
    role=role.id,
    policy=pulumi.Output.all(docs.arn, table.arn).apply(
        lambda a: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{a[0]}/*"},
                    {"Effect": "Allow", "Action": "dynamodb:Query", "Resource": a[1]},
                ],
            }
        )
    ),
)

fn = aws.lambda_.Function(
    "portal-api",
    runtime="python3.11",
    handler="api.handler",
    role=role.arn,
    code=pulumi.AssetArchive({"api.py": pulumi.FileAsset("app/api.py")}),
    timeout=15,
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"TABLE": table.name, "BUCKET": docs.bucket, "ORIGIN": origin}
    ),
)

# --- REST API ------------------------------------------------------------------
api = aws.apigateway.RestApi("partner-portal", endpoint_configuration=aws.apigateway.RestApiEndpointConfigurationArgs(types="REGIONAL"))
authorizer = aws.apigateway.Authorizer(
    "cognito",
    rest_api=api.id,
    type="COGNITO_USER_POOLS",
    provider_arns=[pool.arn],
    identity_source="method.request.header.Authorization",
)
proxy = aws.apigateway.Resource("proxy", rest_api=api.id, parent_id=api.root_resource_id, path_part="{proxy+}")
method = aws.apigateway.Method(
    "proxy-any",
    rest_api=api.id,
    resource_id=proxy.id,
    http_method="ANY",
    authorization="COGNITO_USER_POOLS",
    authorizer_id=authorizer.id,
)
integration = aws.apigateway.Integration(
    "proxy-lambda",
    rest_api=api.id,
    resource_id=proxy.id,
    http_method=method.http_method,
    integration_http_method="POST",
    type="AWS_PROXY",
    uri=fn.invoke_arn,
)
aws.lambda_.Permission(
    "apigw-invoke",
    action="lambda:InvokeFunction",
    function=fn.name,
    principal="apigateway.amazonaws.com",
    source_arn=api.execution_arn.apply(lambda arn: arn + "/*/*"),
)
deployment = aws.apigateway.Deployment(
    "portal",
    rest_api=api.id,
    triggers={"redeploy": pulumi.Output.all(proxy.id, method.id, integration.id).apply(lambda ids: json.dumps(ids))},
    opts=pulumi.ResourceOptions(depends_on=[integration]),
)
stage = aws.apigateway.Stage("portal", rest_api=api.id, deployment=deployment.id, stage_name=stack)

pulumi.export("api_url", stage.invoke_url)
pulumi.export("user_pool_id", pool.id)
pulumi.export("client_id", client.id)
