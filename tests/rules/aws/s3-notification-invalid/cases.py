import pulumi
import pulumi_aws as aws

config = pulumi.Config()
fn = aws.lambda_.Function("thumbs", runtime="python3.12", handler="app.handler",
                          role="arn:aws:iam::123456789012:role/lambda", code=pulumi.FileArchive("./app"))
queue = aws.sqs.Queue("audit")

# --- bad
uploads = aws.s3.BucketV2("uploads")
aws.s3.BucketNotification("uploads", bucket=uploads.id,
                          lambda_functions=[{"lambda_function_arn": fn.arn,
                                             "events": ["s3:ObjectRemoved"]}])  # error: [aws/s3-notification-invalid]
aws.s3.BucketNotification("uploads-audit", bucket=uploads.id,  # error: [aws/s3-notification-invalid]
                          queues=[aws.s3.BucketNotificationQueueArgs(queue_arn=queue.arn, events=["s3:ObjectCreated:*"])])

# --- clean
media = aws.s3.BucketV2("media")
aws.s3.BucketNotification("media", bucket=media.id,
                          lambda_functions=[{"lambda_function_arn": fn.arn, "events": ["s3:ObjectCreated:*"], "filter_prefix": "in/"}],
                          queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectRemoved:Delete", "s3:LifecycleExpiration:*"]}])
for name in ["logs", "exports"]:
    b = aws.s3.BucketV2(name)
    aws.s3.BucketNotification(name, bucket=b.id, queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectCreated:Put"]}])

# --- unknown
other = aws.s3.BucketV2("other")
aws.s3.BucketNotification("other", bucket=other.id, queues=[{"queue_arn": queue.arn, "events": [config.require("event")]}])
aws.s3.BucketNotification("external", bucket=config.require("bucket"), queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectCreated:*"]}])
aws.s3.BucketNotification("external-2", bucket=config.require("bucket"), queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectRemoved:*"]}])
if config.get_bool("audit"):
    aws.s3.BucketNotification("other-audit", bucket=other.id, queues=[{"queue_arn": queue.arn, "events": ["s3:ObjectRemoved:*"]}])

pulumi.export("bucket_name", uploads.bucket)
