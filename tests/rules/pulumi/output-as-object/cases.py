import pulumi
import pulumi_aws as aws

config = pulumi.Config()
common_tags = {"Project": "tap", "Team": "platform"}
base = aws.s3.BucketV2("base", tags=common_tags)

# --- bad
aws.sqs.Queue("jobs", tags={**base.tags, "Name": "jobs"})  # error: [pulumi/output-as-object]
aws.sns.Topic("alerts", tags={**pulumi.Output.from_input(common_tags), "Name": "alerts"})  # error: [pulumi/output-as-object]

# --- clean
aws.s3.BucketV2("logs", tags={**common_tags, "Name": "logs"})
aws.sqs.Queue("events", tags=base.tags.apply(lambda t: {**(t or {}), "Name": "events"}))

# --- unknown
extra_tags = config.get_object("extra_tags") or {}
aws.sns.Topic("notices", tags={**extra_tags, "Name": "notices"})

pulumi.export("bucket", base.bucket)
