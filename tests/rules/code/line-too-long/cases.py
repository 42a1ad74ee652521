import pulumi
import pulumi_aws as aws

config = pulumi.Config()

# --- bad
bucket = aws.s3.BucketV2("data", bucket="data-bucket-for-the-application", force_destroy=True, tags={"Team": "x", "Project": "tap"})  # error: [code/line-too-long]
aws.sqs.Queue("jobs", name="jobs-queue-for-the-application", visibility_timeout_seconds=30, message_retention_seconds=1209600)

# --- clean
# https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-actions.html#using-with-s3-actions-related-to-buckets-and-more
aws.sqs.Queue(
    "events",
    name="events-queue-for-the-application",
    visibility_timeout_seconds=30,
)
aws.sns.Topic("alerts", name="alerts-topic-for-the-application", display_name="Alerts for the whole application and team")  # pylint: disable=line-too-long

# --- unknown
# pylint: disable=line-too-long
aws.sns.Topic("notices", name=config.require("notices_topic_name"), display_name="Notices for the whole application and the team")

pulumi.export("bucket", bucket.bucket)
