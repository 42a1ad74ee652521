import os

import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class TapStack(pulumi.ComponentResource):
    def __init__(self, name, environment_suffix, tenants, opts=None):
        super().__init__("tap:stack:TapStack", name, None, opts)
        # --- bad
        for tenant_id in tenants:
            for az_idx in range(2):
                aws.ec2.Subnet(
                    f"subnet-{tenant_id}-az{az_idx}-{environment_suffix}",  # error: [naming/missing-environment-suffix]
                    vpc_id="vpc-1",
                    cidr_block="10.0.1.0/24",
                    opts=ResourceOptions(parent=self),
                )
            aws.dynamodb.Table(
                f"table-{tenant_id}-users-{environment_suffix}",
                name=f"tenant-{tenant_id}-users-{environment_suffix}",  # error: [naming/missing-environment-suffix]
                hash_key="id",
                attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
                opts=ResourceOptions(parent=self),
            )
        aws.sqs.Queue(
            f"audit-{environment_suffix}",
            name=f"audit-{environment_suffix}",  # error: [naming/missing-environment-suffix]
            opts=ResourceOptions(parent=self),
        )
        # A region suffix is not the environment suffix.
        region_suffix = os.environ["REGION_SUFFIX"]
        aws.sqs.Queue(f"regional-{environment_suffix}", name=f"orders-{region_suffix}", opts=ResourceOptions(parent=self))  # error: [naming/missing-environment-suffix]
        # A naming helper the model follows, which leaves the suffix out (reported where it builds the name).
        aws.sqs.Queue(f"plain-{environment_suffix}", name=plain_name("jobs"), opts=ResourceOptions(parent=self))
        # --- clean
        # A prefix gets a unique suffix from the provider: it is not a fixed name.
        aws.ec2.LaunchTemplate(f"lt-{environment_suffix}", name_prefix="web-lt-", image_id="ami-0123456789abcdef0", opts=ResourceOptions(parent=self))
        # A naming helper the model follows, which adds the suffix.
        self.environment_suffix = environment_suffix
        aws.sqs.Queue(f"named-{environment_suffix}", name=self.resource_name("jobs"), opts=ResourceOptions(parent=self))
        # DMS finds its service role by this exact name.
        aws.iam.Role(f"dms-vpc-role-{environment_suffix}", name="dms-vpc-role", assume_role_policy="{}", opts=ResourceOptions(parent=self))
        # Names that only need to be unique within their (suffixed) bucket, not in the account.
        data = aws.s3.BucketV2(f"data-{environment_suffix}", bucket=f"acme-data-{environment_suffix}", opts=ResourceOptions(parent=self))
        aws.s3.BucketIntelligentTieringConfiguration(
            f"tiering-{environment_suffix}", bucket=data.id, name="EntireBucket",
            tierings=[aws.s3.BucketIntelligentTieringConfigurationTieringArgs(access_tier="ARCHIVE_ACCESS", days=90)],
            opts=ResourceOptions(parent=self),
        )
        aws.s3.AnalyticsConfiguration(f"analytics-{environment_suffix}", bucket=data.id, name="EntireBucket", opts=ResourceOptions(parent=self))
        aws.s3.BucketMetric(f"metrics-{environment_suffix}", bucket=data.id, name="EntireBucket", opts=ResourceOptions(parent=self))
        aws.cloudwatch.LogGroup(
            f"log-group-{environment_suffix}",
            name=f"/aws/lambda/tenant-{environment_suffix}",
            retention_in_days=30,
            opts=ResourceOptions(parent=self),
        )
        # `family` is the engine family here, and a stage name lives inside its (suffixed) API.
        aws.rds.ParameterGroup(
            f"pg-{environment_suffix}",
            name=f"app-pg-{environment_suffix}",
            family="postgres15",
            opts=ResourceOptions(parent=self),
        )
        api = aws.apigatewayv2.Api(f"api-{environment_suffix}", name=f"api-{environment_suffix}", protocol_type="HTTP")
        aws.apigatewayv2.Stage(f"stage-{environment_suffix}", api_id=api.id, name="$default", auto_deploy=True)

        # --- unknown
        self.make_topic(name)

    def resource_name(self, base):
        return f"{base}-{self.environment_suffix}"

    def make_topic(self, topic_name):
        return aws.sns.Topic(f"{topic_name}-topic", opts=ResourceOptions(parent=self))


def plain_name(base):
    return f"app-{base}"  # error: [naming/missing-environment-suffix]


def make_queue(queue_name):
    return aws.sqs.Queue(queue_name)


suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")
TapStack(f"tap-{suffix}", suffix, ["acme", "globex"])
