"""Nightly report pipeline: extract -> transform -> publish, orchestrated by Step Functions."""

import json

import pulumi
import pulumi_aws as aws

from functions import make_function

config = pulumi.Config()
stack = pulumi.get_stack()
schedule = config.get("schedule") or "cron(0 2 * * ? *)"
notify_email = config.require("notifyEmail")

tags = {"Project": "report-pipeline", "Environment": stack}

# ---------------------------------------------------------------------------
# Storage for intermediate and published reports.
# ---------------------------------------------------------------------------
reports = aws.s3.Bucket(f"reports-{stack}", tags=tags)
aws.s3.BucketPublicAccessBlock(
    f"reports-{stack}-pab",
    bucket=reports.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketLifecycleConfiguration(
    f"reports-{stack}-lifecycle",
    bucket=reports.id,
    rules=[
        aws.s3.BucketLifecycleConfigurationRuleArgs(
            id="expire-staging",
            status="Enabled",
            filter=aws.s3.BucketLifecycleConfigurationRuleFilterArgs(prefix="staging/"),
            expiration=aws.s3.BucketLifecycleConfigurationRuleExpirationArgs(days=7),
        )
    ],
)

done_topic = aws.sns.Topic(f"reports-{stack}-done", tags=tags)
aws.sns.TopicSubscription(
    f"reports-{stack}-done-email", topic=done_topic.arn, protocol="email", endpoint=notify_email
)

# ---------------------------------------------------------------------------
# The three steps.
# ---------------------------------------------------------------------------
env = {"REPORTS_BUCKET": reports.bucket, "STAGE": stack}

bucket_rw = reports.arn.apply(
    lambda arn: json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": f"{arn}/*"},
                {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": arn},
            ],
        }
    )
)

extract = make_function(f"extract-{stack}", "./lambdas/extract", env, bucket_rw, tags, timeout=300, memory=1024)
transform = make_function(f"transform-{stack}", "./lambdas/transform", env, bucket_rw, tags, timeout=300, memory=2048)
publish = make_function(
    f"publish-{stack}",
    "./lambdas/publish",
    {**env, "DONE_TOPIC_ARN": done_topic.arn},
    pulumi.Output.all(reports.arn, done_topic.arn).apply(
        lambda args: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{args[0]}/staging/*"},
                    {"Effect": "Allow", "Action": "s3:PutObject", "Resource": f"{args[0]}/published/*"},
                    {"Effect": "Allow", "Action": "sns:Publish", "Resource": args[1]},
                ],
            }
        )
    ),
    tags,
)

# ---------------------------------------------------------------------------
# State machine.
# ---------------------------------------------------------------------------
sfn_role = aws.iam.Role(
    f"report-pipeline-{stack}-sfn",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    tags=tags,
)

aws.iam.RolePolicy(
    f"report-pipeline-{stack}-sfn-invoke",
    role=sfn_role.id,
    policy=pulumi.Output.all(extract.arn, transform.arn, publish.arn).apply(
        lambda arns: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": "lambda:InvokeFunction",
                        "Resource": [a for arn in arns for a in (arn, f"{arn}:*")],
                    },
                    {
                        # CloudWatch Logs delivery for state machines cannot be scoped to a log group.
                        "Effect": "Allow",
                        "Action": [
                            "logs:CreateLogDelivery",
                            "logs:GetLogDelivery",
                            "logs:UpdateLogDelivery",
                            "logs:DeleteLogDelivery",
                            "logs:ListLogDeliveries",
                            "logs:PutResourcePolicy",
                            "logs:DescribeResourcePolicies",
                            "logs:DescribeLogGroups",
                        ],
                        "Resource": "*",
                    },
                    {
                        "Effect": "Allow",
                        "Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"],
                        "Resource": "*",
                    },
                ],
            }
        )
    ),
)

sfn_logs = aws.cloudwatch.LogGroup(
    f"report-pipeline-{stack}-sfn-logs",
    name=f"/aws/vendedlogs/states/report-pipeline-{stack}",
    retention_in_days=30,
    tags=tags,
)


def definition(arns):
    extract_arn, transform_arn, publish_arn = arns
    retry = [
        {
            "ErrorEquals": ["Lambda.ServiceException", "Lambda.TooManyRequestsException", "States.Timeout"],
            "IntervalSeconds": 10,
            "MaxAttempts": 3,
            "BackoffRate": 2.0,
        }
    ]
    return json.dumps(
        {
            "Comment": "Nightly report pipeline",
            "StartAt": "Extract",
            "States": {
                "Extract": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": extract_arn, "Payload.$": "$"},
                    "OutputPath": "$.Payload",
                    "Retry": retry,
                    "Next": "Transform",
                },
                "Transform": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": transform_arn, "Payload.$": "$"},
                    "OutputPath": "$.Payload",
                    "Retry": retry,
                    "Next": "Publish",
                },
                "Publish": {
                    "Type": "Task",
                    "Resource": "arn:aws:states:::lambda:invoke",
                    "Parameters": {"FunctionName": publish_arn, "Payload.$": "$"},
                    "OutputPath": "$.Payload",
                    "Retry": retry,
                    "End": True,
                },
            },
        }
    )


state_machine = aws.sfn.StateMachine(
    f"report-pipeline-{stack}",
    role_arn=sfn_role.arn,
    definition=pulumi.Output.all(extract.arn, transform.arn, publish.arn).apply(definition),
    logging_configuration=aws.sfn.StateMachineLoggingConfigurationArgs(
        level="ERROR",
        include_execution_data=False,
        log_destination=sfn_logs.arn.apply(lambda arn: f"{arn}:*"),
    ),
    tracing_configuration=aws.sfn.StateMachineTracingConfigurationArgs(enabled=True),
    tags=tags,
)

# ---------------------------------------------------------------------------
# Schedule.
# ---------------------------------------------------------------------------
events_role = aws.iam.Role(
    f"report-pipeline-{stack}-events",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    tags=tags,
)
aws.iam.RolePolicy(
    f"report-pipeline-{stack}-events-start",
    role=events_role.id,
    policy=state_machine.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "states:StartExecution", "Resource": arn}],
            }
        )
    ),
)

nightly = aws.cloudwatch.EventRule(
    f"report-pipeline-{stack}-nightly",
    schedule_expression=schedule,
    description="Start the report pipeline",
    tags=tags,
)
aws.cloudwatch.EventTarget(
    f"report-pipeline-{stack}-nightly-target",
    rule=nightly.name,
    arn=state_machine.arn,
    role_arn=events_role.arn,
    input=json.dumps({"report": "daily-sales"}),
)

pulumi.export("state_machine_arn", state_machine.arn)
pulumi.export("reports_bucket", reports.bucket)
