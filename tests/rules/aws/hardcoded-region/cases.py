import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
primary = aws.Provider("primary", region="us-east-1")
secondary = aws.Provider("secondary", region="us-west-2")
vpc = aws.ec2.Vpc("vpc", cidr_block="10.0.0.0/16", opts=pulumi.ResourceOptions(provider=primary))
replica_vpc = aws.ec2.Vpc("replica-vpc", cidr_block="10.1.0.0/16", opts=pulumi.ResourceOptions(provider=secondary))

# --- bad
aws.ec2.VpcEndpoint(
    "s3",
    vpc_id=vpc.id,
    service_name="com.amazonaws.us-west-2.s3",  # error: [aws/hardcoded-region]
    opts=pulumi.ResourceOptions(provider=primary),
)
aws.iam.RolePolicy(
    "logs",
    role="app-role",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "logs:*", "Resource": "arn:aws:logs:us-west-1:*:*"}],  # error: [aws/hardcoded-region]
    }),
)
aws.lambda_.Function(
    "fn",
    role="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset("def handler(e, c): pass")}),
    environment={"variables": {"TARGET_REGION": "ap-southeast-2"}},  # error: [aws/hardcoded-region]
)


class Api(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("tap:api:Api", name, None, opts)
        api = aws.apigateway.RestApi(f"{name}-api", opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({
            "endpoint": pulumi.Output.concat("https://", api.id, ".execute-api.ap-south-1.amazonaws.com/prod/files"),  # error: [aws/hardcoded-region]
        })


Api("files")

# --- clean
region = aws.get_region()
aws.ec2.VpcEndpoint(
    "dynamodb",
    vpc_id=vpc.id,
    service_name=f"com.amazonaws.{region.name}.dynamodb",
    opts=pulumi.ResourceOptions(provider=primary),
)
aws.sns.TopicSubscription(
    "replica",
    topic="alerts",
    protocol="sqs",
    endpoint="arn:aws:sqs:us-west-2:" + aws.get_caller_identity().account_id + ":replica",
    opts=pulumi.ResourceOptions(provider=primary),
)
aws.cloudwatch.Dashboard(
    "dr",
    dashboard_name="dr",
    dashboard_body=json.dumps({"widgets": [{"type": "metric", "properties": {"region": "us-west-2", "metrics": []}}]}),
    opts=pulumi.ResourceOptions(provider=primary),
)

# --- unknown
aws.ec2.VpcEndpoint(
    "configured",
    vpc_id=vpc.id,
    service_name=f"com.amazonaws.{config.require('region')}.s3",
    opts=pulumi.ResourceOptions(provider=primary),
)
