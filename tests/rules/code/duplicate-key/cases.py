import json

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
common_tags = {"Project": "tap", "Team": "platform"}

# --- bad
bucket = aws.s3.BucketV2("data", tags={"Name": "data", "Team": "data", "Name": "data-bucket"})  # error: [code/duplicate-key]
aws.iam.Policy(
    "read",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": "s3:GetObject",
            "Resource": "*",
            "Effect": "Deny",  # error: [code/duplicate-key]
        }],
    }),
)

# --- clean
aws.s3.BucketV2("logs", tags={**common_tags, "Team": "logging"})
aws.sqs.Queue("events", tags=dict(common_tags, Name="events"))

# --- unknown
dynamic_key = config.require("tag_key")
aws.sns.Topic("alerts", tags={dynamic_key: "x", "Name": "alerts"})

pulumi.export("bucket", bucket.bucket)
