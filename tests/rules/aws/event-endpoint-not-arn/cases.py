import pulumi
import pulumi_aws as aws

config = pulumi.Config()
role = "arn:aws:iam::123456789012:role/app"
code = pulumi.FileArchive("./app")
topic = aws.sns.Topic("orders")
queue = aws.sqs.Queue("orders")
fn = aws.lambda_.Function("handler", runtime="python3.13", handler="index.handler", role=role, code=code)
rule = aws.cloudwatch.EventRule("nightly", schedule_expression="rate(1 day)")

# --- bad
aws.sns.TopicSubscription("to-queue", topic=topic.arn, protocol="sqs", endpoint=queue.url)  # error: [aws/event-endpoint-not-arn]
aws.cloudwatch.EventTarget("to-fn", rule=rule.name, arn=fn.name)  # error: [aws/event-endpoint-not-arn]


class Fanout(pulumi.ComponentResource):
    def __init__(self, name, opts=None):
        super().__init__("app:events:Fanout", name, None, opts)
        q = aws.sqs.Queue(f"{name}-queue", opts=pulumi.ResourceOptions(parent=self))
        aws.sns.TopicSubscription(f"{name}-sub", topic=topic.arn, protocol="sqs", endpoint=q.id,  # error: [aws/event-endpoint-not-arn]
                                  opts=pulumi.ResourceOptions(parent=self))
        self.register_outputs({})


Fanout("audit")

# --- clean
aws.sns.TopicSubscription("to-queue-ok", topic=topic.arn, protocol="sqs", endpoint=queue.arn)
aws.cloudwatch.EventTarget("to-fn-ok", rule=rule.name, arn=fn.arn)

# --- unknown
aws.cloudwatch.EventTarget("to-configured", rule=rule.name, arn=config.require("target_arn"))

pulumi.export("topic", topic.arn)
