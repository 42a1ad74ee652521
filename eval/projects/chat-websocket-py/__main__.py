"""WebSocket chat: $connect / $disconnect / sendmessage routes, one Lambda each."""
import json

import pulumi
import pulumi_aws as aws

stack = pulumi.get_stack()
region = aws.get_region()
caller = aws.get_caller_identity()

connections = aws.dynamodb.Table(
    "connections",
    billing_mode="PAY_PER_REQUEST",
    hash_key="connectionId",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="connectionId", type="S"),
        aws.dynamodb.TableAttributeArgs(name="room", type="S"),
    ],
    global_secondary_indexes=[
        aws.dynamodb.TableGlobalSecondaryIndexArgs(
            name="by-room", hash_key="room", projection_type="ALL"
        )
    ],
    ttl=aws.dynamodb.TableTtlArgs(attribute_name="ttl", enabled=True),
)

api = aws.apigatewayv2.Api(
    "chat",
    protocol_type="WEBSOCKET",
    route_selection_expression="$request.body.action",
)

role = aws.iam.Role(
    "chat-lambda",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "lambda.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
    ),
)
aws.iam.RolePolicyAttachment(
    "chat-lambda-logs",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
)
aws.iam.RolePolicy(
    "chat-lambda-access",
    role=role.id,
    policy=pulumi.Output.all(connections.arn, api.id).apply(
        lambda args: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": [
                            "dynamodb:PutItem",
                            "dynamodb:GetItem",
                            "dynamodb:DeleteItem",
                            "dynamodb:Query",
                        ],
                        "Resource": [args[0], f"{args[0]}/index/*"],
                    },
                    {
                        "Effect": "Allow",
                        "Action": "execute-api:ManageConnections",
                        "Resource": f"arn:aws:execute-api:{region.name}:{caller.account_id}:{args[1]}/*",
                    },
                ],
            }
        )
    ),
)

code = pulumi.FileArchive("./handlers")


def route(name: str, route_key: str, handler: str) -> aws.apigatewayv2.Route:
    fn = aws.lambda_.Function(
        f"chat-{name}",
        runtime="python3.8",
        handler=handler,
        role=role.arn,
        code=code,
        timeout=10,
        environment=aws.lambda_.FunctionEnvironmentArgs(
            variables={"TABLE_NAME": connections.name}
        ),
    )
    aws.cloudwatch.LogGroup(
        f"chat-{name}-logs",
        name=fn.name.apply(lambda n: f"/aws/lambda/{n}"),
        retention_in_days=14,
    )
    integration = aws.apigatewayv2.Integration(
        f"chat-{name}-integration",
        api_id=api.id,
        integration_type="AWS_PROXY",
        integration_uri=fn.invoke_arn,
    )
    aws.lambda_.Permission(
        f"chat-{name}-invoke",
        action="lambda:InvokeFunction",
        function=fn.name,
        principal="apigateway.amazonaws.com",
        source_arn=api.execution_arn.apply(lambda arn: f"{arn}/*/*"),
    )
    return aws.apigatewayv2.Route(
        f"chat-{name}-route",
        api_id=api.id,
        route_key=route_key,
        target=integration.id.apply(lambda i: f"integrations/{i}"),
    )


routes = [
    route("connect", "$connect", "connect.handler"),
    route("disconnect", "$disconnect", "disconnect.handler"),
    route("message", "sendmessage", "message.handler"),
]

deployment = aws.apigatewayv2.Deployment(
    "chat-deployment",
    api_id=api.id,
    opts=pulumi.ResourceOptions(depends_on=routes),
)
stage = aws.apigatewayv2.Stage(
    "chat-stage",
    api_id=api.id,
    name=stack,
    deployment_id=deployment.id,
    default_route_settings=aws.apigatewayv2.StageDefaultRouteSettingsArgs(
        throttling_burst_limit=100, throttling_rate_limit=50
    ),
)

pulumi.export("websocket_url", stage.invoke_url)
pulumi.export("table", connections.name)
