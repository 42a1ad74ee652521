import pulumi
import pulumi_aws as aws

config = pulumi.Config()
alerts = aws.sns.Topic("alerts")


def fifo_queue(name):
    return aws.sqs.Queue(name, name=f"{name}.fifo", fifo_queue=True, content_based_deduplication=True)


# --- bad
for team in ["billing", "search"]:
    q = fifo_queue(f"alerts-{team}")
    aws.sns.TopicSubscription(f"alerts-{team}", topic=alerts.arn, protocol="sqs", endpoint=q.arn)  # error: [aws/fifo-queue-destination-invalid]

# --- clean
standard = aws.sqs.Queue("alerts-standard")
aws.sns.TopicSubscription("alerts-standard", topic=alerts.arn, protocol="sqs", endpoint=standard.arn)

# --- unknown
maybe = aws.sqs.Queue("maybe", fifo_queue=config.get_bool("fifo"))
aws.sns.TopicSubscription("maybe", topic=alerts.arn, protocol="sqs", endpoint=maybe.arn)
