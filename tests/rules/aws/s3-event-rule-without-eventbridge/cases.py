import pulumi
import pulumi_aws as aws

config = pulumi.Config()
uploads = aws.s3.BucketV2("uploads")
archive = aws.s3.BucketV2("archive")
aws.s3.BucketNotification("archive", bucket=archive.id, eventbridge=True)

# --- bad
aws.cloudwatch.EventRule("uploaded", event_pattern=pulumi.Output.json_dumps({  # error: [aws/s3-event-rule-without-eventbridge]
    "source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": [uploads.bucket]}},
}))

# --- clean
aws.cloudwatch.EventRule("archived", event_pattern=pulumi.Output.json_dumps({
    "source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": [archive.bucket]}},
}))

# --- unknown
aws.cloudwatch.EventRule("external", event_pattern=pulumi.Output.json_dumps({
    "source": ["aws.s3"], "detail-type": ["Object Created"], "detail": {"bucket": {"name": [config.require("bucket")]}},
}))

pulumi.export("uploads", uploads.bucket)
