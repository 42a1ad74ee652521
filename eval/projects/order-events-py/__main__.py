"""Order events: one SNS topic, one SQS queue (plus dead-letter queue) per consumer, one Lambda per queue."""

import json

import pulumi
import pulumi_aws as aws

from consumer import QueueConsumer, QueueConsumerArgs

config = pulumi.Config()
stack = pulumi.get_stack()
alarm_email = config.require("alarmEmail")

tags = {"Project": "order-events", "Environment": stack, "ManagedBy": "pulumi"}

topic = aws.sns.Topic(
    f"order-events-{stack}",
    kms_master_key_id="alias/aws/sns",
    tags=tags,
)

# Consumers subscribe with a filter on the event type they care about.
consumers = {
    "billing": ["order.placed", "order.cancelled"],
    "shipping": ["order.paid"],
}

queues = {}
for name, event_types in consumers.items():
    queues[name] = QueueConsumer(
        f"{name}-{stack}",
        QueueConsumerArgs(
            topic=topic,
            handler_dir=f"./functions/{name}",
            event_types=event_types,
            environment={"STAGE": stack},
            tags=tags,
        ),
    )

# Anything landing in a dead-letter queue pages the on-call address.
alarm_topic = aws.sns.Topic(f"order-events-alarms-{stack}", tags=tags)
aws.sns.TopicSubscription(
    f"order-events-alarms-{stack}-email",
    topic=alarm_topic.arn,
    protocol="email",
    endpoint=alarm_email,
)

for name, consumer in queues.items():
    aws.cloudwatch.MetricAlarm(
        f"{name}-{stack}-dlq-not-empty",
        namespace="AWS/SQS",
        metric_name="ApproximateNumberOfMessagesVisible",
        dimensions={"QueueName": consumer.dead_letter_queue.name},
        statistic="Maximum",
        period=300,
        evaluation_periods=1,
        threshold=0,
        comparison_operator="GreaterThanThreshold",
        treat_missing_data="notBreaching",
        alarm_actions=[alarm_topic.arn],
        ok_actions=[alarm_topic.arn],
        tags=tags,
    )

# Producers (the orders service) publish with this policy attached to their role.
publish_policy = aws.iam.Policy(
    f"order-events-{stack}-publish",
    description="Publish order events",
    policy=topic.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": "sns:Publish", "Resource": arn}],
            }
        )
    ),
    tags=tags,
)

pulumi.export("topic_arn", topic.arn)
pulumi.export("publish_policy_arn", publish_policy.arn)
pulumi.export("queue_urls", {name: c.queue.url for name, c in queues.items()})
