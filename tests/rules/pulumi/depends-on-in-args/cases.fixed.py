import pulumi
import pulumi_aws as aws

log_group = aws.cloudwatch.LogGroup("fn-logs", name="/aws/lambda/fn", retention_in_days=14)
role = aws.iam.Role("role", assume_role_policy="{}")

# --- bad
aws.lambda_.Function(
    "fn",
    role=role.arn,
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
    opts=pulumi.ResourceOptions(depends_on=[log_group]),  # error: [pulumi/depends-on-in-args]
)
aws.cfg.DeliveryChannel("channel", s3_bucket_name="config-bucket",
    opts=pulumi.ResourceOptions(depends_on=[role]))  # error: [pulumi/depends-on-in-args]
aws.cfg.DeliveryChannel("channel-2", s3_bucket_name="config-bucket",
    opts=pulumi.ResourceOptions(depends_on=[role]))  # error: [pulumi/depends-on-in-args]
aws.sqs.Queue("qo", opts=pulumi.ResourceOptions(protect=True,
        depends_on=[role]))  # error: [pulumi/depends-on-in-args]
# Not fixed: the comment after it would be left describing another argument.
aws.sqs.Queue(
    "q-opts",
    opts=pulumi.ResourceOptions(protect=False),
    depends_on=[role],  # error: [pulumi/depends-on-in-args]
)
aws.sqs.Queue("q-camel", opts=pulumi.ResourceOptions(depends_on=[role]))  # error: [pulumi/depends-on-in-args]


def queue_after(name, dependency):
    options = pulumi.ResourceOptions(depends_on_=[dependency])  # error: [pulumi/depends-on-in-args]
    return aws.sqs.Queue(name, opts=options)


queue_after("q-late", role)

# --- clean
aws.lambda_.Function(
    "fn2",
    role=role.arn,
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
    opts=pulumi.ResourceOptions(depends_on=[log_group]),
)


# --- unknown
def queue(**kwargs):
    return aws.sqs.Queue("q", **kwargs)


queue(visibility_timeout_seconds=30)
