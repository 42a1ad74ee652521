import json
import pulumi
import pulumi_aws as aws

config = pulumi.Config()
bucket = aws.s3.BucketV2("uploads")

# --- bad
topic = aws.sns.Topic("uploads")
aws.s3.BucketNotification("uploads", bucket=bucket.id,
                          topics=[{"topic_arn": topic.arn, "events": ["s3:ObjectCreated:*"]}])  # error: [aws/event-destination-without-policy]
denied = aws.sqs.Queue("denied")
aws.sqs.QueuePolicy("denied", queue_url=denied.url, policy=denied.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn}],
})))


def subscribe(name, source):
    aws.sns.TopicSubscription(name, topic=source.arn, protocol="sqs", endpoint=denied.arn)  # error: [aws/event-destination-without-policy]


subscribe("events", topic)

# --- clean
ok_topic = aws.sns.Topic("ok")
ok_policy = aws.sns.TopicPolicy("ok", arn=ok_topic.arn, policy=pulumi.Output.json_dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "SNS:Publish", "Resource": ok_topic.arn}],
}))
aws.s3.BucketNotification("ok", bucket=bucket.id, topics=[{"topic_arn": ok_topic.arn, "events": ["s3:ObjectRemoved:*"]}],
                          opts=pulumi.ResourceOptions(depends_on=[ok_policy]))

# --- unknown
shared = aws.sqs.Queue("shared")
aws.sqs.QueuePolicy("shared", queue_url=shared.url, policy=config.require("queue_policy"))
aws.sns.TopicSubscription("shared", topic=topic.arn, protocol="sqs", endpoint=shared.arn)

pulumi.export("topic", topic.arn)
