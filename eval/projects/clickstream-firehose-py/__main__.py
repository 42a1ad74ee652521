import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
shard_count = int(config.get("shardCount") or "1")
stack = pulumi.get_stack()
tags = {"app": "clickstream", "stack": stack}

caller = aws.get_caller_identity()

key = aws.kms.Key(
    "clickstream",
    description="clickstream data at rest",
    enable_key_rotation=True,
    deletion_window_in_days=30,
    tags=tags,
)
aws.kms.Alias("clickstream-alias", name=f"alias/clickstream-{stack}", target_key_id=key.id)

stream = aws.kinesis.Stream(
    "clickstream",
    shard_count=shard_count,
    retention_period=48,
    encryption_type="KMS",
    kms_key_id=key.arn,
    stream_mode_details=aws.kinesis.StreamStreamModeDetailsArgs(stream_mode="PROVISIONED"),
    tags=tags,
)

lake = aws.s3.BucketV2("clickstream-lake", tags=tags)
aws.s3.BucketPublicAccessBlock(
    "clickstream-lake-pab",
    bucket=lake.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "clickstream-lake-sse",
    bucket=lake.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="aws:kms", kms_master_key_id=key.arn
            ),
            bucket_key_enabled=True,
        )
    ],
)
aws.s3.BucketLifecycleConfigurationV2(
    "clickstream-lake-lifecycle",
    bucket=lake.id,
    rules=[
        aws.s3.BucketLifecycleConfigurationV2RuleArgs(
            id="tiering",
            status="Enabled",
            filter=aws.s3.BucketLifecycleConfigurationV2RuleFilterArgs(prefix="events/"),
            transitions=[
                aws.s3.BucketLifecycleConfigurationV2RuleTransitionArgs(days=30, storage_class="STANDARD_IA"),
                aws.s3.BucketLifecycleConfigurationV2RuleTransitionArgs(days=180, storage_class="GLACIER"),
            ],
        )
    ],
)

firehose_logs = aws.cloudwatch.LogGroup(
    "clickstream-firehose", name=f"/aws/kinesisfirehose/clickstream-{stack}", retention_in_days=14, tags=tags
)
firehose_log_stream = aws.cloudwatch.LogStream("s3-delivery", log_group_name=firehose_logs.name, name="S3Delivery")

firehose_role = aws.iam.Role(
    "clickstream-firehose",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "firehose.amazonaws.com"},
                    "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"sts:ExternalId": caller.account_id}},
                }
            ],
        }
    ),
    tags=tags,
)
aws.iam.RolePolicy(
    "clickstream-firehose",
    role=firehose_role.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": [
                        "kinesis:DescribeStream",
                        "kinesis:GetShardIterator",
                        "kinesis:GetRecords",
                        "kinesis:ListShards",
                    ],
                    "Resource": stream.arn,
                },
                {
                    "Effect": "Allow",
                    "Action": [
                        "s3:AbortMultipartUpload",
                        "s3:GetBucketLocation",
                        "s3:GetObject",
                        "s3:ListBucket",
                        "s3:ListBucketMultipartUploads",
                        "s3:PutObject",
                    ],
                    "Resource": [lake.arn, pulumi.Output.concat(lake.arn, "/*")],
                },
                {"Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": key.arn},
                {"Effect": "Allow", "Action": "logs:PutLogEvents", "Resource": firehose_logs.arn.apply(lambda a: f"{a}:*")},
            ],
        }
    ),
)

delivery = aws.kinesis.FirehoseDeliveryStream(
    "clickstream",
    destination="extended_s3",
    kinesis_source_configuration=aws.kinesis.FirehoseDeliveryStreamKinesisSourceConfigurationArgs(
        kinesis_stream_arn=stream.arn, role_arn=firehose_role.arn
    ),
    extended_s3_configuration=aws.kinesis.FirehoseDeliveryStreamExtendedS3ConfigurationArgs(
        role_arn=firehose_role.arn,
        bucket_arn=lake.arn,
        prefix="events/dt=!{timestamp:yyyy-MM-dd}/",
        error_output_prefix="errors/!{firehose:error-output-type}/dt=!{timestamp:yyyy-MM-dd}/",
        buffering_size=64,
        buffering_interval=300,
        compression_format="GZIP",
        kms_key_arn=key.arn,
        cloudwatch_logging_options=aws.kinesis.FirehoseDeliveryStreamExtendedS3ConfigurationCloudwatchLoggingOptionsArgs(
            enabled=True, log_group_name=firehose_logs.name, log_stream_name=firehose_log_stream.name
        ),
    ),
    tags=tags,
)

# producers (web + mobile backends) assume this
producer_policy = aws.iam.Policy(
    "clickstream-producer",
    description="put records into the clickstream",
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["kinesis:PutRecord", "kinesis:PutRecords"], "Resource": stream.arn},
                {"Effect": "Allow", "Action": "kms:GenerateDataKey", "Resource": key.arn},
            ],
        }
    ),
    tags=tags,
)

aws.cloudwatch.MetricAlarm(
    "clickstream-iterator-age",
    namespace="AWS/Kinesis",
    metric_name="GetRecords.IteratorAgeMilliseconds",
    dimensions={"StreamName": stream.name},
    statistic="Maximum",
    period=300,
    evaluation_periods=3,
    threshold=15 * 60 * 1000,
    comparison_operator="GreaterThanThreshold",
)

pulumi.export("stream_name", stream.name)
pulumi.export("delivery_stream", delivery.name)
pulumi.export("lake_bucket", lake.bucket)
pulumi.export("producer_policy_arn", producer_policy.arn)
