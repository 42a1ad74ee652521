"""A queue subscribed to a topic, its dead-letter queue, and the Lambda function that drains it."""

import json
from dataclasses import dataclass, field

import pulumi
import pulumi_aws as aws


@dataclass
class QueueConsumerArgs:
    topic: aws.sns.Topic
    handler_dir: str
    event_types: list[str]
    environment: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    batch_size: int = 10
    timeout: int = 30


class QueueConsumer(pulumi.ComponentResource):
    def __init__(self, name: str, args: QueueConsumerArgs, opts: pulumi.ResourceOptions | None = None):
        super().__init__("acme:events:QueueConsumer", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)

        self.dead_letter_queue = aws.sqs.Queue(
            f"{name}-dlq",
            message_retention_seconds=14 * 24 * 3600,
            sqs_managed_sse_enabled=True,
            tags=args.tags,
            opts=child,
        )

        # Visibility timeout is six times the function timeout, as AWS recommends for SQS triggers.
        self.queue = aws.sqs.Queue(
            f"{name}-queue",
            visibility_timeout_seconds=args.timeout * 6,
            message_retention_seconds=4 * 24 * 3600,
            sqs_managed_sse_enabled=True,
            redrive_policy=self.dead_letter_queue.arn.apply(
                lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})
            ),
            tags=args.tags,
            opts=child,
        )

        aws.sqs.QueuePolicy(
            f"{name}-queue-policy",
            queue_url=self.queue.id,
            policy=pulumi.Output.all(self.queue.arn, args.topic.arn).apply(
                lambda arns: json.dumps(
                    {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Sid": "AllowTopic",
                                "Effect": "Allow",
                                "Principal": {"Service": "sns.amazonaws.com"},
                                "Action": "sqs:SendMessage",
                                "Resource": arns[0],
                                "Condition": {"ArnEquals": {"aws:SourceArn": arns[1]}},
                            }
                        ],
                    }
                )
            ),
            opts=child,
        )

        aws.sns.TopicSubscription(
            f"{name}-subscription",
            topic=args.topic.arn,
            protocol="sqs",
            endpoint=self.queue.arn,
            raw_message_delivery=True,
            filter_policy=json.dumps({"type": args.event_types}),
            filter_policy_scope="MessageAttributes",
            opts=child,
        )

        role = aws.iam.Role(
            f"{name}-role",
            assume_role_policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Principal": {"Service": "lambda.amazonaws.com"},
                            "Action": "sts:AssumeRole",
                        }
                    ],
                }
            ),
            tags=args.tags,
            opts=child,
        )
        aws.iam.RolePolicyAttachment(
            f"{name}-sqs-execution",
            role=role.name,
            policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole",
            opts=child,
        )

        log_group = aws.cloudwatch.LogGroup(
            f"{name}-logs",
            retention_in_days=30,
            tags=args.tags,
            opts=child,
        )

        self.function = aws.lambda_.Function(
            f"{name}-fn",
            runtime="python3.12",
            handler="handler.handler",
            code=pulumi.FileArchive(args.handler_dir),
            role=role.arn,
            timeout=args.timeout,
            memory_size=256,
            logging_config=aws.lambda_.FunctionLoggingConfigArgs(
                log_format="JSON",
                log_group=log_group.name,
            ),
            environment=aws.lambda_.FunctionEnvironmentArgs(variables=args.environment),
            tags=args.tags,
            opts=child,
        )

        aws.lambda_.EventSourceMapping(
            f"{name}-trigger",
            event_source_arn=self.queue.arn,
            function_name=self.function.arn,
            batch_size=args.batch_size,
            maximum_batching_window_in_seconds=5,
            function_response_types=["ReportBatchItemFailures"],
            opts=child,
        )

        self.register_outputs(
            {
                "queue_url": self.queue.url,
                "dead_letter_queue_url": self.dead_letter_queue.url,
                "function_name": self.function.name,
            }
        )
